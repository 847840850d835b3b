"""The year's dialogues (đối thoại): their notice and answer limits in colour, a form, the notice and the answers."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import conclusions as conclusion_docs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import DialogueKind
from desk_app.errors import DeskError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels, vi_ui
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.services.documents import KeptDocument
from desk_app.services.registry import Services
from desk_app.services.schedule.dialogue_types import DialogueEdit, DialogueInfo, DialogueState
from desk_app.ui.pages.schedule.conclusion_dialog import error_text
from desk_app.ui.pages.schedule.dialogues_dialogs import AnswerDialog, NoticeDialog
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import DateField, EnumCombo, IdCombo, NoticeLabel, section_header

log = logging.getLogger(__name__)

COLUMNS = (
    vc.COL_DATE,
    vc.COL_KIND,
    vc.COL_TOPIC,
    vc.COL_PRESIDER,
    vc.COL_NOTICE_DUE,
    vc.COL_ANSWERS,
    vc.COL_STATUS,
)
RED, AMBER = "#fdecea", "#fff4e0"
STATE_TEXT = {
    DialogueState.WAIT_NOTICE: vc.STATE_WAIT_NOTICE,
    DialogueState.WAIT_ANSWERS: vc.STATE_WAIT_ANSWERS,
    DialogueState.DONE: vc.STATE_DONE,
}


def status_text(d: DialogueInfo) -> str:
    if d.overdue:
        return f"{vc.STATE_OVERDUE} – {STATE_TEXT[d.state].lower()}"
    if d.due_soon:
        return f"{vc.STATE_SOON} – {STATE_TEXT[d.state].lower()}"
    return STATE_TEXT[d.state]


def _parse_time(text: str) -> dt.time | None:
    value = text.strip().replace("h", ":").replace(".", ":")
    if not value:
        return None
    hour, _, minute = value.partition(":")
    return dt.time(int(hour), int(minute or 0))  # ValueError for anything else


class DialoguesTab(QWidget):
    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.output = PdfOutput(self)
        self.open_document: Callable[[Path], bool] = self.print_document
        """ "In": the kept notice printed by the PC's mode, A4, one copy (tests capture the path instead)."""
        self.dialogues: list[DialogueInfo] = []
        self.editing: DialogueInfo | None = None
        self.notice_dialog: NoticeDialog | None = None
        self.answer_dialog: AnswerDialog | None = None
        self._issued_text = ""

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(services.ctx.today().year)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        # the topic takes what is left; the bold header text must never be cut
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStyleSheet("QHeaderView::section { padding: 2px 8px; }")
        self.heading = section_header(vc.FORM_NEW)
        self.kind = EnumCombo(labels.DIALOGUE_KIND)
        self.date = DateField()
        self.time = QLineEdit()
        self.time.setPlaceholderText(vc.TIME_PLACEHOLDER)
        self.time.setMaximumWidth(80)
        self.place = QLineEdit()
        self.presider = IdCombo()
        self.topic = QLineEdit()
        self.participants = QPlainTextEdit()
        self.issues = QPlainTextEdit()
        for box in (self.participants, self.issues):
            box.setTabChangesFocus(True)
            box.setFixedHeight(56)
        self.new_button = QPushButton(vc.BTN_NEW)
        self.save_button = QPushButton(vc.BTN_SAVE_DIALOGUE)
        self.notice_button = QPushButton(vc.BTN_NOTICE)
        self.print_button = QPushButton(vc.BTN_PRINT_NOTICE)
        self.answer_button = QPushButton(vc.BTN_ANSWER)
        self.notice = NoticeLabel()
        self._lay_out()
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._load_row(row))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.notice_button.clicked.connect(self.open_notice_dialog)
        self.print_button.clicked.connect(self.print_notice)
        self.answer_button.clicked.connect(self.open_answer_dialog)
        self.presider.set_items(
            [(None, vc.NO_PRESIDER)] + [(st.id, f"{st.full_name} – {st.position or ''}".rstrip(" –"))
                                        for st in services.office.list_staff() if st.is_leader]
        )  # fmt: skip
        self.reload()
        self.start_new()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(vc.YEAR_LABEL))
        top.addWidget(self.year)
        top.addWidget(self.counts, 1)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        fields: tuple[tuple[str, QWidget, int, int, int], ...] = (
            (vc.FIELD_KIND, self.kind, 0, 0, 1),
            (vc.FIELD_DATE, self.date, 0, 1, 1),
            (vc.FIELD_TIME, self.time, 0, 2, 1),
            (vc.FIELD_PRESIDER, self.presider, 0, 3, 1),
            (vc.FIELD_TOPIC, self.topic, 2, 0, 2),
            (vc.FIELD_PLACE, self.place, 2, 2, 2),
            (vc.FIELD_DIALOGUE_PARTICIPANTS, self.participants, 4, 0, 2),
            (vc.FIELD_ISSUES, self.issues, 4, 2, 2),
        )
        for caption, widget, row, column, span in fields:
            label = QLabel(caption)
            label.setStyleSheet("font-weight: bold; color: #333333;")
            label.setBuddy(widget)
            form.addWidget(label, row, column, 1, span)
            form.addWidget(widget, row + 1, column, 1, span)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.notice_button, self.print_button, self.answer_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    # Listing ---------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        year = self._services.dialogues.list(self.year.value())
        self.dialogues = list(year.dialogues)
        c = year.counts
        self.counts.setText(vc.YEAR_COUNTS.format(
            year=year.year, total=len(self.dialogues), dinh_ky=c[DialogueKind.DINH_KY],
            dot_xuat=c[DialogueKind.DOT_XUAT], chuyen_de=c[DialogueKind.CHUYEN_DE],
        ))  # fmt: skip
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.dialogues))
        for row, d in enumerate(self.dialogues):
            due = fmt_date(d.notice_due) if d.notice_due else ""
            if d.notice_number and d.notice_date:
                due = vc.NOTICE_ISSUED_CELL.format(date=fmt_date(d.notice_date), number=d.notice_number)
            answers = vc.ANSWERS_CELL.format(done=d.answered, total=len(d.answers)) if d.answers else ""
            presider = d.presided_by_name
            cells = (
                fmt_date(d.date),
                labels.DIALOGUE_KIND[d.kind],
                d.topic,
                presider,
                due,
                answers,
                status_text(d),
            )
            color = RED if d.overdue else AMBER if d.due_soon else None
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if color:
                    cell.setBackground(QColor(color))
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        ids = [d.id for d in self.dialogues]
        if select_id in ids:
            self.table.setCurrentCell(ids.index(select_id), 0)
            self._load_row(ids.index(select_id))
        self._enable()

    def _enable(self) -> None:
        d = self.editing
        self.notice_button.setEnabled(d is not None and d.notice_number is None)
        self.print_button.setEnabled(d is not None and d.notice_number is not None)
        self.answer_button.setEnabled(d is not None and d.answered < len(d.answers))

    def _load_row(self, row: int) -> None:
        if not 0 <= row < len(self.dialogues):
            return
        d = self.dialogues[row]
        self.editing = d
        self.heading.setText(vc.FORM_EDIT.format(date=fmt_date(d.date)))
        self.kind.set_value(d.kind)
        self.date.set_date(d.date)
        self.time.setText(fmt_time(d.start_time))
        self.place.setText(d.place)
        self.presider.set_value(d.presided_by_id)
        self.topic.setText(d.topic)
        self.participants.setPlainText(d.participants)
        self.issues.setPlainText(d.issues_raised)
        self._enable()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.heading.setText(vc.FORM_NEW)
        self.kind.set_value(DialogueKind.DINH_KY)
        self.date.set_date(self._services.ctx.today())
        head = self._services.office.head()
        self.presider.set_value(head.id if head else None)
        for widget in (self.time, self.place, self.topic):
            widget.clear()
        self.participants.clear()
        self.issues.clear()
        self._enable()

    # Actions ---------------------------------------------------------------------------------------------
    def save(self) -> DialogueInfo | None:
        try:
            edit = DialogueEdit(
                kind=self.kind.value(), date=self.date.date_value(), start_time=_parse_time(self.time.text()),
                place=self.place.text(), presided_by_id=self.presider.value(), topic=self.topic.text(),
                participants=self.participants.toPlainText(), issues_raised=self.issues.toPlainText(),
            )  # fmt: skip
        except ValueError:
            self.notice.show_text(
                f"{i18n_errors.message('date.invalid')} {i18n_errors.message('time.invalid')}", "error"
            )
            return None
        try:
            if self.editing is None:
                saved = self._services.dialogues.create(edit)
            else:
                saved = self._services.dialogues.update(self.editing.id, edit)
        except DeskError as exc:
            self.notice.show_text(error_text(exc), "error")
            return None
        if saved.date.year != self.year.value():
            self.year.setValue(saved.date.year)
        self.reload(select_id=saved.id)
        due = fmt_date(saved.notice_due) if saved.notice_due else ""
        self.notice.show_text(vc.SAVED_DIALOGUE.format(date=fmt_date(saved.date), due=due), "ok")
        return saved

    def open_notice_dialog(self) -> None:
        if self.editing is None:
            self.notice.show_text(vc.PICK_FIRST, "warn")
            return
        dialog = NoticeDialog(self.editing, self._services.ctx.today(), self)
        dialog.buttons.accepted.connect(self._notice_accepted)
        self.notice_dialog = dialog
        dialog.open()

    def _notice_accepted(self) -> None:
        dialog, d = self.notice_dialog, self.editing
        if dialog is None or d is None:
            return
        on = dialog.issued_date()
        if on is None:
            dialog.error.set_messages([i18n_errors.message("date.invalid", i18n_errors.Context.DIALOGUES)])
            return
        try:
            issued = self._services.dialogues.issue_notice(d.id, on, dialog.units())
        except DeskError as exc:
            dialog.error.set_messages([error_text(exc)])
            return
        dialog.accept()
        self.reload(select_id=issued.id)
        number = issued.notice_number or ""
        if issued.answers and issued.answers[0].due_date:
            due = fmt_date(issued.answers[0].due_date)
            self._issued_text = vc.NOTICE_DONE.format(number=number, count=len(issued.answers), due=due)
        else:
            self._issued_text = vc.NOTICE_DONE_NO_UNITS.format(number=number)
        self.notice.show_text(self._issued_text, "ok")
        self.print_notice()

    def print_notice(self) -> None:
        if self.editing is None or self.editing.notice_number is None:
            return
        services, dialogue_id = self._services, self.editing.id
        number = self.editing.notice_number

        def job() -> KeptDocument:
            pdf = conclusion_docs.dialogue_notice_pdf(services, dialogue_id)
            return services.documents.keep(None, DocumentKind.DIALOGUE_CONCLUSION, pdf, number)

        self.print_button.setEnabled(False)
        self._runner.op(job).success(self._printed).failure(self._print_failed).run()

    def _printed(self, kept: KeptDocument) -> None:
        self._enable()
        text = " ".join(filter(None, (self._issued_text, vc.PRINTED.format(path=kept.path))))
        self._issued_text = ""
        self.notice.show_text(text, "ok")
        if not self.open_document(kept.path):
            self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

    def print_document(self, path: Path) -> bool:
        return self.output.print(job_for(path, vpu.DIALOGUE_NOTICE))

    def _print_failed(self, exc: Exception) -> None:
        self._enable()
        log.error("printing the dialogue notice failed", exc_info=exc)
        self.notice.show_text(vc.ISSUE_FAILED.format(detail=error_text(exc)), "error")

    def open_answer_dialog(self) -> None:
        if self.editing is None:
            self.notice.show_text(vc.PICK_FIRST, "warn")
            return
        waiting = [a for a in self.editing.answers if a.answered_on is None]
        dialog = AnswerDialog(waiting, self._services.ctx.today(), self)
        dialog.buttons.accepted.connect(self._answer_accepted)
        self.answer_dialog = dialog
        dialog.open()

    def _answer_accepted(self) -> None:
        dialog = self.answer_dialog
        if dialog is None or dialog.chosen() is None or self.editing is None:
            return
        answer = dialog.chosen()
        assert answer is not None
        try:
            done = self._services.dialogues.record_answer(
                answer.id, dialog.answered_date(), dialog.doc_no.text()
            )
        except DeskError as exc:
            dialog.error.set_messages([error_text(exc)])
            return
        dialog.accept()
        self.reload(select_id=self.editing.id)
        self.notice.show_text(vc.ANSWER_DONE.format(unit=done.unit), "ok")
