"""Reading articles: encodings, bad files, folder walking and source ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfacts.ingest import InputFile, decode, read_article, select_inputs

ARTICLE = "Flood closes bridge\n\nThe river rose two metres overnight, officials said.\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "file holds only whitespace"),
        (b"%PDF-1.7\n%binary", "binary file (a PDF document), not text"),
        (b"\x89PNG\r\n\x1a\n....", "binary file (a PNG image), not text"),
        (b"\x1f\x8b\x08\x00rest", "binary file (gzip-compressed data), not text"),
        (b"text\x00with\x00nul", "binary file (contains NUL bytes), not text"),
    ],
)
def test_unusable_bytes_get_a_one_line_reason(data: bytes, problem: str) -> None:
    decoded = decode(data)
    assert decoded.text == ""
    assert decoded.problem == problem


CAFE = "Caf\u00e9 owner says \u201cwe will reopen\u201d after the fire in Montr\u00e9al."


@pytest.mark.parametrize(
    ("text", "codec"),
    [(ARTICLE, "utf-8"), (CAFE, "cp1252"), (CAFE, "latin-1"), (ARTICLE, "utf-16"), (ARTICLE, "utf-8-sig")],
)
def test_text_in_other_encodings_is_decoded(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.replace("\u201c", '"').replace("\u201d", '"').encode(codec)
        text = data.decode(codec)
    decoded = decode(data)
    assert decoded.problem is None
    assert decoded.encoding is not None
    assert decoded.text == text


def test_folders_are_walked_sorted_skipping_hidden_readme_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / ".secret.txt").write_text(ARTICLE)
    (tmp_path / ".hidden" / "x.txt").write_text(ARTICLE)
    (tmp_path / "README.md").write_text("what these are")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    selection = select_inputs([str(tmp_path)])
    assert [Path(f.path).name for f in selection.files] == ["a.md", "2.txt"]
    assert len(selection.skipped) == 2
    assert any("photo.jpg" in s for s in selection.skipped)


def test_shared_stems_get_path_ids_and_repeated_paths_are_read_once(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(ARTICLE)
    one = str(tmp_path / "x" / "story.txt")
    selection = select_inputs([one, one, str(tmp_path / "y")])
    ids = [f.source_id for f in selection.files]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert selection.skipped == (f"{one}: given more than once, read once",)
    assert all(i.endswith("story") and "/" in i for i in ids)


def test_a_missing_or_unreadable_file_becomes_an_error_not_an_exception(tmp_path: Path) -> None:
    missing = read_article(InputFile(str(tmp_path / "nope.txt"), "nope"))
    assert missing.error == "file not found" and missing.text == ""
    folder = read_article(InputFile(str(tmp_path), "dir"))
    assert folder.error == "is a folder, not a file"


def test_title_is_the_first_non_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("\n\n# Flood closes bridge\n\nBody text here.\n")
    article = read_article(InputFile(str(path), "a"))
    assert article.title == "Flood closes bridge"
    assert article.error is None
