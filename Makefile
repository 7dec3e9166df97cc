# The two commands of the README: `make run` (set up, then the main job) and `make test`
# (set up with the test extras and system packages, then lint and the whole suite; the
# `spark` extra is among them, so the Spark job's tests run in local mode with the rest).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py | sha1sum | cut -c1-12)
# The parser's modules that setup.py compiles with mypyc (clausewise.compiled lists them):
# a change to one rebuilds the install, so the tests never meet a stale compiled parser.
COMPILED := $(shell $(PYTHON) -c 'import runpy; print(*runpy.run_path("src/clausewise/compiled.py")["sources"]())')

.PHONY: run test setup setup-test system-deps lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall whenever pyproject.toml or setup.py changes (the stamp carries their hash), or
# a compiled module's source does.
$(STAMP): pyproject.toml setup.py src/clausewise/compiled.py $(COMPILED) | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,semantic,spark]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

system-deps:
	sh scripts/system-deps.sh

# `make run`: a fresh default library with the seeds (and CORPUS=file.jsonl.gz if named),
# served at http://localhost:$(PORT)/ (HOST=0.0.0.0 to serve beyond this machine).
HOST   ?= 127.0.0.1
PORT   ?= 8000
CORPUS ?=

run: setup
	$(BIN)/python scripts/fresh_library.py
	$(BIN)/clausewise add examples/seeds/*.txt $(CORPUS)
	$(BIN)/clausewise serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup system-deps lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info src/*.egg-info
	find src -name '*.so' -delete
