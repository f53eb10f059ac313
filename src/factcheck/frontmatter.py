"""The YAML front-matter block of a corpus or Markdown file.

Only plain scalars are read (YAML's safe loader, with duplicate keys refused); the known fields
are validated, and the others are ignored. Fields are written in a fixed order, so the same
article always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from factcheck.dates import parse_date
from factcheck.errors import FrontMatterError

FIELDS = ("id", "title", "publisher", "author", "url", "published")
FENCE = "---"


class _StrictLoader(yaml.SafeLoader):
    """The safe loader, refusing a key given twice."""


def _mapping_no_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        try:
            again = key in seen
        except TypeError:
            continue  # a list or map as a key: construct_mapping refuses it
        if again:
            raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice",
                                                    node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_no_duplicates)
# a date stays its text: YAML would build a datetime.date and raise on '2025-13-40' or '0000-00-00';
# :func:`_fields` checks it as every other date is checked
def _date_as_text(loader: _StrictLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def split(text: str, path: Path) -> tuple[dict[str, str], str]:
    """(front-matter fields, body) of a text; a text without front matter has no fields."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return {}, text
    try:
        close = next(i for i, line in enumerate(lines[1:], 1) if line.strip() in (FENCE, "..."))
    except StopIteration:
        raise FrontMatterError(f"{path}: front matter is not closed by a '---' line") from None
    try:
        data = yaml.load("\n".join(lines[1:close]), Loader=_StrictLoader)  # a SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise FrontMatterError(f"{path}: malformed front matter{where}: {problem}") from None
    except RecursionError:
        raise FrontMatterError(f"{path}: malformed front matter: nested too deeply") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(f"{path}: front matter is not a list of 'key: value' lines")
    return _fields(data, path), "\n".join(lines[close + 1:])


def _fields(data: dict[Any, Any], path: Path) -> dict[str, str]:
    """The known fields as strings, with the published date checked."""
    fields: dict[str, str] = {}
    for key in FIELDS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            value = value.isoformat()
        if isinstance(value, (list, dict)):
            raise FrontMatterError(f"{path}: front matter field '{key}' must be one value, not a list or map")
        fields[key] = str(value).strip()
    if "published" in fields:
        date = parse_date(fields["published"])
        if date is None:
            raise FrontMatterError(f"{path}: front matter field 'published' is not a date "
                                   f"(YYYY, YYYY-MM or YYYY-MM-DD): {fields['published']!r}")
        fields["published"] = date
    return fields


def render(fields: dict[str, str | None]) -> str:
    """The front-matter block for ``fields`` (None and the id are left out), fences included."""
    out = [FENCE]
    for key in FIELDS:
        value = fields.get(key)
        if key == "id" or value is None:
            continue
        if key == "published":
            out.append(f"published: {value}")
        else:
            out.append(yaml.safe_dump({key: value}, allow_unicode=True, width=1 << 20).rstrip("\n"))
    out.append(FENCE)
    return "\n".join(out) + "\n"
