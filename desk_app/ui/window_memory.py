"""What the window remembers per user between sessions (ui.ini in the data folder): its size and place, the last
page, where each splitter's handle was and how wide each table's columns were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

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
    for key, splitter in _splitters(window):
        settings.setValue(f"{_group(login)}/splitters/{key}", splitter.saveState())
    for key, header in _headers(window):
        widths = [header.sectionSize(i) for i in range(header.count())]
        settings.setValue(f"{_group(login)}/columns/{key}", ",".join(map(str, widths)))
    settings.sync()


def restore(window: QMainWindow, data_dir: Path, login: str | None) -> bool:
    """Put the window where it was; False when there is nothing (or nothing usable) to restore. The splitters and
    column widths are put back either way."""
    settings = _settings(data_dir)
    for key, splitter in _splitters(window):
        state = settings.value(f"{_group(login)}/splitters/{key}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
    for key, header in _headers(window):
        _restore_widths(header, str(settings.value(f"{_group(login)}/columns/{key}") or ""))
    value = settings.value(f"{_group(login)}/geometry")
    return isinstance(value, QByteArray) and not value.isEmpty() and window.restoreGeometry(value)


def _restore_widths(header: QHeaderView, saved: str) -> None:
    try:
        widths = [int(w) for w in saved.split(",") if w]
    except ValueError:
        return
    # Columns the code sizes itself (stretch, fit to contents) keep doing so; a column added since keeps its default.
    for index, width in enumerate(widths[: header.count()]):
        if width > 0 and header.sectionResizeMode(index) is QHeaderView.ResizeMode.Interactive:
            header.resizeSection(index, width)


def _key(widget: QWidget, window: QWidget) -> str:
    """The widget's place in the window: object names where set, else class and rank among like siblings; stable
    from one run to the next because the window builds its pages the same way each time."""
    parts: list[str] = []
    node: QObject | None = widget
    while node is not None and node is not window:
        parent = node.parent()
        name = node.objectName()
        if not name:
            siblings = (
                [c for c in parent.children() if type(c) is type(node)] if parent is not None else [node]
            )
            name = f"{type(node).__name__}{siblings.index(node)}"
        parts.append(name)
        node = parent
    return "/".join(reversed(parts)).replace(" ", "_")


def _splitters(window: QMainWindow) -> list[tuple[str, QSplitter]]:
    return [(_key(s, window), s) for s in window.findChildren(QSplitter)]


def _headers(window: QMainWindow) -> list[tuple[str, QHeaderView]]:
    found: list[tuple[str, QHeaderView]] = []
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
        elif isinstance(view, QTreeView):
            header = view.header()
        else:
            continue  # a list has no columns
        if header.orientation() is Qt.Orientation.Horizontal and header.count():
            found.append((_key(view, window), header))
    return found


def last_page(data_dir: Path, login: str | None) -> int | None:
    try:
        return int(str(_settings(data_dir).value(f"{_group(login)}/page")))
    except ValueError:
        return None
