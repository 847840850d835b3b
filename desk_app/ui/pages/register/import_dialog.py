"""Nhập từ Excel: choose a CSV/XLSX register, watch the progress, then the count imported or every bad row."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from desk_app.i18n import vi_history_import as vh
from desk_app.i18n import vi_transfer as vt
from desk_app.services.registry import Services
from desk_app.services.transfer.dialogue_import import DialogueImporter, DialogueImportResult
from desk_app.services.transfer.petition_import import PetitionImporter, PetitionImportResult
from desk_app.services.transfer.session_import import SessionImporter, SessionImportResult
from desk_app.services.transfer.table import ImportRefused
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.services.transfer.visit_import_rows import VisitImportResult
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import NoticeLabel

Kind = Literal["visits", "petitions", "sessions", "dialogues"]
TITLES: dict[Kind, str] = {
    "visits": vt.IMPORT_TITLE_VISITS,
    "petitions": vt.IMPORT_TITLE_PETITIONS,
    "sessions": vh.IMPORT_TITLE_SESSIONS,
    "dialogues": vh.IMPORT_TITLE_DIALOGUES,
}
HINTS: dict[Kind, str] = {
    "visits": vt.IMPORT_HINT_VISITS,
    "petitions": vt.IMPORT_HINT_PETITIONS,
    "sessions": vh.IMPORT_HINT_SESSIONS,
    "dialogues": vh.IMPORT_HINT_DIALOGUES,
}
Result = VisitImportResult | PetitionImportResult | SessionImportResult | DialogueImportResult


class ProgressRelay(QObject):
    """Emitted from the worker thread; Qt delivers it on the GUI thread (queued), so the bar can move."""

    progress = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


def set_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(max(total, 1))
    bar.setValue(min(done, max(total, 1)))


class ImportDialog(QDialog):
    """`imported` fires after a successful import so the page behind can search again."""

    imported = Signal()

    def __init__(
        self, services: Services, tasks: TaskRunner, kind: Kind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.kind = kind
        self.path: Path | None = None
        self.relay = ProgressRelay(self)
        self.setWindowTitle(TITLES[kind])
        self.setObjectName("importDialog")
        self.resize(760, 520)
        hint = QLabel(HINTS[kind])
        hint.setWordWrap(True)
        self.file_label = QLabel(vt.IMPORT_NO_FILE)
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(vt.IMPORT_CHOOSE)
        self.choose_button.setObjectName("chooseImportFile")
        self.run_button = QPushButton(vt.IMPORT_RUN)
        self.run_button.setObjectName("runImport")
        self.run_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setFormat("%p%")
        self.progress.setValue(0)
        self.progress.hide()
        self.notice = NoticeLabel()
        self.notice.setObjectName("importResult")
        self.bad_table = QTableWidget(0, 2)
        self.bad_table.setObjectName("badRows")
        self.bad_table.setHorizontalHeaderLabels([vt.COL_ROW, vt.COL_REASON])
        self.bad_table.verticalHeader().setVisible(False)
        self.bad_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bad_table.setWordWrap(True)
        header = self.bad_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.bad_table.hide()
        self.close_button = QPushButton(vt.IMPORT_CLOSE)
        self._build(hint)
        self.choose_button.clicked.connect(self.choose_file)
        self.run_button.clicked.connect(self.run)
        self.close_button.clicked.connect(self.reject)
        self.relay.progress.connect(lambda done, total: set_progress(self.progress, done, total))

    def _build(self, hint: QLabel) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.file_label, 1)
        chooser.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(chooser)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addWidget(self.bad_table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, file_dialogs.Kind.IMPORT, self.windowTitle(), vt.IMPORT_FILTER)
        if path:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.run_button.setEnabled(True)
        self.notice.clear_text()
        self.bad_table.hide()

    def start_import(self, path: Path) -> None:
        """Choose `path` and import it at once (what the buttons do, for tests and drag-and-drop)."""
        self.set_file(path)
        self.run()

    def run(self) -> None:
        if self.path is None:
            return
        path, services, relay = self.path, self.services, self.relay
        self.run_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.bad_table.hide()
        self.progress.show()
        self.progress.setRange(0, 0)  # busy until the first report: reading a large .xlsx takes a while
        self.notice.show_text(vt.IMPORT_RUNNING, "info")

        def job() -> Result:
            if self.kind == "visits":
                return VisitImporter(services.ctx).import_file(path, relay.report)
            if self.kind == "sessions":  # a few hundred rows at most: the bar stays busy
                return SessionImporter(services.ctx).import_file(path)
            if self.kind == "dialogues":
                return DialogueImporter(services.ctx).import_file(path)
            return PetitionImporter(services.ctx).import_file(path, relay.report)

        self.tasks.op(job).success(self._done).failure(self._failed).run()

    def _done(self, result: Result) -> None:
        self._idle()
        set_progress(self.progress, 1, 1)
        self.notice.show_text(f"{result.headline()}. {result.detail()}", "ok")
        self.imported.emit()

    def _failed(self, exc: Exception) -> None:
        self._idle()
        self.progress.hide()
        if not isinstance(exc, ImportRefused):
            self.notice.show_text(vt.IMPORT_FAILED.format(detail=desk_error_text(exc)), "error")
            return
        if exc.whole_file:
            # the file itself is wrong (its format, an empty sheet): one sentence, not a table of one "row 1"
            reasons = " ".join(reason for bad in exc.bad_rows for reason in bad.reasons)
            self.notice.show_text(vt.IMPORT_REFUSED_FILE.format(reason=reasons), "error")
            self.bad_table.setRowCount(0)
            return
        self.notice.show_text(str(exc), "error")
        table = self.bad_table
        table.setRowCount(len(exc.bad_rows))
        for index, bad in enumerate(exc.bad_rows):
            number = QTableWidgetItem(str(bad.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(index, 0, number)
            table.setItem(index, 1, QTableWidgetItem(" ".join(bad.reasons)))
        table.resizeRowsToContents()
        table.show()

    def _idle(self) -> None:
        self.choose_button.setEnabled(True)
        self.run_button.setEnabled(self.path is not None)

    def bad_rows(self) -> list[tuple[int, str]]:
        """The table of refused rows as (row, reason) pairs."""
        found: list[tuple[int, str]] = []
        for r in range(self.bad_table.rowCount()):
            number, reason = self.bad_table.item(r, 0), self.bad_table.item(r, 1)
            if number is not None and reason is not None:
                found.append((int(number.text()), reason.text()))
        return found
