"""Story terms and the story relation: which articles, or paragraphs, tell the same story."""

from __future__ import annotations

from factcheck.judge.stories import Stories, alike, countries, countries_in
from factcheck.nlp.terms import article_terms, asides, proper_nouns


def test_terms_are_rare_words_and_names_not_units_or_common_words() -> None:
    found = dict(article_terms("Floods in Larkana", "The floods in Larkana killed 120 people and covered "
                                                   "3,000 hectares, officials said."))
    assert found["Larkana"] > found.get("flood", 0)  # a name, written with its capital
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


def test_terms_names_are_words_written_with_a_capital_inside_a_sentence_or_only_ever_with_one() -> None:
    names = proper_nouns("Revenue rose 2%, Nvidia said. The revenue beat forecasts. Ecuador's toll rose on Monday.")
    assert {"nvidia", "ecuador"} <= names
    assert "revenue" not in names  # it opens a sentence, and the text also writes it in lower case


def _terms(title: str, body: str) -> dict[str, float]:
    return dict(article_terms(title, body, proper_nouns(body)))


def test_stories_two_rescues_that_share_only_what_rescues_share_are_two_stories() -> None:
    mine = _terms("Miners trapped", "Rescuers reached 40 trapped miners in the collapsed Yatagan colliery, where the "
                                    "rescue of trapped workers continued through the night.")
    tunnel = _terms("Workers trapped", "Teams of rescuers drilled towards 41 trapped workers in the collapsed "
                                       "Silkyara tunnel; the rescue of the trapped miners' colleagues continued.")
    assert not alike(mine, tunnel)  # 'rescuers', 'trapped', 'collapsed', 'rescue': no name of either story


def test_stories_articles_years_apart_need_much_more_in_common() -> None:
    heat = _terms("Karachi heatwave", "The heatwave in Karachi has killed 1,000 people in Sindh province, the "
                                      "Edhi Foundation said, as morgues in Sindh overflowed.")
    flood = _terms("Sindh floods", "Floods in Sindh province have killed 1,000 people since June, officials in "
                                   "Karachi said, as the Edhi Foundation ran out of tents.")
    nodes = {("heat", -1): heat, ("flood", -1): flood}
    assert Stories(nodes, published={"heat": "2015-06-24", "flood": "2015-07-20"}).same(("heat", -1), ("flood", -1))
    assert not Stories(nodes, published={"heat": "2015-06-24", "flood": "2022-09-01"}).same(("heat", -1),
                                                                                          ("flood", -1))


def test_stories_two_short_reports_alike_the_same_other_reports_tell_one_story() -> None:
    lede = _terms("Larkana floods", "Floods in Larkana killed 120 people as the Indus burst its embankments.")
    update = _terms("Sukkur floods", "The Sukkur barrage held, though floods killed 150 people near the Indus.")
    first = _terms("Larkana and Sukkur floods", "Floods in Larkana and Sukkur killed 120 people; the Indus "
                                                "embankments and the Sukkur barrage gave way.")
    second = _terms("Indus floods in Larkana and Sukkur", "The Indus floods in Larkana and Sukkur have killed 150 "
                                                          "people since the barrage and the embankments failed.")
    stories = Stories({("lede", -1): lede, ("update", -1): update, ("first", -1): first, ("second", -1): second})
    assert not alike(lede, update)  # too little in common with each other
    assert stories.same(("lede", -1), ("update", -1))  # but both are alike two reports of the story


def test_stories_a_plural_that_opened_sentences_is_no_name_that_joins_two_quakes() -> None:
    # two earthquakes: the same vocabulary, and 'Rescuers' opening sentences in both (a name to each
    # article alone), written in lower case by a third article; no place, person or agency in common
    def terms(title: str, body: str) -> dict[str, float]:
        return dict(article_terms(title, body, proper_nouns(body)))

    first = terms("Quake in Ludian", "Rescuers dug through rubble after the magnitude 6.1 earthquake struck Ludian. "
                                     "Rescuers said survivors were injured as the toll rose.")
    second = terms("Quake in Manta", "Rescuers searched rubble after the magnitude 7.8 earthquake struck Manta. "
                                     "Rescuers said survivors were injured as the toll rose.")
    third = terms("Floods in Sindh", "In Sindh the rescuers reached villages as the floods rose.")
    nodes = {("first", -1): first, ("second", -1): second, ("third", -1): third}
    assert "Rescuers" in first.keys() & second.keys()
    assert not Stories(nodes).same(("first", -1), ("second", -1))


def test_stories_ordnance_cleared_in_two_countries_is_two_stories() -> None:
    """Two clearance reports share 'UXO', 'unexploded', 'ordnance', 'cluster', 'munitions' and the wire
    agency's name; each names its country and not the other's: stories of one kind, not one story."""
    body = ("{country}'s {agency} said UXO teams cleared unexploded ordnance and cluster munitions from "
            "farmland in {province} province this year, Xinhua reported. Unexploded ordnance killed "
            "{killed} people in {country} last year.")
    laos = _terms("Laos clears UXO", body.format(country="Laos", agency="UXO Lao", province="Xieng Khouang",
                                                  killed=9))
    laos2 = _terms("UXO in Laos", body.format(country="Laos", agency="UXO Lao", province="Houaphan", killed=9))
    cambodia = _terms("Cambodia clears UXO", body.format(country="Cambodia", agency="CMAC",
                                                         province="Battambang", killed=8))
    assert alike(laos, laos2)
    assert not alike(laos, cambodia)


def test_stories_a_wire_agency_s_name_is_no_name_of_a_story() -> None:
    """Two monsoon floods filed by one agency share its name and the words of floods; not a story."""
    story = ("{place} (Reuters) - The monsoon floods swept through {town}, and the death toll rose to {n} as "
             "embankments gave way, Reuters reported from the inundated town.")
    one = _terms("Floods in Larkana", story.format(place="LARKANA", town="Larkana", n=40))
    two = _terms("Floods in Kochi", story.format(place="KOCHI", town="Kochi", n=25))
    assert not alike(one, two)


def _with_overviews(first: tuple[str, dict[str, float]], second: tuple[str, dict[str, float]],
                    overview: dict[str, float], varied: str) -> Stories:
    """Two reports and two regional overviews that name both countries (the second weighs ``varied``
    a little more): each report is alike both overviews."""
    overview2 = {**overview, varied: overview[varied] + 0.5}
    return Stories({(first[0], -1): first[1], (second[0], -1): second[1], ("overview", -1): overview,
                    ("overview2", -1): overview2})


def test_stories_neighbours_in_common_do_not_join_two_countries_stories() -> None:
    """Two reports alike two others (a regional overview naming both countries) still tell two
    stories when each names its country and not the other's."""
    laos = {"Laos": 3.0, "UXO": 2.0, "ordnance": 1.5, "clearance": 1.0, "Xinhua": 1.0}
    cambodia = {"Cambodia": 3.0, "UXO": 2.0, "ordnance": 1.5, "clearance": 1.0, "Xinhua": 1.0}
    overview = {"Laos": 3.0, "Cambodia": 3.0, "UXO": 2.0, "ordnance": 1.5, "clearance": 1.0, "Mekong": 2.0}
    stories = _with_overviews(("laos", laos), ("cambodia", cambodia), overview, "Mekong")
    assert stories.same(("laos", -1), ("overview", -1))
    assert stories.same(("cambodia", -1), ("overview2", -1))
    assert not stories.same(("laos", -1), ("cambodia", -1))


def test_stories_a_country_of_several_words_is_named_by_its_distinctive_word() -> None:
    """Terms are single words: 'South Korea' is written 'Korea', 'Sri Lanka' 'Lanka'; 'South Africa'
    does not make 'Africa' a country, nor 'United States' 'States'."""
    assert {"Korea", "Lanka", "Zealand", "Laos"} <= countries()
    assert not {"Africa", "States", "Republic", "Islands"} & countries()
    korea = {"Korea": 3.0, "MERS": 2.0, "outbreak": 1.5, "quarantine": 1.0, "ministry": 1.0}
    brazil = {"Brazil": 3.0, "Zika": 2.0, "outbreak": 1.5, "ministry": 1.0, "microcephaly": 1.0}
    overview = {"Korea": 3.0, "Brazil": 3.0, "outbreak": 1.5, "ministry": 1.0, "MERS": 2.0, "Zika": 2.0}
    stories = _with_overviews(("korea", korea), ("brazil", brazil), overview, "Zika")
    assert not stories.same(("korea", -1), ("brazil", -1))


def test_stories_a_report_that_names_its_country_by_its_adjective_is_not_set_apart_by_a_neighbour() -> None:
    """One report names Lebanon; the other only the 'Lebanese' army and Cyprus, where the blast was
    heard: they share Lebanon, not two countries' stories. Syrians are of Syria, Cypriots of Cyprus."""
    one = {"Beirut": 3.0, "Lebanon": 2.0, "blast": 1.5, "ammonium": 2.0, "warehouse": 1.5, "Aoun": 2.5}
    two = {"Beirut": 3.0, "Lebanese": 2.0, "Cyprus": 1.5, "ammonium": 2.0, "warehouse": 1.5, "Aoun": 2.5}
    assert alike(one, two)
    assert countries_in(["Lebanese", "Syrians", "Cypriot", "Children", "Indiana"]) == {"Lebanon", "Syria", "Cyprus"}
