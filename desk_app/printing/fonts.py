"""The "DocSerif" font family: Times New Roman when the system has it, else the bundled Liberation Serif."""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.errors import DeskError

FAMILY: Final = "DocSerif"
REGULAR: Final = "DocSerif"
BOLD: Final = "DocSerif-Bold"
ITALIC: Final = "DocSerif-Italic"
BOLD_ITALIC: Final = "DocSerif-BoldItalic"
_FACE_NAMES: Final = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

TIMES_NEW_ROMAN: Final = "Times New Roman"
LIBERATION_SERIF: Final = "Liberation Serif"

_LIBERATION_FILES: Final = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# File-name sets of Times New Roman, in the face order regular, bold, italic, bold italic.
_TIMES_NAME_SETS: Final = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    (
        "Times_New_Roman.ttf",
        "Times_New_Roman_Bold.ttf",
        "Times_New_Roman_Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ),
    (
        "Times New Roman.ttf",
        "Times New Roman Bold.ttf",
        "Times New Roman Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    ),
)


def _vietnamese_letters() -> str:
    """The 132 precomposed Vietnamese vowels plus đ/Đ: every accented glyph a document may need."""
    marks = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    letters = {
        unicodedata.normalize("NFC", base + mark)
        for base in "aăâeêioôơuưy"
        for mark in marks
        if base + mark not in "aeiouy"
    }
    lower = "".join(sorted(letters)) + "đ"
    return lower + lower.upper()


VIETNAMESE_LETTERS: Final = _vietnamese_letters()


class FontNotFoundError(DeskError):
    """Neither Times New Roman nor the bundled Liberation Serif could be loaded."""


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The font behind DocSerif: its name and four files (regular, bold, italic, bold italic)."""

    label: str
    files: tuple[Path, Path, Path, Path]


def bundled_font_dirs() -> list[Path]:
    """Where the bundled fonts live: the PyInstaller bundle when frozen, then the source tree."""
    dirs: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        dirs.append(Path(meipass) / "desk_app" / "resources" / "fonts")
    dirs.append(Path(__file__).resolve().parents[1] / "resources" / "fonts")  # package data: in every install
    return dirs


def system_font_dirs() -> list[Path]:
    """Folders where an installed Times New Roman is usually found (Windows, Linux, macOS)."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/msttcore"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype"),
        Path.home() / ".local" / "share" / "fonts",
        Path.home() / ".fonts",
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
    ]
    return dirs


def _complete_sets(dirs: Iterable[Path], name_sets: Iterable[tuple[str, ...]]) -> Iterator[tuple[Path, ...]]:
    for folder in dirs:
        for names in name_sets:
            files = tuple(folder / name for name in names)
            if all(f.is_file() for f in files):
                yield files


def covers_vietnamese(font: TTFont) -> bool:
    """True when the font has a glyph for every Vietnamese letter (old Times New Roman builds do not)."""
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in VIETNAMESE_LETTERS)


def load_faces(choice: FontChoice) -> tuple[TTFont, ...] | None:
    """The four faces under the DocSerif names; None when a file is unreadable or lacks Vietnamese."""
    try:
        faces = tuple(TTFont(name, str(path)) for name, path in zip(_FACE_NAMES, choice.files, strict=True))
    except Exception:  # an unreadable or non-TrueType file: the caller tries the next candidate
        return None
    return faces if all(covers_vietnamese(face) for face in faces) else None


def first_usable(choices: Iterable[FontChoice]) -> tuple[FontChoice, tuple[TTFont, ...]] | None:
    """The first candidate whose four faces load and cover Vietnamese."""
    for choice in choices:
        faces = load_faces(choice)
        if faces is not None:
            return choice, faces
    return None


def candidate_choices(
    prefer_system: bool = True,
    system_dirs: Iterable[Path] | None = None,
    bundled_dirs: Iterable[Path] | None = None,
) -> list[FontChoice]:
    """Complete four-face font sets in order of preference: Times New Roman first, then Liberation Serif."""
    choices: list[FontChoice] = []
    if prefer_system:
        for files in _complete_sets(
            system_font_dirs() if system_dirs is None else system_dirs, _TIMES_NAME_SETS
        ):
            choices.append(FontChoice(TIMES_NEW_ROMAN, (files[0], files[1], files[2], files[3])))
    for files in _complete_sets(
        bundled_font_dirs() if bundled_dirs is None else bundled_dirs, (_LIBERATION_FILES,)
    ):
        choices.append(FontChoice(LIBERATION_SERIF, (files[0], files[1], files[2], files[3])))
    return choices


_lock = threading.Lock()
_registered: FontChoice | None = None


def register_fonts() -> FontChoice:
    """Register the DocSerif family once (thread-safe) so that <b> and <i> work; return the font used."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        usable = first_usable(candidate_choices())
        if usable is None:
            raise FontNotFoundError("fonts.missing")
        choice, faces = usable
        for face in faces:
            pdfmetrics.registerFont(face)
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = choice
        return choice


def font_in_use() -> FontChoice | None:
    """The font registered as DocSerif, or None before the first document was rendered."""
    return _registered
