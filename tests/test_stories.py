"""Story terms and the story relation: which articles, or paragraphs, tell the same story."""

from __future__ import annotations

from factcheck.judge.stories import Stories, alike
from factcheck.nlp.terms import article_terms, asides


def test_terms_are_rare_words_and_names_not_units_or_common_words() -> None:
    found = dict(article_terms("Floods in Larkana", "The floods in Larkana killed 120 people and covered "
                                                   "3,000 hectares, officials said."))
    assert found["larkana"] > found.get("flood", 0)
    assert not {"hectare", "hectares"} & found.keys()  # a unit says what is measured, not which story
    assert not {"people", "said"} & found.keys()


def _paragraphs(*texts: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for text in texts:
        out.append((at, at + len(text), text))
        at += len(text) + 2
    return out


def test_terms_a_digest_of_unrelated_items_has_asides_and_one_story_has_none() -> None:
    digest = _paragraphs("Nvidia advanced 8% and Broadcom gained 3% on chip demand.",
                         "The pharmacist in Tromso dispensed cough syrup to the ferry crew.",
                         "Peabody Energy slid after a fire at its Shoal Creek colliery.")
    assert len(asides("News digest", digest)) == 3
    story = _paragraphs("Floods in Larkana killed 120 people on Sunday.",
                        "Rescuers in Larkana pulled survivors from collapsed houses.",
                        "The Sindh government said relief camps were full.")
    assert asides("Larkana floods", story) == []


def test_stories_two_reports_of_one_flood_tell_one_story_and_a_shared_word_is_not_enough() -> None:
    one = dict(article_terms("Larkana floods: toll rises", "Floods in Larkana and Sukkur killed 120 people as the "
                                                          "Indus burst its embankments."))
    two = dict(article_terms("Sukkur and Larkana under water", "The Larkana floods have killed 150 people; the "
                                                               "Indus embankments gave way near Sukkur."))
    other = dict(article_terms("Dreamliner orders", "Boeing sold 30 Dreamliner jets to an airline in Larkana."))
    assert alike(one, two)
    assert not alike(one, other)  # one rare word in common is a coincidence, not a story
    stories = Stories({("one", -1): one, ("two", -1): two, ("other", -1): other})
    assert stories.same(("one", -1), ("two", -1))
    assert not stories.same(("one", -1), ("other", -1))
