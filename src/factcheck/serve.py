"""The newsroom page: ``factcheck serve``, a Starlette app served by uvicorn.

An editor pastes a draft (or uploads its file) and reads the report on the page, the same report
as ``compare --format html``; sources are added by address or file. The JSON API does the same for
scripts: ``POST /api/compare``, ``GET /api/articles``, ``POST /api/articles``. The model is loaded
once at start; claims are brought up to date by each comparison, as ``compare`` does. One request
at a time touches the corpus and the model (a lock), so two editors comparing at once both get
their reports and an article being added is never half-read. A draft is never stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import tempfile
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from html import escape
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from factcheck.errors import InputError
from factcheck.files import MAX_BYTES

LOOPBACK = ("127.0.0.1", "localhost", "::1")
FIELDS = ("title", "published")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class TooLarge(Exception):
    """A request body grew past the limit while it was read."""


class Guard:
    """ASGI middleware: the bearer token on every request when one is set (else 401), and at most
    ``limit`` bytes of body (else 413), counted as they arrive, not only as announced."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], token: str | None, limit: int) -> None:
        self.app, self.token, self.limit = app, token, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").casefold(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if self.token is not None and headers.get("authorization") != f"Bearer {self.token}":
            await JSONResponse({"error": "a bearer token is required (Authorization: Bearer T)"}, 401)(
                scope, receive, send)
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await JSONResponse({"error": f"the request body is larger than {self.limit:,} bytes"}, 413)(
                scope, receive, send)
            return
        seen, started = 0, False

        async def counted() -> MutableMapping[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLarge
            return message

        async def sending(message: MutableMapping[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except TooLarge:
            if not started:
                await JSONResponse({"error": f"the request body is larger than {self.limit:,} bytes"}, 413)(
                    scope, receive, send)


class Newsroom:
    """The app's state: where the corpus and claims are, the model, and the lock."""

    def __init__(self, corpus_dir: Path, claims_dir: Path, model: str | None) -> None:
        self.corpus_dir, self.claims_dir, self.model = corpus_dir, claims_dir, model
        self.lock = threading.Lock()

    def warm(self) -> None:
        from factcheck.nlp import load_model

        load_model(self.model)

    def articles(self) -> list[dict[str, object]]:
        from factcheck import store
        from factcheck.corpus import Corpus

        listed: list[dict[str, object]] = []
        for article in Corpus(self.corpus_dir):
            path = store.claims_path(self.claims_dir, article.id)
            try:
                claims: int | None = len(store.read(path).claims) if path.is_file() else None
            except Exception:  # a claims file being rewritten or damaged: its count is unknown, not an error
                claims = None
            listed.append({"id": article.id, "title": article.title, "published": article.published,
                           "publisher": article.publisher, "url": article.url, "claims": claims})
        return listed

    def compare(self, text: str, title: str | None, published: str | None) -> Any:
        """The report of a draft against the corpus; the draft is written to a temporary folder, never
        to the corpus."""
        from factcheck.library import compare_corpus

        if not text.strip():
            raise InputError("the draft is empty")
        head = "".join(f"{key}: {json.dumps(value)}\n" for key, value in (("title", title), ("published", published))
                       if value)
        with self.lock, tempfile.TemporaryDirectory() as tmp:
            draft = Path(tmp) / "draft.md"
            draft.write_text(f"---\n{head}---\n{text}\n" if head else text, encoding="utf-8")
            return compare_corpus(self.corpus_dir, self.claims_dir, [draft], self.model)

    def add(self, url: str | None, text: str | None, fields: dict[str, str | None], name: str = "article.md") -> Any:
        from factcheck.library import add_articles

        with self.lock:
            if url:
                return add_articles(self.corpus_dir, [url], fields)
            if not text or not text.strip():
                raise InputError("give a url, or the article's text")
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / Path(name).name
                path.write_text(text, encoding="utf-8")
                return add_articles(self.corpus_dir, [path], fields)


async def _json(request: Request) -> dict[str, Any]:
    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as err:
        raise _Bad(400, f"the body is not JSON ({err})") from None
    if not isinstance(data, dict):
        raise _Bad(400, "the body is not a JSON object")
    return data


class _Bad(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _text_field(data: dict[str, Any], name: str, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None and required:
        raise _Bad(422, f"missing field {name!r}")
    if value is not None and not isinstance(value, str):
        raise _Bad(422, f"field {name!r} must be a string")
    return value


def make_app(corpus_dir: Path, claims_dir: Path, model: str | None, token: str | None = None,
             limit: int = MAX_BYTES) -> Any:
    """The ASGI app."""
    room = Newsroom(corpus_dir, claims_dir, model)

    def failing(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def wrapped(request: Request) -> Response:
            try:
                return await handler(request)
            except _Bad as err:
                return JSONResponse({"error": err.message}, err.status)
            except InputError as err:
                return JSONResponse({"error": str(err)}, 422)
        return wrapped

    @failing
    async def api_compare(request: Request) -> Response:
        data = await _json(request)
        text = _text_field(data, "text", required=True) or ""
        title, published = _text_field(data, "title"), _text_field(data, "published")
        report = await run_in_threadpool(room.compare, text, title, published)
        return Response(report.model_dump_json(by_alias=True), media_type="application/json")

    @failing
    async def api_articles(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse(await run_in_threadpool(room.articles))
        data = await _json(request)
        url, text = _text_field(data, "url"), _text_field(data, "text")
        fields = {name: _text_field(data, name) for name in ("title", "published", "publisher", "author")}
        if not url and text is None:
            raise _Bad(422, "missing field 'url' or 'text'")
        added = await run_in_threadpool(room.add, url, text, fields)
        return JSONResponse([{"id": a.id, "outcome": a.outcome} for a in added], 201)

    async def page(request: Request) -> Response:
        return HTMLResponse(_page(await run_in_threadpool(room.articles), request.query_params.get("said", "")))

    async def compare_form(request: Request) -> Response:
        from factcheck.report import render_html

        form = await request.form()
        uploaded = await _uploaded(form)
        text = uploaded[0] if uploaded else str(form.get("text") or "")
        try:
            report = await run_in_threadpool(room.compare, text, str(form.get("title") or "") or None, None)
        except InputError as err:
            return HTMLResponse(_page(await run_in_threadpool(room.articles), str(err)), 422)
        return HTMLResponse(render_html(report))

    async def add_form(request: Request) -> Response:
        form = await request.form()
        url = str(form.get("url") or "").strip() or None
        text, name = await _uploaded(form) or (None, "article.md")
        try:
            added = await run_in_threadpool(room.add, url, text, {}, name)
        except InputError as err:
            return HTMLResponse(_page(await run_in_threadpool(room.articles), str(err)), 422)
        said = "; ".join(f"{a.outcome} {a.id}" for a in added)
        return RedirectResponse(f"/?said={said}", 303)

    routes = [Route("/", page), Route("/compare", compare_form, methods=["POST"]),
              Route("/articles", add_form, methods=["POST"]),
              Route("/api/compare", api_compare, methods=["POST"]),
              Route("/api/articles", api_articles, methods=["GET", "POST"])]
    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        room.warm()  # the model, once, before the first request
        yield

    app = Starlette(routes=routes, lifespan=lifespan)
    return Guard(app, token, limit)


async def _uploaded(form: FormData) -> tuple[str, str] | None:
    """(text, file name) of the file a form sent, if it sent one."""
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not upload.filename:
        return None
    return (await upload.read()).decode("utf-8", errors="replace"), upload.filename


def _page(articles: list[dict[str, object]], said: str) -> str:
    rows = "".join(f"<tr><td>{escape(str(a['title']))}</td><td>{escape(str(a['published']))}</td>"
                   f"<td>{escape(str(a['publisher'] or ''))}</td>"
                   f"<td class=n>{'' if a['claims'] is None else a['claims']}</td></tr>" for a in articles)
    note = f'<p class="said">{escape(said)}</p>' if said else ""
    today = dt.date.today().isoformat()
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>factcheck</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ddd;padding:.2rem .6rem;text-align:left}}
td.n{{text-align:right}}
textarea{{width:100%;height:14rem}}.said{{background:#fff3cd;padding:.5rem}}</style></head><body>
<h1>factcheck</h1>{note}
<h2>Check a draft</h2>
<form method="post" action="/compare" enctype="multipart/form-data">
<p><label>Title <input name="title" size="50"></label></p>
<p><textarea name="text" placeholder="Paste the draft here"></textarea></p>
<p><label>or a file <input type="file" name="file"></label></p>
<p><button type="submit" id="check">Check the draft</button> (checked as of {today}; never stored)</p></form>
<h2>Add a source</h2>
<form method="post" action="/articles" enctype="multipart/form-data">
<p><label>Web address <input name="url" size="60"></label> <label>or a file <input type="file" name="file"></label>
<button type="submit">Add</button></p></form>
<h2>The corpus ({len(articles)} articles)</h2>
<table><tr><th>title</th><th>published</th><th>publisher</th><th>claims</th></tr>{rows}</table>
</body></html>"""
