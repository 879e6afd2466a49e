"""Reading articles: encodings, bad files, folder walking and source ids."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from eventfacts.errors import UsageError
from eventfacts.ingest import InputFile, decode, language_problem, read_article, select_inputs

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


SHORT_TEXTS = [
    # (text, what the reason says, or None for English)
    (
        "Un incendio destruyó el martes una fábrica de muebles en las afueras de Zaragoza y obligó a "
        "evacuar a los vecinos, según informaron los bomberos en un comunicado.",
        "Spanish function words",
    ),
    (
        "La police de Rennes a arrêté jeudi deux hommes soupçonnés du vol de la caisse du musée, a "
        "indiqué le parquet.",
        "French function words",
    ),
    (
        "Der Stadtrat von Kassel hat am Montag beschlossen, dass die Brücke über die Fulda im Sommer "
        "gesperrt wird.",
        "German function words",
    ),
    (
        "Il consiglio comunale di Bari ha approvato ieri il nuovo piano per le piste ciclabili della città.",
        "Italian function words",
    ),
    (
        "Пожар на складе в пригороде Казани потушили к утру, сообщили спасатели.",
        "100% of its letters are not Latin script",
    ),
    ("Σεισμός 5,1 Ρίχτερ σημειώθηκε το πρωί ανοιχτά της Κρήτης.", "100% of its letters are not Latin script"),
    ("Fire guts furniture plant near Zaragoza", None),  # a headline: too few words to judge
    (
        "José de la Fuente, 41, was arrested on Tuesday in San Luis Obispo after a chase, the "
        "county sheriff's office said.",
        None,
    ),
    (
        "The Rue de la Paix boutique of Maison Dufresne was robbed of watches worth 2 million euros "
        "on Saturday, French police said.",
        None,
    ),
    (
        "Striker Luis Moreno scored twice as Real Sociedad beat Las Palmas 3-1 in La Liga on Sunday.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "reason"), SHORT_TEXTS)
def test_short_texts_in_other_languages_are_refused_with_a_reason(text: str, reason: str | None) -> None:
    problem = language_problem(text)
    if reason is None:
        assert problem is None
    else:
        assert problem is not None and problem.startswith("not English text (") and reason in problem


def test_a_short_spanish_article_is_an_error_on_its_source(tmp_path: Path) -> None:
    (tmp_path / "nota.txt").write_text("Incendio en Zaragoza\n\n" + SHORT_TEXTS[0][0], encoding="utf-8")
    article = read_article(InputFile(str(tmp_path / "nota.txt"), "nota"))
    assert article.text == ""
    assert article.error is not None and "Spanish function words" in article.error


# A UTF-8 article (curly quotes, an accented name) into which one program pasted cp1252 bytes.
HARBOUR = (
    "Harbour fire destroys two trawlers\n\n"
    "Fire broke out aboard a trawler moored in Peterhead harbour late on Tuesday, the coastguard said.\n\n"
    "\u201cWe got everyone off in time,\u201d said skipper Ren\u00e9e Ogilvie, who owns both boats.\n\n"
    "The harbour master said the quay would reopen on Thursday.\n"
)


@pytest.mark.parametrize(
    ("stray", "old", "new"),
    [
        (b"\x92", "harbour master said", "harbour master\u2019s team said"),  # cp1252 apostrophe
        (b"\x96", "on Thursday", "on Thursday \u2013 at the earliest"),  # cp1252 en dash
        (b"\xe9", "Ren\u00e9e Ogilvie", "Ren\u00e9e Ogilvie"),  # the name's e-acute in latin-1
    ],
)
def test_a_stray_cp1252_byte_in_utf8_text_keeps_the_rest_utf8(stray: bytes, old: str, new: str) -> None:
    expected = HARBOUR.replace(old, new, 1)
    marker = new.encode("cp1252")
    data = HARBOUR.replace(old, "\0", 1).encode("utf-8").replace(b"\0", marker)
    assert stray in marker
    decoded = decode(data)
    assert decoded.problem is None and decoded.encoding == "utf-8"
    assert decoded.text == expected
    assert "\u201cWe got everyone off in time,\u201d" in decoded.text  # the quotes survive
    assert decoded.warnings == ("1 byte that is not UTF-8, read as cp1252",)


def test_a_whole_cp1252_file_is_read_as_cp1252_and_says_so() -> None:
    text = HARBOUR.replace("\u201c", "\u2018").replace("\u201d", "\u2019")
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text and decoded.encoding == "cp1252"
    assert decoded.warnings == ("not UTF-8; read as cp1252",)


def test_a_fifo_in_a_folder_is_skipped_and_one_named_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    selection = select_inputs([str(tmp_path)])  # would wait forever if the FIFO were opened
    assert [Path(f.path).name for f in selection.files] == ["a.txt"]
    assert selection.skipped == (f"{pipe}: skipped, a FIFO (named pipe), not a regular file",)

    def feed() -> None:
        with open(pipe, "w", encoding="utf-8") as out:
            out.write(ARTICLE)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    (named,) = select_inputs([str(pipe)]).files
    article = read_article(named)
    writer.join(timeout=10)
    assert article.error is None and article.text == ARTICLE


def test_a_missing_path_is_a_usage_error_not_a_source(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    missing = str(tmp_path / "typo.txt")
    with pytest.raises(UsageError, match=r"typo\.txt: no such file or directory$"):
        select_inputs([str(tmp_path / "a.txt"), missing])


def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(ARTICLE)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root lists anything: make the listing fail as for a user
            real = os.scandir

            def scandir(path: str | Path) -> object:
                if Path(path) == locked:
                    raise PermissionError(13, "Permission denied", str(path))
                return real(path)

            monkeypatch.setattr(os, "scandir", scandir)
        selection = select_inputs([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert [Path(f.path).name for f in selection.files] == ["a.txt"]
    assert selection.skipped == (f"{locked}: skipped, cannot read the folder (permission denied)",)


def test_a_path_through_dot_dot_gives_the_same_ids_and_paths(tmp_path: Path) -> None:
    for folder in ("north", "south"):
        (tmp_path / "feed" / folder).mkdir(parents=True)
        (tmp_path / "feed" / folder / "story.txt").write_text(ARTICLE)
    plain = select_inputs([str(tmp_path / "feed")]).files
    detour = select_inputs([str(tmp_path / "feed" / "north" / ".." / ".." / "feed")]).files
    assert [f.source_id for f in plain] == [f.source_id for f in detour]
    assert [f.path for f in plain] == [f.path for f in detour]
