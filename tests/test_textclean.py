"""Cleaning raw article text: what is mended, what is removed, and what is kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.textclean import clean, guess_title, is_furniture, normalise


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        # a PDF's hard line breaks inside a paragraph
        ("The river rose by 2 metres\novernight and 300 people\nwere moved.", "The river rose by 2 metres overnight "
         "and 300 people were moved."),
        # a word split by a hyphen at a line end: suffix, or used whole elsewhere
        ("Demin-\ning continued. Clear-\nance took years.", "Demining continued. Clearance took years."),
        ("The flood-\nplain and the floodplain.", "The floodplain and the floodplain."),
        # a compound split at its own hyphen keeps it
        ("Areas are low-\nrisk or high-\nrisk.", "Areas are low-risk or high-risk."),
        ("medium- and low-\nrisk zones", "medium- and low-risk zones"),
        # a paragraph cut by a page number
        ("The cost of clearing a single\n\n2\n\nmine is high.", "The cost of clearing a single mine is high."),
        # share buttons, language links, contact blocks
        ("Prices rose 4%.\n\nShare\n\nThis post is also available in: Deutsch\n\nTel: +1 555 0100\n\n"
         "© 2024 Example Media", "Prices rose 4%."),
        # what follows the article
        ("Prices rose 4%.\n\nSimilar Posts\n\nPrices fell 2% in May.", "Prices rose 4%."),
        ("Prices rose 4%.\n\nAbout the Author:\n\nJane writes on trade.", "Prices rose 4%."),
        # odd spaces and invisible characters
        ("Prices\u00a0rose  4%\u200b in\tMay.", "Prices rose 4% in May."),
        ("Windows\r\nline ends.\r\n\r\nThey are fine.", "Windows line ends.\n\nThey are fine."),
    ],
)
def test_textclean_mends_real_source_damage(raw: str, body: str) -> None:
    assert clean(raw).body == body


def test_textclean_keeps_markdown_lists_and_headings() -> None:
    raw = "# Budget\n\nThe council approved:\n- roads: $1 billion\n- schools: $900 million\n\n## Notes on it\nText."
    assert clean(raw).body == "# Budget\n\nThe council approved:\n- roads: $1 billion\n- schools: $900 million\n\n" \
                              "## Notes on it\nText."


def test_textclean_removes_title_and_kicker_from_the_top() -> None:
    raw = "Analysis\n\nFloods Hit the Delta Again\n\nAt least 40 people died."
    assert clean(raw, "Floods Hit the Delta Again").body == "At least 40 people died."
    assert guess_title(raw) == "Floods Hit the Delta Again"


def test_textclean_splits_off_notes_and_drops_what_follows_them() -> None:
    raw = ("At least 40 people died.[1] Homes were lost.[2]\n\n[1] \"Floods\", Agency, https://example.org/a-very-\n"
           "long-path, 3 May 2024.\n\n7\n\nhttps://example.org/a-very-long-path\n\n[2] Ibid.\n\nJane Roe\n"
           "Jane Roe writes on weather.\n")
    cleaned = clean(raw)
    assert cleaned.body == "At least 40 people died.[1] Homes were lost.[2]"
    assert cleaned.notes == ((1, '"Floods", Agency, https://example.org/a-very-long-path, 3 May 2024.'),
                             (2, "Ibid."))


def test_textclean_body_markers_are_not_mistaken_for_notes() -> None:
    raw = "Officials counted 12 deaths\n[1] and 40 injuries.\n\n[1] Report, https://example.org/r, 2024."
    cleaned = clean(raw)
    assert cleaned.body == "Officials counted 12 deaths [1] and 40 injuries."
    assert [n for n, _ in cleaned.notes] == [1]


@pytest.mark.parametrize("line", ["Share", "PAYLAŞ", "Tweet", "12", "Page 3 of 10", "- 4 -",
                                  "E-Mail: info@example.org", "© 2009-2025 Example", "@example",
                                  "https://www.facebook.com/example", "Copyright 2024 Example Ltd."])
def test_textclean_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Share prices rose 4%.", "12 people died.", "In 2024, 12 died.",
                                  "The email was sent on Monday."])
def test_textclean_article_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


PARAGRAPH = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@given(st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_textclean_is_idempotent(paragraphs: list[str]) -> None:
    once = clean("\n\n".join(paragraphs)).body
    assert clean(once).body == once


@given(st.text(max_size=300))
def test_textclean_never_crashes(text: str) -> None:
    cleaned = clean(text)
    assert normalise(cleaned.body) == cleaned.body
