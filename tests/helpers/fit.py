"""Does every text on a window fit? Labels, buttons, group-box titles, tabs, headers, table cells and the window itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

# A pixel of rounding between the metrics and the layout is not a cut letter.
TOLERANCE = 1
# A text that touches its button's frame reads as cut: keep this much air inside the frame on each side.
BUTTON_PADDING = 4
# A view item's text margins (the focus frame's, each side) when the checker measures a word itself.
CELL_MARGINS = 6
# Rows of a view looked at: the visible ones, at most this many.
MAX_ROWS = 80
# A window's title bar is drawn by the system, outside the widget: leave this much of the screen's height for it.
WINDOWS_TITLE_BAR = 31
# Enum, rule and action codes (TCD_NOTIFY_RESULT, KHIEU_NAI, follow_up) are for programs, never for the officer:
# Vietnamese words never join with "_" (paths, which may, are left out).
CODE_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")


@dataclass(frozen=True)
class Misfit:
    """One text that does not fit where it is drawn."""

    where: str
    kind: str
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        text = " ".join(self.text.split())
        if len(text) > 70:
            text = text[:67] + "…"
        return f"{self.where}: {self.kind} «{text}» needs {self.need}px, has {self.have}px"


def strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    """A readable path: the window's class, then the widget's class, object name or text."""
    window = widget.window()
    own = type(widget).__name__
    name = widget.objectName()
    if name and not name.startswith("qt_"):
        own += f"#{name}"
    if window is widget:
        return own
    return f"{type(window).__name__} › {own}"


def available_size(widget: QWidget) -> QSize:
    """What a window's contents may occupy on its screen (the available geometry) under its title bar."""
    screen = widget.screen() or QApplication.primaryScreen()
    avail = screen.availableGeometry()
    return QSize(avail.width(), avail.height() - WINDOWS_TITLE_BAR)


def misfits(root: QWidget) -> list[Misfit]:
    """Every visible text under `root` (a shown window) that is cut, elided without a tooltip, or overflows."""
    found: list[Misfit] = []
    if root.isWindow():
        found += _window(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QGroupBox):
            found += _group_box(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_bar(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QLineEdit):
            found += _line(widget)
        if isinstance(widget, QAbstractItemView):
            found += _cells(widget)
            found += _list_scrolls(widget)
        elif isinstance(widget, QScrollArea):
            found += _scroll_area(widget)
    return found


def codes_shown(root: QWidget) -> list[str]:
    """Visible texts that look like a program's code (an enum or rule name)."""
    texts: list[tuple[QWidget, str]] = [(root, root.windowTitle())]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget, widget.title()))
        elif isinstance(widget, QComboBox):
            texts += [(widget, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [(widget, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QAbstractItemView):
            texts += [(widget, text) for _index, _rect, text in _visible_cells(widget)]
            model = widget.model()
            if model is not None:
                for section in range(_column_count(model)):
                    texts.append((widget, str(model.headerData(section, Qt.Orientation.Horizontal) or "")))
    return [f"{describe(w)}: «{t}»" for w, t in texts if t and _has_code(t)]


def _has_code(text: str) -> bool:
    words = (w.strip(".,;:()[]«»“”\"'") for w in _plain(text).split())
    return any(CODE_PATTERN.match(w) for w in words if "/" not in w and "\\" not in w)


# Windows ----------------------------------------------------------------------------------------------------
def _window(window: QWidget) -> list[Misfit]:
    room = available_size(window)
    found: list[Misfit] = []
    for kind, need, have in (
        ("window width", window.width(), room.width()),
        ("window height", window.height(), room.height()),
        ("window minimum width", window.minimumSizeHint().width(), room.width()),
        ("window minimum height", window.minimumSizeHint().height(), room.height()),
    ):
        if need > have:
            found.append(Misfit(describe(window), kind, window.windowTitle(), need, have))
    return found


def _scroll_area(area: QScrollArea) -> list[Misfit]:
    """Acting must never need a sideways scroll, and a scroll area without its bar must not cut its widget."""
    inner = area.widget()
    bar = area.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        need = inner.minimumSizeHint().width() if inner is not None else 0
        return [Misfit(describe(area), "horizontal scroll", "", need, area.viewport().width())]
    if inner is not None and inner.width() > area.viewport().width() + TOLERANCE:
        return [Misfit(describe(area), "cut on the right", "", inner.width(), area.viewport().width())]
    return []


# Texts ------------------------------------------------------------------------------------------------------
def _label(label: QLabel) -> list[Misfit]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    have = label.size()
    if label.wordWrap():
        need_h = label.heightForWidth(have.width())
        if need_h > have.height() + TOLERANCE:
            return [Misfit(describe(label), "wrapped label height", text, need_h, have.height())]
        return []
    hint = label.sizeHint()
    found = []
    if hint.width() > have.width() + TOLERANCE:
        found.append(Misfit(describe(label), "label width", text, hint.width(), have.width()))
    if hint.height() > have.height() + TOLERANCE:
        found.append(Misfit(describe(label), "label height", text, hint.height(), have.height()))
    return found


def _button(button: QAbstractButton) -> list[Misfit]:
    text = strip_mnemonic(button.text())
    if not text:
        return []
    if isinstance(button, (QCheckBox, QRadioButton, QToolButton)):
        need = button.sizeHint().width()
    else:
        style = button.style()
        need = max(QFontMetrics(button.font()).horizontalAdvance(line) for line in text.split("\n"))
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        option = QStyleOptionButton()
        option.initFrom(button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
        need += 2 * (frame + BUTTON_PADDING)
    if need > button.width() + TOLERANCE:
        return [Misfit(describe(button), "button", text, need, button.width())]
    return []


def _group_box(box: QGroupBox) -> list[Misfit]:
    title = strip_mnemonic(box.title())
    if not title:
        return []
    font = QFont(box.font())
    font.setBold(True)  # Fusion draws the title bold
    need = QFontMetrics(font).horizontalAdvance(title) + 2 * 8
    if box.isCheckable():
        style = box.style()
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
    if need > box.width() + TOLERANCE:
        return [Misfit(describe(box), "group title", title, need, box.width())]
    return []


def _tab_bar(bar: QTabBar) -> list[Misfit]:
    found: list[Misfit] = []
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    total = 0
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = strip_mnemonic(bar.tabText(i))
        rect = bar.tabRect(i)
        total += rect.width()
        need = metrics.horizontalAdvance(text) + space // 2
        if need > rect.width() + TOLERANCE:
            found.append(Misfit(describe(bar), "tab", text, need, rect.width()))
    if total > bar.width() + TOLERANCE:
        found.append(Misfit(describe(bar), "tabs need scrolling", "", total, bar.width()))
    return found


def _header(header: QHeaderView) -> list[Misfit]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found: list[Misfit] = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        lines = text.split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += arrow + margin
        have = header.sectionSize(section)
        tip = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        if need > have + TOLERANCE and not _says_all(tip, text):
            found.append(Misfit(describe(header.parentWidget() or header), "column title", text, need, have))
        need_h = len(lines) * metrics.lineSpacing() + 2 * 2
        if need_h > header.height() + TOLERANCE:
            found.append(Misfit(describe(header.parentWidget() or header), "column title height", text, need_h,
                                header.height()))  # fmt: skip
    return found


def _combo(combo: QComboBox) -> list[Misfit]:
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + TOLERANCE:
        return [Misfit(describe(combo), "choice", text, need, field.width())]
    return []


def _line(line: QLineEdit) -> list[Misfit]:
    """A read-only field's value and an empty field's hint (its placeholder) are read, not typed: both must fit.
    What the officer types may scroll."""
    if line.isReadOnly() and line.text():
        text, kind = line.text(), "read-only field"
    elif not line.text() and line.placeholderText():
        text, kind = line.placeholderText(), "field hint"
    else:
        return []
    margins = line.textMargins()
    need = QFontMetrics(line.font()).horizontalAdvance(text) + margins.left() + margins.right() + 2 * 4
    if need > line.width() + TOLERANCE and not _says_all(line.toolTip(), text):
        return [Misfit(describe(line), kind, text, need, line.width())]
    return []


# Table cells ------------------------------------------------------------------------------------------------
def _visible_cells(view: QAbstractItemView) -> list[tuple[QModelIndex, QRect, str]]:
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport().rect()
    columns = 1 if isinstance(view, QListView) else _column_count(model)
    cells: list[tuple[QModelIndex, QRect, str]] = []
    rows = 0
    for first in _rows(view, model):
        row_seen = False
        for column in range(columns):
            if isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(column):
                continue
            index = first.siblingAtColumn(column)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            row_seen = True
            if view.indexWidget(index) is not None:
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or text == "":
                continue
            cells.append((index, rect, str(text)))
        if row_seen:
            rows += 1
            if rows >= MAX_ROWS:
                break
        elif rows:
            break  # past the last visible row
    return cells


def _rows(view: QAbstractItemView, model: QAbstractItemModel) -> Iterator[QModelIndex]:
    """The first cell of each row in display order; a tree's expanded children included."""
    if isinstance(view, QTreeView):
        index = model.index(0, 0, QModelIndex())
        while index.isValid():
            yield index
            index = view.indexBelow(index)
        return
    for row in range(model.rowCount(QModelIndex())):
        if isinstance(view, (QTableView, QListView)) and view.isRowHidden(row):
            continue
        yield model.index(row, 0, QModelIndex())


def _cells(view: QAbstractItemView) -> list[Misfit]:
    found: list[Misfit] = []
    viewport = view.viewport().rect()
    wraps = view.wordWrap() if isinstance(view, (QTableView, QTreeView)) else False
    if isinstance(view, QListView):
        wraps = view.wordWrap()
    for index, rect, text in _visible_cells(view):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.rect = rect
        size = view.iconSize()
        option.decorationSize = size if size.isValid() else QSize(16, 16)
        if wraps:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        delegate = view.itemDelegateForIndex(index)
        hint = delegate.sizeHint(option, index)
        where = f"{describe(view)} cell ({index.row() + 1}, {index.column() + 1})"
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        need = hint.width()
        if (
            wraps
        ):  # a wrapped cell needs the width of its longest word: a longer one is cut ("…" on each line)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            need = max(metrics.horizontalAdvance(word) for word in text.split()) + CELL_MARGINS
        if need > rect.width() + TOLERANCE and not _says_all(tip, text):
            found.append(Misfit(where, "cell elided without a tooltip", text, need, rect.width()))
        if hint.height() > rect.height() + TOLERANCE and not (wraps and _says_all(tip, text)):
            found.append(Misfit(where, "cell height", text, hint.height(), rect.height()))
        if rect.height() > viewport.height() + TOLERANCE:
            found.append(Misfit(where, "row taller than its table", text, rect.height(), viewport.height()))
    return found


def _column_count(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model hides its columnCount
        return 1


def _list_scrolls(view: QAbstractItemView) -> list[Misfit]:
    """A one-column list that scrolls sideways shows its lines cut at the right edge."""
    bar = view.horizontalScrollBar()
    if isinstance(view, QListView) and bar.isVisible() and bar.maximum() > 0:
        return [
            Misfit(
                describe(view), "list lines cut (sideways scroll)", "", bar.maximum(), view.viewport().width()
            )
        ]
    return []


def _says_all(tip: str, text: str) -> bool:
    """A tooltip that carries the whole text (whitespace aside), so eliding loses nothing."""
    return bool(tip) and " ".join(text.split()) in " ".join(_plain(tip).split())


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if QtGui.Qt.mightBeRichText(text) else text
