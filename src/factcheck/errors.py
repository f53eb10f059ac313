"""The exceptions the library raises for things a user can cause.

The command line turns each into one ``Error: ...`` line and exit status 2; anything else is a
bug and is allowed to show its traceback.
"""


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
