# The two commands of the README: `make run` (set up, then the main job) and `make test`
# (set up with the test extras and system packages, then lint and the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test setup setup-test system-deps lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall whenever pyproject.toml changes (the stamp carries its hash).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,semantic]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

system-deps:
	sh scripts/system-deps.sh

run: setup
	$(BIN)/clausewise parse examples/seeds/*.txt

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup system-deps lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info src/*.egg-info
