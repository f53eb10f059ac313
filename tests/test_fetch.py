"""`factcheck add URL` (issue #17): a page fetched from a local HTTP server the test starts (no
internet in tests) is stored as its file would be, with its address; every bad address is one line
naming it, exit status 2, and nothing stored."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.files import MAX_BYTES
from tests.pdfs import make_pdf

PAGE = b"""<!doctype html><html><head><title>Floods cut off 40 villages</title>
<meta name="author" content="A. Reporter"><meta property="article:published_time" content="2024-06-03">
</head><body><nav>Home | World | Sport</nav><article><h1>Floods cut off 40 villages</h1>
<p>Floods in the river valley have cut off 40 villages and forced 12,000 people from their homes,
officials said on Monday.</p><p>The regional government has set aside $3 million for emergency aid,
and 300 soldiers have been sent to help with the evacuation.</p></article>
<footer>Contact us | Privacy</footer></body></html>"""

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/floods.html": (200, "text/html; charset=utf-8", PAGE),
    "/notes.txt": (200, "text/plain",
                   b"---\ntitle: River notes\npublished: 2024-06-04\n---\nThe river rose 2 metres.\n"),
    "/report.pdf": (200, "application/pdf", make_pdf([["Deminers cleared 2,400 hectares in 2024."]],
                                                     {"Title": "Mine action in 2024", "CreationDate": "D:20250115"})),
    "/gone": (404, "text/html", b"not here"),
    "/broken": (500, "text/html", b"oops"),
    "/picture.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/huge.txt": (200, "text/plain", b""),  # announces more than the limit
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/floods.html")
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        status, kind, body = ROUTES.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(MAX_BYTES + 1 if self.path == "/huge.txt" else len(body)))
        self.end_headers()
        if self.path != "/huge.txt":
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def add(runner: CliRunner, corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["add", *args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


def test_fetch_stores_a_page_as_its_html_file_would_be_with_its_address(runner: CliRunner, tmp_path: Path,
                                                                        server: str) -> None:
    status, out, _ = add(runner, tmp_path / "corpus", f"{server}/moved")  # a redirect is followed
    assert status == 0, out
    stored = (tmp_path / "corpus" / "floods-cut-off-40-villages.md").read_text(encoding="utf-8")
    assert f"url: {server}/floods.html" in stored
    assert "published: 2024-06-03" in stored
    assert "12,000 people" in stored
    assert "$3 million" in stored
    assert "Privacy" not in stored
    assert "Sport" not in stored


def test_fetch_stores_plain_text_with_its_front_matter(runner: CliRunner, tmp_path: Path, server: str) -> None:
    status, _, _ = add(runner, tmp_path / "corpus", f"{server}/notes.txt")
    assert status == 0
    stored = (tmp_path / "corpus" / "river-notes.md").read_text(encoding="utf-8")
    assert "The river rose 2 metres." in stored
    assert f"url: {server}/notes.txt" in stored


def test_fetch_reads_a_pdf_address_through_the_pdf_path(runner: CliRunner, tmp_path: Path, server: str) -> None:
    status, _, _ = add(runner, tmp_path / "corpus", f"{server}/report.pdf")
    assert status == 0
    stored = (tmp_path / "corpus" / "mine-action-in-2024.md").read_text(encoding="utf-8")
    assert "published: 2025-01-15" in stored
    assert "2,400 hectares" in stored
    assert f"url: {server}/report.pdf" in stored


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(("path", "message"), [
    ("/gone", "the server answered 404 Not Found"),
    ("/broken", "the server answered 500 Internal Server Error"),
    ("/picture.png", "not HTML, PDF or text (the server says image/png)"),
    ("/huge.txt", f"too large ({MAX_BYTES + 1:,} bytes; at most {MAX_BYTES:,})"),
    ("/loop", "too many redirects (more than 5)"),
])
def test_fetch_refuses_a_bad_address_in_one_line_and_stores_nothing(runner: CliRunner, tmp_path: Path, server: str,
                                                                     path: str, message: str) -> None:
    status, _, err = add(runner, tmp_path / "corpus", f"{server}/floods.html", f"{server}{path}")
    assert status == 2
    assert err.strip() == f"Error: {server}{path}: {message}"
    assert not list(tmp_path.glob("corpus/*.md"))


def test_fetch_refuses_an_unreachable_host(runner: CliRunner, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{unused_port()}/story.html"
    status, _, err = add(runner, tmp_path / "corpus", url)
    assert status == 2
    assert err.startswith(f"Error: {url}: cannot reach the server (ConnectError")
    assert len(err.strip().splitlines()) == 1
