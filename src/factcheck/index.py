"""The claims index: ``claims/.index.sqlite``, a cache of the claims files for quick runs.

Comparing one draft with a large corpus needs only the claims that could be the same quantity,
and knowing that nothing changed needs only the files' sizes and times; reading and validating
every claims file costs seconds per ten thousand articles. For each article the index keeps the
stat of its corpus file and claims file as they were when last seen current, its header, its
acronyms by short form, and its claims under their comparison keys (dimension, unit, event class).

It is a cache, never the record: claims/*.json are. A run stats the files and reads only those
whose stat moved; an index that is missing, unreadable, or made by another version of the code is
rebuilt from claims/. SQLite's transactions keep it whole when a run is killed and when two runs
write at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from factcheck.errors import ClaimsError
from factcheck.models import Claim, ClaimsFile

NAME = ".index.sqlite"
TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(id TEXT PRIMARY KEY, seen TEXT NOT NULL, pipeline TEXT NOT NULL, info TEXT NOT NULL,
                      claims INTEGER NOT NULL, story TEXT NOT NULL);
CREATE TABLE terms(article TEXT NOT NULL, term TEXT NOT NULL);
CREATE INDEX terms_by_term ON terms(term);
CREATE INDEX terms_by_article ON terms(article);
CREATE TABLE claims(article TEXT NOT NULL, n INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY(article, n));
CREATE TABLE acronyms(article TEXT NOT NULL, n INTEGER NOT NULL, short TEXT NOT NULL, data TEXT NOT NULL,
                      PRIMARY KEY(article, n));
CREATE INDEX acronyms_by_short ON acronyms(short);
CREATE TABLE keys(article TEXT NOT NULL, n INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX keys_by_key ON keys(key);
CREATE INDEX keys_by_article ON keys(article);
"""

TABLE_KEYS = (("articles", "id"), ("claims", "article"), ("acronyms", "article"), ("keys", "article"),
              ("terms", "article"))
Keys = Callable[[Claim], Iterable[str]]
T = TypeVar("T")


class IndexBroken(ClaimsError):
    """The index failed in the middle of a run (a damaged page, a disk that refuses writes)."""


def stat_of(path: Path | str) -> str:
    """The file's size, modification time and inode ('-' when it is missing): an equal string
    means, for all practical purposes, an unchanged file."""
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


class ClaimsIndex:
    """The index of one claims folder. ``version`` names the code that made the keys (a change
    rebuilds it); ``keys`` gives a claim's comparison keys."""

    def __init__(self, folder: Path, version: str, keys: Keys) -> None:
        self.path = folder / NAME
        self.version = f"{hashlib.sha256(TABLES.encode()).hexdigest()[:10]} {version}"  # other tables: rebuilt
        self.keys = keys
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect(self.path)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as err:  # not a database, a half-made or damaged one
            return self._open_anew(f"{self.path}: unreadable ({err})")

    def start_over(self, damage: IndexBroken) -> None:
        """After an error in the middle of a run: the index made again, empty (see :meth:`_open`)."""
        self.db.close()
        self.db = self._open_anew(str(damage))

    def _open_anew(self, damage: str) -> sqlite3.Connection:
        """The index made again on disk; one that cannot be written is kept in memory for this
        run (it is only a cache). Either way the run says so."""
        try:
            for leftover in (self.path, self.path.with_name(NAME + "-journal")):
                leftover.unlink(missing_ok=True)
            db = self._connect(self.path)
        except (OSError, sqlite3.Error) as err:
            print(f"{damage}; it cannot be made again ({err}): this run keeps its index in memory", file=sys.stderr)
            return self._connect(":memory:")
        print(f"{damage}; rebuilt from the claims files", file=sys.stderr)
        return db

    def retrying(self, work: Callable[[], T]) -> T:
        """``work()``; when the index fails under it, the index is made again and ``work()`` run
        once more (what it does must be safe to do twice)."""
        try:
            return work()
        except IndexBroken as err:
            self.start_over(err)
            return work()

    def _connect(self, where: Path | str) -> sqlite3.Connection:
        if where != ":memory:":
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise ClaimsError(f"{self.path.parent}: cannot be the claims folder ({err.strerror or err})") from None
        db = sqlite3.connect(where, timeout=60, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone() if "meta" in tables \
                else None
            if version is None or version[0] != self.version:
                for table in tables:
                    db.execute(f"DROP TABLE {table}")
                for statement in TABLES.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO meta VALUES ('version', ?)", (self.version,))
            db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ClaimsIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self, mode: str = "IMMEDIATE") -> Iterator[sqlite3.Connection]:
        """One transaction; what SQLite refuses (a full disk, a read-only folder) is one line."""
        try:
            self.db.execute(f"BEGIN {mode}")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except (sqlite3.Error, UnicodeDecodeError) as err:
            raise IndexBroken(f"{self.path}: unreadable ({err})") from None

    def current(self, seen: Mapping[str, str], pipeline: str) -> dict[str, int]:
        """Of the articles whose files have the stats in ``seen`` (id -> :func:`stat_of`), those
        indexed as current for ``pipeline`` with exactly those stats, and their number of claims."""
        with self._transaction("DEFERRED") as db:
            rows = db.execute("SELECT id, seen, claims FROM articles WHERE pipeline = ?", (pipeline,))
            return {article: claims for article, stat, claims in rows if seen.get(article) == stat}

    def put(self, files: Iterable[tuple[ClaimsFile, str]]) -> None:
        """Record claims files that are current, each with the stat of its files (taken before
        they were read, so a change made meanwhile is seen next time)."""
        with self._transaction() as db:
            for claims_file, stat in files:
                article = claims_file.article.id
                for table, column in TABLE_KEYS:
                    db.execute(f"DELETE FROM {table} WHERE {column} = ?", (article,))
                story = claims_file.model_dump_json(include={"terms", "asides"})
                db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                           (article, stat, claims_file.article.pipeline, claims_file.article.model_dump_json(),
                            len(claims_file.claims), story))
                db.executemany("INSERT INTO terms VALUES (?, ?)",
                               [(article, term) for term in {t for t, _ in claims_file.terms}
                                | {t for aside in claims_file.asides for t, _ in aside.terms}])
                db.executemany("INSERT INTO acronyms VALUES (?, ?, ?, ?)",
                               [(article, n, a.short, a.model_dump_json()) for n, a in enumerate(claims_file.acronyms)])
                db.executemany("INSERT INTO claims VALUES (?, ?, ?)",
                               [(article, n, claim.model_dump_json()) for n, claim in enumerate(claims_file.claims)])
                db.executemany("INSERT INTO keys VALUES (?, ?, ?)",
                               [(article, n, key) for n, claim in enumerate(claims_file.claims)
                                for key in set(self.keys(claim))])

    def keep(self, articles: Iterable[str]) -> None:
        """Forget every article not in ``articles`` (removed from the corpus)."""
        kept = set(articles)
        with self._transaction() as db:
            gone = [(a,) for (a,) in db.execute("SELECT id FROM articles") if a not in kept]
            if gone:
                for table, column in TABLE_KEYS:
                    db.executemany(f"DELETE FROM {table} WHERE {column} = ?", gone)

    def load(self, articles: Iterable[str], keys: Iterable[str] | None = None,
             shorts: Iterable[str] | None = None) -> list[ClaimsFile]:
        """The claims files of ``articles`` (in that order), whole, or with only the claims that
        have one of ``keys`` and the acronyms whose short form is one of ``shorts``."""
        order = list(articles)
        with self._transaction("DEFERRED") as db:  # one consistent view, even while another run writes
            _fill(db, "chosen", order)
            claims = self._grouped(db, "SELECT c.article, c.data FROM claims c JOIN (SELECT DISTINCT article, n FROM "
                                       "keys WHERE key IN (SELECT value FROM wanted) AND article IN (SELECT value FROM "
                                       "chosen)) m USING (article, n) ORDER BY c.article, c.n", keys,
                                   "SELECT article, data FROM claims WHERE article IN (SELECT value FROM chosen) "
                                   "ORDER BY article, n")
            acronyms = self._grouped(db, "SELECT article, data FROM acronyms WHERE short IN (SELECT value FROM wanted) "
                                         "AND article IN (SELECT value FROM chosen) ORDER BY article, n", shorts,
                                     "SELECT article, data FROM acronyms WHERE article IN (SELECT value FROM chosen) "
                                     "ORDER BY article, n")
            headers = {article: (info, story) for article, info, story in
                       db.execute("SELECT id, info, story FROM articles WHERE id IN (SELECT value FROM chosen)")}
        try:
            return [_assembled(*headers[article], acronyms.get(article, []), claims.get(article, []))
                    for article in order]
        except (KeyError, ValueError) as err:  # a row missing or not ours: damaged in place
            raise IndexBroken(f"{self.path}: damaged ({type(err).__name__})") from None

    def sharing(self, terms: Iterable[str], most: int) -> dict[str, int]:
        """The articles that share any of ``terms`` (in their own terms or an aside's), each with how
        many they share; a term more than ``most`` articles use is not followed (it tells no story)."""
        with self._transaction("DEFERRED") as db:
            _fill(db, "wanted", terms)
            rare = [t for (t,) in db.execute("SELECT t.term FROM terms t JOIN wanted w ON t.term = w.value "
                                             "GROUP BY t.term HAVING COUNT(*) <= ?", (most,))]
            _fill(db, "wanted", rare)
            return dict(db.execute("SELECT t.article, COUNT(*) FROM terms t JOIN wanted w ON t.term = w.value "
                                   "GROUP BY t.article"))

    @staticmethod
    def _grouped(db: sqlite3.Connection, some: str, values: Iterable[str] | None, every: str) -> dict[str, list[str]]:
        """(article, data) rows by article: of the query ``some`` over the ``values`` (in a table
        'wanted'), or of ``every`` when there are no values to filter by."""
        if values is None:
            rows = db.execute(every)
        else:
            _fill(db, "wanted", values)
            rows = db.execute(some)
        grouped: dict[str, list[str]] = {}
        for article, data in rows:
            grouped.setdefault(article, []).append(data)
        return grouped


def _assembled(info: str, story: str, acronyms: list[str], claims: list[str]) -> ClaimsFile:
    """A claims file from its rows: the header, the story terms, and the JSON of each acronym and claim."""
    return ClaimsFile.model_validate_json(
        f'{{"schema": "factcheck.claims/1", "article": {info}, {story[1:-1]}, '
        f'"acronyms": [{", ".join(acronyms)}], "claims": [{", ".join(claims)}]}}')


def _fill(db: sqlite3.Connection, table: str, values: Iterable[str]) -> None:
    """The temporary one-column table ``table`` (a query's list of wanted values), holding ``values``."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table}(value TEXT PRIMARY KEY)")
    db.execute(f"DELETE FROM {table}")
    db.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?)", [(v,) for v in values])
