"""The exceptions the library raises for things a user can cause, and the step a run is at.

The command line turns each into one ``Error: ...`` line and exit status 2. Anything else is a
bug: it too is one line and exit status 2, naming the step (:func:`doing`) it happened in, with
the traceback only under ``--debug``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

STEP = "factcheck_step"  # the attribute an unexpected exception carries its step in


@contextlib.contextmanager
def doing(step: str) -> Iterator[None]:
    """Name what the run is doing (e.g. 'extracting corpus/a.md'): an unexpected exception
    raised in the block carries the innermost such step out to the command line."""
    try:
        yield
    except FactcheckError:
        raise
    except Exception as err:
        if not hasattr(err, STEP):
            with contextlib.suppress(AttributeError, TypeError):  # an exception type without a __dict__
                setattr(err, STEP, step)
        raise


def step_of(err: BaseException) -> str:
    """The step an unexpected exception was raised in, or '' when none was named."""
    return str(getattr(err, STEP, ""))


class FactcheckError(Exception):
    """A problem with the user's input or files, explained in one line."""


class InputError(FactcheckError):
    """A file given on the command line cannot be read as an article."""


class FrontMatterError(InputError):
    """A front-matter block is malformed."""


class CorpusError(FactcheckError):
    """The corpus folder cannot be read or written as asked."""


class ArticleNotFound(CorpusError):
    """No article with the given id is in the corpus."""


class ClaimsError(FactcheckError):
    """A claims file is unreadable, of another schema or of another article."""


class NewerSchema(ClaimsError):
    """A file written by a newer factcheck: refused, never overwritten."""


class ModelNotFound(FactcheckError):
    """No spaCy English pipeline is installed."""
