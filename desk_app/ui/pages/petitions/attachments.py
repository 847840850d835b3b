"""Tệp đính kèm of a petition: attach a scan (copied beside the database with its hash), open it, check it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_date
from desk_app.services.attachments import AttachmentInfo, AttachmentService
from desk_app.ui.pages.intake.printing import open_with_system
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import NoticeLabel
from desk_app.ui.widgets.file_dialogs import Kind, open_file

log = logging.getLogger(__name__)
CHECK_COLUMN = 4


def size_text(size: int) -> str:
    """ "12 KB", "3,4 MB": Vietnamese writes the decimal comma."""
    if size < 1024 * 1024:
        return vpp.SIZE_KB.format(value=max(1, round(size / 1024)))
    return vpp.SIZE_MB.format(value=f"{size / (1024 * 1024):.1f}".replace(".", ","))


class AttachmentPanel(QWidget):
    """`changed` after a file is attached. `choose_file`, `ask_title`, `open_document` are replaceable (tests)."""

    changed = Signal()

    def __init__(
        self,
        attachments: AttachmentService,
        tasks: TaskRunner,
        petition_id: int,
        label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attachments, self._tasks, self._id, self._label = attachments, tasks, petition_id, label
        self.items: list[AttachmentInfo] = []
        self.choose_file: Callable[[], Path | None] = self._choose_file
        self.ask_title: Callable[[str], str | None] = self._ask_title
        self.open_document: Callable[[Path], bool] = open_with_system
        self.tree = QTreeWidget()
        self.tree.setObjectName("petitionAttachments")
        self.tree.setHeaderLabels(list(vpp.ATTACH_COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 230), (2, 90), (3, 110), (4, 190)):
            self.tree.setColumnWidth(column, width)
        self.add_button = QPushButton(vpp.ATTACH_ADD)
        self.add_button.setObjectName("attachScan")
        self.add_button.setToolTip(vpp.ATTACH_ADD_TIP)
        self.open_button = QPushButton(vpp.ATTACH_OPEN)
        self.open_button.setObjectName("openAttachment")
        self.verify_button = QPushButton(vpp.ATTACH_VERIFY)
        self.verify_button.setObjectName("verifyAttachment")
        self.verify_button.setToolTip(vpp.ATTACH_VERIFY_TIP)
        self.notice = NoticeLabel()
        self.notice.setObjectName("attachmentNotice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.open_selected())
        self.refresh()

    def refresh(self) -> None:
        self.items = self._attachments.list(self._id)
        self.tree.clear()
        for info in self.items:
            row = QTreeWidgetItem(
                [
                    info.title,
                    info.original_name,
                    size_text(info.size_bytes),
                    fmt_date(info.created_at.date()),
                    "",
                ]
            )
            row.setToolTip(0, info.title)
            row.setToolTip(1, info.original_name)
            self.tree.addTopLevelItem(row)
        if not self.items:
            empty = QTreeWidgetItem([vpp.ATTACH_NONE])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        elif self.tree.currentItem() is None:
            self.select(0)
        self._update_buttons()

    def selected(self) -> AttachmentInfo | None:
        item = self.tree.currentItem()
        index = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.items[index] if 0 <= index < len(self.items) else None

    def select(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.verify_button.setEnabled(has)

    # Attaching ------------------------------------------------------------------------------------------
    def _choose_file(self) -> Path | None:
        return open_file(
            self, Kind.ATTACHMENT, vpp.ATTACH_DIALOG.format(label=self._label), vpp.ATTACH_FILTER
        )

    def _ask_title(self, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, vpp.ATTACH_TITLE_ASK, vpp.ATTACH_TITLE_PROMPT, text=default)
        return text.strip() if ok else None

    def attach(self) -> None:
        """Pick the file, name it, then copy and hash it off the GUI thread (a scan can be large)."""
        source = self.choose_file()
        if source is None:
            return
        title = self.ask_title(source.stem)
        if title is None:
            return
        attachments, petition_id = self._attachments, self._id
        self.add_button.setEnabled(False)
        (
            self._tasks.op(lambda: attachments.attach(petition_id, source, title))
            .success(self._attached)
            .failure(self._attach_failed)
            .run()
        )

    def _attached(self, info: AttachmentInfo) -> None:
        self.add_button.setEnabled(True)
        self.refresh()
        self.select(len(self.items) - 1)
        self.notice.show_text(vpp.ATTACH_DONE.format(title=info.title, size=size_text(info.size_bytes)), "ok")
        self.changed.emit()

    def _attach_failed(self, exc: Exception) -> None:
        self.add_button.setEnabled(True)
        log.warning("attachment failed", exc_info=exc)
        self.notice.show_text(vpp.ATTACH_FAILED.format(detail=desk_error_text(exc)), "error")

    # Opening and checking ------------------------------------------------------------------------------
    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        # The service hands back a path the viewer can read (a decrypted temporary copy when scans are encrypted).
        attachments = self._attachments
        (
            self._tasks.op(lambda: attachments.readable(info.id))
            .success(self._open_path)
            .failure(lambda exc: self.notice.show_text(desk_error_text(exc), "error"))
            .run()
        )

    def _open_path(self, path: Path) -> None:
        if not self.open_document(path):
            self.notice.show_text(vpp.ATTACH_OPEN_FAILED.format(path=path), "warn")

    def verify_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        attachments, row = self._attachments, self.items.index(info)
        (
            self._tasks.op(lambda: attachments.verify(info.id))
            .success(lambda intact: self._verified(row, info, intact))
            .failure(lambda exc: self.notice.show_text(desk_error_text(exc), "error"))
            .run()
        )

    def _verified(self, row: int, info: AttachmentInfo, intact: bool) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            item.setText(CHECK_COLUMN, vpp.ATTACH_INTACT if intact else vpp.ATTACH_BROKEN)
            item.setForeground(CHECK_COLUMN, QBrush(QColor("#1e5631" if intact else "#9b1c14")))
        if intact:
            self.notice.show_text(vpp.ATTACH_CHECKED_OK.format(title=info.title), "ok")
        else:
            self.notice.show_text(vpp.ATTACH_CHECKED_BAD.format(title=info.title), "error")

    def check_texts(self) -> list[str]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(CHECK_COLUMN) for item in found if item is not None]
