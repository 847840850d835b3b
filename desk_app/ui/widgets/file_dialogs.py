"""File dialogs that start where the officer last saved or opened that kind of file (ui.ini), not in the home folder."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

FILE = "ui.ini"
_memory: list[Path] = []


class Kind(StrEnum):
    """Each kind of file remembers its own folder: reports go to one place, scans come from another."""

    REPORT = "report"
    REGISTER = "register"
    IMPORT = "import"
    ATTACHMENT = "attachment"
    AUDIT = "audit"
    SCHEDULE = "schedule"


def use_folder(data_dir: Path) -> None:
    """Remember the folders in this data folder's ui.ini (the window calls it when it opens)."""
    _memory[:] = [data_dir / FILE]


def _settings() -> QSettings | None:
    return QSettings(str(_memory[0]), QSettings.Format.IniFormat) if _memory else None


def start_folder(kind: Kind) -> Path:
    """The folder last used for `kind` while it still exists, else the home folder."""
    settings = _settings()
    value = settings.value(f"folders/{kind}") if settings is not None else None
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return Path.home()


def remember(kind: Kind, chosen: Path) -> None:
    settings = _settings()
    if settings is not None:
        settings.setValue(f"folders/{kind}", str(chosen.parent))
        settings.sync()


def save_file(parent: QWidget, kind: Kind, caption: str, name: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder(kind) / name), file_filter)
    if not path:
        return None
    remember(kind, Path(path))
    return Path(path)


def open_file(parent: QWidget, kind: Kind, caption: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder(kind)), file_filter)
    if not path:
        return None
    remember(kind, Path(path))
    return Path(path)
