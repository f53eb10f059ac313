"""PDFs made for tests, byte by byte: pages of text lines in Helvetica, an Info dictionary, and the
damaged, encrypted and image-only kinds a newsroom meets."""

from __future__ import annotations


def _escaped(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None, encrypted: bool = False) -> bytes:
    """A PDF with one page per list of lines (each line where the one before it ended, 14 points down)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{3 + 2 * i} 0 R' for i in range(len(pages)))}] "
               f"/Count {len(pages)} >>".encode()]
    font = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R "
                       f">> >> /Contents {4 + 2 * i} 0 R >>".encode())
        content = ("BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(f"({_escaped(line)}) '" for line in lines)
                   + " ET").encode("latin-1") if lines else b""
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if info:
        objects.append(b"<< " + b" ".join(b"/%s (%s)" % (k.encode(), _escaped(v).encode("latin-1"))
                                           for k, v in info.items()) + b" >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    extra = b" /Info %d 0 R" % len(objects) if info else b""
    if encrypted:  # the standard handler with a password no one gave: PDFium asks for it
        extra += (b" /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
                  + b"> /P -44 >> /ID [<" + b"ab" * 16 + b"><" + b"ab" * 16 + b">]")
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, extra, xref)
    return bytes(out)
