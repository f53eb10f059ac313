"""Numbers as written in news text: digits with separators, decimals, number words, scale words.

``parse_number`` reads one number written as a sequence of words ("1.5 million", "twenty-five",
"one and a half", "4,812.5", "250 thousand"); ``format_number`` writes a value back in a form
``parse_number`` reads to the same value.
"""

from __future__ import annotations

import re

from factcheck import lexicon

# digits in groups of three, or in India's groups ('1,60,000'), or none
DIGITS = re.compile(r"^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.\d+)?|\.\d+)$")
DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}$")  # '27,13 km2': no thousands group has two digits
FRACTION = re.compile(r"^(\d+)[/⁄](\d+)$")
SCIENTIFIC = re.compile(r"^(\d+(?:\.\d+)?)[×x*]10(?:\^|\*\*)?([−-]?\d+)$")


def written_number(text: str) -> float | None:
    """One token that is a number on its own: digits ('4,812.5', '-3'), a fraction ('1/16') or
    scientific notation ('6.02×10^23')."""
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    if DECIMAL_COMMA.match(text):
        return float(text.replace(",", "."))
    if m := FRACTION.match(text):
        return int(m[1]) / int(m[2]) if int(m[1]) < int(m[2]) else None  # not '24/7', '9/11'
    if m := SCIENTIFIC.match(text):
        return float(m[1]) * 10.0 ** int(m[2].replace("−", "-"))
    return None


def number_word(word: str) -> float | None:
    """The value of one number word ('twenty', 'half'), or None."""
    value = lexicon.load("units")["number_words"].get(word.casefold())
    return float(value) if value is not None else None


def scale_word(word: str) -> float | None:
    """The factor of a scale word ('million' -> 1e6, 'bn' -> 1e9, 'm.' at a sentence end), or None."""
    value = lexicon.load("units")["scales"].get(word.casefold().rstrip(".") or word)
    return float(value) if value is not None else None


def spelled_scale(word: str) -> float | None:
    """The factor of a scale written out ('million'), not abbreviated ('m', 'bn'), or None."""
    return scale_word(word) if word.isalpha() and len(word) > 2 else None


def is_numeric_word(word: str) -> bool:
    """Digits, a number word or a scale word."""
    return bool(DIGITS.match(word)) or number_word(word) is not None or scale_word(word) is not None


def parse_number(text: str) -> float | None:
    """The value of a written number, or None when ``text`` is not one number."""
    words = [w for w in re.split(r"[\s\-]+", text.strip()) if w]
    if not words:
        return None
    total = 0.0
    current: float | None = None
    fraction_pending = False
    group = 0.0  # the last group a scale closed ('1.5 lakh'), which a larger scale right after multiplies
    for i, word in enumerate(words):
        low = word.casefold()
        if (digits := written_number(word)) is not None:
            if current is not None:
                return None
            current = abs(digits)
        elif low == "and" and current is not None and i + 1 < len(words):
            fraction_pending = words[i + 1].casefold() in ("a", "one")
        elif low == "a" and (fraction_pending or i == 0):
            continue
        elif (small := number_word(word)) is not None:
            if small < 1:
                current = (current or 0.0) + small if fraction_pending or current is not None else small
                fraction_pending = False
            elif current is None:
                current = small
            elif (20 <= current < 100 and current % 10 == 0 and small < 10) or (current >= 100 and small < 100):
                current += small
            else:
                return None
        elif (scale := scale_word(word)) is not None:
            if low in ("k", "m", "b", "mn", "bn", "tn") and i == 0:
                return None
            if current is None and group and i > 0 and (before := scale_word(words[i - 1])) is not None \
                    and scale > before:  # '1.5 lakh crore', 'a thousand million': one scale of another
                total += group * scale - group
                group *= scale
                continue
            base = 1.0 if current is None else current
            if scale >= 1000:
                group = base * scale
                total += group
                current = None
            else:
                current = base * scale
        else:
            return None
    if current is not None:
        total += current
    elif total == 0:
        return None
    return total


def format_number(value: float) -> str:
    """A value written with thousands separators ('190,000', '10.5')."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.10f}".rstrip("0").rstrip(".")
