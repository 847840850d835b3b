"""Preferences of this PC and its users kept in ui.ini: how "In" prints (per PC) and the font size (per user)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

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


_base: list[QFont] = []
"""The application font before any scale: the platform's, or the one configure_application set."""
_applied: list[QFont] = []


def base_font() -> QFont:
    """The 100 % font (remembered at first use; a font set since by someone else becomes the new base)."""
    current = QApplication.font()
    if not _base or (_applied and current != _applied[0]):
        _base[:] = [QFont(current)]
        _applied[:] = [QFont(current)]
    return QFont(_base[0])


def apply_font_scale(percent: int) -> None:
    """The application font at `percent` of the base, never compounded. A widget that sized its own font (a title
    at 1.4 ×, a big number) or whose style sheet holds its font (a bold button) does not follow the application
    font by itself: it is set to its size times the same ratio, so it stays as much larger as it was."""
    base = base_font()
    if base.pointSizeF() <= 0 or percent not in FONT_SCALES:
        return
    old = QApplication.font().pointSizeF()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * percent / 100)
    if abs(font.pointSizeF() - old) < 0.01:
        return
    ratio = font.pointSizeF() / old
    # (A wrapper a deleted widget left behind is not valid: skipped.)
    alive = [widget for widget in QApplication.allWidgets() if shiboken6.isValid(widget)]
    before = [(widget, widget.font()) for widget in alive if widget.font().pointSizeF() > 0]
    QApplication.setFont(font)
    _applied[:] = [QApplication.font()]
    for widget, widget_font in before:
        wanted = widget_font.pointSizeF() * ratio
        if abs(widget.font().pointSizeF() - wanted) > 0.01:
            widget_font.setPointSizeF(wanted)
            widget.setFont(widget_font)


def scaled_font(font: QFont, factor: float) -> QFont:
    """`font` `factor` times as large (a title, the navigation): it then follows the font size setting."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    return scaled
