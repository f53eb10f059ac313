"""What the commands do, as plain functions the command line calls once each."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from factcheck.corpus import Added, Corpus
from factcheck.errors import InputError
from factcheck.ingest import prepare


def add_articles(corpus_dir: Path, files: Iterable[Path], metadata: Mapping[str, str | None]) -> list[Added]:
    """Store each file in the corpus; every file is read and checked before anything is written."""
    files = list(files)
    if len(files) > 1:
        single = [f"--{name}" for name in ("title", "url", "article_id") if metadata.get(name)]
        if single:
            raise InputError(f"{', '.join(single).replace('article_id', 'id')} names one article; "
                             "add the files one at a time")
    options = {("id" if key == "article_id" else key): value for key, value in metadata.items()}
    prepared = [prepare(path, options) for path in files]
    ids = [p.id for p in prepared]
    clash = next((i for i in ids if ids.count(i) > 1), None)
    if clash:
        raise InputError(f"two of the files would be stored under the same id '{clash}'; add them one at a time")
    corpus = Corpus(corpus_dir)
    return [corpus.add(p) for p in prepared]
