"""Parsing notes sections and linking inline markers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import notes
from factcheck.models import Reference


def parse(text: str) -> tuple[Reference, ...]:
    lines = text.split("\n")
    start = notes.find_start(lines)
    assert start is not None
    return notes.references(notes.parse_section(lines, start))


@pytest.mark.parametrize(
    ("entry", "url", "date", "accessed"),
    [
        ('[1] "Floods", Agency, https://example.org/f, (Date Accessed: 18.04.2025).', "https://example.org/f",
         None, "2025-04-18"),
        ("[1] Report on floods, March 3, 2024, https://example.org/r (accessed 5 March 2024)",
         "https://example.org/r", "2024-03-03", "2024-03-05"),
        ("[1] Доклад о наводнениях, 11 октября 2024, https://example.ru/d, дата обращения: 12.10.2024",
         "https://example.ru/d", "2024-10-11", "2024-10-12"),
        ("[1] Sel raporu, https://example.com.tr/s, Erişim Tarihi: 14.02.2023", "https://example.com.tr/s",
         None, "2023-02-14"),
        ("[1] A book with no link, 2019.", None, None, None),
        ("[^1]: Markdown footnote, www.example.org/m, June 2022.", "www.example.org/m", "2022-06", None),
    ],
)
def test_notes_entry_fields(entry: str, url: str | None, date: str | None, accessed: str | None) -> None:
    (ref,) = parse(entry)
    assert (ref.number, ref.url, ref.date, ref.accessed) == (1, url, date, accessed)


def test_notes_ibid_repeats_the_note_before_it() -> None:
    refs = parse("[1] Report, https://example.org/r, 2024-01-02.\n\n[2] Ibid.\n\n[3] Ibid., p. 4.\n\n"
                 "[4] Другой, https://example.ru/x, 11 октября 2024\n\n[5] Там же.")
    assert [(r.number, r.same_as, r.url) for r in refs] == [
        (1, None, "https://example.org/r"), (2, 1, "https://example.org/r"), (3, 1, "https://example.org/r"),
        (4, None, "https://example.ru/x"), (5, 4, "https://example.ru/x")]
    assert refs[2].date == "2024-01-02"


def test_notes_heading_starts_the_section() -> None:
    lines = ["Text with a marker.[1]", "", "References", "", "[1] Source, https://example.org/s"]
    assert notes.find_start(lines) == 2


def test_notes_broken_urls_are_mended_and_prose_is_not_glued() -> None:
    refs = parse("[1] Title, October 11, 2024,\nhttps://example.org/very_long_\npath_part-\n2954221\n"
                 "Accessed on 12.10.2024")
    assert refs[0].url == "https://example.org/very_long_path_part-2954221"
    assert refs[0].text.endswith("path_part-2954221 Accessed on 12.10.2024")
    assert refs[0].accessed == "2024-10-12"


def test_notes_markers_link_only_to_notes_that_exist() -> None:
    refs = parse("[1] A, https://a.example\n\n[3] C, https://c.example")
    body = "One.[1] Two.[2] Three.[3] A list [1, 2] is not a marker."
    assert [(m.number, body[m.start:m.end]) for m in notes.markers(body, refs)] == [(1, "[1]"), (3, "[3]")]


@given(st.text(max_size=300))
def test_notes_never_crash(text: str) -> None:
    lines = text.split("\n")
    start = notes.find_start(lines)
    if start is not None:
        for ref in notes.references(notes.parse_section(lines, start)):
            assert ref.number >= 0
