"""What the fuzzer does to good inputs: edits of a file's bytes, of a claims file's JSON, and
harm done to the claims index. Each is a small value hypothesis can draw and shrink."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

SCALE = 10_000  # an edit's place in a file, as a fraction of its length: shrinks toward the start

TOKENS: dict[str, bytes] = {
    "nul": b"\x00",
    "control": bytes(range(1, 32)) + b"\x7f",
    "escape": b"\x1b[31;1mred\x1b[0m\x1b]0;title\x07\x1b[2J\x9b31m",
    "digits-400": b"9" * 400,
    "digits-5000": b"1" * 5000,
    "decimal-400": b"0." + b"0" * 398 + b"1",
    "exponent": b"1e309 -1e-400 10^400 2**1000",
    "nesting": b"[" * 500 + b"(" * 500 + b"{" * 500,
    "closing": b"]" * 300 + b")" * 300,
    "bidi": "\u202eevil\u202c \u200b\u200d\u2060\ufeff".encode(),
    "combining": ("1" + "\u0301" * 60 + "0%").encode(),
    "digits-other": "𝟙𝟚𝟛 ٣٠٠ १२३ １２３ ½ ¾ ² ∞ 𝔛 Ⅻ".encode(),
    "bad-utf8": b"\xff\xfe\xc3\x28\xed\xa0\x80\x80\xf4\x90\x80\x80",
    "separators": "\u2028\u2029\x85\x0b\x0c".encode(),
    "crlf": b"\r\n\r\n\r",
    "invalid-dates": b"on 2025-02-30, 0000-00-00 and February 30, 2025, as of 31/31/2025,",
    "numbers": b"$-0 1,2,3,4 1.2.3 100%% 1/0 -12% 0.0000001 hectares 5-5-5 km",
    "huge-figures": b" mines killed 1" + b"0" * 400 + b" people, cleared " + b"9" * 5000 + b" hectares, 1e999% of it",
    "fence": b"\n---\n",
    "notes": b"\n\n## Notes\n\n[1] x, 99.99.9999, http://x\n\n[99999999999999999999] Ibid.\n",
    "markers": b"[1][2][0][-1][99999999999999999999]",
    "long-word": b"a" * 5000,
    "html": b"<script>alert(1)</script><!--<p>",
    "yaml": b"&a [*a, *a] !!python/object/apply:os.system ['x'] {{{{",
}


@dataclass(frozen=True)
class Edit:
    """One change to a file's bytes at ``at`` (a fraction of its length, out of :data:`SCALE`):
    insert a hostile token, flip a bit, delete or duplicate a span, or cut the file there."""

    op: str
    at: int
    size: int = 0
    token: str = ""

    @property
    def label(self) -> str:
        return f"insert {self.token}" if self.op == "insert" else self.op

    def apply(self, data: bytes) -> bytes:
        place = self.at * len(data) // SCALE
        if self.op == "insert":
            return data[:place] + TOKENS[self.token] + data[place:]
        if self.op == "flip":
            if not data:
                return data
            place = min(place, len(data) - 1)
            return data[:place] + bytes([data[place] ^ (1 << self.size)]) + data[place + 1:]
        if self.op == "delete":
            return data[:place] + data[place + self.size:]
        if self.op == "duplicate":
            return data[:place] + data[place:place + self.size] + data[place:]
        if self.op == "truncate":
            return data[:place]
        raise ValueError(f"unknown edit {self.op!r}")


def apply_edits(data: bytes, edits: tuple[Edit, ...]) -> bytes:
    for edit in edits:
        data = edit.apply(data)
    return data


_places = st.integers(0, SCALE)
byte_edits = st.lists(st.one_of(
    st.builds(Edit, st.just("insert"), _places, st.just(0), st.sampled_from(sorted(TOKENS))),
    st.builds(Edit, st.just("flip"), _places, st.integers(0, 7)),
    st.builds(Edit, st.just("delete"), _places, st.integers(1, 400)),
    st.builds(Edit, st.just("duplicate"), _places, st.integers(1, 300)),
    st.builds(Edit, st.just("truncate"), _places),
), max_size=3).map(tuple)

DEEP = "\ue000deep"  # placeholders for what json.dumps cannot write: put in after it
LONG_DIGITS = "\ue000digits"
JSON_VALUES: dict[str, Any] = {
    "null": None, "true": True, "zero": 0, "negative": -1, "huge-int": 10**400, "max-float": 1.7976931348623157e308,
    "min-float": 5e-324, "nan": math.nan, "infinity": math.inf, "-infinity": -math.inf, "empty-string": "",
    "long-string": "x" * 20_000, "escapes": "\x00\x1b[31m\u202e\ud800", "list": [], "object": {},
    "number-string": "12", "bad-date": "2025-02-30", "deep-nesting": DEEP, "digits-5000": LONG_DIGITS,
    "newer-schema": "factcheck.claims/2", "older-schema": "factcheck.claims/0",
    "huge-schema": "factcheck.claims/" + "9" * 30, "other-schema": "factcheck.report/1",
}


LIKE: dict[type, tuple[Any, ...]] = {  # values of each JSON type, to pass a schema and reach what reads it
    bool: (True, False),
    int: (0, -1, 2**53 + 1, 10**400, 10**30),
    float: (0.0, -1.5, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 0.1),
    str: ("", "x" * 10_000, "\x00\x1b[31m\u202e", "2025-02-30", "0000-01-01", "9999-12-31", "unknown", "%", "ＫＭ",
          "[1]", "1e400", "\ud800", " "),
    type(None): ("null", 0, [], {}),
}


@dataclass(frozen=True)
class JsonEdit:
    """One change to a JSON document: at the node reached by ``path`` (each step picks a child,
    modulo how many there are), drop it, set it to a hostile value, add that value beside it, or
    (``like``) replace it with another value of its own type, so that the file may still pass."""

    path: tuple[int, ...]
    op: str
    value: str = "null"
    pick: int = 0

    @property
    def label(self) -> str:
        return {"drop": "drop", "like": "like"}.get(self.op, f"{self.op} {self.value}")

    def apply(self, data: Any) -> Any:
        parent: Any = None
        key: Any = None
        node = data
        for step in self.path:
            if not isinstance(node, dict | list) or not node:
                break
            key = list(node)[step % len(node)] if isinstance(node, dict) else step % len(node)
            parent, node = node, node[key]
        value = self._like(node) if self.op == "like" else JSON_VALUES[self.value]
        if self.op == "add":
            if isinstance(node, dict):
                node["unexpected"] = value
            elif isinstance(node, list):
                node.append(value)
            return data
        if parent is None:
            return {} if self.op == "drop" else value
        if self.op == "drop":
            del parent[key]
        else:
            parent[key] = value
        return data

    def _like(self, node: Any) -> Any:
        if isinstance(node, list):
            return (node * 2)[:60] if self.pick % 2 else []
        if isinstance(node, dict):
            return {**node, "unexpected": None} if self.pick % 2 else {}
        choices = LIKE[type(node)]
        return choices[self.pick % len(choices)]


def _leaves(data: Any, path: tuple[int, ...] = ()) -> Iterator[tuple[int, ...]]:
    """The path of every scalar in a JSON document, as :class:`JsonEdit` walks it."""
    children = list(data.values()) if isinstance(data, dict) else data if isinstance(data, list) else None
    if children is None:
        yield path
        return
    for n, child in enumerate(children):
        yield from _leaves(child, (*path, n))


def json_edits(document: Any) -> st.SearchStrategy[tuple[JsonEdit, ...]]:
    """Up to three edits of ``document``, each at a random place or at one of its values (a
    claim's figure, date or unit, a term's weight), which a schema-valid edit reaches most."""
    leaves = list(_leaves(document))
    paths = st.lists(st.integers(0, 40), max_size=5).map(tuple)
    if leaves:
        paths = st.one_of(paths, st.sampled_from(leaves))
    return st.lists(st.builds(JsonEdit, paths, st.sampled_from(["like", "set", "drop", "add"]),
                              st.sampled_from(sorted(JSON_VALUES)), st.integers(0, 20)), max_size=3).map(tuple)


def dump_json(data: Any) -> bytes:
    """A claims file's text as factcheck writes it, with NaN, Infinity, deep nesting and numbers of
    thousands of digits where the edits put them."""
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=True) + "\n"
    text = text.replace(json.dumps(DEEP), "[" * 10_000 + "]" * 10_000)
    text = text.replace(json.dumps(LONG_DIGITS), "7" * 5000)
    return text.encode("utf-8", "surrogatepass")


INDEX = "claims/.index.sqlite"
_OPEN = f"import os\np = {INDEX!r}\nb = bytearray(open(p, 'rb').read()) if os.path.isfile(p) else bytearray()\n"
_SAVE = "open(p, 'wb').write(b)\n"
INDEX_ROWS = (("articles", "info"), ("articles", "story"), ("articles", "claims"), ("articles", "seen"),
              ("claims", "data"), ("acronyms", "data"), ("terms", "term"), ("keys", "key"), ("meta", "value"))
ROW_VALUES = ("", "{", "null", "[]", "{}", '{"id": 1}', "NaN", "9" * 400, "\x00", "half")


@dataclass(frozen=True)
class Damage:
    """Harm done to the claims index a run has just built, as the Python code that does it (so a
    reproduction can show it): a byte flipped in page ``at`` past the file's header (page 0 holds
    the schema), a page zeroed, the file cut short at ``at``, the value of the first row of table
    ``at`` replaced (the pages stay sound), or a garbage journal beside it."""

    how: str
    at: int = 0
    within: int = 0
    value: str = ""

    @property
    def label(self) -> str:
        return self.how

    def code(self) -> str:
        size = "size = int.from_bytes(b[16:18], 'big') or 65536\npages = len(b) // size\n"
        if self.how == "flip":
            place = f"k * size + max(100 if k == 0 else 0, {self.within} % size)"
            return _OPEN + size + f"if pages:\n    k = {self.at} % pages\n    b[{place}] ^= 0xFF\n" + _SAVE
        if self.how == "zero-page":
            return _OPEN + size + (f"if pages > 1:\n    k = 1 + {self.at} % (pages - 1)\n"
                                   "    b[k * size:(k + 1) * size] = bytes(size)\n") + _SAVE
        if self.how == "truncate":
            return _OPEN + f"b = b[:{self.at} * len(b) // {SCALE}]\n" + _SAVE
        if self.how == "journal":
            return f"open({INDEX + '-journal'!r}, 'wb').write({self.value.encode('latin-1')!r})\n"
        table, column = INDEX_ROWS[self.at % len(INDEX_ROWS)]
        new = f"substr({column}, 1, length({column}) / 2)" if self.value == "half" else "?"
        args = "" if self.value == "half" else f", ({self.value!r},)"
        return (f"import os\nimport sqlite3\nif os.path.isfile({INDEX!r}):\n    db = sqlite3.connect({INDEX!r})\n"
                f"    db.execute('UPDATE {table} SET {column} = {new} WHERE rowid = (SELECT min(rowid) FROM {table})'"
                f"{args})\n    db.commit()\n    db.close()\n")


_pages = st.one_of(st.just(0), st.integers(0, 40))  # the first page, with the schema, half the time
damages = st.one_of(
    st.builds(Damage, st.just("flip"), _pages, st.integers(0, 65_535)),
    st.builds(Damage, st.just("zero-page"), _pages),
    st.builds(Damage, st.just("truncate"), _places),
    st.builds(Damage, st.just("rows"), st.integers(0, len(INDEX_ROWS) - 1), st.just(0), st.sampled_from(ROW_VALUES)),
    st.builds(Damage, st.just("journal"), st.just(0), st.just(0),
              st.binary(max_size=600).map(lambda b: b.decode("latin-1"))),
)
