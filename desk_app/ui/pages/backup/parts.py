"""What the backup page and its dialogs share: a backup's figures in words, the list of changes to re-enter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from desk_app.i18n import vi_backup as vb
from desk_app.services.backup.model import BackupFile, Figures

AMBER = "color: #8a5300; font-weight: bold;"
MUTED = "color: #555;"


def figures_words(figures: Figures | None) -> str:
    if figures is None:
        return vb.FIGURES_UNKNOWN
    return vb.figures_text(figures.visits, figures.petitions, figures.citizens)


def backup_words(backup: BackupFile) -> tuple[str, str]:
    """(when, figures) of a backup, for a sentence."""
    return vb.when(backup.created), figures_words(backup.figures)


def text_label(text: str, style: str = "", *, selectable: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def heading(text: str, name: str = "") -> QLabel:
    label = text_label(text, name=name)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class LostList(QTreeWidget):
    """The changes made after a backup, one branch per kind (vi_backup.lost_changes), or one line saying none."""

    def __init__(self, entries: Iterable[vb.Change], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostChanges")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups = vb.lost_changes(entries)
        if not self.groups:
            self.addTopLevelItem(QTreeWidgetItem([vb.NO_LOST]))
        for group in self.groups:
            top = QTreeWidgetItem([group.title])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            for line in group.lines:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                top.addChild(child)
            self.addTopLevelItem(top)
        self.expandAll()

    def texts(self) -> list[str]:
        """Every line shown, groups and their changes, top to bottom."""
        found: list[str] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            found.append(top.text(0))
            children = (top.child(c) for c in range(top.childCount()))
            found += [child.text(0) for child in children if child is not None]
        return found
