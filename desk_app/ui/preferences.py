"""Preferences of this PC and its users kept in ui.ini: how "In" prints (per PC) and the font size (per user)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

FILE = "ui.ini"
FONT_SCALES = (100, 110, 120, 130, 140, 150)
"""Percent of the system font: for older eyes (issue 13 asks for 100–150 %)."""


class PrintMode(StrEnum):
    """What "In" does; the printer is the PC's, so this is per PC, not per user."""

    DIALOG = "dialog"
    """The system print dialog, paper and copies preset (the default: the officer sees where it goes)."""
    PREVIEW = "preview"
    """The pages first ("Xem trước"), then the dialog's own print button."""
    DEFAULT_PRINTER = "default"
    """Straight to the default printer, no dialog: a busy desk with one printer."""


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / FILE), QSettings.Format.IniFormat)


_data_dir: list[Path] = []


def use_folder(data_dir: Path) -> None:
    """Read and write this data folder's ui.ini (the window calls it when it opens)."""
    _data_dir[:] = [data_dir]


def print_mode() -> PrintMode:
    if not _data_dir:
        return PrintMode.DIALOG
    value = _settings(_data_dir[0]).value("print/mode")
    try:
        return PrintMode(str(value))
    except ValueError:
        return PrintMode.DIALOG


def set_print_mode(mode: PrintMode) -> None:
    if _data_dir:
        settings = _settings(_data_dir[0])
        settings.setValue("print/mode", mode.value)
        settings.sync()


def _font_key(login: str | None) -> str:
    return f"user/{login or '_'}/font_scale"


def font_scale(login: str | None) -> int:
    """Percent, one of FONT_SCALES; 100 when unset or unreadable."""
    if not _data_dir:
        return 100
    try:
        value = int(str(_settings(_data_dir[0]).value(_font_key(login))))
    except ValueError:
        return 100
    return value if value in FONT_SCALES else 100


def set_font_scale(login: str | None, percent: int) -> None:
    if _data_dir and percent in FONT_SCALES:
        settings = _settings(_data_dir[0])
        settings.setValue(_font_key(login), percent)
        settings.sync()
