"""Accessible names for screen readers: every input, button and list named from its label, text, hint or tip."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

QWidgetT = TypeVar("QWidgetT", bound=QWidget)
CONTROLS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,  # QPushButton, QToolButton, QCheckBox, QRadioButton
    QAbstractItemView,  # tables, lists, trees
)
_INNER_PARENTS: tuple[type[QWidget], ...] = (
    QComboBox,  # its line edit and its popup list
    QAbstractSpinBox,
    QCalendarWidget,
    QTabBar,  # its scroll arrows
    QLineEdit,  # its clear button
)
CAPTION_MAX = 40
"""A label longer than this before an input is a hint, not its caption."""
_TAGS = re.compile(r"<[^>]+>")
_SHORTCUT = r"(?:Ctrl|Alt|Shift|Del|Delete|Enter|Esc|Page Up|Page Down|PgUp|PgDn|F\d{1,2})\b[^)]*"
_HINT_TAIL = re.compile(rf"(?:\s{{2,}}{_SHORTCUT}|\s*\({_SHORTCUT}\))\s*$")
_SPACES = re.compile(r"\s+")
_MNEMONIC = re.compile(r"&(?=\w)")
_COUNT_TAIL = re.compile(r"\s*\(\d+\)$")


def clean(text: str) -> str:
    """A label's words as a name: no markup, no '&' mnemonic, no shortcut hint ("  Ctrl+P", "(F5)"), no ':' or '*'."""
    text = _TAGS.sub(" ", text).replace("&nbsp;", " ")
    # "&Lưu" → "Lưu", "In && lưu" → "In & lưu"; "Sao lưu & phục hồi" stays.
    text = _MNEMONIC.sub("", text.replace("&&", "\0")).replace("\0", "&")
    text = _HINT_TAIL.sub("", text.strip())
    text = _SPACES.sub(" ", text).strip()
    text = _COUNT_TAIL.sub("", text)  # "Vụ việc (3)": a count goes stale, the name stays
    return text.rstrip(":*▸▶◀›»").strip()


def is_control(widget: QWidget) -> bool:
    """An input, a button or a list the officer uses, not a part Qt builds inside another control."""
    if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(), QAbstractItemView):
        return False  # a table's header or corner button (a button in a cell sits in the viewport: named)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INNER_PARENTS):
            return False
        if parent.isWindow() and parent.windowType() != Qt.WindowType.Popup:
            return True
        parent = parent.parentWidget()
    return True


def _alive(widgets: list[QWidgetT]) -> list[QWidgetT]:
    """Without a wrapper a deleted widget left behind (PySide may hand one out for a new widget at its address)."""
    return [widget for widget in widgets if shiboken6.isValid(widget)]


def _label_names(root: QWidget) -> dict[QWidget, str]:
    """What each captioned widget is called: buddies of labels, then form rows (a row's field may be a layout)."""
    names: dict[QWidget, str] = {}
    for label in _alive(root.findChildren(QLabel)):
        buddy = label.buddy()
        text = clean(label.text())
        if buddy is not None and text:
            names.setdefault(buddy, text)
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label_item.widget() if label_item is not None else None
            if not isinstance(caption, QLabel) or field_item is None:
                continue
            text = clean(caption.text())
            if not text:
                continue
            field = field_item.widget()
            if field is not None:
                names.setdefault(field, text)
                for inner in field.findChildren(QWidget):
                    names.setdefault(inner, text)
            elif (inner_layout := field_item.layout()) is not None:
                for inner in _layout_widgets(inner_layout):
                    names.setdefault(inner, text)
    return names


def _placed(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, in order, those of nested layouts in their place."""
    placed: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            placed.append(widget)
        elif inner is not None:
            placed.extend(_placed(inner))
    return placed


def _layout_widgets(layout: QLayout) -> Iterable[QWidget]:
    for widget in _placed(layout):
        yield widget
        yield from widget.findChildren(QWidget)


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        text = clean(widget.text())
        if any(ch.isalnum() for ch in text):  # "◀" says nothing: its tip does
            return text
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if action is not None:
            return clean(action.text()) or clean(action.toolTip())
    return ""


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
        text = clean(widget.placeholderText())
        if text or not isinstance(widget, QComboBox) or widget.lineEdit() is None:
            return text
        return clean(widget.lineEdit().placeholderText())  # type: ignore[union-attr]
    return ""


def _preceding_label(widget: QWidget) -> str:
    """The label just before the widget in its layout: "Ngày tiếp:" before a date box, a heading above a list."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _before(layout, widget) if layout is not None else None
    if not isinstance(found, QLabel) or found.buddy() is not None:
        return ""
    text = clean(found.text())
    ends_with_colon = _TAGS.sub("", found.text()).strip().endswith(":")
    short = not found.wordWrap() and len(text) <= CAPTION_MAX
    if ends_with_colon or short:  # a longer text before a list explains it: the list is named otherwise
        return text
    return ""


def _before(layout: QLayout, widget: QWidget) -> QWidget | None:
    """The widget placed just before `widget` in `layout` (nested layouts included)."""
    placed = _placed(layout)
    index = next((i for i, w in enumerate(placed) if w is widget), 0)
    return placed[index - 1] if index > 0 else None


def _context(widget: QWidget) -> str:
    """The nearest group box title or tab caption around the widget: a list or a lone box is named by its section."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and clean(parent.title()):
            return clean(parent.title())
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and page.isAncestorOf(widget) and clean(parent.tabText(index)):
                    return clean(parent.tabText(index))
        parent = parent.parentWidget()
    return ""


def _neighbourhood(widget: QWidget, levels: int = 3) -> QWidget:
    """Where a lone control's caption is: a few parents up (a whole window is too much to search per control)."""
    scope = widget
    for _ in range(levels):
        parent = scope.parentWidget()
        if parent is None:
            break
        scope = parent
        if scope.isWindow():
            break
    return scope


def derive_name(widget: QWidget, labels: dict[QWidget, str] | None = None) -> str:
    """The name a screen reader says: caption (buddy label, form row), own text, placeholder, tip, then its section."""
    captions = labels if labels is not None else _label_names(_neighbourhood(widget))
    sources: tuple[Callable[[], str], ...] = (
        lambda: _own_text(widget),
        lambda: captions.get(widget, ""),
        lambda: _preceding_label(widget),
        lambda: _placeholder(widget),
        lambda: clean(widget.toolTip()),
        lambda: _context(widget),
    )
    return next((text for source in sources if (text := source())), "")


def name_controls(root: QWidget, lists: str = "") -> list[QWidget]:
    """Name every unnamed control under `root` (and root itself); a list nothing names is called `lists` (e.g. the
    page's title). Returns those left without a name."""
    labels = _label_names(root.window() if not root.isWindow() else root)
    unnamed: list[QWidget] = []
    for widget in [root, *_alive(root.findChildren(QWidget))]:
        if not is_control(widget) or widget.accessibleName():
            continue
        name = derive_name(widget, labels)
        if not name and isinstance(widget, QAbstractItemView):
            name = lists
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


class _Namer(QObject):
    """Names a window's controls when it is shown, and a control added later when it first shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A widget deleted from C++ may leave its Python wrapper behind, handed out again for a new widget at the
        # same address: such a wrapper is not valid and is left alone.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and shiboken6.isValid(watched):
            with contextlib.suppress(RuntimeError):  # a child deleted while it was being named
                self._name(watched)
        return False

    @staticmethod
    def _name(watched: QWidget) -> None:
        if isinstance(watched, QDialog | QMainWindow):
            name_controls(watched)
        elif not watched.accessibleName() and is_control(watched):
            name = derive_name(watched)
            if name:
                watched.setAccessibleName(name)


_installed: list[_Namer] = []


def install() -> None:
    """Once per application: every dialog and window shown from now on gets its controls named."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not _installed:
        namer = _Namer(app)
        app.installEventFilter(namer)
        _installed.append(namer)
