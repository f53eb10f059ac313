"""`factcheck add`: what it stores, and the exact line and status for each bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import snapshot

ARTICLE = """Flood toll rises in the delta

At least 40 people died in the floods, officials said on Tuesday.[1] About 1,200 homes
were damaged across three provinces.

Share

[1] "Delta floods", Example Agency, https://example.org/floods, (Date Accessed: 04.05.2024).
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def add(runner: CliRunner, corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["add", *args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


def test_add_stores_a_plain_text_with_its_title_and_notes(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "floods.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = add(runner, corpus, str(source), "--published", "2024-05-04")
    stored = corpus / "flood-toll-rises-in-the-delta.md"
    assert (code, out) == (0, f"added {stored}\n")
    assert stored.read_text(encoding="utf-8") == (
        "---\ntitle: Flood toll rises in the delta\npublished: 2024-05-04\n---\n"
        "At least 40 people died in the floods, officials said on Tuesday.[1] About 1,200 homes were damaged "
        "across three provinces.\n\n## Notes\n\n"
        '[1] "Delta floods", Example Agency, https://example.org/floods, (Date Accessed: 04.05.2024).\n')


def test_add_same_text_twice_is_a_no_op_that_says_so(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "floods.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    add(runner, corpus, str(source), "--published", "2024-05-04")
    before = snapshot(corpus)
    code, out, _ = add(runner, corpus, str(source), "--published", "2024-05-04")
    assert code == 0
    assert out == f"unchanged {corpus / 'flood-toll-rises-in-the-delta.md'}: the same article is already stored\n"
    assert snapshot(corpus) == before


def test_add_refuses_a_different_text_under_an_existing_id(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "floods.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    add(runner, corpus, str(source), "--published", "2024-05-04")
    before = snapshot(corpus)
    source.write_text(ARTICLE.replace("40 people", "41 people"), encoding="utf-8")
    code, _, err = add(runner, corpus, str(source), "--published", "2024-05-04")
    stored = corpus / "flood-toll-rises-in-the-delta.md"
    assert (code, err) == (2, f"Error: {stored}: a different article is already stored under the id "
                              "'flood-toll-rises-in-the-delta'; give another with --id\n")
    assert snapshot(corpus) == before


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = [
    ("missing.txt", None, "{path}: no such file"),
    ("empty.txt", b"", "{path}: empty file"),
    ("blank.txt", b"  \n\n \t\n", "{path}: empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{path}: a binary file, not text"),
    ("undecodable.txt", "Café prices rose 5% in 2024.".encode("cp1252") + b"\x9d\xff",
     "{path}: not UTF-8 or Windows-1252 text (undecodable byte at offset 28)"),
    ("large.txt", b"Floods. " * (2 * 1024 * 1024 + 1),
     "{path}: too large (16 MB; the limit is 16 MB)"),
    ("unclosed.md", b"---\ntitle: Floods\npublished: 2024\n\nAt least 40 people died.",
     "{path}: front matter is not closed by a '---' line"),
    ("badyaml.md", b"---\ntitle: [Floods\n---\nAt least 40 people died.",
     "{path}: malformed front matter (line 2): expected ',' or ']', but got '<stream end>'"),
    ("twice.md", b"---\ntitle: Floods\ntitle: Fires\npublished: 2024\n---\nAt least 40 people died.",
     "{path}: malformed front matter (line 2): the key 'title' is given twice"),
    ("list.md", b"---\n- title\n- Floods\n---\nAt least 40 people died.",
     "{path}: front matter is not a list of 'key: value' lines"),
    ("baddate.md", b"---\ntitle: Floods in the delta\npublished: last spring\n---\nAt least 40 people died.",
     "{path}: front matter field 'published' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): 'last spring'"),
    ("notitle.md", b"---\npublished: 2024\n---\nAt least 40 people died.",
     "{path}: no title found in the file; give one with --title"),
    ("nodate.md", b"---\ntitle: Floods in the delta\n---\nAt least 40 people died.",
     "{path}: no published date found in the file; give one with --published (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("onlyfurniture.md", b"---\ntitle: Floods in the delta\npublished: 2024\n---\nShare\n\n12\n",
     "{path}: no article text left after cleaning"),
]


ENCODED = "---\ntitle: Café prices\npublished: 2024\n---\nCafé prices in Zürich rose 5% in 2024, to €4.20.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_add_reads_latin1_utf16_and_bom_marked_text(runner: CliRunner, corpus: Path, tmp_path: Path,
                                                    encoding: str) -> None:
    source = write(tmp_path, "cafe.md", ENCODED.encode(encoding))
    status, _, err = add(runner, corpus, str(source))
    assert status == 0, err
    assert "Café prices in Zürich rose 5% in 2024, to €4.20." in (corpus / "cafe-prices.md").read_text("utf-8")


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_add_bad_input_is_one_line_and_exit_2_and_changes_nothing(
        runner: CliRunner, corpus: Path, tmp_path: Path, name: str, data: bytes | None, message: str) -> None:
    existing = write(tmp_path, "ok.md", b"---\ntitle: Earlier floods\npublished: 2023\n---\nTen people died.")
    add(runner, corpus, str(existing))
    before = snapshot(corpus)
    path = tmp_path / name if data is None else write(tmp_path, name, data)
    code, out, err = add(runner, corpus, str(path))
    assert (code, out, err) == (2, "", f"Error: {message.format(path=path)}\n")
    assert snapshot(corpus) == before


def test_add_folder_given_as_a_file(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    code, _, err = add(runner, corpus, str(tmp_path))
    assert (code, err) == (2, f"Error: {tmp_path}: is a folder, not a file\n")


@pytest.mark.parametrize("bad_id", ["../x", "a/b", "..", "Upper", "-x", ".hidden", "x" * 101, ""])
def test_add_refuses_an_id_that_could_leave_the_corpus(runner: CliRunner, corpus: Path, tmp_path: Path,
                                                       bad_id: str) -> None:
    source = write(tmp_path, "a.md", b"---\ntitle: Floods\npublished: 2024\n---\nTen people died.")
    before = snapshot(tmp_path)
    code, _, err = add(runner, corpus, str(source), "--id", bad_id)
    if bad_id == "":  # an empty --id is no id: the title's slug is used
        assert code == 0
        return
    assert (code, err) == (2, f"Error: invalid id {bad_id!r}: an id is 1-100 lowercase letters, digits, "
                              "'-' or '_', starting with a letter or digit\n")
    assert snapshot(tmp_path) == before


def test_add_refuses_an_id_from_front_matter_that_leaves_the_corpus(runner: CliRunner, corpus: Path,
                                                                    tmp_path: Path) -> None:
    source = write(tmp_path, "a.md", b"---\nid: ../../etc/x\ntitle: Floods\npublished: 2024\n---\nTen died.")
    code, _, err = add(runner, corpus, str(source))
    assert code == 2
    assert err.startswith("Error: invalid id '../../etc/x'")
    assert not list(corpus.iterdir())


def test_add_several_files_stores_none_when_one_is_bad(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", b"---\ntitle: Floods\npublished: 2024\n---\nTen people died.")
    bad = write(tmp_path, "bad.md", b"")
    code, _, err = add(runner, corpus, str(good), str(bad))
    assert (code, err) == (2, f"Error: {bad}: empty file\n")
    assert not list(corpus.glob("*.md"))


def test_add_title_option_with_several_files_is_refused(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    one = write(tmp_path, "one.md", b"---\ntitle: Floods\npublished: 2024\n---\nTen people died.")
    two = write(tmp_path, "two.md", b"---\ntitle: Fires\npublished: 2024\n---\nTwo people died.")
    code, _, err = add(runner, corpus, str(one), str(two), "--title", "Same")
    assert (code, err) == (2, "Error: --title names one article; add the files one at a time\n")


def test_add_reads_markdown_front_matter_and_keeps_year_month_dates(runner: CliRunner, corpus: Path,
                                                                    tmp_path: Path) -> None:
    source = write(tmp_path, "budget.md", "---\ntitle: 'City budget: 2025'\nauthor: Ana Núñez\n"
                   "published: 2025-03\ntags: [money]\n---\n# City budget\n\nThe council approved "
                   "$4.2 billion.\n\n- roads: $1 billion\n- schools: $900 million\n".encode())
    code, _out, _ = add(runner, corpus, str(source))
    assert code == 0
    text = (corpus / "city-budget-2025.md").read_text(encoding="utf-8")
    assert text == ("---\ntitle: 'City budget: 2025'\nauthor: Ana Núñez\npublished: 2025-03\n---\n"
                    "# City budget\n\nThe council approved $4.2 billion.\n\n- roads: $1 billion\n"
                    "- schools: $900 million\n")


def test_add_reads_html_main_text_and_metadata(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><title>Measles cases climb | Health Desk</title>
    <meta name="author" content="Jo Smith"><meta property="og:title" content="Measles cases climb">
    <meta property="article:published_time" content="2024-02-11T08:00:00Z"></head><body>
    <nav><a href="/">Home</a><a href="/es">Español</a></nav>
    <article><h1>Measles cases climb</h1>
    <p>Health officials confirmed 1,250 measles cases this year, up from 900 last year.[1]</p>
    <p>Share</p>
    <p>Vaccination covers about 85 percent of children, the ministry said in a statement on Friday.</p>
    <h2>Notes</h2><p>[1] "Measles report", Ministry of Health, https://example.org/measles, 9 February 2024.</p>
    </article><footer>© 2024 Health Desk. All rights reserved.</footer></body></html>"""
    source = write(tmp_path, "page.html", html.encode())
    code, _out, err = add(runner, corpus, str(source))
    assert code == 0, err
    text = (corpus / "measles-cases-climb.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Measles cases climb\nauthor: Jo Smith\npublished: 2024-02-11\n---\n")
    assert "confirmed 1,250 measles cases" in text
    assert "Home" not in text
    assert "Share" not in text
    assert "©" not in text
    assert text.endswith('## Notes\n\n[1] "Measles report", Ministry of Health, https://example.org/measles, '
                         "9 February 2024.\n")


@pytest.mark.parametrize(("bom", "encoding"), [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                                               (b"\xfe\xff", "utf-16-be")])
def test_add_reads_text_with_a_byte_order_mark(runner: CliRunner, corpus: Path, tmp_path: Path, bom: bytes,
                                               encoding: str) -> None:
    text = "---\ntitle: Fires in the hills\npublished: 2023-08\n---\nSome 3,000 hectares burned."
    source = write(tmp_path, "bom.md", bom + text.encode(encoding))
    code, _, err = add(runner, corpus, str(source))
    assert code == 0, err
    assert (corpus / "fires-in-the-hills.md").read_text(encoding="utf-8").endswith("Some 3,000 hectares burned.\n")


@pytest.mark.parametrize("date", ["2025-13-40", "0000-00-00", "2025-02-30"])
def test_add_a_date_that_does_not_exist_is_one_line_and_exit_2(runner: CliRunner, corpus: Path, tmp_path: Path,
                                                              date: str) -> None:
    source = write(tmp_path, "bad.md", f"---\ntitle: Floods\npublished: {date}\n---\nFloods killed 45 people.\n"
                   .encode())
    before = snapshot(corpus)
    assert add(runner, corpus, str(source)) == (
        2, "", f"Error: {source}: front matter field 'published' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "
               f"'{date}'\n")
    assert snapshot(corpus) == before


def test_add_the_same_headline_on_another_day_is_stored_under_a_dated_id(runner: CliRunner, corpus: Path,
                                                                          tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("40 people", "41 people"), encoding="utf-8")
    code, _, err = add(runner, corpus, str(first), str(second), "--published", "2024-05-04")
    assert (code, err) == (2, "Error: two of the files would be stored under the same id "
                              "'flood-toll-rises-in-the-delta'; add them one at a time\n")
    assert add(runner, corpus, str(first), "--published", "2024-05-04")[0] == 0
    assert add(runner, corpus, str(second), "--published", "2024-05-06")[0] == 0
    assert sorted(p.name for p in corpus.glob("*.md")) == ["flood-toll-rises-in-the-delta-2024-05-06.md",
                                                         "flood-toll-rises-in-the-delta.md"]
    code, out, _ = add(runner, corpus, str(second), "--published", "2024-05-06")
    assert code == 0
    assert out.startswith("unchanged ")


def test_add_two_files_of_one_headline_and_two_days_at_once(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    files = []
    for day in ("2024-05-04", "2024-05-06"):
        path = tmp_path / f"{day}.md"
        path.write_text(f"---\ntitle: Flood toll rises\npublished: {day}\n---\nThe toll rose on {day}.\n",
                        encoding="utf-8")
        files.append(str(path))
    assert add(runner, corpus, *files)[0] == 0
    assert sorted(p.name for p in corpus.glob("*.md")) == ["flood-toll-rises-2024-05-06.md", "flood-toll-rises.md"]
