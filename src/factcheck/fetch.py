"""Articles from where editors find them: a web address fetched once with httpx, checked, and
handed to the same path as a file of its kind (HTML, PDF or plain text).

Redirects are followed (at most MAX_REDIRECTS), every wait is bounded (TIMEOUT seconds), the
body is read up to MAX_BYTES, and the content type is checked before the body is read. Every
problem is one :class:`~factcheck.errors.InputError` line naming the address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.errors import InputError
from factcheck.files import MAX_BYTES

TIMEOUT = 20.0
MAX_REDIRECTS = 5
ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)
KINDS = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf", "text/plain": ".txt",
         "text/markdown": ".md"}


@dataclass(frozen=True)
class Page:
    """What an address gave: its bytes, the suffix of a file of its kind ('.html', '.pdf', '.txt'),
    the address it was finally read from, and the charset the server named."""

    data: bytes
    suffix: str
    url: str
    charset: str | None


def is_address(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a file."""
    return bool(ADDRESS.match(text))


def fetch(url: str) -> Page:
    """The page at ``url``, or an InputError: unreachable, refused (4xx/5xx), too large, or not
    HTML, PDF or text."""
    import httpx

    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=TIMEOUT,
                          headers={"User-Agent": "factcheck (newsroom fact checker)"}) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(f"{url}: the server answered {response.status_code} "
                                 f"{response.reason_phrase or ''}".rstrip())
            kind = response.headers.get("content-type", "").split(";")[0].strip().casefold()
            if kind not in KINDS:
                raise InputError(f"{url}: not HTML, PDF or text (the server says {kind or 'nothing'})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BYTES:
                raise InputError(f"{url}: too large ({int(declared):,} bytes; at most {MAX_BYTES:,})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise InputError(f"{url}: too large (more than {MAX_BYTES:,} bytes)")
            return Page(bytes(body), KINDS[kind], str(response.url), response.charset_encoding)
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: no answer within {TIMEOUT:.0f} seconds") from None
    except httpx.InvalidURL as err:
        raise InputError(f"{url}: not a usable web address ({err})") from None
    except httpx.HTTPError as err:
        raise InputError(f"{url}: cannot reach the server ({type(err).__name__}: {err})") from None
