"""`factcheck add FILE.pdf` and PDFs by address (issue #17): text from PDFium (pypdfium2), title and
date from the PDF's metadata, then the cleaning every text gets (broken lines joined, page numbers
dropped, the notes section read as references); a damaged, encrypted or image-only PDF is one
line and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.pdfs import make_pdf

REPORT = [
    ["Mine action in the region, 2024",
     "Deminers cleared 2,400 hectares of land in 2024, the agency",
     "said in its annual report, and removed 3,100 anti-personnel",
     "mines.[1]",
     "1"],
    ["The work cost $12 million, most of it paid by donors.",
     "2",
     "Notes",
     "[1] Mine Action Agency, Annual Report 2024, https://example.org/report-2024"],
]


def add(runner: CliRunner, tmp_path: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["add", *args, "--corpus", str(tmp_path / "corpus")])
    return result.exit_code, result.stderr


def test_pdf_is_stored_with_its_metadata_and_its_text_cleaned(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(REPORT, {"Title": "Mine action in the region, 2024", "Author": "Agency staff",
                                       "CreationDate": "D:20250115093000Z"}))
    status, err = add(runner, tmp_path, str(path))
    assert status == 0, err
    stored = (tmp_path / "corpus" / "mine-action-in-the-region-2024.md").read_text(encoding="utf-8")
    assert "published: 2025-01-15" in stored
    assert "author: Agency staff" in stored
    assert "cleared 2,400 hectares of land in 2024, the agency said in its annual report" in stored  # lines joined
    assert "\n1\n" not in stored
    assert "\n2\n" not in stored
    assert "https://example.org/report-2024" in stored  # the note kept as a reference


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.4\nthis is not a PDF at all", "not a readable PDF (PDFium: Data format error)"),
    (make_pdf(REPORT, encrypted=True), "an encrypted PDF (it needs a password); save an unlocked copy"),
    (make_pdf([[], []], {"Title": "Scanned pages"}), "no text in the PDF (scanned pages?); run it through OCR first"),
])
def test_pdf_that_cannot_be_read_is_one_line_and_stores_nothing(runner: CliRunner, tmp_path: Path, content: bytes,
                                                               message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    status, err = add(runner, tmp_path, str(path))
    assert status == 2
    assert err.strip() == f"Error: {path}: {message}"
    assert not list(tmp_path.glob("corpus/*.md"))
