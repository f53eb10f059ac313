"""The corpus folder: ``corpus/<id>.md`` files, read into :class:`Article` and added safely."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from factcheck import frontmatter, notes
from factcheck.errors import ArticleNotFound, CorpusError, InputError, doing
from factcheck.files import atomic_write, decode, locked, read_bytes
from factcheck.ingest import Prepared, check_id
from factcheck.models import Article


def parse_article(data: bytes, path: Path, article_id: str) -> Article:
    """An Article from the bytes of a corpus file."""
    text = decode(data, path)
    fields, rest = frontmatter.split(text, path)
    for required in ("title", "published"):
        if not fields.get(required):
            raise CorpusError(f"{path}: front matter has no '{required}'")
    lines = rest.split("\n")
    start = notes.find_start(lines)
    refs = notes.references(notes.parse_section(lines, start)) if start is not None else ()
    body = "\n".join(lines if start is None else lines[:start]).strip()
    return Article(id=article_id, title=fields["title"], published=fields["published"],
                   publisher=fields.get("publisher"), author=fields.get("author"), url=fields.get("url"),
                   path=str(path), sha256=hashlib.sha256(data).hexdigest(), body=body,
                   references=refs, markers=notes.markers(body, refs))


@dataclass(frozen=True)
class Added:
    """What ``add`` did with one article."""

    id: str
    path: Path
    outcome: Literal["added", "unchanged"]


class Corpus:
    """The articles in one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, article_id: str) -> Path:
        """``<root>/<id>.md``, for a safe id only."""
        return self.root / f"{check_id(article_id)}.md"

    def ids(self) -> list[str]:
        """The ids of the stored articles, sorted."""
        if not self.root.is_dir():
            raise CorpusError(f"{self.root}: no such corpus folder")
        return sorted(p.stem for p in self.root.glob("*.md") if not p.name.startswith("."))

    def load(self, article_id: str) -> Article:
        """The article stored under ``article_id``."""
        path = self.path_of(article_id)
        if not path.is_file():
            raise ArticleNotFound(f"no article {article_id!r} in {self.root}")
        try:
            with doing(f"reading {path}"):
                return parse_article(read_bytes(path), path, article_id)
        except InputError as err:
            raise CorpusError(str(err)) from None

    def __iter__(self) -> Iterator[Article]:
        for article_id in self.ids():
            yield self.load(article_id)

    def _dated(self, p: Prepared) -> Prepared:
        """``p`` under its dated id when its title's id holds an article of another day."""
        path = self.path_of(p.id)
        if not p.derived or not path.is_file() or read_bytes(path) == p.text.encode("utf-8"):
            return p
        try:
            stored = parse_article(read_bytes(path), path, p.id)
        except InputError:
            return p  # said when it is refused
        return p.dated() if stored.published != p.published else p

    def add(self, prepared: Sequence[Prepared]) -> list[Added]:
        """Store prepared articles; the same text again is a no-op, a different one under a stored
        id is refused. All are checked before any is written; a write that still fails (a full
        disk) says which were stored before it."""
        with locked(self.root):
            prepared = [self._dated(p) for p in prepared]
            plan = [(p, self.path_of(p.id), p.text.encode("utf-8")) for p in prepared]
            done: list[Added] = []
            for p, path, data in plan:
                if path.exists():
                    if read_bytes(path) == data:
                        done.append(Added(p.id, path, "unchanged"))
                        continue
                    rest = "; nothing was stored" if len(plan) > 1 else ""
                    raise CorpusError(f"{path}: a different article is already stored under the id "
                                      f"'{p.id}'; give another with --id{rest}")
                parse_article(data, path, p.id)  # what is stored must load back
                done.append(Added(p.id, path, "added"))
            stored: list[str] = []
            for (_, path, data), added in zip(plan, done, strict=True):
                if added.outcome != "added":
                    continue
                try:
                    atomic_write(path, data)
                except OSError as err:
                    before = f"stored before it: {', '.join(stored)}" if stored else "nothing was stored"
                    raise CorpusError(f"{path}: cannot write it ({err.strerror or err}); {before}") from None
                stored.append(str(path))
        return done
