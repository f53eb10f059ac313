"""Turn a user's file (plain text, Markdown, HTML or PDF) or web address into the text of a corpus file.

Metadata comes from, in this order: the command's options, the file's own front matter or HTML
metadata, and for a plain text a title line near the top. An article needs a title and a
published date to be stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from factcheck import frontmatter, lexicon, notes
from factcheck.dates import parse_date
from factcheck.errors import InputError
from factcheck.files import decode, read_bytes
from factcheck.models import ArticleId
from factcheck.textclean import clean, guess_title

HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)
ID_CHECK: TypeAdapter[str] = TypeAdapter(ArticleId)


@dataclass(frozen=True)
class Prepared:
    """A corpus file ready to be stored: its id and its full text."""

    id: str
    title: str
    text: str
    published: str = ""
    derived: bool = False  # the id was made from the title, not given

    def dated(self) -> Prepared:
        """The article under its title's id with its date ('flood-toll-rises-2024-05-04'): a headline
        that another article of another day already has."""
        return replace(self, id=check_id(f"{self.id}-{self.published}"), derived=False)


def slug(title: str) -> str:
    """A lowercase ASCII id from a title: 'The Post-War Issue' -> 'the-post-war-issue'."""
    table = lexicon.load("cleaning")["transliteration"]
    text = "".join(table.get(ch, ch) for ch in title.casefold())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", text)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 80:
            break
        out = f"{out}-{word}" if out else word
    return out


def check_id(article_id: str) -> str:
    """The id, if it is a safe corpus id; else an InputError."""
    try:
        return ID_CHECK.validate_python(article_id)
    except ValidationError:
        raise InputError(f"invalid id {article_id!r}: an id is 1-100 lowercase letters, digits, "
                         "'-' or '_', starting with a letter or digit") from None


def _from_html(html: str, path: Path) -> tuple[dict[str, str], str]:
    """(metadata, text) of a web page: its main text, each paragraph on its own."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    document: dict[str, object] = found if isinstance(found, dict) else found.as_dict() if found else {}
    text = str(document.get("text") or "")
    if not text.strip():
        raise InputError(f"{path}: no article text found in the HTML")
    fields = {key: str(document[attr]) for key, attr in
              (("title", "title"), ("author", "author"), ("publisher", "sitename"), ("url", "url"))
              if document.get(attr)}
    published = parse_date(str(document["date"])) if document.get("date") else None
    if published:
        fields["published"] = published
    return fields, "\n\n".join(line for line in text.split("\n") if line.strip())


def prepare(path: Path, options: dict[str, str | None], defaults: dict[str, str] | None = None) -> Prepared:
    """Read ``path`` and build its corpus file; ``options`` are the command's metadata options,
    ``defaults`` what to use when neither they nor the file give a field (a draft's date: today)."""
    data = read_bytes(path)
    if data.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        found, text = _from_pdf(data, path)
    else:
        found, text = _parsed(decode(data, path), path, path.suffix.lower())
    return _prepared(found, text, path, options, defaults)


def prepare_address(url: str, options: dict[str, str | None]) -> Prepared:
    """Fetch a web address and build its corpus file as a file of its kind would be, recording the
    address (:mod:`factcheck.fetch`)."""
    from factcheck.fetch import fetch

    page = fetch(url)
    where = Path(url)  # read as a file of its kind; named in messages as the address
    try:
        if page.suffix == ".pdf":
            found, text = _from_pdf(page.data, where)
        else:
            try:
                raw = page.data.decode(page.charset or "utf-8")
            except (LookupError, UnicodeDecodeError):
                raw = decode(page.data, where)
            found, text = _parsed(raw, where, page.suffix)
        return _prepared(found, text, where, {"url": page.url, **{k: v for k, v in options.items() if v}}, None)
    except InputError as err:  # said of the address, not of the path it was read as
        raise InputError(str(err).replace(str(where), url, 1)) from None


def _parsed(raw: str, path: Path, suffix: str) -> tuple[dict[str, str], str]:
    """(metadata, text) of a text, Markdown or HTML file's content."""
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    if HTML_START.match(raw) or suffix in (".html", ".htm"):
        return _from_html(raw, path)
    return frontmatter.split(raw.lstrip("\ufeff"), path)


PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


def _from_pdf(data: bytes, path: Path) -> tuple[dict[str, str], str]:
    """(metadata, text) of a PDF: the text of its pages in reading order (the cleaning then joins
    broken lines and drops page numbers, footers and the notes section, as for any text), with the
    title, author and creation date of its metadata where it has them."""
    import pypdfium2 as pdfium  # imported here: only PDFs need it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).casefold():
            raise InputError(f"{path}: an encrypted PDF (it needs a password); save an unlocked copy") from None
        reason = re.search(r"\(([^()]+)\)", str(err))  # 'Failed to load document (PDFium: Data format error).'
        raise InputError(f"{path}: not a readable PDF ({reason[1] if reason else err})") from None
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
        meta = document.get_metadata_dict()
    finally:
        document.close()
    text = "\n\n".join(p.replace("\r\n", "\n").replace("\r", "\n").strip() for p in pages if p.strip())
    if not text.strip():
        raise InputError(f"{path}: no text in the PDF (scanned pages?); run it through OCR first")
    fields = {key: str(meta[name]).strip() for key, name in (("title", "Title"), ("author", "Author"))
              if str(meta.get(name) or "").strip()}
    if m := PDF_DATE.match(str(meta.get("CreationDate") or "")):
        fields["published"] = "-".join(part for part in m.groups() if part)
    return fields, text


def _prepared(found: dict[str, str], text: str, path: Path, options: dict[str, str | None],
              defaults: dict[str, str] | None) -> Prepared:
    fields: dict[str, str | None] = {**found, **{k: v for k, v in options.items() if v}}
    if not fields.get("title"):
        fields["title"] = guess_title(text)
    for name, value in (defaults or {}).items():
        fields[name] = fields.get(name) or value
    if not fields.get("title"):
        raise InputError(f"{path}: no title found in the file; give one with --title")
    if not fields.get("published"):
        raise InputError(f"{path}: no published date found in the file; give one with --published "
                         "(YYYY, YYYY-MM or YYYY-MM-DD)")
    published = parse_date(str(fields["published"]))
    if published is None:
        raise InputError(f"{path}: published date {fields['published']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    fields["published"] = published
    cleaned = clean(text, fields["title"])
    if not cleaned.body.strip():
        raise InputError(f"{path}: no article text left after cleaning")
    derived = not fields.get("id")
    article_id = check_id(fields.get("id") or slug(str(fields["title"])) or "article")
    stored = frontmatter.render(fields) + cleaned.body
    if cleaned.notes:
        stored += "\n\n" + notes.render(cleaned.notes)
    return Prepared(article_id, str(fields["title"]), stored + "\n", published, derived)
