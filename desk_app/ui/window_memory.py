"""What the window remembers per user between sessions (ui.ini in the data folder): its size and place, the last page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

FILE = "ui.ini"


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / FILE), QSettings.Format.IniFormat)


def _group(login: str | None) -> str:
    # Per user: the head on a large screen and the officer on the desk PC share a data folder, not a screen.
    return f"window/{login or '_'}"


def remember(window: QMainWindow, data_dir: Path, login: str | None, page: int) -> None:
    settings = _settings(data_dir)
    settings.setValue(f"{_group(login)}/geometry", window.saveGeometry())
    settings.setValue(f"{_group(login)}/page", page)
    settings.sync()


def restore(window: QMainWindow, data_dir: Path, login: str | None) -> bool:
    """Put the window where it was; False when there is nothing (or nothing usable) to restore."""
    value = _settings(data_dir).value(f"{_group(login)}/geometry")
    return isinstance(value, QByteArray) and not value.isEmpty() and window.restoreGeometry(value)


def last_page(data_dir: Path, login: str | None) -> int | None:
    try:
        return int(str(_settings(data_dir).value(f"{_group(login)}/page")))
    except ValueError:
        return None
