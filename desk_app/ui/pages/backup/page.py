"""Sao lưu & phục hồi: the backups (newest first), back up now, the second folder, the full check, a restore's start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.permissions import Action
from desk_app.errors import ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_backup as vb
from desk_app.i18n.formatting import fmt_date, fmt_int
from desk_app.services.backup.model import BackupFile
from desk_app.services.backup.service import BackupStatus, RestorePreview
from desk_app.services.permissions import may
from desk_app.services.registry import Services
from desk_app.ui.pages.backup.parts import AMBER, figures_words, text_label
from desk_app.ui.pages.backup.preview import RestorePreviewDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import ErrorLabel, NoticeLabel

BACK_UP_KEY = "Ctrl+B"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def row_texts(backup: BackupFile) -> tuple[str, ...]:
    """One table row: thời điểm, lý do, dung lượng, đã kiểm tra, số lượt tiếp, số đơn."""
    figures = backup.figures
    return (
        vb.stamp(backup.created),
        vb.reason_label(backup.reason),
        vb.size_text(backup.size),
        vb.VERIFIED_YES if backup.verified else vb.VERIFIED_NO,
        fmt_int(figures.visits) if figures else "",
        fmt_int(figures.petitions) if figures else "",
    )


def status_text(status: BackupStatus) -> str:
    """The one line above the list: the last verified backup, whether it is stale, changes since, the full check."""
    if status.last_verified is None:
        text = vb.STATUS_NONE
    else:
        text = vb.STATUS_LAST.format(when=vb.when(status.last_verified))
    if status.stale and status.last_verified is not None:
        text += vb.STATUS_STALE
    elif status.unsaved_changes:
        text += vb.STATUS_UNSAVED
    if status.full_check is None:
        text += vb.STATUS_NEVER_CHECKED
    else:
        text += vb.STATUS_CHECKED.format(when=vb.when(status.full_check))
    return text


class BackupPage(QWidget):
    """`restore_requested(BackupFile)` fires only after the officer accepted the restore's preview; the window then
    signs out and restores (the page never restores itself). `damaged(list[str])` fires when "Kiểm tra toàn vẹn"
    found damage (the window may sign out, as after the weekly check)."""

    restore_requested = Signal(object)
    damaged = Signal(list)
    changed = Signal()
    """The list was read again (a backup made here, a folder chosen): the status bar follows."""

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.backups: list[BackupFile] = []
        self.manager = may(services.ctx, Action.MANAGE_BACKUPS)
        self.busy = False
        title = QLabel(vb.PAGE_TITLE)
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = text_label(vb.INTRO, "color: #555;")
        self.status = text_label("", name="backupStatus")

        self.second_path = text_label("", selectable=True, name="secondFolder")
        self.second_button = QPushButton(vb.SECOND_BUTTON)
        self.second_button.setObjectName("secondFolderChoose")
        self.second_clear = QPushButton(vb.SECOND_CLEAR)
        self.second_clear.setObjectName("secondFolderClear")
        self.second_error = ErrorLabel()
        self.second_error.setObjectName("secondFolderError")
        self.second_down = text_label("", AMBER, name="secondFolderDown")
        self.second_down.hide()
        second = QHBoxLayout()
        second.addWidget(QLabel(vb.SECOND_LABEL))
        second.addWidget(self.second_path, 1)
        second.addWidget(self.second_button)
        second.addWidget(self.second_clear)
        self.second_button.setVisible(self.manager)
        self.second_clear.setVisible(self.manager)

        self.back_up_button = QPushButton(vb.BACK_UP)
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.setToolTip(vb.BACK_UP_TIP)
        self.check_button = QPushButton(vb.CHECK)
        self.check_button.setObjectName("fullCheck")
        self.check_button.setToolTip(vb.CHECK_TIP)
        self.restore_button = QPushButton(vb.RESTORE)
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.setToolTip(vb.RESTORE_TIP)
        self.restore_button.setVisible(self.manager)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupBusy")
        self.progress.setRange(0, 0)  # busy: nobody knows how long a copy of the database takes
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress_text = QLabel()
        for widget in (self.progress, self.progress_text):
            widget.hide()
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.check_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.progress_text)
        buttons.addStretch(1)
        self.notice = NoticeLabel()
        self.notice.setObjectName("backupNotice")

        self.table = QTableWidget(0, len(vb.COLUMNS))
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(list(vb.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = text_label(vb.EMPTY, "color: #555;", name="backupsEmpty")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(second)
        layout.addWidget(self.second_error)
        layout.addWidget(self.second_down)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.back_up_button.clicked.connect(self.back_up)
        self.check_button.clicked.connect(self.full_check)
        self.restore_button.clicked.connect(self.restore)
        self.second_button.clicked.connect(self.choose_second_folder)
        self.second_clear.clicked.connect(lambda: self.set_second_folder(None))
        self.table.itemSelectionChanged.connect(self._enable)
        shortcut = QShortcut(QKeySequence(BACK_UP_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.back_up)
        self.reload()

    # Listing ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Ctrl+B belongs to this page: the keyboard starts here, not in the navigation the officer came from.
        self.back_up_button.setFocus()
        if not self.busy:
            self.reload()  # the window backs up on its own every hour: the list may have grown meanwhile

    def reload(self) -> None:
        chosen = self.selected()
        try:
            self.backups = self.services.backups.backups()
            status = self.services.backups.status()
        except Exception as exc:  # the disk: said on the page, the list stays as it was
            self.notice.show_text(vb.FAILED.format(reason=desk_error_text(exc)), "error")
            return
        self.changed.emit()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            for column, text in enumerate(row_texts(backup)):
                item = QTableWidgetItem(text)
                item.setToolTip(backup.path.name if column == 0 else text)
                if column in (2, 4, 5):
                    item.setTextAlignment(_RIGHT)
                if not backup.verified:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(vb.VERIFIED_NO_TIP)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        self._show_status(status)
        if chosen is not None:
            self.select(chosen.path.name)
        self._enable()

    def _show_status(self, status: BackupStatus) -> None:
        self.status.setText(status_text(status))
        self.status.setStyleSheet(AMBER if status.stale else "")
        self.second_path.setText(status.second_folder or vb.SECOND_NONE)
        self.second_path.setToolTip(status.second_folder or "")
        self.second_clear.setEnabled(status.second_folder is not None)
        since = status.second_unreachable_since
        self.second_down.setText(vb.SECOND_DOWN.format(date=fmt_date(since.date())) if since else "")
        self.second_down.setVisible(since is not None)

    def selected(self) -> BackupFile | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows and min(rows) < len(self.backups) else None

    def select(self, name: str) -> None:
        for row, backup in enumerate(self.backups):
            if backup.path.name == name:
                self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            self.manager and not self.busy and chosen is not None and chosen.verified
        )
        for button in (self.back_up_button, self.check_button, self.second_button):
            button.setEnabled(not self.busy)

    # Slow work -------------------------------------------------------------------------------------------
    def _begin(self, text: str) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.notice.hide()
        self.progress_text.setText(text)
        self.progress.show()
        self.progress_text.show()
        self._enable()
        return True

    def _end(self) -> None:
        self.busy = False
        self.progress.hide()
        self.progress_text.hide()
        self._enable()

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.notice.show_text(vb.FAILED.format(reason=desk_error_text(exc)), "error")

    def back_up(self) -> None:
        if self._begin(vb.BACKING_UP):
            self.tasks.op(self.services.backups.back_up).success(self._backed_up).failure(self._failed).run()

    def _backed_up(self, made: BackupFile) -> None:
        self._end()
        self.reload()
        self.select(made.path.name)
        text = vb.BACKED_UP.format(when=vb.when(made.created), figures=figures_words(made.figures))
        self.notice.show_text(text, "ok")

    def full_check(self) -> None:
        if self._begin(vb.CHECKING):
            self.tasks.op(self.services.backups.full_check).success(self._checked).failure(self._failed).run()

    def _checked(self, problems: list[str]) -> None:
        self._end()
        self.reload()
        if problems:
            self.notice.show_text(vb.CHECK_DAMAGED.format(count=fmt_int(len(problems))), "error")
            self.damaged.emit(problems)
        else:
            now = self.services.ctx.clock()
            self.notice.show_text(vb.CHECK_OK.format(when=vb.when(now)), "ok")

    # Restoring -------------------------------------------------------------------------------------------
    def restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.verified or not self._begin(vb.PREVIEWING):
            return
        backups = self.services.backups
        self.tasks.op(lambda: backups.preview(chosen)).success(self._previewed).failure(self._failed).run()

    def _previewed(self, preview: RestorePreview) -> None:
        self._end()
        dialog = RestorePreviewDialog(preview, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.restore_requested.emit(preview.backup)

    # The second folder -----------------------------------------------------------------------------------
    def choose_second_folder(self) -> None:
        start = self.services.backups.status().second_folder or ""
        folder = QFileDialog.getExistingDirectory(self, vb.SECOND_TITLE, start)
        if folder:
            self.set_second_folder(folder)

    def set_second_folder(self, folder: str | None) -> None:
        """Checked off the GUI thread: a network share that does not answer may take a while to say so."""
        self.second_error.clear_messages()
        if not self._begin(vb.SECOND_CHECKING):
            return
        backups = self.services.backups
        self.tasks.op(lambda: backups.set_second_folder(folder)).success(
            lambda _none: self._second_set(folder)
        ).failure(self._second_refused).run()

    def _second_set(self, folder: str | None) -> None:
        self._end()
        self.reload()
        chosen = self.services.backups.status().second_folder
        if folder and chosen:
            self.notice.show_text(vb.SECOND_SAVED.format(folder=chosen), "ok")
        else:
            self.notice.show_text(vb.SECOND_CLEARED, "ok")

    def _second_refused(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, ValidationError):
            self.second_error.set_messages(i18n_errors.message(e.key) for e in exc.errors)
        else:
            self.second_error.set_messages([desk_error_text(exc)])
