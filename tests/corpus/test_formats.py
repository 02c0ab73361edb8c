"""Each format reads into articles with the right title, text, paragraphs, date and address."""

import subprocess
import sys
from pathlib import Path

import pytest

from tui_reader.corpus.clean import PARAGRAPH_SEP
from tui_reader.corpus.reader import decode, iter_sources, load_paths, read_source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"
ROOT = Path(__file__).resolve().parents[2]


def paragraphs(text: str) -> list[str]:
    return text.split(PARAGRAPH_SEP)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- HTML pages --------------------------------------------------------------------------

def test_html_page_gives_title_date_url_and_paragraphs():
    result = read_source(FIXTURES / "harbour-bridge.html")
    assert result.problems == []
    [article] = result.articles
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.date == "2024-03-14"
    assert article.url == "https://gazette.example/news/2024/03/harbour-bridge-reopens"
    body = paragraphs(article.text)
    assert body[0].startswith("The Marlow harbour bridge reopened")
    assert "€4.2m" in body[0]  # an entity, decoded
    assert len(body) == 4
    # A <br> inside a paragraph joins its lines; it does not split the paragraph.
    assert "resurfaced the deck. The work finished two weeks" in body[2]


def test_html_page_leaves_out_navigation_scripts_and_footer():
    text = read_source(FIXTURES / "harbour-bridge.html").articles[0].text
    for furniture in ("Home", "tracker", "color: red", "Share this story", "©"):
        assert furniture not in text


def test_html_page_declared_charset_is_respected(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Café owner retires</title></head>'
        "<body><article><p>The owner of the Café Rosa, Marta Lind, said she would retire in June "
        "after “forty years” behind the counter.</p><p>The café will stay open under new owners.</p>"
        "</article></body></html>"
    )
    path = write(tmp_path / "cafe.html", page.encode("cp1252"))
    article = read_source(path).articles[0]
    assert article.title == "Café owner retires"
    assert "“forty years”" in article.text
    assert len(paragraphs(article.text)) == 2


def test_html_page_without_extension_is_found_in_a_folder(tmp_path):
    write(tmp_path / "saved-page", (FIXTURES / "harbour-bridge.html").read_bytes())
    result = load_paths([tmp_path])
    assert [a.title for a in result.articles] == ["Harbour bridge reopens after repairs"]


# --- feeds -------------------------------------------------------------------------------

def test_rss_items_become_articles_with_links_and_dates():
    result = read_source(FIXTURES / "regional-news.rss")
    assert result.problems == []
    first, second = result.articles  # the third item, a bare link, has no text
    assert first.title == "Reservoir levels fall to 41% after dry spring"
    assert first.url == "https://courier.example/news/reservoir-levels"
    assert first.date == "2024-06-04T06:15:00+00:00"  # +0100 in the feed, given in UTC
    assert len(paragraphs(first.text)) == 3  # the full content, not the one-line summary
    assert "Helen Marsh" in first.text
    assert second.source.endswith("regional-news.rss#2")
    assert paragraphs(second.text)[1] == "The authority said the three routes would cost £600,000 a year to run."


def test_atom_entries_with_html_and_plain_text_content():
    first, second = read_source(FIXTURES / "science-desk.atom").articles
    assert first.title == "Comet Halvard visible this week"  # <em> in an HTML title dropped
    assert first.date == "2024-05-20T08:30:00+00:00"  # published, not updated
    assert first.url == "https://lantern.example/science/comet-halvard"
    assert len(paragraphs(first.text)) == 2
    assert second.date == "2024-05-18T14:00:00+00:00"  # only updated given
    assert paragraphs(second.text)[1] == "The team said the results had not yet been tested in people."


@pytest.mark.parametrize("name", ["feed.xml", "feed.txt", "feed"])
def test_a_feed_is_read_as_a_feed_whatever_its_name(tmp_path, name):
    path = write(tmp_path / name, (FIXTURES / "regional-news.rss").read_bytes())
    result = load_paths([tmp_path])
    assert [a.url for a in result.articles] == [
        "https://courier.example/news/reservoir-levels",
        "https://courier.example/news/night-buses",
    ]
    assert all(a.source.startswith(f"{path}#") for a in result.articles)


# --- JSON and JSON lines -----------------------------------------------------------------

def test_jsonl_records_load_and_bad_records_are_named():
    path = FIXTURES / "wire-export.jsonl"
    result = read_source(path)
    assert [a.source for a in result.articles] == [f"{path}#nw-101", f"{path}#nw-102", f"{path}#6"]
    ferry = result.articles[0]
    assert ferry.title == "Ferry operator raises fares"
    assert ferry.date == "1991-03-12T10:04:17"
    assert len(paragraphs(ferry.text)) == 3  # hard-wrapped lines reflowed
    assert paragraphs(ferry.text)[0].endswith("citing higher fuel costs.")
    assert result.articles[1].text.startswith("Grain shipments")  # "body" field
    assert result.articles[2].url == "https://wire.example/nw-106"
    reasons = {p.source.rsplit("#", 1)[1]: p.reason for p in result.problems}
    assert set(reasons) == {"3", "4", "5"}
    assert "record 3 is not an object" in reasons["3"]
    assert "record 4 has no text" in reasons["4"]
    assert "line 5 is not valid JSON" in reasons["5"]


def test_json_object_with_an_articles_list():
    path = FIXTURES / "council-roundup.json"
    result = read_source(path)
    library, cafe = result.articles
    assert library.source == f"{path}#eh-1"
    assert library.date == "2024-02-01" and library.url == "https://herald.example/library-hours"
    assert len(paragraphs(library.text)) == 2
    assert cafe.date == "2024-02-03T16:20:00+00:00"
    assert paragraphs(cafe.text) == [  # an HTML body becomes paragraphs
        "The lease for the Riverside Park cafe has been awarded to a local family business.",
        "The council said six bids had been received.",
    ]
    assert sorted(p.reason for p in result.problems) == [
        "record 3 is not an object (str)",
        "record 4 has no text (no text/body/content field with text)",
    ]


def test_json_list_of_records_numbered_when_they_have_no_id():
    path = FIXTURES / "briefs-list.json"
    result = read_source(path)
    assert [a.source for a in result.articles] == [f"{path}#1", f"{path}#2"]
    assert result.articles[1].title == "Hospital car park fees scrapped"


def test_json_lines_under_a_json_name(tmp_path):
    lines = b'{"title": "One", "text": "The first story is here."}\n{"title": "Two", "text": "The second story is here."}\n'
    result = read_source(write(tmp_path / "export.json", lines))
    assert [a.title for a in result.articles] == ["One", "Two"]


# --- plain text and encodings ------------------------------------------------------------

def test_hard_wrapped_newswire_text_is_reflowed():
    article = read_source(FIXTURES / "newswire-wrapped.txt").articles[0]
    assert article.title == "Copper producers meet in Lisbon"
    body = paragraphs(article.text)
    assert len(body) == 3
    assert body[0].startswith("A group of copper producers will meet in Lisbon next week to discuss")


STORY = "Le café a fermé, said the owner, Zoë Brandt, after “thirty years”.\n\nIt reopens in June."
ENCODED = {
    "utf-8": STORY.encode("utf-8"),
    "utf-8 with BOM": STORY.encode("utf-8-sig"),
    "utf-16 with BOM": STORY.encode("utf-16"),
    "utf-16-le without BOM": STORY.encode("utf-16-le"),
    "utf-16-be without BOM": STORY.encode("utf-16-be"),
    "cp1252": STORY.encode("cp1252"),
    "latin-1": STORY.replace("“", '"').replace("”", '"').encode("latin-1"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODED))
def test_each_encoding_reads_right(tmp_path, encoding):
    path = write(tmp_path / "story.txt", ENCODED[encoding])
    article = load_paths([path]).articles[0]
    assert paragraphs(article.text)[0].startswith("Le café a fermé, said the owner, Zoë Brandt")
    assert paragraphs(article.text)[1] == "It reopens in June."


def test_utf8_with_a_stray_latin1_byte_keeps_both():
    data = "Zoë Brandt said the fee was ".encode() + b"\xa35m."
    assert decode(data) == "Zoë Brandt said the fee was £5m."


@pytest.mark.shared
def test_bbc_file_with_a_stray_latin1_byte():
    article = read_source(SHARED / "bbc" / "sport" / "199.txt").articles[0]
    assert "£15.8m" in article.text and "\ufffd" not in article.text


@pytest.mark.shared
def test_reuters_export_loads_every_record():
    path = SHARED / "reuters-21578.jsonl"
    result = read_source(path)
    assert result.problems == []
    assert len(result.articles) == 19_043
    assert len({a.source for a in result.articles}) == 19_043
    first = result.articles[0]
    assert first.source == f"{path}#reuters-1"
    assert first.date.startswith("1987-02-26")
    assert len(paragraphs(first.text)) > 3  # newswire wrapping reflowed into paragraphs


# --- folders, order, duplicates ----------------------------------------------------------

def test_folder_reads_every_format_and_skips_other_files(tmp_path):
    for fixture in FIXTURES.glob("*"):
        if fixture.suffix != ".md":
            write(tmp_path / "in" / fixture.name, fixture.read_bytes())
    write(tmp_path / "in" / "notes.csv", b"a,b\n1,2\n")
    write(tmp_path / "in" / "script.py", b"print('hello')\n")
    write(tmp_path / "in" / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    result = load_paths([tmp_path])
    names = {a.source.replace(str(tmp_path / "in") + "/", "").split("#")[0] for a in result.articles}
    assert names == {
        "briefs-list.json", "council-roundup.json", "harbour-bridge.html",
        "newswire-wrapped.txt", "regional-news.rss", "science-desk.atom", "wire-export.jsonl",
    }
    assert not any(Path(p.source.split("#")[0]).suffix in {".csv", ".py", ".jpg"} for p in result.problems)


def test_iter_sources_lists_files_in_order_and_missing_paths(tmp_path):
    for name in ("b/2.json", "a/1.html", "c.txt", "d.xml"):
        write(tmp_path / name, b"x")
    items = list(iter_sources([tmp_path, tmp_path / "gone"]))
    assert [Path(i).relative_to(tmp_path).as_posix() for i in items[:-1]] == ["c.txt", "a/1.html", "b/2.json"]
    assert items[-1].reason == "no such file or folder"


def test_same_article_with_different_whitespace_is_listed_once(tmp_path):
    write(tmp_path / "a.txt", b"The mayor, Ruth Calloway, said the hall would open in May.\n\nIt cost 3m.")
    write(tmp_path / "b.jsonl", b'{"text": "The mayor, Ruth Calloway, said the hall\\nwould open in May.\\n\\n\\nIt cost  3m."}\n')
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["a.txt"]


def test_plain_text_folders_do_not_import_the_heavy_parsers(tmp_path):
    write(tmp_path / "story.txt", b"The council said the bridge would reopen on Monday.")
    code = (
        "import sys; from tui_reader.corpus.reader import load_paths; "
        f"assert load_paths([{str(tmp_path)!r}]).articles; "
        "print(sorted(m for m in ('trafilatura', 'feedparser', 'lxml', 'charset_normalizer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
