"""The quantity layer's vocabulary beyond ``data/units.json``: every unit pint's registry defines and
every currency CLDR knows (through babel).

``data/units.json`` decides first (its entries say why pint or CLDR alone would read a word wrong);
what it lacks is looked up here:

- **pint**: unit names and aliases, any case ('Parsecs', 'kilotons'), and symbols as written ('ksi',
  'kt', 'Gy'), with SI and binary prefixes on the units that take them ('gigatonnes', 'Mbps', '2.4GHz').
  A name that is an everyday English word ('point', 'cup', 'hand') stays the noun a count counts; a
  long name within one edit of a unit's name is that unit ('celcius', 'farenheit'); pint's physical
  constants ('c', 'R', 'e') are not units after a number.
- **CLDR**: each currency's English display names, singular and plural ('Armenian drams'), the noun
  they end in where no other currency shares it ('drams', 'ringgit'), its ISO code and the symbols
  the locales of the countries using it write ('R' in South Africa, 'RM' in Malaysia, 'kn' in Croatia).

A word that names several things ('dram' of a pharmacist and of an Armenian shop, '¥' of Tokyo and of
Beijing) has several readings; :func:`factcheck.units.disambiguated` picks one from the sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from factcheck import lexicon

EVERYDAY = 3.9  # wordfreq's Zipf frequency from which an English word is everyday ('point' 5.5, 'barn' 4.0)
NEAR_NAME = 7  # length from which a name one edit away is taken for a unit's name ('celcius')
CODE = re.compile(r"^[A-Z]{3}$")


def _rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word, "en") < EVERYDAY)


def _constants() -> frozenset[str]:
    """The names and symbols pint gives its physical constants ('speed_of_light', 'c'): not units a
    number is written in."""
    import pint

    text = (Path(pint.__file__).parent / "constants_en.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        parts = [part.strip() for part in line.split("#", 1)[0].split("=")]
        if len(parts) > 1:
            names.update(part for part in (parts[0], *parts[2:]) if part and part != "_")
    return frozenset(names)


@cache
def _pint() -> tuple[dict[str, str], dict[str, str]]:
    """(names and aliases casefolded -> pint unit, symbols as written -> pint unit)."""
    from factcheck.units import registry

    ureg: Any = registry()
    constants = _constants()
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for key, definition in ureg._units.items():
        name = definition.name
        if name in constants or key in constants or not re.fullmatch(r"[^\W\d]+", key.replace("_", "")):
            continue
        if (key == definition.symbol or len(key) <= 3) and key != name:  # 'ksi', 'kt': as written
            if key.islower() and not _rare(key):
                continue  # 'at' (technical atmospheres), 'in', 'min': words first
            symbols.setdefault(key, name)
        else:
            names.setdefault(key.casefold().replace("_", " "), name)
    return names, symbols


@cache
def _prefixes() -> tuple[dict[str, str], tuple[str, ...], frozenset[str]]:
    """(prefix symbols -> prefix names, prefix names, the pint units that take a prefix)."""
    data = lexicon.load("units")["prefixes"]
    return data["symbols"], tuple(data["names"]), frozenset(data["units"])


def _plain(word: str) -> str | None:
    """The pint unit a unit name in words is ('kilotons', 'Parsecs', 'celcius'), if it is one."""
    word = word.casefold()
    found = _named(word)
    if found is not None and (_rare(found[0]) or " " in found[0]):
        return found[1]
    if len(word) >= NEAR_NAME and _rare(word) and " " not in word:
        return _near(word)
    return None


def _near(word: str) -> str | None:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    names, _ = _pint()
    long_names = [name for name in names if len(name) >= NEAR_NAME and " " not in name]
    for form in (word, word.removesuffix("s")):
        found = process.extractOne(form, long_names, scorer=Levenshtein.distance, score_cutoff=1)
        if found:
            return names[found[0]]
    return None


@cache
def unit(words: str) -> str | None:
    """The pint unit ``words`` name ('parsecs', 'kt', 'gigatonnes', 'GHz' of '2.4GHz'), if pint
    defines it (with a prefix where the unit takes one); None for everyday words and constants."""
    prefixed = _prefixed(words)  # first: 'Gb' is gigabits, not pint's gilberts
    if prefixed is not None:
        return prefixed
    _, symbols = _pint()
    if words in symbols and len(words) > 1:
        return symbols[words]
    if not (words.isalpha() or " " in words):
        return None
    lowered = words.casefold()
    _, name_prefixes, prefixable = _prefixes()
    for prefix in name_prefixes:
        base = _named(lowered[len(prefix):]) if lowered.startswith(prefix) else None
        if base is not None and base[1] in prefixable:
            return f"{prefix}{base[1]}"
    return _plain(words)


def _prefixed(words: str) -> str | None:
    """A prefixed symbol ('Mbps', 'Gt', 'kWh'; 'Ghz' and 'KW' too, as feeds write them)."""
    symbol_prefixes, _, _ = _prefixes()
    for prefix, name in symbol_prefixes.items():
        if words.startswith(prefix) and (base := _base(words[len(prefix):])) is not None:
            return f"{name}{base}"
    return None


def _base(symbol: str) -> str | None:
    """The prefixable unit a symbol names under a prefix ('b' in 'Mb' is a bit); in another case
    where that names no other unit ('hz' in 'Ghz' is hertz; 'w' in 'Kw' a watt, but 'b' never 'B')."""
    if not symbol:
        return None
    exact = _prefixable_symbols()
    if symbol in exact:
        return exact[symbol]
    folded = [name for sym, name in exact.items() if sym.casefold() == symbol.casefold()]
    return folded[0] if len(set(folded)) == 1 and len(symbol) > 1 else None


@cache
def _prefixable_symbols() -> dict[str, str]:
    _, symbols = _pint()
    _, _, prefixable = _prefixes()
    own = lexicon.load("units")["prefixes"]["symbols_of"]
    found = {sym: name for sym, name in symbols.items() if name in prefixable and sym not in own}
    return {**found, **own}


def _named(word: str) -> tuple[str, str] | None:
    """(the name as pint lists it, its unit) for a lower-case name, singular or plural ('kilotons')."""
    names, _ = _pint()
    form = next((f for f in (word, word.removesuffix("s"), word.removesuffix("es")) if f in names), None)
    return None if form is None else (form, names[form])


@cache
def _currencies() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(names casefolded -> ISO codes, symbols as written -> ISO codes, codes in use -> the territories
    using them) from CLDR."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_currency_symbol

    in_use: dict[str, set[str]] = defaultdict(set)  # code -> territories
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if tender and (end is None or end[0] >= 2000):
                in_use[code].add(territory)
    names: dict[str, set[str]] = defaultdict(set)
    nouns: dict[str, set[str]] = defaultdict(set)
    symbols: dict[str, set[str]] = defaultdict(set)
    languages = get_global("territory_languages")
    for code, territories in in_use.items():
        for count in (1, 2):
            name = get_currency_name(code, count, "en").casefold()
            names[name].add(code)
            nouns[name.split()[-1]].add(code)
        for territory in territories:
            for language in languages.get(territory, {}):
                try:
                    locale = Locale.parse(f"{language}_{territory}")
                except Exception:  # babel raises its own errors for locales CLDR lacks
                    continue
                symbol = get_currency_symbol(code, locale)
                if symbol != code and not symbol.isdigit():
                    symbols[symbol].add(code)
    for noun, codes in nouns.items():
        if len(codes) == 1 and noun not in names:
            names[noun] |= codes  # 'ringgit', 'drams': the noun of one currency only
    return ({k: frozenset(v) for k, v in names.items()}, {k: frozenset(v) for k, v in symbols.items()},
            {k: frozenset(v) for k, v in in_use.items()})


def currency_name(words: str) -> frozenset[str]:
    """The currencies a name in words is ('Armenian drams', 'ringgit'): CLDR's display names."""
    return _currencies()[0].get(" ".join(words.split()).casefold(), frozenset())


def currency_sign(text: str) -> frozenset[str]:
    """The currencies a symbol or ISO code written before or after a number is ('R', 'RM', 'kn', 'INR')."""
    _, symbols, in_use = _currencies()
    if CODE.match(text) and text in in_use and _rare(text.casefold()):
        return frozenset({text})
    return symbols.get(text, frozenset())


def display_name(code: str) -> str:
    """A currency's English name as CLDR gives it, lower case ('south african rand')."""
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, 1, "en")).casefold()


def place_words(code: str) -> frozenset[str]:
    """Words that place a currency, from CLDR: the last word of the names of the countries using it and
    the words of its own name ('CNY': 'china', 'chinese', 'yuan')."""
    from babel import Locale

    english = Locale("en").territories
    places = {english[t].split()[-1].casefold() for t in _currencies()[2].get(code, ()) if t in english}
    return frozenset({*display_name(code).split(), *places})


@cache
def country_names() -> frozenset[str]:
    """The names CLDR gives the countries and territories, in English ('Malawi', 'South Korea')."""
    from babel import Locale

    return frozenset(str(name) for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha())
