"""The claims store: ``claims/<id>.json``, one per article, written atomically.

A claims file is current when it was made from the article's exact bytes (sha256) by the same
pipeline: factcheck's version plus a fingerprint of the extraction code and data, and the spaCy
pipeline's name and version. Anything else is re-extracted.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from factcheck import __version__
from factcheck.errors import ClaimsError, InputError
from factcheck.files import atomic_write, decode, read_bytes
from factcheck.models import CLAIMS_SCHEMA, Article, ClaimsFile, check_schema

# What the claims depend on: any change here changes the pipeline string and so re-extracts.
EXTRACTION_SOURCES = ("nlp", "data", "dates.py", "extract.py", "units.py", "models.py", "lexicon.py", "numbers.py")


@cache
def code_fingerprint(sources: tuple[str, ...] = EXTRACTION_SOURCES) -> str:
    """A short hash of the code and data files shipped in this install under ``sources`` (by
    default, those extraction depends on)."""
    root = resources.files("factcheck")
    digest = hashlib.sha256()

    def visit(name: str) -> None:
        path = root.joinpath(name)
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        elif path.is_dir():
            for child in sorted(path.iterdir(), key=lambda p: p.name):
                if (child.is_dir() and child.name != "__pycache__") or child.name.endswith((".py", ".json")):
                    visit(f"{name}/{child.name}")

    for source in sources:
        visit(source)
    return digest.hexdigest()[:10]


def pipeline_label(model: str) -> str:
    """'factcheck 0.1.0+<fingerprint> / en_core_web_sm 3.8.0'."""
    return f"factcheck {__version__}+{code_fingerprint()} / {model}"


def claims_path(folder: Path, article_id: str) -> Path:
    """Where an article's claims are stored."""
    return folder / f"{article_id}.json"


def read(path: Path) -> ClaimsFile:
    """A claims file, validated; errors name the file and the place in it."""
    try:
        data = json.loads(decode(read_bytes(path), path))
    except InputError as err:
        raise ClaimsError(str(err)) from None
    except json.JSONDecodeError as err:
        raise ClaimsError(f"{path}: not JSON ({err.msg} at line {err.lineno})") from None
    except RecursionError:
        raise ClaimsError(f"{path}: not a claims file (nested too deeply)") from None
    except ValueError as err:  # e.g. a number of more digits than Python converts
        raise ClaimsError(f"{path}: not a claims file ({err})") from None
    check_schema(data, CLAIMS_SCHEMA, str(path))
    try:
        return ClaimsFile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        place = " -> ".join(str(p) for p in first["loc"])
        raise ClaimsError(f"{path}: [{place}] {first['msg'].lower()}") from None


def is_current(claims: ClaimsFile, article: Article, pipeline: str) -> bool:
    """True when ``claims`` were made from this exact article by this pipeline."""
    return claims.article.sha256 == article.sha256 and claims.article.pipeline == pipeline


def dumps(claims: ClaimsFile) -> str:
    """The file's text: fixed key order, claims in reading order, one trailing newline."""
    data = claims.model_dump(mode="json", by_alias=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(folder: Path, claims: ClaimsFile) -> Path:
    """Store ``claims`` atomically; unchanged bytes are not rewritten."""
    path = claims_path(folder, claims.article.id)
    data = dumps(claims).encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return path
    atomic_write(path, data)
    return path
