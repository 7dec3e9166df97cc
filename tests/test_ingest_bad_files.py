"""Bad PDF and Word files through the command line: one line on stderr, exit status 2, in
seconds and in bounded memory (the command runs with its address space capped at 300 MB,
so reading a 500 MB file or inflating a zip bomb would fail it)."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import zipfile

import pytest

from .test_ingest_docx import zip_bomb
from .test_ingest_pdf import scanned_pdf

CAP = 300 * 1024 * 1024


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clausewise.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_cap,
    )


def assert_refused(path, message: str) -> None:
    r = run_cli("parse", str(path))
    assert r.returncode == 2, r.stderr
    assert r.stderr == f"clausewise: {path}: {message}\n"
    assert "Traceback" not in r.stderr and r.stdout == ""


@pytest.fixture(scope="module")
def pdf_bytes(pdf_dir) -> bytes:
    return (pdf_dir / "A_RES_73_6.pdf").read_bytes()


def test_the_cap_leaves_room_for_real_work(pdf_dir):
    r = run_cli("parse", "--format", "json", str(pdf_dir / "A_RES_73_6.pdf"))
    assert r.returncode == 0, r.stderr
    assert '"symbol": "A/RES/73/6"' in r.stdout


def test_encrypted_pdf_cli(tmp_path, pdf_bytes):
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) writes the encrypted PDF")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt(user_password="s3cret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert_refused(path, "encrypted PDF: it needs a password to open")


def test_truncated_pdf_cli(tmp_path, pdf_bytes):
    path = tmp_path / "cut.pdf"
    path.write_bytes(pdf_bytes[:100_000])
    assert_refused(path, "truncated PDF: no end-of-file marker (the file was cut short)")


def test_scanned_pdf_cli(tmp_path, pdf_bytes):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(pdf_bytes))
    assert_refused(path, "no text layer; this needs OCR first")


def test_zip_bomb_cli(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(zip_bomb())
    assert_refused(
        path, "refused: word/document.xml would unpack to 315 MB from 306 kB (a zip bomb?)"
    )


def test_zip_not_docx_cli(tmp_path):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8\xff" + b"\0" * 100)
    assert_refused(path, "a zip file, but not a Word document (no word/document.xml)")


@pytest.mark.parametrize("name", ["huge.pdf", "huge.docx"])
def test_500_mb_file_cli(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n" if name.endswith(".pdf") else b"PK\x03\x04")
    os.truncate(path, 500 * 1024 * 1024)  # sparse: no disk is used
    assert_refused(path, "too large (524 MB; the limit is 50 MB)")
