"""The shipped corpus is the two seed articles as `factcheck add` stores them, cleaned and linked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from factcheck.corpus import Corpus
from tests.conftest import REPO, snapshot

SCRIPTS = REPO / "scripts"


@pytest.fixture(scope="module")
def shipped() -> list:
    return list(Corpus(REPO / "corpus"))


def test_seeds_adding_them_again_reproduces_the_shipped_corpus(seeds: Path, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(SCRIPTS))
    try:
        from add_seeds import add_commands
    finally:
        sys.path.remove(str(SCRIPTS))
    for command in add_commands(seeds, tmp_path / "corpus"):
        subprocess.run(command, check=True, capture_output=True)
    assert snapshot(tmp_path / "corpus") == snapshot(REPO / "corpus")


def test_seeds_metadata_is_stored(shipped: list, seed_metadata: list[dict]) -> None:
    assert sorted((a.title, a.published, a.author) for a in shipped) == sorted(
        (m["title"], m["published"], m["author"]) for m in seed_metadata)


def test_seeds_body_is_clean_of_pdf_and_web_furniture(shipped: list) -> None:
    for article in shipped:
        body = article.body
        for paragraph in body.split("\n\n"):
            assert "\n" not in paragraph, f"a hard line break left in {article.id}: {paragraph[:60]!r}"
            assert not re.fullmatch(r"\d{1,4}", paragraph), f"a page number left in {article.id}"
            assert not re.match(r"\[\d+\]", paragraph), f"a note left in the body of {article.id}"
        for furniture in ("Tel:", "Fax:", "E-Mail", "©", "All Rights Reserved", "Paylaş", "also available in",
                          "Similar Posts", "About the Author", "To cite this article", "http"):
            assert furniture not in body, f"{furniture!r} left in the body of {article.id}"


def test_seeds_words_split_across_pdf_lines_are_mended(shipped: list) -> None:
    body = next(a.body for a in shipped if a.url).replace("  ", " ")
    assert "675,570 hectares are considered medium- and low-risk." in body
    assert "high-risk" in body
    assert "- " not in body.replace("medium- and", "")


def test_seeds_every_note_is_parsed_with_url_and_date(shipped: list) -> None:
    counts = {a.title: len(a.references) for a in shipped}
    assert sorted(counts.values()) == [6, 7]
    for article in shipped:
        for ref in article.references:
            assert ref.url
            assert ref.url.startswith("https://")
            assert " " not in ref.url
            assert ref.date or ref.accessed, f"no date in note {ref.number} of {article.id}"


def test_seeds_notes_read_ibid_and_access_dates(shipped: list) -> None:
    web = next(a for a in shipped if not a.url)
    ibid = [r for r in web.references if r.same_as is not None]
    assert [(r.number, r.same_as) for r in ibid] == [(2, 1), (5, 4), (6, 4)]
    assert all(r.accessed == "2025-04-18" for r in web.references)


def test_seeds_notes_in_other_scripts_keep_their_dates_and_whole_urls(shipped: list) -> None:
    pdf = next(a for a in shipped if a.url)
    assert [r.date for r in pdf.references] == ["2024-10-14", "2024-10-11", "2024-10-11", "2024-10-11",
                                                "2024-10-11", "2024-10-10", "2024-10-18"]
    assert pdf.references[1].url.endswith("_dlya_bezopasnogo_i_zelenogo_budushchego-3029562")
    assert pdf.references[4].url.endswith("_provodimuyu_vo_vsem_mire-2954221")
    assert pdf.references[6].url.endswith("-m%C3%B6vzusunda-2-ci")


def test_seeds_every_inline_marker_is_linked_to_its_note(shipped: list) -> None:
    for article in shipped:
        written = [int(m[1]) for m in re.finditer(r"\[(\d+)\]", article.body)]
        assert written, article.id
        assert [m.number for m in article.markers] == written
        for marker in article.markers:
            assert article.body[marker.start:marker.end] == f"[{marker.number}]"
            assert article.reference(marker.number) is not None
