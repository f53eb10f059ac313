"""Units and dimensions: the words articles use for units, normalised with pint.

Each quantity is stored in its dimension's canonical unit (``data/units.json``): area in
hectares, length in kilometres, durations in years, mass in tonnes; shares in percent, money in
the currency it names (an ISO code), and a plain count as ``count``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck import lexicon


@dataclass(frozen=True)
class Unit:
    """A unit as stored: its canonical name, its dimension, the factor to the canonical unit, and
    the unit as the text named it ('yard', 'mile per hour'), for the quantity layer on its own."""

    name: str
    dimension: str
    factor: float = 1.0
    written: str = ""
    written_scale: float = 1.0

    @property
    def as_written(self) -> str:
        return self.written or self.name

    def in_written(self, value: float) -> float:
        """A value in the canonical unit, back in the written one ('decades' are written as 10 years)."""
        return value / self.factor * self.written_scale


COUNT = Unit("count", "count")
PERCENT = Unit("percent", "share")
FRACTION = Unit("percent", "share", 100.0, "fraction")  # 'two-thirds': stored as a percent
AGE = Unit("year", "age", 1.0, "year of age")  # 'Senard, 65,': a person's age, not a span of time


def of_age(span: Unit) -> Unit:
    """The age a span of time says ('a 10-year-old boy', '18 months old'): 'year of age', 'month of age'."""
    return Unit(AGE.name, AGE.dimension, span.factor, f"{span.as_written} of age", span.written_scale)


@cache
def registry() -> Any:
    """pint's unit registry, built once per process (it takes a few hundred milliseconds)."""
    import pint

    ureg: Any = pint.UnitRegistry()
    ureg.define("basis_point = 0.0001")
    ureg.define("parts_per_million = 1e-6")  # pint's own 'ppm' has no name in words
    ureg.define("parts_per_billion = 1e-9")
    ureg.define("brake_horsepower = horsepower")  # measured at the crankshaft: kept apart in words only
    ureg.define("mega_british_thermal_unit = 1e6 * british_thermal_unit")  # 'mmBtu', gas prices' unit
    ureg.define("millimeter_of_mercury = millimeter_Hg")  # 'mmHg', named in words
    ureg.define("newton_meter = newton * meter")  # torque, named as the SI Brochure names it: 'newton metre'
    ureg.define("foot_pound_force = foot * force_pound")  # torque in US units: a force times a length ('lb-ft')
    ureg.define("kiloton = 1e3 * ton_TNT")  # a weapon's yield, as news names it ('a 15-kiloton bomb')
    ureg.define("bit_per_second = bit / second")  # pint reads 'bps' as baud, a line's symbol rate
    ureg.define("diopter = 1 / meter = _ = dioptre = dpt")  # a lens's power, which pint lacks
    ureg.define("bel = 10 * decibel")  # a sound level in tens of decibels, which pint names only as dB
    # an earthquake's size on the moment-magnitude or Richter scale, which pint lacks: a unit of its own
    ureg.define("magnitude = [seismic_magnitude] = _ = Richter")
    return ureg


@cache
def from_pint(name: str) -> Unit:
    """The stored unit for a pint unit expression, with its conversion factor."""
    ureg = registry()
    quantity = ureg.parse_expression(name)
    canonicals: dict[str, str] = lexicon.load("units")["canonical"]
    dimension = next((dim for dim, unit in canonicals.items()
                      if ureg.parse_expression(unit).dimensionality == quantity.dimensionality), None)
    written = _named(re.sub(r"^[\d.]+\s*\*\s*", "", name))
    if dimension is None and " / " in name:  # 'barrels per day': a rate, as 'barrels a day' is (see per)
        numerator, denominator = name.split(" / ", 1)
        return per(from_pint(numerator), _named(denominator))
    if dimension is None:  # a unit no canonical covers ('gigabyte', 'decibel'): kept as it is
        return Unit(written.replace(" ", "_"), written, 1.0, written, float(quantity.magnitude))
    if dimension == "temperature":  # offset scales convert by more than a factor: kept as written
        return Unit(written.removeprefix("degree "), dimension, 1.0, written, 1.0)
    canonical = canonicals[dimension]
    factor = float(quantity.to(canonical).magnitude)
    stored = str(ureg.Unit(canonical)).replace("metric_ton", "tonne").replace("degree_Celsius", "celsius")
    stored = stored.replace(" / ", "_per_")
    return Unit(stored, dimension, factor, written, float(quantity.magnitude))


def _named(pint_unit: str) -> str:
    """pint's name of a unit in words: 'kilometer ** 2' -> 'square kilometer', 'mile / hour' ->
    'mile per hour', 'degree_Celsius' -> 'degree celsius'; metre and litre spelt the international way."""
    words = []
    for part in pint_unit.split(" / "):
        part = part.replace("_", " ").replace(" * ", "-").replace("metric ton", "tonne").casefold()
        part = part.replace("oil barrel", "barrel")  # the barrel news means is the oil barrel
        part = part.replace("meter", "metre").replace("liter", "litre")
        part = re.sub(r"\b(pound|kilogram|ounce|ton) force\b", r"\1-force", part)  # 'pound-force', as NIST writes it
        if part.endswith(" ** 2"):
            part = "square " + part[:-5]
        elif part.endswith(" ** 3"):
            part = "cubic " + part[:-5]
        words.append(part)
    return " per ".join(words)


def currency(code: str) -> Unit:
    """Money in the currency ``code`` (an ISO 4217 code), named as the table or CLDR names it."""
    names = lexicon.load("units")["currency_names"]
    if code in names:
        return Unit(code, "money", written=names[code])
    from factcheck import vocabulary

    return Unit(code, "money", written=vocabulary.display_name(code))


def per(unit: Unit, noun: str) -> Unit:
    """A rate: money (or another unit) per something ('$10 per gram', '$3,500 a month'); a unit
    it is per is named in words ('$80 per sq m' -> 'dollar per square metre')."""
    known = lookup(noun)
    if known is not None and known.dimension not in ("money", "share") and known.written_scale == 1:
        noun = known.as_written
    return Unit(f"{unit.name}_per_{noun.replace(' ', '_')}", f"{unit.dimension}_rate", unit.factor,
                f"{unit.as_written} per {noun}", unit.written_scale)


def lookup(words: str) -> Unit | None:
    """The unit written as ``words`` ('hectares', 'sq km', 'per cent', 'dollars'), if known.
    Abbreviations whose case matters ('nm', 'Nm', 'g') match only as written."""
    target = _target(words)
    return None if target is None else lookup_target(target, words)


def lookup_target(target: str, words: str) -> Unit:
    """The unit for a table target: a pint unit, a currency code, 'percent' or a currency's
    hundredth ('0.01 USD', written as ``words``)."""
    if target == "percent":
        return PERCENT
    if " " in target and target.split()[-1].isupper():  # '0.01 USD': a currency's hundredth ('cents')
        fraction, code = target.split()
        name = lexicon.load("units")["hundredth_names"].get(code, words.casefold().removesuffix("s"))
        return Unit(code, "money", float(fraction), name, 1.0)
    if target.isupper():
        return currency(target)
    return from_pint(target)


POWERS = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}  # a length unit's square or cube, however it is written


def _target(words: str) -> str | None:
    """What the table maps ``words`` to: a pint unit, a currency code, 'percent' or a currency's
    hundredth ('0.01 USD'); an abbreviation whose case matters only as written."""
    data = lexicon.load("units")
    words = " ".join(words.split())
    exact: str | None = data["case_sensitive"].get(words)
    if exact is not None or words.casefold() in _case_folded():
        return exact
    target: str | None = data["units"].get(words.casefold())
    if target is None and "." in words.strip(".") and len(words) > 3:  # 'm.p.h.', 'sq. m'
        return _target(words.replace(".", ""))
    if target is None and "-" in words.strip("-"):  # 'sq-kms', 'newton-metres': a compound's hyphen
        return _target(" ".join(words.replace("-", " ").split()))
    parts = words.split()
    if target is None and parts and len(parts[-1]) >= 3 and parts[-1].endswith("s") and parts[-1][-2].isalpha() \
            and parts[-1][:-1].isalpha() and _symbol(parts[-1][:-1]):  # 'kms', 'hrs': a symbol made plural
        return _target(" ".join([*parts[:-1], parts[-1][:-1]]))
    if target is None and len(parts) == 2 and _target(parts[0]) == "degree":  # '40 deg celsius', '98.6 degrees f'
        scale = parts[1].upper() if len(parts[1]) == 1 else parts[1]
        found = _target(scale)
        return found if found is not None and lookup_target(found, scale).dimension == "temperature" else None
    if target is None and len(parts) == 2 and parts[0].casefold() in POWERS:  # 'square km', 'sq ft', 'cubic metres'
        base = _target(parts[1])
        power = POWERS[parts[0].casefold()]
        if base is not None and " " not in base and lookup_target(base, parts[1]).dimension == "length":
            return f"{base} ** {power}"
    if target is None:
        from factcheck import vocabulary

        codes = vocabulary.currency_name(words)
        target = next(iter(codes)) if len(codes) == 1 else vocabulary.unit(words)
    return target


def _symbol(word: str) -> bool:
    """``word`` is a unit's abbreviation ending in a consonant ('km', 'kg', 'min'), which informal
    text makes plural with an 's' ('kms', 'kgs'); not a name ('mile') nor 'bu' ('bus' is no bushels)."""
    target = _target(word)
    return target is not None and len(word) <= 3 and word[-1].casefold() not in "aeiouy" \
        and word.casefold() != target.casefold()


def is_ambiguous(symbol: str) -> bool:
    """Whether ``symbol`` names different units in different subjects ('F', 'kn', 'dram')."""
    return len(_readings(symbol)) > 1


@cache
def _readings(symbol: str) -> list[tuple[str | None, str]]:
    """The readings of a word with the subject each calls for, the reading without a subject first:
    the table's, or a unit's and a currency's where both pint and CLDR name the word ('drams')."""
    data = lexicon.load("units")
    if symbol in data["ambiguous_symbols"]:
        return [(target, subject) for target, subject in data["ambiguous_symbols"][symbol]]
    if " " in symbol or not symbol.isalpha() or symbol.casefold() in data["units"]:
        return []
    from factcheck import vocabulary

    codes = vocabulary.currency_name(symbol)
    unit = vocabulary.unit(symbol)
    return [(unit, ""), *((code, "money") for code in sorted(codes))] if codes and unit else []


def disambiguated(symbol: str, nearest_first: Iterable[str], named_only: bool = False) -> Unit | None:
    """The unit an ambiguous ``symbol`` names beside these words (lemmas, the nearest first): the
    reading whose subject the nearest subject word names ('2.5 F' near 'capacitor' is farads, '150
    kn' near 'cost' Croatian kuna, '700 ¥' near 'Beijing' yuan); when none is near, the first
    reading (None: no unit), or None with ``named_only``."""
    readings = _readings(symbol)
    named = _named_reading(readings, nearest_first)
    target = readings[0][0] if named is None and not named_only else named
    return None if target is None else lookup_target(target, symbol)


def names_subject(symbol: str, word: str) -> bool:
    """Whether ``word`` (a lemma) names the subject of one of ``symbol``'s readings: '10 c coins' are cents,
    '95 F temperatures' degrees, where '10 a day' is no unit."""
    subjects = _subject_words()
    return any(word.casefold() in subjects.get(subject, ()) for _, subject in _readings(symbol))


def _nearest(readings: Sequence[tuple[str | None, str]], nearest_first: Iterable[str]) -> str | None:
    """The reading whose subject the nearest subject word names, else the first."""
    named = _named_reading(readings, nearest_first)
    return readings[0][0] if named is None else named


def _named_reading(readings: Sequence[tuple[str | None, str]], nearest_first: Iterable[str]) -> str | None:
    """The reading whose subject the nearest subject word names, if any. A unit's own name is a subject
    word of the readings of its kind, when only one reading is of that kind: '50 a, which is 20.23
    hectares' is of land, '1500″ after 10 minutes' of time."""
    subjects = _subject_words()
    for word in nearest_first:
        named: Sequence[str | None] = [target for target, subject in readings if word in subjects.get(subject, ())]
        if not named and len(word) > 2 and word.isalpha() and not is_ambiguous(word) \
                and (unit := lookup(word)) is not None:
            of_kind = _of_kind(tuple(readings), unit.dimension)
            named = of_kind if len(of_kind) == 1 else []
        if named:
            return named[0]
    return None


@cache
def _of_kind(readings: tuple[tuple[str | None, str], ...], dimension: str) -> list[str]:
    """The readings whose unit is of ``dimension``."""
    return [target for target, _ in readings
            if target is not None and lookup_target(target, target).dimension == dimension]


@cache
def _subject_words() -> dict[str, frozenset[str]]:
    """The words that name each subject, its own name among them ('electricity'); a currency's place
    ('CNY') is named by the places that use it as CLDR names them, their cities in the table, and its
    own name's words ('yuan')."""
    data = lexicon.load("units")
    subjects = {subject: frozenset({subject, *words}) for subject, words in data["subject_words"].items()}
    from factcheck import vocabulary

    for code, cities in data["currency_places"].items():
        subjects[code] = frozenset({*cities, *vocabulary.place_words(code)})
    return subjects


SYMBOL = re.compile(r"^([A-Za-zµμΩ]{1,3})([23²³]?)$")


@cache
def slashed(top: str, bottom: str) -> Unit | None:
    """A unit written with a slash between two symbols: 'A/cm2' (ampere per square centimetre),
    'kg/m3', 'mg/L'. Each side is a unit we know or a symbol pint knows, with its case."""
    sides = []
    for symbol in (top, bottom):
        known = _target(symbol)
        m = SYMBOL.match(symbol)
        if known is not None and not known.isupper() and known != "percent":  # a pint unit, not money or a share
            sides.append(f"({known})")
        elif m is not None:
            power = {"²": "2", "³": "3"}.get(m[2], m[2])
            try:
                name = str(registry().parse_units(m[1]))
            except Exception:  # pint raises its own errors for names it does not know
                return None
            sides.append(f"{name} ** {power}" if power else name)
        else:
            return None
    ureg = registry()
    per = ureg.parse_expression(sides[1]).dimensionality
    if not any(per == ureg.parse_expression(f"{base} ** {n}").dimensionality
               for base in ("meter", "second", "kilogram") for n in (1, 2, 3)):
        return None  # what things are given per: a length, area or volume, a time, a mass
    return from_pint(f"{sides[0].strip('()')} / {sides[1].strip('()')}")


@cache
def _case_folded() -> frozenset[str]:
    return frozenset(key.casefold() for key in lexicon.load("units")["case_sensitive"])


def currency_symbol(text: str, glued: bool = False, nearest_first: Iterable[str] = ()) -> Unit | None:
    """Money for a currency sign or code written before a number ('$', 'US$', '€', 'USD', 'RM',
    'INR'); with ``glued`` (no space before the number), also the marks text feeds write for signs
    they cannot ('Y=28,030' for ¥, 'PS2.7m' for £). A sign of several currencies ('¥') is read
    from the words around it (``nearest_first``), as :func:`disambiguated` reads a symbol."""
    if text.isascii() and text.isalpha() and text.islower():
        return None  # a word: 'cost us 30 pounds'
    data = lexicon.load("units")
    readings = [(target, subject) for target, subject in _readings(text) if target is not None and target.isupper()]
    if len(readings) > 1 or (readings and (glued or len(text) > 1)):  # '¥' of Tokyo or of Beijing; 'R18.00'
        return currency(str(_nearest(readings, nearest_first)))
    code = data["currency_symbols"].get(text.casefold())
    if code is None and glued:
        code = data["glued_currency_symbols"].get(text)
    if code is None:
        from factcheck import vocabulary

        signs = vocabulary.currency_sign(text)
        code = next(iter(signs)) if len(signs) == 1 and (glued or len(text) > 1) else None
    return currency(code) if code else None
