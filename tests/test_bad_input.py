"""Bad input gets one clear line naming the file and the problem, exit status 2, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausewise import InputError, parse_bytes, parse_file, parse_text
from clausewise.model import Document

from .conftest import SEED_001

NOVEL = (
    "Chapter One\n\nThe rain had not stopped for three days when Marguerite finally left the house on "
    "the hill. She carried nothing but a lamp and a letter she had not yet opened.\n\n"
    "Her brother was waiting at the bottom of the lane, as he had promised, though he looked as if he "
    'had been waiting for years rather than hours.\n\n"You came," he said.\n\n"I said I would."\n'
)
CSV = "symbol,title,year\nA/RES/72/169,Enhancement of international cooperation,2017\nA/RES/72/172,Democratic order,2017\n"


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "clausewise.cli", *args], capture_output=True, text=True, timeout=60
    )


def truncated_seed(tmp_path):
    text = SEED_001.read_text(encoding="utf-8")
    cut = text.index("human rights machinery")  # inside operative 16
    p = tmp_path / "cut.txt"
    p.write_text(text[:cut], encoding="utf-8")
    return p


CASES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"\n\n   \n", "empty"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "novel.txt": (NOVEL.encode(), "not a resolution"),
    "table.csv": (CSV.encode(), "not a resolution"),
    "cut-utf8.txt": ("The General Assembly,\n\nRecalling “".encode()[:-1], "truncated"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_reports_bad_input(tmp_path, name):
    data, words = CASES[name]
    p = tmp_path / name
    p.write_bytes(data)
    r = run_cli("parse", str(p))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"clausewise: {p}: ")
    assert words in lines[0]
    assert "Traceback" not in r.stderr


def test_truncated_text_is_an_error(tmp_path):
    p = truncated_seed(tmp_path)
    with pytest.raises(InputError, match="truncated") as err:
        parse_file(p)
    assert "stops mid-paragraph" in str(err.value)
    r = run_cli("parse", str(p))
    assert r.returncode == 2 and "truncated" in r.stderr


def test_truncated_text_is_a_warning_when_not_strict(tmp_path):
    text = truncated_seed(tmp_path).read_text(encoding="utf-8")
    doc = parse_text(text, strict=False)
    assert any("truncated" in w for w in doc.warnings)
    assert len(doc.operative) == 16


def test_huge_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)  # sparse: costs no disk, reads as 60 MB of zeros
    with pytest.raises(InputError, match="too large"):
        parse_file(p)


def test_missing_file_and_folder(tmp_path):
    r = run_cli("parse", str(tmp_path / "nope.txt"), str(tmp_path))
    assert r.returncode == 2
    assert "no such file" in r.stderr and "is a folder" in r.stderr


def test_good_and_bad_together(tmp_path):
    bad = tmp_path / "novel.txt"
    bad.write_text(NOVEL)
    r = run_cli("parse", "--format", "json", str(SEED_001), str(bad))
    assert r.returncode == 2
    assert '"number": "72/169"' in r.stdout
    assert r.stderr.count("\n") == 1


SEED_LINES = [line for line in SEED_001.read_text(encoding="utf-8").splitlines() if line.strip()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_a_record_or_a_clean_error(text):
    try:
        assert isinstance(parse_text(text, "fuzz.txt"), Document)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(SEED_LINES), st.text(min_size=1, max_size=80), st.just("")),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["\n", "\n\n", "\n\n\n\n"]),
)
def test_shuffled_resolution_lines_give_a_record_or_a_clean_error(lines, sep):
    """Real resolution lines in random order and company reach every branch of the parser."""
    try:
        doc = parse_text(sep.join(lines), "fuzz.txt", strict=False)
        for p in doc.all_paragraphs():
            for r in p.footnotes:
                assert 0 <= r.offset <= len(p.text)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_record_or_a_clean_error(data):
    try:
        parse_bytes(data, "fuzz.bin")
    except InputError as exc:
        assert exc.message
