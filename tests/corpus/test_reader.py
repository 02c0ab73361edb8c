"""Reading files: encodings, binary and empty files, folders, duplicates, control sequences."""

from pathlib import Path

from tui_reader.corpus.reader import decode, load_paths
from tui_reader.corpus.sanitize import strip_controls

TEXT = "Le café a fermé, said the owner, who had run it for “thirty years”.\nIt reopens in June."


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_every_common_encoding_reads_the_same(tmp_path):
    encodings = {"utf8.txt": TEXT.encode("utf-8"), "bom.txt": TEXT.encode("utf-8-sig"),
                 "utf16.txt": TEXT.encode("utf-16"), "cp1252.txt": TEXT.encode("cp1252")}
    for name, data in encodings.items():
        assert decode(data) == TEXT, name


def test_stray_latin1_byte_in_ascii_text():
    data = "The fee was \xa35m, the club said.".encode("latin-1")
    assert decode(data) == "The fee was £5m, the club said."


def test_bad_files_become_problems_and_good_ones_load(tmp_path):
    write(tmp_path / "good.txt", TEXT.encode())
    write(tmp_path / "empty.txt", b"  \n\n ")
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    write(tmp_path / "notes.pdf", b"%PDF")  # not a text file: not even looked at
    result = load_paths([tmp_path, tmp_path / "missing.txt"])
    assert [a.name for a in result.articles] == ["good.txt"]
    reasons = {Path(p.source).name: p.reason for p in result.problems}
    assert set(reasons) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]


def test_same_text_twice_is_listed_once(tmp_path):
    write(tmp_path / "a.txt", TEXT.encode())
    write(tmp_path / "sub" / "b.txt", TEXT.encode())
    assert len(load_paths([tmp_path]).articles) == 1


def test_folders_are_read_recursively_in_order(tmp_path):
    for name in ("b/2.txt", "a/1.txt", "c.md"):
        write(tmp_path / name, f"Story {name} begins here and goes on.".encode())
    names = [Path(a.source).relative_to(tmp_path).as_posix() for a in load_paths([tmp_path]).articles]
    assert names == ["c.md", "a/1.txt", "b/2.txt"]


def test_terminal_control_sequences_are_stripped():
    nasty = (
        "Red \x1b[31mtext\x1b[0m, a clipboard write \x1b]52;c;ZXZpbA==\x07, "
        "a link \x1b]8;;http://x.example\x1b\\here\x1b]8;;\x1b\\, a bell\x07 and "
        "an override \u202eevil\u202c."
    )
    assert strip_controls(nasty) == "Red text, a clipboard write , a link here, a bell and an override evil."


def test_markup_is_text_not_instructions(tmp_path):
    write(tmp_path / "m.txt", b"[bold red]Loud[/] claims [@click=app.quit]here[/] were made.")
    article = load_paths([tmp_path]).articles[0]
    assert article.text == "[bold red]Loud[/] claims [@click=app.quit]here[/] were made."
