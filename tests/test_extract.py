"""Claim extraction on the real spaCy pipeline: golden sentences, non-claims, and the claims store."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from factcheck import store, units
from factcheck.cli import main
from factcheck.corpus import Corpus, parse_article
from factcheck.extract import extract
from factcheck.judge import frames
from factcheck.nlp import model_label
from tests.conftest import REPO, assert_rows, copy_shipped


def claims_of(nlp: Language, body: str, published: str = "2024-06-15", notes: str = "") -> list:
    text = f"---\ntitle: Test article\npublished: {published}\n---\n{body}\n"
    if notes:
        text += f"\n## Notes\n\n{notes}\n"
    article = parse_article(text.encode(), Path("corpus/test.md"), "test")
    return list(extract(article, nlp, "test").claims)


# an acre in hectares as the installed pint defines it (0.26 took the international acre, 0.25 the survey one)
ACRE = float(units.registry()("acre").to("hectare").magnitude)

GOLDEN = [
    # (sentence, [(text, value, low, high, unit, qualifier, measured)])
    ("Floods destroyed about 1,200 homes in three provinces.",
     [("1,200", 1200, None, None, "count", "approximate", "homes"),
      ("three", 3, None, None, "count", "exact", "provinces")]),
    ("The fire burned more than 4,500 acres of forest.",
     [("4,500 acres", 4500 * ACRE, 4500 * ACRE, None, "hectare", "at_least",
       "forest")]),
    ("The council approved a budget of $4.2 billion for roads.",  # a sum is of the noun it is the value of
     [("$4.2 billion", 4.2e9, None, None, "USD", "exact", "budget")]),
    ("They triggered his 222 million euros (263 million dollars) release clause.",  # or of the noun it is before
     [("222 million euros", 2.22e8, None, None, "EUR", "exact", "clause"),
      ("263 million dollars", 2.63e8, None, None, "USD", "approximate", "clause")]),  # the same sum, converted
    ("Turnout reached 67.5% in the capital.", [("67.5%", 67.5, None, None, "percent", "exact", None)]),
    ("Unemployment fell to 4 per cent, while inflation stayed at 10-15 percent.",
     [("4 per cent", 4, None, None, "percent", "exact", None),
      ("10-15 percent", None, 10, 15, "percent", "exact", None)]),
    ("Tickets cost from €20 to €35 each.", [("€20 to €35", None, 20, 35, "EUR", "exact", None)]),
    ("The road, some 250 kilometres long, took up to 3 years to build.",
     [("250 kilometres", 250, None, None, "kilometer", "approximate", None),
      ("3 years", 3, None, 3, "year", "at_most", None)]),
    ("Twelve hospitals reported 340 new measles cases.",
     [("Twelve", 12, None, None, "count", "exact", "hospitals"),
      ("340", 340, None, None, "count", "exact", "new measles cases")]),
    ("The storm flooded 15 square kilometres of farmland.",
     [("15 square kilometres", 1500, None, None, "hectare", "exact", "farmland")]),
    ("The carmaker racked up $74.6 billion in revenue last quarter.",  # a sum is of what 'in' names after it
     [("$74.6 billion", 7.46e10, None, None, "USD", "exact", "revenue")]),
    ("The storm did $2 billion to $3 billion US of damage.",  # or 'of', past a currency's name
     [("$2 billion to $3 billion", None, 2e9, 3e9, "USD", "exact", "damage")]),
    ("The buyer will pay $54.20 a share in cash.",  # not of how it is paid
     [("$54.20 a share", 54.2, None, None, "USD_per_share", "exact", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLDEN, ids=[g[0][:30] for g in GOLDEN])
def test_extract_golden_sentences(nlp: Language, sentence: str, expected: list) -> None:
    got = [(c.text, c.value, c.low, c.high, c.unit, c.qualifier, c.measured) for c in claims_of(nlp, sentence)]
    assert_rows(got, expected, numbers=range(1, 4))


FRAMES = [
    # (sentence, [(text, measured, predicate, place, period_start, period_end, as_of, as_of_source)])
    ("Floods in Pakistan have killed 1,700 people since mid-June, officials said on Tuesday.",
     [("1,700", "people", "kill", "Pakistan", "2024-06", None, "2024-06-11", "sentence")]),
    ("As of March 2024, the outbreak had infected 12,400 people in Kenya and killed 210.",
     [("12,400", "people", "infect", "Kenya", None, None, "2024-03", "sentence"),
      ("210", "people", "kill", "Kenya", None, None, "2024-03", "sentence")]),
    ("Turnout reached 61.4% in the second round, the highest since 1995.",
     [("61.4%", None, "reach", None, None, None, "2024-06-15", "published")]),
    ("Over the past decade, the city has built 42 kilometres of bike lanes.",
     [("42 kilometres", "bike lanes", "build", None, "2014", None, "2024-06-15", "published")]),
    ("Last month, the charity delivered 3,000 tonnes of food.",
     [("3,000 tonnes", "food", "deliver", None, "2024-05", "2024-05", "2024-05", "sentence")]),
    ("Since 2019, rebels have displaced about 250,000 residents of Cabo Delgado.",
     [("250,000", "residents", "displace", "Cabo Delgado", "2019", None, "2024-06-15", "published")]),
    ("Between January and March, exports to China fell 7% to $2.3 billion.",
     [("7%", None, "fall", "China", "2024-01", "2024-03", "2024-03", "sentence"),
      ("$2.3 billion", None, "fall", "China", "2024-01", "2024-03", "2024-03", "sentence")]),
    ("Including the latest casualties, a total of 392 people have been killed or injured.",
     [("392", "people", "kill or injure", None, None, None, "2024-06-15", "published")]),
    ("During the 30-year occupation, about 1.2 million people fled.",
     [("30-year", "occupation", None, None, None, None, "2024-06-15", "published"),
      ("1.2 million", "people", "flee", None, None, None, "2024-06-15", "published")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES, ids=[f[0][:30] for f in FRAMES])
def test_extract_frames_periods_and_as_of(nlp: Language, sentence: str, expected: list) -> None:
    got = [(c.text, c.measured, c.predicate, c.place, c.period_start, c.period_end, c.as_of, c.as_of_source)
           for c in claims_of(nlp, sentence)]
    assert got == expected


NO_CLAIMS = [
    "The treaty was signed on March 3, 2021, in Geneva.",
    "Under the 1949 Geneva Conventions, attacks on civilians are banned.",
    "Since 2020, the agency has published its reports in May.",
    "Officials met between 2019 and 2022 to discuss the plan.",
    "The Second World War ended in 1945.",
    "She was the first woman to lead the ministry.",
    "Producing one is cheap, the engineer said.",
    "The report was released in the 1990s.",
    "Mines have been found near roads and bridges.[6] Few were mapped.",  # a marker with no notes section
]


@pytest.mark.parametrize("sentence", NO_CLAIMS)
def test_extract_numbers_that_are_not_claims(nlp: Language, sentence: str) -> None:
    assert claims_of(nlp, sentence) == []


def test_extract_footnote_markers_are_not_claims_but_citations(nlp: Language) -> None:
    claims = claims_of(nlp, "The outbreak has infected 2,300 people.[2] Most recovered.",
                       notes='[1] A, https://a.example, 2024.\n\n[2] "Cases", Health Agency, https://h.example/c, '
                             "May 3, 2024.")
    assert [(c.value, c.citation.marker if c.citation else None) for c in claims] == [(2300, "2")]
    assert claims[0].as_of == "2024-05-03"
    assert claims[0].as_of_source == "citation"
    assert claims[0].sentence == "The outbreak has infected 2,300 people.[2]"


def test_extract_as_of_and_periods(nlp: Language) -> None:
    body = ("Since the floods of July 12, 2021, the agency has rebuilt 640 bridges. As of March 2024, 12,000 people "
            "remained displaced.\n\nBetween May 2 and May 9, crews repaired 35 schools.")
    claims = claims_of(nlp, body, published="2024-05-20")
    got = [(c.value, c.period_start, c.period_end, c.as_of, c.as_of_source) for c in claims]
    assert got == [(640, "2021-07-12", None, "2024-03", "paragraph"),
                   (12000, "2021-07-12", None, "2024-03", "sentence"),
                   (35, "2024-05-02", "2024-05-09", "2024-05-09", "sentence")]


def test_extract_bare_count_borrows_what_its_neighbour_counts(nlp: Language) -> None:
    claims = claims_of(nlp, "The quake killed 45 villagers and injured 210.")
    assert [(c.value, c.measured, c.predicate) for c in claims] == [(45, "villagers", "kill"),
                                                                     (210, "villagers", "injure")]


def test_extract_a_bare_count_does_not_borrow_from_a_count_it_is_the_whole_of(nlp: Language) -> None:
    claims = claims_of(nlp, "The crash resulted in 241 fatalities among the 242 on board.")
    assert [c.measured for c in claims if c.value == 241] == ["fatalities"]
    assert all(c.measured != "fatalities" for c in claims if c.value == 242)  # those aboard, not the dead


def test_extract_acronyms_in_both_orders_with_offsets(tmp_path: Path, nlp: Language) -> None:
    body = ("According to the World Food Programme (WFP), 3 million people need aid. The UNHCR (United Nations "
            "High Commissioner for Refugees) counted 2,000 arrivals.")
    article = parse_article(f"---\ntitle: T\npublished: 2024\n---\n{body}".encode(), tmp_path / "t.md", "t")
    acronyms = extract(article, nlp, "test").acronyms
    assert [(a.short, a.long) for a in acronyms] == [("WFP", "World Food Programme"),
                                                      ("UNHCR", "United Nations High Commissioner for Refugees")]
    assert body[acronyms[0].start:acronyms[0].end] == "World Food Programme (WFP)"


def test_extract_shipped_claims_are_current() -> None:
    """claims/ is committed: it must be what `factcheck extract` makes of corpus/ today."""
    pipeline = store.pipeline_label(model_label())
    for article in Corpus(REPO / "corpus"):
        path = store.claims_path(REPO / "claims", article.id)
        assert path.is_file(), f"{path} is missing: run `make claims`"
        assert store.is_current(store.read(path), article, pipeline), f"{path} is stale: run `make claims`"


def test_extract_cli_is_incremental_and_redoes_corrupt_files(runner: CliRunner, tmp_path: Path) -> None:
    corpus, claims = copy_shipped(tmp_path)
    args = ["extract", "--corpus", str(corpus), "--claims", str(claims)]
    result = runner.invoke(main, args)
    assert (result.exit_code, result.output) == (0, "all 2 articles already current: nothing extracted\n")
    victim = sorted(claims.glob("*.json"))[0]
    victim.write_text('{"schema": "factcheck.claims/1", "arti', encoding="utf-8")
    result = runner.invoke(main, args)
    assert result.exit_code == 0
    assert result.output.startswith(f"extracted {victim}: ")
    assert "(unreadable (" in result.output
    assert store.read(victim).claims == store.read(REPO / "claims" / victim.name).claims


def test_extract_claims_command_lists_an_articles_claims(runner: CliRunner, tmp_path: Path) -> None:
    article_id = sorted(p.stem for p in (REPO / "claims").glob("*.json"))[0]
    copy_shipped(tmp_path)
    result = runner.invoke(main, ["claims", article_id, "--corpus", str(REPO / "corpus"),
                                  "--claims", str(tmp_path / "claims")])
    assert result.exit_code == 0
    count = len(store.read(REPO / "claims" / f"{article_id}.json").claims)
    assert result.output.splitlines()[0].endswith(f": {count} claims")
    assert len(result.output.splitlines()) == count + 1


def test_extract_claims_of_an_unknown_article(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["claims", "nope", "--corpus", str(REPO / "corpus"), "--claims", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (2, f"Error: no article 'nope' in {REPO / 'corpus'}\n")


NEWS_COUNTS = [
    # (sentence, published, [(text, qualifier, measured, predicate, as_of, superseded, period)])
    ("The death toll has soared to 11,300, the Red Crescent said.", "2023-09-14",
     [("11,300", "exact", "death toll", "soar", "2023-09-14", False, None)]),
    ("As many as 20,000 are believed dead in the eastern city.", "2023-09-14",
     [("20,000", "at_most", None, "dead", "2023-09-14", False, None)]),
    ("A further 10,100 are reported missing.", "2023-09-14",
     [("10,100", "exact", None, "missing", "2023-09-14", False, None)]),
    ("Authorities revised the number of deaths to 97, down from their previous toll of 115.", "2023-09-14",
     [("97", "exact", "number of deaths", "revise", "2023-09-14", False, None),
      ("115", "exact", "previous toll", "revise", "2023-09-14", True, None)]),
    ("The toll rose from 77 to 233 on Sunday.", "2016-04-18",
     [("77", "exact", "toll", "rise", "2016-04-17", True, None),
      ("233", "exact", "toll", "rise", "2016-04-17", False, None)]),
    ("The toll could be as high as 6,000, officials warned late Saturday.", "2023-09-14",
     [("6,000", "at_most", "toll", "be", "2023-09-09", False, None)]),
    ("Nearly 5,000 homes were destroyed.", "2023-09-14",
     [("5,000", "at_most", "homes", "destroy", "2023-09-14", False, None)]),
    ("At least 233 people lost their lives.", "2023-09-14",
     [("233", "at_least", "people", "lose life", "2023-09-14", False, None)]),
    ("Another 57 people died on Tuesday.", "2023-09-14",
     [("57", "exact", "people", "die", "2023-09-12", False, "another")]),
    ("Officials announced 11 additional deaths.", "2023-09-14",
     [("11", "exact", "additional deaths", "announce", "2023-09-14", False, "additional")]),
    ("The number of cases could rise to 20,000, the agency warned.", "2014-09-26",
     [("20,000", "exact", "number of cases", "rise", "2014-09-26", False, "projected")]),
    ("It appeared that more than 1,000 people might have died.", "2019-03-18",
     [("1,000", "at_least", "people", "die", "2019-03-18", False, "projected")]),
    ("He believes the toll will be more than 1,000.", "2019-03-18",
     [("1,000", "at_least", "toll", "be", "2019-03-18", False, "projected")]),
    ("We can see a million cases by the end of the year, the agency said.", "2017-09-30",
     [("a million", "exact", "cases", "see", "2017-09-30", False, "projected")]),
    ("QUITO, Ecuador (AP) — The death toll has risen to 654, the government said.", "2016-04-23",
     [("654", "exact", "death toll", "rise", "2016-04-23", False, None)]),
    ("The number of people unaccounted for has dropped to 850, the mayor said.", "2023-08-25",
     [("850", "exact", "number of people unaccounted", "drop", "2023-08-25", False, None)]),
    # a group the count is said to be in, by the state its members share
    ("Roughly 400 children were among those who lost their lives.", "2023-09-14",
     [("400", "approximate", "children", "lose life", "2023-09-14", False, None)]),
    ("Some 120 are on a list of those unaccounted for.", "2023-09-14",
     [("120", "approximate", None, "unaccounted", "2023-09-14", False, None)]),
    # a count with a state of its own is not the toll of its sentence, nor an increment of it
    ('The death toll stands at 79 fatalities, with another 61 "potentially" unaccounted for.', "2021-07-09",
     [("79", "exact", "fatalities", "stand", "2021-07-09", False, None),
      ("61", "exact", None, "unaccounted", "2021-07-09", False, None)]),
    ("About 3,400 homes have been lost.", "2023-09-14",
     [("3,400", "approximate", "homes", "lose home", "2023-09-14", False, None)]),
    # a participle after the counted noun is its event; an opening 'of' phrase names the whole of a part
    ("Of the 2,300 buildings destroyed, 1,900 were single-family homes.", "2023-09-14",
     [("2,300", "exact", "buildings", "destroy", "2023-09-14", False, None),
      ("1,900", "exact", "single-family homes", "destroy", "2023-09-14", False, None)]),
    ("Of the 312 people aboard, 190 were rescued and 95 remain missing.", "2023-09-14",
     [("312", "exact", "people", "aboard", "2023-09-14", False, None),
      ("190", "exact", "people", "rescued", "2023-09-14", False, None),
      ("95", "exact", "people", "missing", "2023-09-14", False, None)]),
    ("Of the 290 dead, 45 were children.", "2023-09-14",
     [("290", "exact", None, "dead", "2023-09-14", False, None),
      ("45", "exact", "children", "dead", "2023-09-14", False, None)]),
    # a state said right after a bare count, however the parse joined it; a relative clause that
    # counts a part of its own is not the whole's event; what was tried is not what was done
    ("Just 174 people are known to have survived and about 240 are still missing.", "2024-04-20",
     [("174", "exact", "people", "survive", "2024-04-20", False, None),
      ("240", "approximate", "people", "miss", "2024-04-20", False, None)]),
    ("The ferry was carrying 312 people, of whom 120 were rescued.", "2024-04-20",
     [("312", "exact", "people", "carry", "2024-04-20", False, None),
      ("120", "exact", "people", "rescued", "2024-04-20", False, None)]),
    ("Rescuers raced to save 312 people on the island.", "2024-04-20",
     [("312", "exact", "people", "save", "2024-04-20", False, "sought")]),
    ("Floods killed or injured 70 people.", "2024-04-20",
     [("70", "exact", "people", "kill or injure", "2024-04-20", False, None)]),
    # a relative clause says what a count counts unless an event was done to them
    ("Some 1,200 people who lost their lives were buried in mass graves.", "2024-04-20",
     [("1,200", "approximate", "people", "lose life", "2024-04-20", False, None)]),
    ("The fire killed 12 people who were trapped in their cars.", "2024-04-20",
     [("12", "exact", "people", "kill", "2024-04-20", False, None)]),
    ("More than 16 million people were affected, including over four million who were displaced.", "2014-01-03",
     [("16 million", "at_least", "people", "affect", "2014-01-03", False, None),
      ("four million", "at_least", "people", "displace", "2014-01-03", False, None)]),
    ("Of the 476 people on board, 174 were rescued.", "2024-04-20",
     [("476", "exact", "people", "board", "2024-04-20", False, None),
      ("174", "exact", "people", "rescued", "2024-04-20", False, None)]),
    ("Nearly 9,000 buildings are gone.", "2024-04-20",
     [("9,000", "at_most", "buildings", "gone", "2024-04-20", False, None)]),
    # 'another' of a state that still holds is a further group as it stands, not news since the last count
    ("Another 146 remain missing, authorities said.", "2014-04-23",
     [("146", "exact", None, "missing", "2014-04-23", False, None)]),
    ("Another 57 people have died, officials said.", "2014-04-23",
     [("57", "exact", "people", "die", "2014-04-23", False, "another")]),
    # a bare count's own relative clause says what it counts, however many words the number has
    ("More than 16 million people were affected in nine regions including over four million who were "
     "displaced from their homes.", "2013-12-06",
     [("16 million", "at_least", "people", "affect", "2013-12-06", False, None),
      ("nine", "exact", "regions", "affect", "2013-12-06", False, None),
      ("four million", "at_least", None, "displace", "2013-12-06", False, None)]),
    # those aboard are counted; those rescuers raced to save were only hoped for
    ("Rescuers raced to save 459 people aboard the vessel.", "2014-04-16",
     [("459", "exact", "people", "aboard", "2014-04-16", False, None)]),
    # a count of a counted whole is two counts; 'one in five' stays a rate
    ("The toll rose to 1,205 out of 3,010 probable and confirmed cases.", "2014-10-01",
     [("1,205", "exact", "toll", "rise", "2014-10-01", False, None),
      ("3,010", "exact", "probable and confirmed cases", "rise", "2014-10-01", False, None)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), NEWS_COUNTS)
def test_extract_counts_as_news_writes_them(nlp: Language, sentence: str, published: str, expected: list) -> None:
    got = [(c.text, c.qualifier, c.measured, c.predicate, c.as_of, c.superseded, c.period)
           for c in claims_of(nlp, sentence, published)]
    assert got == expected


def test_extract_a_dateline_names_no_place_and_an_owner_is_a_name(nlp: Language) -> None:
    quito, = claims_of(nlp, "QUITO, Ecuador (AP) — The death toll has risen to 654.", "2016-04-23")
    assert quito.place is None
    kochi, = claims_of(nlp, "Kochi, India: The death toll from the floods in Kerala has risen to 79.", "2018-08-17")
    assert kochi.place == "Kerala"
    nvidia, apple = claims_of(nlp, "Nvidia's shares gained 3% while Apple's gained 1%.")
    assert (nvidia.owner, nvidia.verb, apple.owner) == ("Nvidia", "gained", "Apple")


def test_extract_a_number_too_large_for_a_float_is_no_claim_and_the_file_stays_json(nlp: Language) -> None:
    import json

    from factcheck.models import ClaimsFile

    body = f"Floods killed {'9' * 400} people, and 45 more drowned."
    text = f"---\ntitle: Test article\npublished: 2024-06-15\n---\n{body}\n"
    claims = extract(parse_article(text.encode(), Path("corpus/test.md"), "test"), nlp, "test")
    assert [c.text for c in claims.claims] == ["45"]
    written = store.dumps(claims)
    json.loads(written, parse_constant=lambda name: pytest.fail(f"{name} in a claims file"))
    assert ClaimsFile.model_validate_json(written) == claims


def test_extract_an_estimate_is_reported_not_a_cost(nlp: Language) -> None:
    """'estimate' says a figure was reported, not that it is a cost: a crowd estimated is no sum;
    a sum of damage is what the damage cost (frames.json's money_of), whichever verb reports it."""
    from factcheck.judge.frames import claim_events

    [crowd] = claims_of(nlp, "Police estimated 240,000 participants in the march.")
    [damage] = claims_of(nlp, "Officials estimated the damage at $3 billion.")
    [homes] = claims_of(nlp, "Officials estimated that 3,000 homes were damaged.")
    assert "cost" not in claim_events(crowd)
    assert claim_events(damage) == {"cost"}
    assert claim_events(homes) == {"damage"}


def test_extract_a_coordinated_verb_shares_its_subject(nlp: Language) -> None:
    [area] = claims_of(nlp, "The fire slowed on Sunday, but had reached 41,000 acres by Monday evening.")
    assert area.subject == "The fire"


@pytest.mark.parametrize(("body", "expected"), [
    ("The economy grew 4% in the second quarter after shrinking 2.1% in the first quarter.",
     [(4, "2024-04"), (2.1, "2024-01")]),
    ("The jobless rate ticked down to 4.1% in May from 4.2% in April.", [(4.1, "2024-05"), (4.2, "2024-04")]),
    # the period of the verb the figure hangs on, however near another clause's is written
    ("In 2016, the demining agency cleared 2,500 hectares and this year the area will increase to 3,200 hectares.",
     [(2500, "2016"), (3200, "2024")]),
])
def test_extract_each_figure_takes_the_period_written_nearest_it(nlp: Language, body: str, expected: list) -> None:
    assert [(c.value, c.period_start) for c in claims_of(nlp, body)] == expected


def test_a_list_keyed_by_names_gives_each_name_its_count_of_what_the_list_counts(nlp: Language) -> None:
    claims = claims_of(nlp, "The deaths confirmed by the ministry were from Ghana, 31; Togo, 12; Benin, 9; and Mali "
                            "and Niger, 2 each.\n\nKenya said it had 52 athletes injured. Others are: Rwanda with 14; "
                            "Burundi with 6.")
    rows = [(c.text, c.owner, c.measured, c.predicate) for c in claims]
    assert rows == [("31", "Ghana", "deaths", "be"), ("12", "Togo", "deaths", "be"), ("9", "Benin", "deaths", "be"),
                    # 'it' is Kenya; 'the others' are counted as the claim before them counts
                    ("52", "Kenya", "athletes", "injure"), ("14", "Rwanda", "athletes", "injure"),
                    ("6", "Burundi", "athletes", "injure")]  # '2 each' is of two names: no one's count


def test_a_count_that_borrows_its_noun_takes_its_neighbours_verb_and_its_own_place(nlp: Language) -> None:
    claims = claims_of(nlp, "Chile says it had 80 workers trapped, while Peru lost 12.\n\nThe quake killed 40 people "
                            "in Texas and 12 in Ohio.")
    rows = [(c.text, c.owner, c.place, c.predicate) for c in claims]
    assert rows == [("80", "Chile", None, "trap"), ("12", "Peru", "Peru", "trap"),
                    ("40", None, "Texas", "kill"), ("12", None, "Ohio", "kill")]


def test_the_people_searched_for_are_the_missing_not_the_searchers(nlp: Language) -> None:
    claims = claims_of(nlp, "Divers are searching for 35 people. About 400 rescuers were searching for survivors.")
    assert [(c.text, c.predicate) for c in claims] == [("35", "search for"), ("400", "search")]


def test_a_figure_a_forecast_or_a_poll_gives_is_projected_not_a_result(nlp: Language) -> None:
    claims = claims_of(nlp, "The party is predicted to win between 390 and 430 seats. Exit polls suggest that the "
                            "party will take 32.2% of the vote. The party won 308 seats.")
    assert [(c.text, c.period) for c in claims] == [("390 and 430", "projected"), ("32.2%", "projected"),
                                                    ("308", None)]


def test_a_bare_count_s_relative_clause_says_what_it_counts(nlp: Language) -> None:
    claims = claims_of(nlp, "That is on top of the 18,000 they already cut earlier this year.")
    assert [(c.text, c.predicate) for c in claims] == [("18,000", "cut")]


def test_a_company_s_plan_is_its_own_a_place_s_is_not(nlp: Language) -> None:
    claims = claims_of(nlp, "Siemens is planning to lay off about 4,000 people. Portugal has managed to clear "
                            "12,000 hectares.")
    assert [(c.text, c.owner) for c in claims] == [("4,000", "Siemens"), ("12,000 hectares", None)]


def test_a_sum_a_thing_changes_hands_for_is_its_price(nlp: Language) -> None:
    claims = claims_of(nlp, "United signed the striker for €120million (£102m). The unit was sold for $350 million. "
                            "She paid $5 for the ticket.")
    assert [(c.text, c.measured, c.qualifier) for c in claims] == [
        ("€120million", "price", "exact"), ("£102m", "price", "approximate"), ("$350 million", "price", "exact"),
        ("$5", "the ticket", "exact")]


def test_a_sum_by_which_two_differ_is_a_difference_not_either(nlp: Language) -> None:
    claims = claims_of(nlp, "The group will buy the business for $350m (£281m) less than originally agreed. It "
                            "offered to buy back up to $3bn in shares. The bank had initially bid $2bn.")
    assert [(c.text, c.measured, c.predicate, c.superseded) for c in claims] == [
        ("$350m", "difference", None, False), ("£281m", "difference", None, False),
        ("$3bn", None, "buy back", False), ("$2bn", None, "bid", True)]


def test_a_period_said_of_another_figure_does_not_date_this_one(nlp: Language) -> None:
    claims = claims_of(nlp, "He will cut 4,000 jobs, even though the firm had eliminated 6,000 roles in November. "
                            "In 2014, the party won 282 seats and 44 went to its rival.")
    assert [(c.text, c.period) for c in claims] == [("4,000", "more"), ("6,000", "in November"),
                                                    ("282", "In 2014"), ("44", "In 2014")]


def test_seats_given_to_a_party_or_won_by_a_name_the_parse_misreads_are_its_own(nlp: Language) -> None:
    claims = claims_of(nlp, "Voters gave the National Democratic Alliance an unexpected 336 seats. BJP alone secured "
                            "282 seats.")
    assert [(c.text, c.owner) for c in claims] == [("336", "National Democratic Alliance"), ("282", "BJP")]


def test_an_increment_before_another_event_stays_an_increment(nlp: Language) -> None:
    claims = claims_of(nlp, "The firm is laying off 10,000 more staff and will close 5,000 open roles. The toll "
                            "has risen to 654 with another 58 people missing.")
    assert [(c.text, c.period) for c in claims] == [("10,000", "more"), ("5,000", None), ("654", None),
                                                    ("58", None)]


def test_extract_a_wire_story_figures_and_weekdays_are_as_of_its_dateline(nlp: Language) -> None:
    """Filed in China late on a Sunday, published on Monday: 'Sunday' is the dateline's day, and a
    figure without a date of its own holds on the day the story was filed."""
    claims = claims_of(nlp, "KUNMING, Aug. 3 (Xinhua) -- At least 175 people have been killed in an earthquake. "
                            "By Sunday night, 1,400 people had been injured.", published="2014-08-04")
    assert [(c.value, c.as_of) for c in claims] == [(175, "2014-08-03"), (1400, "2014-08-03")]


def test_extract_a_place_is_the_innermost_one_named(nlp: Language) -> None:
    """"Pakistan's Sindh province" is Sindh: the country only says where the province is."""
    claims = claims_of(nlp, "Over 1,200 people have died in Pakistan's Sindh province due to a heat wave.")
    assert [(c.value, c.place) for c in claims] == [(1200, "Sindh")]


def test_extract_an_owner_counted_with_its_allies_is_a_coalition(nlp: Language) -> None:
    claims = claims_of(nlp, "Official results showed the Liberal Union and its allies winning 32.3%, ahead of the "
                            "Farmers' Party on 21.5%.")
    assert [(c.value, c.owner) for c in claims] == [(32.3, "Liberal Union and allies"), (21.5, "Farmers' Party")]


def test_extract_a_place_that_only_locates_another_or_the_reporter_is_not_the_figure_s(nlp: Language) -> None:
    claims = claims_of(nlp, "Officials raised the death toll from a wildfire that raged through a coastal area east "
                            "of Athens to 91. Greece's fire service confirmed the number of dead at 94. Floods killed "
                            "30 people in Sindh.")
    assert [(c.value, c.place) for c in claims] == [(91, None), (94, None), (30, "Sindh")]


def test_extract_a_date_between_a_tally_and_its_value_does_not_part_them(nlp: Language) -> None:
    claims = claims_of(nlp, "Greek health officials say the death toll from the July 23 fire at the seaside resort "
                            "of Mati, near Athens, has risen to 94 after a woman died.")
    assert [(c.value, c.measured) for c in claims] == [(94, "death toll")]


def test_extract_each_clause_of_a_semicolon_sentence_keeps_its_own_period(nlp: Language) -> None:
    claims = claims_of(nlp, "Thirty people are missing in the state since August 8; 357 were killed since the "
                            "start of the monsoon in May. Since 2020, 361 people have been affected; 68 have died.",
                       published="2018-08-19")
    assert [(c.value, c.period_start) for c in claims] == [(30, "2018-08-08"), (357, "2018-05"),
                                                           (361, "2020"), (68, "2020")]


def test_extract_a_day_after_a_count_is_when_not_what_it_counts(nlp: Language) -> None:
    claims = claims_of(nlp, "KOCHI, India • The death toll from the floods rose to at least 67 yesterday.")
    assert [(c.value, c.measured, c.subject) for c in claims] == [(67, "death toll", "The death toll")]


def test_extract_what_was_done_to_a_figure_outranks_what_describes_its_noun(nlp: Language) -> None:
    claims = claims_of(nlp, "The agency has cleared and released 3,297 square km of land contaminated by ordnance. "
                            "The fire left 11,862 structures destroyed.")
    assert [(c.dimension, c.predicate) for c in claims] == [("area", "clear"), ("count", "destroy")]


def test_extract_a_period_after_coordinated_verbs_dates_both_figures(nlp: Language) -> None:
    claims = claims_of(nlp, "Explosions had killed 19,751 people and either injured or amputated 44,930 others "
                            "from 1979 to March 2017.")
    assert [(c.value, c.period_start, c.period_end) for c in claims] == [(19751, "1979", "2017-03"),
                                                                        (44930, "1979", "2017-03")]


def test_extract_a_period_of_when_something_was_said_or_of_the_figure_s_own_clause_is_not_its_own(
        nlp: Language) -> None:
    """'as the government had been saying since April 18' dates the saying; 'since 174 people were
    rescued' is the time something else is counted from. Neither is the figure's period; a figure a
    reporting verb governs keeps its own ('has reported 1,200 deaths since January')."""
    claims = claims_of(nlp, "Only 172 people survived the sinking, not 174, as the government had been saying "
                            "since April 18. No survivor has been found since 174 people were rescued on the "
                            "first day. The ministry has reported 1,200 deaths since January.", "2014-05-08")
    assert [(c.value, c.period) for c in claims] == [(172, None), (174, None), (174, None),
                                                     (1200, "since January")]


def test_extract_a_count_and_noun_that_open_their_own_clause_are_not_the_toll_s(nlp: Language) -> None:
    """'rose to 483 and 15 people are still missing': the parse joins the two numbers over 'people',
    yet the people and their verb are a clause of their own; a list keeps its shared noun."""
    claims = claims_of(nlp, "The death toll rose to 483 and 15 people are still missing. "
                            "The fire killed 40 and injured 300 people.")
    assert [(c.value, c.measured, c.predicate) for c in claims] == [
        (483, "death toll", "rise"), (15, "people", "missing"), (40, "people", "kill"), (300, "people", "injure")]


def test_extract_the_event_a_count_happened_in_is_no_state_of_its_members(nlp: Language) -> None:
    """'reported in the floods' says where the deaths happened; 'on strike', 'among the dead' say
    what state the counted are in."""
    claims = claims_of(nlp, "Officials said 265 deaths were reported in the floods. About 300 workers remain on "
                            "strike. Ten people were among the dead.")
    assert [(c.value, c.predicate) for c in claims] == [(265, "report"), (300, "strike"), (10, "dead")]


def test_extract_what_an_event_is_done_to_is_not_whose_figure_it_is(nlp: Language) -> None:
    """The object of 'clear' before 'on 300 hectares', and the passive subject of 'cleared', are what
    was cleared, not an owner; a verb with a subject of its own does not borrow its neighbour's."""
    claims = claims_of(nlp, "Teams worked to clear ERW on 300 hectares of farmland. The ERW was cleared from "
                            "450 hectares of land, and 25 ERW-related accidents occurred.")
    assert [(c.value, c.owner) for c in claims] == [(300, None), (450, None), (25, None)]
    assert claims[2].predicate == "occur"


def test_extract_a_later_sentence_s_reporting_period_is_the_earlier_one(nlp: Language) -> None:
    claims = claims_of(nlp, "Accidents killed nine people in the first ten months of 2023. Teams cleared 5,256 "
                            "hectares of land during the reporting period.")
    assert [(c.value, c.period_start, c.period_end) for c in claims] == [(9, "2023-01", "2023-10"),
                                                                        (5256, "2023-01", "2023-10")]


def test_extract_the_injured_beside_a_death_toll_are_not_deaths(nlp: Language) -> None:
    """A count followed by its own state of people does not take the toll's noun; an object left
    out of a second clause ('and injuries to over 6,500') is the noun before the count's preposition."""
    claims = claims_of(nlp, "The death toll rose to at least 398 people with more than 1,800 injured. A new "
                            "death toll shows 171 dead and more than 6,000 injured. Officials raised the number "
                            "of deaths to 190 and injuries to over 6,500.")
    assert [(c.value, c.measured, c.predicate) for c in claims] == [
        (398, "people", "rise"), (1800, None, "injured"), (171, "new death toll", "dead"), (6000, None, "injured"),
        (190, "number of deaths", "raise"), (6500, "injuries", "raise")]


def test_extract_a_tally_made_the_subject_of_its_state_keeps_it(nlp: Language) -> None:
    claims = claims_of(nlp, "The ministry lowered the number of people still missing, saying it was now 21.")
    assert [(c.value, c.measured) for c in claims] == [(21, "number of people still missing")]


def test_extract_a_figure_previously_given_is_superseded_not_one_previously_agreed(nlp: Language) -> None:
    claims = claims_of(nlp, "The authorities had previously put the number of people wounded at 5,000. The "
                            "union had previously reached a deal for a 5 percent raise.")
    assert [(c.value, c.superseded) for c in claims] == [(5000, True), (5, False)]


def test_extract_a_place_closing_coordinated_clauses_and_a_figure_restated_in_brackets(nlp: Language) -> None:
    """'292 died and 47 disappeared in Zhengzhou': the place is both's; 'killed 300 in Kenya and
    injured 500 in Uganda': each verb's own first; '1.24 million (12.4 lakh) people' counts people."""
    claims = claims_of(nlp, "Officials said 292 people died and 47 residents disappeared in Harbin City. The "
                            "quake killed 300 people in Kenya and injured 500 in Uganda. About 1.24 million "
                            "(12.4 lakh) people were affected.")
    assert [(c.value, c.place) for c in claims[:4]] == [(292, "Harbin City"), (47, "Harbin City"), (300, "Kenya"),
                                                       (500, "Uganda")]
    assert claims[-1].measured == "people"


def test_extract_a_value_a_passive_or_a_participle_puts_a_noun_at_is_that_noun_s(nlp: Language) -> None:
    claims = claims_of(nlp, "The damage was put at $3 billion, with direct economic losses estimated at "
                            "1.22 billion yuan.")
    assert [c.measured for c in claims] == ["damage", "direct economic losses"]


def test_extract_more_before_a_state_is_no_increment_of_the_toll(nlp: Language) -> None:
    claims = claims_of(nlp, "The death toll has risen to 33 people, with eight more missing, officials said.")
    assert [(c.value, c.measured, c.predicate) for c in claims] == [(33, "people", "rise"), (8, None, "missing")]


def test_extract_the_last_four_quarters_is_a_period_not_a_share(nlp: Language) -> None:
    """A fraction word is a share only as a proper fraction ('three quarters of'); 'the last four
    quarters' is a span of time that sets its sentence's period, like 'the last 24 hours'."""
    claims = claims_of(nlp, "Over the last four quarters the economy grew at an average of 2.5 percent. Three "
                            "quarters of the land was flooded.")
    assert [(c.text, c.value, c.unit) for c in claims] == [("2.5 percent", 2.5, "percent"),
                                                           ("Three quarters", 75, "percent")]


def test_extract_an_injury_sustained_and_an_agent_counted(nlp: Language) -> None:
    """'sustained injuries' is an injury (a support verb carries its object's event); in 'Ten
    accidents killed five people' the ten are accidents, not deaths."""
    claims = claims_of(nlp, "In which 11 people sustained injuries. Ten accidents killed five people.")
    assert [(c.value, c.predicate) for c in claims] == [(11, "injury"), (10, None), (5, "kill")]


def test_extract_what_is_left_to_do_is_what_remains(nlp: Language) -> None:
    """Land left to be cleared of mines is land still contaminated; other work left is 'remaining'."""
    claims = claims_of(nlp, "Only 124 square kilometres remain to be cleared. Out of the cleared minefields, 914 "
                            "hectares are yet to be released to the public. The army cleared 500 hectares.")
    assert [(c.value, c.predicate) for c in claims] == [(12400, "contaminate"), (914, "remaining"), (500, "clear")]


def test_extract_the_base_of_a_share_is_not_what_the_share_is_said_of(nlp: Language) -> None:
    """'80 percent of the initial 5,000 sq km that had been mined have been cleared': the 5,000 were
    mined (and are an earlier figure), not cleared."""
    claims = claims_of(nlp, "Over 80 percent of the initial 5,000 square kilometres that had been heavily mined "
                            "have now been cleared.")
    assert [(c.text, c.predicate, c.superseded) for c in claims] == [
        ("80 percent", "clear", False), ("5,000 square kilometres", "mine", True)]


def test_extract_a_past_year_holds_at_its_end_and_a_year_to_date_at_its_last_month(nlp: Language) -> None:
    claims = claims_of(nlp, "From January to October of this year there had been seven accidents. In 2015, "
                            "the programme cleared 2,500 hectares.", published="2016-11-28")
    assert [(c.value, c.as_of) for c in claims] == [(7, "2016-10"), (2500, "2015-12")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("One thousand nine hundred and thirty six square kilometres of land were cleared.", 193600, "hectare"),
    ("The road is 12 kms long.", 12, "kilometer"),
    ("A further 27,13 km2 are to be cleared.", 2713, "hectare"),
])
def test_extract_numbers_and_units_as_informal_text_writes_them(nlp: Language, text: str, value: float,
                                                                unit: str) -> None:
    claims = claims_of(nlp, text)
    assert (claims[0].value, claims[0].unit) == (pytest.approx(value), unit)


def test_extract_another_after_a_figure_of_another_event_is_besides_it(nlp: Language) -> None:
    """'has claimed 7,802 lives. ... another 15,911 people were injured': the injured besides the
    dead, not 15,911 more injured since a count; 'two more missing than previously known' is more."""
    claims = claims_of(nlp, "The earthquake has claimed 7,802 lives. The ministry said another 15,911 people were "
                            "injured. Kim said there are two more missing passengers than authorities knew about.")
    assert [(c.value, c.period) for c in claims] == [(7802, None), (15911, None), (2, "more")]


def test_extract_a_state_found_and_a_threshold_crossed(nlp: Language) -> None:
    claims = claims_of(nlp, "Around 8,300 people have also been found injured since the quake. The death toll "
                            "passed 6,800 on Saturday.")
    assert [(c.value, c.predicate) for c in claims] == [(8300, "injured"), (6800, "pass")]
    assert claims[1].measured == "death toll"


def test_extract_a_place_a_clause_names_by_a_common_noun(nlp: Language) -> None:
    """'the central region where 2,757 have been killed', 'Sindhupalchok district accounted for
    3,035 deaths': a region's toll, not the country's; 'his country, where 10,000 died' names none."""
    claims = claims_of(nlp, "The worst-hit regions have been the valley and the central region where 2,757 have "
                            "been killed. Sindhupalchok district accounted for 3,035 deaths. He spoke of his "
                            "country, where estimates of the death toll are as high as 10,000.")
    assert [(c.value, c.place) for c in claims] == [(2757, "the central region"), (3035, "Sindhupalchok district"),
                                                    (10000, None)]


def test_extract_a_toll_s_value_keeps_its_noun_before_while(nlp: Language) -> None:
    """'the death toll had reached 71, while 223 people survived': 71 is the toll's, not 71 survivors
    (a bare count borrows the noun after 'while' only with no noun of its own to be the value of)."""
    claims = claims_of(nlp, "Police said the final death toll had reached 71, while 223 people survived. Authorities "
                            "believe 80 are still estimated to have died.")
    assert [(c.value, c.predicate) for c in claims] == [(71, "reach"), (223, "survive"), (80, "die")]


def test_extract_land_remaining_to_clear_is_still_contaminated(nlp: Language) -> None:
    claims = claims_of(nlp, "The country needs to clear the remaining 700 square km of land by 2025. The remaining "
                            "five people died in hospital.")
    assert [(c.value, c.predicate) for c in claims] == [(70000, "contaminate"), (5, "die")]


def test_extract_a_sum_each_one_gets_is_marked_each(nlp: Language) -> None:
    claims = claims_of(nlp, "Residents will be given £500 in cash. Families got £5,000 each. Nearly £1 million has "
                            "been given to families. The company paid a $1 billion fine.")
    assert [(c.text, c.measured) for c in claims] == [("£500", "sum each"), ("£5,000", "sum each"),
                                                      ("£1 million", None), ("$1 billion", None)]


def test_extract_a_list_s_parts_take_the_event_of_its_whole(nlp: Language) -> None:
    """'Those who died included ...', 'The missing include ...', '... rose to 40, including 9 nurses',
    'Among the victims, 6 were guards': each part counts what its whole counts."""
    claims = claims_of(nlp, "Those who died in the crash included 12 students and three teachers. The missing people "
                            "include four divers. The toll climbed to 40, including nine nurses. Six remain "
                            "unaccounted for, including two pilots. Among the dead, 11 were guards.")
    assert [(c.value, c.measured, c.predicate) for c in claims] == [
        (12, "students", "die"), (3, "teachers", "die"), (4, "divers", "missing"), (40, "toll", "climb"),
        (9, "nurses", "toll"), (6, None, "unaccounted"), (2, "pilots", "unaccounted"), (11, "guards", "dead")]


def test_extract_a_toll_s_value_borrows_no_noun_from_the_clause_after_it(nlp: Language) -> None:
    """'the toll has risen to 64, with 210 people hurt': 64 is the toll's, not 64 people hurt; nor is
    '87 one week after' a count of weeks; 'there are 30 to be identified' is work left."""
    claims = claims_of(nlp, "The confirmed death toll has risen to 64 by nightfall, with 210 people injured. The "
                            "death toll rose to 87 one week after the fire. Police identified 40 bodies, and there "
                            "are 30 to be identified.")
    assert [(c.value, c.measured, c.predicate) for c in claims if c.dimension == "count"] == [
        (64, "confirmed death toll", "rise"), (210, "people", "injure"), (87, "death toll", "rise"),
        (40, "bodies", "identify"), (30, "bodies", "remaining")]


def test_extract_a_city_of_a_country_is_the_place_and_in_hospital_is_a_state(nlp: Language) -> None:
    """"north China's port city of Tianjin" places a figure in the city, not the country that
    only says where the city lies; 'remain in hospital' is a count of the hospitalised."""
    claims = claims_of(nlp, "The death toll from the blast in southern Italy's port city of Naples rose to 31. By "
                            "Monday, 120 people remain in hospital.")
    assert [(c.value, c.place) for c in claims] == [(31, "Naples"), (120, None)]
    assert frames.claim_events(claims[1]) == {"hospitalisation"}


def test_extract_an_accented_wire_dateline_and_a_lowercase_place(nlp: Language) -> None:
    """'BOGOTÁ, Colombia—' is a dateline, whose city is no owner of the figure; an entity the tagger
    calls a place but writes in lower case ('cases of microcephaly') names none."""
    claims = claims_of(nlp, "BOGOTÁ, Colombia—Colombia has confirmed 310 cases of dengue, officials said Tuesday. "
                            "Peru has confirmed 412 cases of microcephaly.")
    assert [(c.value, c.owner, c.place) for c in claims] == [(310, None, "Colombia"), (412, "Peru", "Peru")]


def test_extract_a_time_in_brackets_expands_no_acronym(tmp_path: Path, nlp: Language) -> None:
    body = "The call starts at 2 PM PT (5 PM ET). The WHO (World Health Organization) counted 40 cases."
    article = parse_article(f"---\ntitle: T\npublished: 2024\n---\n{body}".encode(), tmp_path / "t.md", "t")
    assert [(a.short, a.long) for a in extract(article, nlp, "test").acronyms] == [
        ("WHO", "World Health Organization")]


def test_extract_a_period_in_a_figure_s_relative_clause_dates_that_figure_alone(nlp: Language) -> None:
    claims = claims_of(nlp, "Its $9 billion profit beat the $7.1 billion that Nestle posted in the first quarter of "
                            "2019.")
    assert [(c.text, c.period) for c in claims] == [("$9 billion", None), ("$7.1 billion", "first quarter of 2019")]


def test_extract_a_year_in_a_relative_clause_dates_only_the_figure_inside_it(nlp: Language) -> None:
    claims = claims_of(nlp, "Only West Bengal, which had a huge 78 per cent turnout in the last general "
                            "elections in 2026, saw a small dip at 76.15 per cent.", published="2031-05-12")
    assert [(c.text, c.period_start, c.as_of) for c in claims] == [
        ("78 per cent", "2026", "2026-12"), ("76.15 per cent", None, "2031-05-12")]


def test_extract_a_paragraph_about_a_past_year_dates_its_past_tense_figures(nlp: Language) -> None:
    text = ("The Unity Party and the Liberty Front were the main players in the 2027 polls. The Unity Party "
            "secured 231 seats.\n\nThe flood was the worst since 2019. It killed 300 people.\n\n"
            "In 2020, the storm killed 6,300 people. It has now cost $2 billion.")
    got = {c.text: c.period_start for c in claims_of(nlp, text, published="2032-03-10")}
    # not a year said as a bound ('since 2019'), nor a present perfect that reaches now
    assert got == {"231": "2027", "300": None, "6,300": "2020", "$2 billion": None}


def test_extract_a_country_is_a_place_whatever_the_tagger_took_it_for(nlp: Language) -> None:
    # CLDR's country names back the tagger up; 'the Pacific island of Samoa' is Samoa, not the Pacific
    claims = claims_of(nlp, "At least 98 people have died in Zimbabwe, while 56 have died in Malawi. In Malawi, "
                            "59 people died in heavy rains. Deaths related to measles, mostly among small children, "
                            "have more than tripled to 20 in the past week on the Pacific island of Samoa.",
                       published="2019-04-10")
    assert [(c.text, c.place) for c in claims] == [("98", "Zimbabwe"), ("56", "Malawi"), ("59", "Malawi"),
                                                   ("20", "Samoa")]
    # the week says how fast the toll grew, not that 20 died in it
    assert claims[-1].period_start is None


def test_extract_the_number_of_people_declared_dead_counts_the_dead_however_it_is_parsed(nlp: Language) -> None:
    claims = claims_of(nlp, "According to officials, the number of people declared dead in the province rose from "
                            "242 to 417. The number of people confirmed dead stood at 84.")
    assert [(c.text, c.measured) for c in claims] == [
        ("242", "number of people declared dead"), ("417", "number of people declared dead"),
        ("84", "number of people confirmed dead")]


def test_extract_a_lone_number_the_tagger_calls_a_name_still_counts_its_plural(nlp: Language) -> None:
    claims = claims_of(nlp, "Officials confirmed 48 deaths and 3530 confirmed cases since the epidemic began.")
    assert [(c.text, c.measured) for c in claims] == [("48", "deaths"), ("3530", "confirmed cases")]


def test_extract_a_date_in_a_clause_of_another_count_dates_only_that_count(nlp: Language) -> None:
    claims = claims_of(nlp, "More than 3,700 cases have been reported in the islands, with 198 new infections "
                            "reported yesterday and today alone.", published="2019-12-02")
    assert [(c.text, c.period_start) for c in claims] == [("3,700", None), ("198", "2019-12-02")]


def test_extract_whose_votes_a_sentence_names_through_an_appositive_or_a_with_phrase(nlp: Language) -> None:
    # 'his closest rival Raila Odinga' names whose votes; a figure held 'with' by a verb is its subject's;
    # a participle that restates the figure ('representing 48 per cent') is not what it counts
    claims = claims_of(nlp, "His main rival Jon Tarrow of the One Nation coalition party got 6,942,930 votes "
                            "representing 48 per cent of the votes cast. Mara Velt was declared president with "
                            "7,176,141 votes.", published="2032-08-16")
    owners = {c.text: (c.owner, c.predicate) for c in claims}
    assert owners["6,942,930"] == ("Jon Tarrow", "get")
    assert owners["7,176,141"][0] == "Mara Velt"


def test_extract_bodies_yet_to_be_identified_or_remaining_unidentified_are_work_left(nlp: Language) -> None:
    claims = claims_of(nlp, "With 187 bodies yet to be identified, keeping them is a challenge. As many as 81 "
                            "bodies remain unidentified at the hospital. Six people remain unaccounted for.")
    assert [(c.text, c.predicate) for c in claims] == [("187", "remaining"), ("81", "remaining"),
                                                       ("Six", "unaccounted")]


def test_extract_a_change_said_through_a_relative_clause_of_its_tally_is_a_revision(nlp: Language) -> None:
    # the 'from' phrase hangs on the clause ('it blames'), the revising verb governs the tally
    claims = claims_of(nlp, "The regulator raised the number of crashes it blames on the fault from 14 to 19.")
    assert [(c.text, c.measured, c.superseded) for c in claims] == [
        ("14", "number of crashes", True), ("19", "number of crashes", False)]


def test_extract_people_living_lodged_or_packed_in_camps_are_displaced(nlp: Language) -> None:
    claims = claims_of(nlp, "About 41,000 villagers are living in relief camps. Nearly 9,000 families were lodged "
                            "in school camps. Some 2,500 residents were packed into tents.")
    assert [(c.text, c.predicate) for c in claims] == [("41,000", "in camps"), ("9,000", "in camps"),
                                                       ("2,500", "pack")]  # a tent is not a camp


def test_extract_a_reported_participle_names_its_event_listed_or_not(nlp: Language) -> None:
    claims = claims_of(nlp, "More than 80 workers are believed buried under the mud.")
    assert [(c.text, c.predicate) for c in claims] == [("80", "bury")]


def test_extract_a_figure_in_a_clause_of_another_date_is_not_dated_by_the_first_year(nlp: Language) -> None:
    claims = claims_of(nlp, "The flaw was found in 2009, but the ferries were not withdrawn until 2013, by which "
                            "point at least 21 passengers had died.", published="2015-03-02")
    assert [(c.text, c.period_start, c.as_of) for c in claims] == [("21", None, "2015-03-02")]


def test_extract_a_place_that_is_home_to_people_gives_their_population(nlp: Language) -> None:
    claims = claims_of(nlp, "The valley was home to 4,210 people. The storm moved home to 30 families.")
    assert [(c.text, c.measured) for c in claims] == [("4,210", "population of the valley"), ("30", "families")]


def test_extract_a_toll_dated_by_the_day_of_its_event_holds_when_the_article_tells_it(nlp: Language) -> None:
    # the day says when they died; the count is as the article knows it, unless it is that day's increment
    claims = claims_of(nlp, "At least 96 people died in the crush at the arena on Saturday night. Another 12 "
                            "people died on Monday.", published="2031-04-09")
    assert [(c.text, c.as_of) for c in claims] == [("96", "2031-04-09"), ("12", "2031-04-07")]


def test_extract_a_count_in_the_of_phrase_of_an_event_noun_is_of_that_event(nlp: Language) -> None:
    claims = claims_of(nlp, "The blast led to the deaths of 58 people. Officials ordered the evacuation of 5,000 "
                            "residents. The death toll of the two provinces rose.")
    assert [(c.text, c.predicate) for c in claims[:2]] == [("58", "death"), ("5,000", "evacuation")]
    assert claims[2].predicate != "toll"  # a tally's 'of' phrase names where, not an event


def test_extract_a_place_naming_who_counted_is_the_figures_when_the_clause_names_none(nlp: Language) -> None:
    claims = claims_of(nlp, "Texas officials reported 40 deaths. Texas officials reported 12 deaths in Mexico.")
    assert [(c.text, c.place) for c in claims] == [("40", "Texas"), ("12", "Mexico")]


def test_extract_a_description_set_off_by_commas_is_not_the_figures_verb(nlp: Language) -> None:
    # 'used in fertilisers' describes the chemical; what happened to the tonnes is that they were stored
    claims = claims_of(nlp, "The minister said 2,750 tonnes of ammonium nitrate, used in fertilisers and bombs, "
                            "had been stored at the port for six years.")
    assert [(c.text, c.predicate) for c in claims if c.dimension == "mass"] == [("2,750 tonnes", "store")]


def test_extract_a_days_count_beside_a_larger_earlier_toll_is_a_new_round_whatever_the_verbs_form(
        nlp: Language) -> None:
    # 'were reported to have died' names deaths as 'killed' does: Monday's nine add to July's toll
    claims = claims_of(nlp, "The fever killed 99 people in July. Nine people were reported to have died on "
                            "Monday.", published="2031-08-10")
    assert [(c.text, c.period) for c in claims] == [("99", "in July"), ("Nine", "more")]


def test_extract_another_count_of_what_burned_down_adds_to_the_destroyed(nlp: Language) -> None:
    # buildings that burned down are destroyed buildings: 'another 85' adds to the article's count of them
    claims = claims_of(nlp, "Of the 2,400 structures destroyed, 1,900 were homes. Another 85 that housed shops "
                            "also burned down.")
    assert [(c.text, c.period) for c in claims] == [("2,400", None), ("1,900", None), ("85", "another")]


def test_extract_people_a_toll_is_raised_to_are_what_the_toll_counts(nlp: Language) -> None:
    claims = claims_of(nlp, "Officials on Thursday raised the death toll from the storm to at least 111 people.",
                       published="2031-03-28")
    assert [(c.text, c.measured, c.as_of) for c in claims] == [("111", "death toll", "2031-03-27")]
