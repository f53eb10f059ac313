"""The quantity layer's vocabulary from pint and CLDR (issue #16): units and currencies no table
lists, written as feeds write them, and symbols that name several units read from their sentence.
Sentences of our own, not benchmark sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from factcheck import units
from factcheck.nlp.components import quantities
from factcheck.nlp.quantities import find_quantities


def read(nlp: Language, text: str) -> list[tuple[float | None, str, str | None]]:
    """(value as written, unit as written, counted noun) of each quantity in ``text``."""
    doc = nlp(text)
    return [(q.record(doc)["value"], q.unit.as_written, q.counted_lemma(doc)) for q in find_quantities(doc)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    # a unit pint defines, with a prefix by name or by symbol, glued to its number or not
    ("Antarctica shed 150 gigatonnes of ice that year.", 150, "gigatonne"),
    ("The test had a yield of 40 kilotons.", 40, "kiloton"),
    ("The phone's chip runs at 3.2Ghz.", 3.2, "gigahertz"),
    ("Rural homes now get 50Mbps.", 50, "megabit per second"),
    ("The beam is rated at 60 ksi.", 60, "kip per square inch"),
    ("The star lies 1,300 parsecs from us.", 1300, "parsec"),
    # a long name misspelt by one letter, a unit's symbol with full stops, a degree with its scale
    ("By noon it was 31 celcius in the shade.", 31, "degree celsius"),
    ("Her fever reached 103 degrees farenheit.", 103, "degree fahrenheit"),
    ("Officers clocked the van at 95 m.p.h. on the bypass.", 95, "mile per hour"),
    ("It hit 44 deg celsius in the valley.", 44, "degree celsius"),
    ("The oven was set to 350 degrees f for the bake.", 350, "degree fahrenheit"),
])
def test_vocabulary_reads_pint_units_in_the_forms_feeds_write(nlp: Language, text: str, value: float,
                                                               unit: str) -> None:
    assert (value, unit) in [(v, u) for v, u, _ in read(nlp, text)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    # CLDR's names and the signs the countries using a currency write, with any scale suffix
    ("The fine came to 20,000 Armenian drams.", 20000, "armenian dram"),
    ("The palm-oil group earned RM4.5mil in the quarter.", 4.5e6, "malaysian ringgit"),
    ("The agency was given S$2mil to start.", 2e6, "singapore dollar"),
    ("The state will borrow INR2 trillion this year.", 2e12, "indian rupee"),
    ("Bread costs R21.50 a loaf in Cape Town.", 21.5, "south african rand"),
    ("The ferry ticket was 300 kuna.", 300, "croatian kuna"),
])
def test_vocabulary_reads_currencies_from_cldr(nlp: Language, text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(v, u) for v, u, _ in read(nlp, text)]


@pytest.mark.parametrize(("text", "unit"), [
    ("A taxi across Johannesburg costs 90 R at night.", "south african rand"),
    ("The worker absorbed a dose of 3 R during the leak.", "roentgen"),
    ("A bowl of noodles in Shanghai costs 25 ¥ at the station.", "chinese yuan"),
    ("A bowl of noodles in Osaka costs 900 ¥ at the station.", "japanese yen"),
    ("The device had a yield of 15 kt when it was tested.", "kiloton"),
    ("The frigate sailed at 30 kt through the strait.", "knot"),
    ("A call from the box costs 50 c.", "cent"),
    ("The lake's water warmed to 24 c by August.", "degree celsius"),
    ("The pharmacist weighed out 3 drams of the powder.", "dram"),
    ("She paid 5,000 drams for the rug at the bazaar in Yerevan.", "armenian dram"),
])
def test_vocabulary_reads_a_symbol_of_several_units_from_its_sentence(nlp: Language, text: str, unit: str) -> None:
    assert unit in [u for _, u, _ in read(nlp, text)]


@pytest.mark.parametrize("text", [
    "Game 7 at the arena ended 101-99.",  # pint's 'at' (technical atmosphere) is a word first
    "The FTSE 100 in London fell.",  # 'in' only an inch when glued to its number
    "She finished 3rd in the final.",  # an ordinal, not pint's rods
    "Flight 12 R was cancelled.",  # a lone letter with no subject: no unit
])
def test_vocabulary_leaves_words_that_are_not_units_alone(nlp: Language, text: str) -> None:
    assert all(u in ("count", "") for _, u, _ in read(nlp, text)), read(nlp, text)


def test_vocabulary_keeps_everyday_words_as_counted_nouns(nlp: Language) -> None:
    """'point' and 'barn' are pint units, but news counts them: they stay counts with their noun."""
    found = read(nlp, "He scored 31 points, and the farm has 3 barns.")
    assert found == [(31, "count", "point"), (3, "count", "barn")]


@pytest.mark.parametrize(("word", "dimension", "factor"), [
    ("hectares", "area", 1.0), ("Kilometres", "length", 1.0), ("tonnes", "mass", 1.0), ("litres", "volume", 1.0),
    ("megawatts", "power", 1.0), ("kilowatts", "power", 0.001), ("grams", "mass", 1e-6), ("knots", "speed", 1.852),
    ("celsius", "temperature", 1.0), ("carats", "mass", 2e-7),
])
def test_vocabulary_gives_the_table_s_old_words_their_stored_unit(word: str, dimension: str, factor: float) -> None:
    """Words the table no longer lists, because pint names them the same way, keep their dimension and
    the factor to its stored unit (hectares for area, tonnes for mass, megawatts for power)."""
    from factcheck import units

    unit = units.lookup(word)
    assert unit is not None
    assert (unit.dimension, unit.factor) == (dimension, pytest.approx(factor))


@pytest.mark.parametrize(("text", "expected"), [
    ("The vase was priced at ¥2000 in Tokyo.", [(2000, "japanese yen")]),  # a year-like amount after a sign
    ("The crate weighed 1900 pounds.", [(1900, "pound")]),  # ... or before a unit
    ("Wages were higher in 2019 dollars.", []),  # a year's money, not an amount
    ("The dinner cost us 45 pounds in Leeds.", [(45, "pound sterling")]),  # 'us' is a word, not a sign
])
def test_vocabulary_tells_amounts_from_years_and_signs_from_words(nlp: Language, text: str,
                                                                  expected: list[tuple[float, str]]) -> None:
    """Through the pipeline's own component, which analyses only the sentences that may hold a quantity."""
    doc = nlp(text)
    assert [(q.record(doc)["value"], q.unit.as_written) for q in quantities(doc)] == expected


@pytest.mark.parametrize("text", ["The loft measures 212sq m.", "The loft measures 212 sq m.",
                                  "The loft has 212sq m of floor space."])
def test_vocabulary_reads_a_unit_phrase_glued_to_its_number_or_ending_a_sentence(nlp: Language, text: str) -> None:
    assert (212, "square metre") in [(v, u) for v, u, _ in read(nlp, text)]


@pytest.mark.parametrize("word", ["lb-ft", "ft-lb", "pound-feet", "foot-pounds"])
def test_units_torque_in_us_units_is_a_force_times_a_length(word: str) -> None:
    """A pound-foot of torque is a pound-force acting at a foot: 1.3558 newton metres, not a mass
    times a length."""
    unit, newton_metre = units.lookup(word), units.lookup("Nm")
    assert unit is not None
    assert newton_metre is not None
    assert unit.dimension == newton_metre.dimension
    assert unit.factor / newton_metre.factor == pytest.approx(1.3558, rel=1e-4)
    assert unit.written == "foot pound-force"
