"""Units and dimensions: the words articles use for units, normalised with pint.

Each quantity is stored in its dimension's canonical unit (``data/units.json``): area in
hectares, length in kilometres, durations in years, mass in tonnes; shares in percent, money in
the currency it names (an ISO code), and a plain count as ``count``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck import lexicon


@dataclass(frozen=True)
class Unit:
    """A unit as stored: its canonical name, its dimension, and the factor to the canonical unit."""

    name: str
    dimension: str
    factor: float = 1.0


COUNT = Unit("count", "count")
PERCENT = Unit("percent", "share")


@cache
def registry() -> Any:
    """pint's unit registry, built once per process (it takes a few hundred milliseconds)."""
    import pint

    return pint.UnitRegistry()


@cache
def from_pint(name: str) -> Unit:
    """The stored unit for a pint unit expression, with its conversion factor."""
    ureg = registry()
    quantity = ureg.parse_expression(name)
    canonicals: dict[str, str] = lexicon.load("units")["canonical"]
    dimension = next((dim for dim, unit in canonicals.items()
                      if ureg.parse_expression(unit).dimensionality == quantity.dimensionality), None)
    if dimension is None:
        raise ValueError(f"no dimension for unit {name!r} ({quantity.dimensionality})")
    canonical = canonicals[dimension]
    factor = float(quantity.to(canonical).magnitude)
    stored = str(ureg.Unit(canonical)).replace("metric_ton", "tonne").replace("degree_Celsius", "celsius")
    stored = stored.replace(" / ", "_per_")
    return Unit(stored, dimension, factor)


def currency(code: str) -> Unit:
    """Money in the currency ``code`` (an ISO 4217 code)."""
    return Unit(code, "money")


def lookup(words: str) -> Unit | None:
    """The unit written as ``words`` ('hectares', 'sq km', 'per cent', 'dollars'), if known."""
    target = lexicon.load("units")["units"].get(" ".join(words.casefold().split()))
    if target is None:
        return None
    if target == "percent":
        return PERCENT
    if target.isupper():
        return currency(target)
    return from_pint(target)


def currency_symbol(text: str) -> Unit | None:
    """Money for a currency sign or code written before a number ('$', 'US$', '€', 'USD')."""
    code = lexicon.load("units")["currency_symbols"].get(text.casefold())
    return currency(code) if code else None
