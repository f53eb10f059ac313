"""Our changes to spaCy's English pipeline, made once when it is loaded: its tokenizer's rules,
and our components (the sparse parse first, in place of the pipeline's own components; the
quantities last).

- footnote markers split from the word before them ("areas.[3"), see :mod:`factcheck.nlp.markers`;
- units and scales written stuck to a number split off ("6kW", "4.3M", "1.38pc", "40min"): the
  one-letter ones are data (``attached`` in ``data/units.json``), longer ones any unit, scale or
  currency the vocabulary knows ("2.4Ghz", "30Mbps", "3.06mil"; not the ordinals' "rd" and "th");
  so does a bracketed measure's hyphenated word ("(121ft)-long");
- a magnitude written stuck to its number splits off ("magnitude-6.8");
- currency codes and signs written stuck to a number split off ("USD10m", "RM23.50", "$US55,931",
  "INR1", "S$1mil": any sign the vocabulary knows of two letters or more), and so
  are "~", "minus-" and "sub-" ("~45", "minus-5", "sub-7"), a short word glued to its number by a
  slip of the keyboard ("to-260,000", "now-18"), and the marks feeds write for ¥ and £
  ("Y=28,030"; "PS2.7m" but not the console "PS5": only before a written-out amount);
- pence split off their amount ("118.5p"), but not a video format's lines ("1080p"); the full stop
  after a unit letter or a prime at the end of a sentence ("35C.", "9.8″."); the "=" of a currency's quote code in
  market reports ("108.79 JPY=").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from factcheck import lexicon, units
from factcheck.nlp.components import QUANTITIES, configure_sparse
from factcheck.nlp.markers import INFIXES

CODES = ("USD", "EUR", "GBP", "JPY", "AUD", "CAD", "HKD", "NZD", "RM", "Rs")
DOLLAR_CODES = ("US", "A", "C", "HK", "NZ", "S")  # only before '$': 'A$5', not the 'A350' jet
SLIPPED = r"(?i:to|now|from|about|around|nearly|almost|some)-(?=[0-9])"  # 'to-260,000': a typing slip, not a name
GLUED_WORD = re.compile(r"(?<=[0-9])[^\W\d_]{2,12}$")  # '30Mbps', '3.06mil'
# 'INR1', 'S$1', 'RM3', and 'R18.00': one letter only before an amount written as a price
GLUED_SIGN = re.compile(r"^(?:[^\W\d_]{1,3}\$|[^\W\d_]{2,3}|[A-Z](?=\d{1,3}(?:,\d{3})+|\d+\.\d\d\b))(?=[0-9])")
ORDINALS = frozenset({"st", "nd", "rd", "th"})
VIDEO_LINES = ("240", "360", "480", "720", "1080", "1440", "2160")  # '1080p' names a video format; '68p' is pence


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _known(pattern: re.Pattern[str], known: Callable[[str], bool],
           rest: Callable[[str], re.Match[str] | None]) -> Callable[[str], re.Match[str] | None]:
    """A search that splits off what ``pattern`` finds when it is ``known``, else searches with ``rest``."""
    def search(text: str) -> re.Match[str] | None:
        found = pattern.search(text)
        return found if found is not None and known(found.group()) else rest(text)
    return search


def _glued_unit(word: str) -> bool:
    from factcheck.numbers import scale_word

    return word.casefold() not in ORDINALS and (scale_word(word) is not None or units.lookup(word) is not None
                                                or word.casefold() in _phrase_starts())


@cache
def _phrase_starts() -> frozenset[str]:
    """The first words of the table's unit phrases and of a length's square or cube ('sq' of 'sq m',
    'cubic'): '3923sq m' splits too."""
    keys = lexicon.load("units")["units"]
    return frozenset(key.split()[0] for key in keys if " " in key and key.split()[0].isalpha()) | set(units.POWERS)


def _glued_sign(sign: str) -> bool:
    return units.currency_symbol(sign, glued=len(sign) == 1) is not None


def configure(nlp: Language) -> None:
    """Install the rules above on ``nlp``'s tokenizer, and our components."""
    attached = list(lexicon.load("units")["attached"])
    pence = "".join(f"(?<!{lines})" for lines in VIDEO_LINES)
    suffixes = [rf"(?<=[0-9])(?:{_alternation(attached)})$", rf"(?<=[0-9]){pence}p$", r"(?<=\))-[A-Za-z]+$",
                r"(?<=[0-9][A-Z′″])\.$", r"(?<=[A-Z]=)\.$", r"(?<=\b[A-Z]{3})=$", *list(nlp.Defaults.suffixes or ())]
    dollars = rf"(?:{_alternation(list(DOLLAR_CODES))})\$(?=[0-9])|\$(?:{_alternation(list(DOLLAR_CODES))})(?=[0-9])"
    prefixes = [dollars, *list(nlp.Defaults.prefixes or ()), rf"(?:{_alternation(list(CODES))})\$?(?=[0-9])",
                r"[~≈](?=[0-9])", r"minus-(?=[0-9])", r"(?i:magnitude)-(?=[0-9])", SLIPPED, r"sub-(?=[0-9$])",
                r"Y=(?=[0-9])",
                r"PS(?=\d{1,3}(?:,\d{3})+|\d+\.\d|\d+(?:\.\d+)?(?:m|bn|k)\b)"]
    infixes = [*list(nlp.Defaults.infixes or ()), *INFIXES]
    tokenizer = nlp.tokenizer
    tokenizer.suffix_search = _known(GLUED_WORD, _glued_unit, compile_suffix_regex(suffixes).search)  # type: ignore[union-attr]
    tokenizer.prefix_search = _known(GLUED_SIGN, _glued_sign, compile_prefix_regex(prefixes).search)  # type: ignore[union-attr]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    configure_sparse(nlp)
    if QUANTITIES not in nlp.pipe_names:
        nlp.add_pipe(QUANTITIES, last=True)
