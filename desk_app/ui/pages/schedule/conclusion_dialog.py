"""The Thông báo kết luận of a head's session: edit the cases, issue with a number, print, follow the units' limits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import conclusions as conclusion_docs
from desk_app.domain.deadline_rules import DEADLINE_RULES
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import DeadlineStatus
from desk_app.errors import DeskError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels, vi_ui
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import fmt_date, parse_date
from desk_app.services.documents import KeptDocument
from desk_app.services.registry import Services
from desk_app.services.schedule.conclusion_types import ConclusionItem, IssuedConclusion, Signer
from desk_app.ui import dialogs
from desk_app.ui.preferences import scaled_font
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import DateField, NoticeLabel, section_header
from desk_app.ui.widgets.scroll import scroll_area
from desk_app.ui.widgets.tables import fit_wrapped_rows

log = logging.getLogger(__name__)

COLUMNS = (vc.COL_NO, vc.COL_CITIZEN, vc.COL_SAID, vc.COL_CONCLUSION, vc.COL_UNIT, vc.COL_DUE, vc.COL_STATE)
STATUS_COLORS = {DeadlineStatus.QUA_HAN: "#fdecea", DeadlineStatus.SAP_HET_HAN: "#fff4e0"}
_DEFAULT_DAYS = next(r.length for r in DEADLINE_RULES if r.code == "TCD_CONCLUSION_TASK")


def error_text(exc: BaseException) -> str:
    return desk_error_text(exc, i18n_errors.Context.DIALOGUES)


class ConclusionDialog(QDialog):
    """Cases start from the session's visits; "Ban hành & in" numbers, keeps and opens the PDF off the GUI thread."""

    def __init__(
        self, services: Services, runner: TaskRunner, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vc.DIALOG_TITLE)
        dialogs.fit_to_screen(self, 1100, 720)
        self._services = services
        self._runner = runner
        self.session_id = session_id
        self.output = PdfOutput(self)
        self.open_document: Callable[[Path], bool] = self.print_document
        """ "In": the kept notice printed by the PC's mode, A4, one copy (tests capture the path instead)."""
        self.items: list[ConclusionItem] = []
        self._loading = False

        self.header = QLabel()
        self.header.setStyleSheet("font-weight: bold;")
        self.header.setFont(scaled_font(self.header.font(), 1.2))  # follows the font size setting
        self.header.setWordWrap(True)
        self.place = QLabel()
        self.number = QLabel()
        self.participants = QLineEdit()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((0, 1, 2, 2, 1, 0, 0)):
            header.setSectionResizeMode(
                column,
                (
                    QHeaderView.ResizeMode.ResizeToContents,
                    QHeaderView.ResizeMode.Interactive,
                    QHeaderView.ResizeMode.Stretch,
                )[mode],
            )
        header.resizeSection(1, 160)
        header.resizeSection(4, 190)
        fit_wrapped_rows(self.table, max_lines=3)
        self.citizen = QLineEdit()
        self.said = QPlainTextEdit()
        self.conclusion = QPlainTextEdit()
        for box in (self.said, self.conclusion):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.unit = QLineEdit()
        self.due = DateField()
        self.due_error = QLabel()
        self.due_error.setStyleSheet("color: #b3261e;")
        self.add_button = QPushButton(vc.BTN_ADD)
        self.remove_button = QPushButton(vc.BTN_REMOVE)
        self.done_button = QPushButton(vc.BTN_DONE)
        self.issued_on = DateField()
        self.authority = QLineEdit()
        self.signer_title = QLineEdit()
        self.signer_name = QLineEdit()
        self.notice = NoticeLabel()
        self.dues = QLabel()
        self.dues.setWordWrap(True)
        self.save_button = QPushButton(vc.BTN_SAVE)
        self.issue_button = QPushButton(vc.BTN_ISSUE)
        self.close_button = QPushButton(vc.BTN_CLOSE)
        # Enter in a field must never issue a numbered notice by accident
        for button in (self.add_button, self.remove_button, self.done_button, self.save_button,
                       self.issue_button, self.close_button):  # fmt: skip
            button.setAutoDefault(False)
        self._lay_out()
        self._wire()
        self.load()

    # Layout ----------------------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        top = QVBoxLayout()
        top.addWidget(self.header)
        top.addWidget(self.place)
        top.addWidget(self.number)
        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        rows: tuple[tuple[str, QWidget, int, int, int], ...] = (
            (vc.FIELD_CITIZEN, self.citizen, 0, 0, 1),
            (vc.FIELD_UNIT, self.unit, 0, 1, 1),
            (vc.FIELD_DUE.format(days=_DEFAULT_DAYS), self.due, 0, 2, 1),
            (vc.FIELD_SAID, self.said, 2, 0, 1),
            (vc.FIELD_CONCLUSION, self.conclusion, 2, 1, 2),
        )
        for caption, widget, row, column, span in rows:
            label = QLabel(caption)
            label.setStyleSheet("font-weight: bold; color: #333333;")
            label.setBuddy(widget)
            fields.addWidget(label, row, column, 1, span)
            fields.addWidget(widget, row + 1, column, 1, span)
        fields.addWidget(self.due_error, 4, 0, 1, 3)
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.done_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        # Two rows of two: on one row the signer's title ("CHÁNH VĂN PHÒNG") was cut at 1366×768.
        signer = QGridLayout()
        signer.setHorizontalSpacing(10)
        for index, (caption, widget) in enumerate(
            (
                (vc.FIELD_ISSUED_ON, self.issued_on),
                (vc.FIELD_AUTHORITY, self.authority),
                (vc.FIELD_SIGNER_TITLE, self.signer_title),
                (vc.FIELD_SIGNER_NAME, self.signer_name),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            row, column = divmod(index, 2)
            signer.addWidget(label, row, 2 * column)
            signer.addWidget(widget, row, 2 * column + 1)
        signer.setColumnStretch(1, 1)
        signer.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)
        # Everything but the buttons scrolls when the screen is short (1366×768 at 125 %): the table keeps
        # room for a few rows and the buttons stay in view.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        participants = QHBoxLayout()
        participants.addWidget(QLabel(vc.FIELD_PARTICIPANTS))
        participants.addWidget(self.participants, 1)
        layout.addLayout(participants)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 10)
        layout.addWidget(self.table, 1)
        layout.addLayout(item_buttons)
        layout.addLayout(fields)
        layout.addWidget(section_header(vc.SECTION_ISSUE))
        layout.addLayout(signer)
        layout.addWidget(self.dues)
        layout.addWidget(self.notice)
        scroll = scroll_area(body, sideways=False)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def _wire(self) -> None:
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_item(row))
        self.citizen.textEdited.connect(lambda _t: self._edited())
        self.unit.textEdited.connect(lambda _t: self._edited())
        self.due.textEdited.connect(lambda _t: self._edited())
        self.said.textChanged.connect(self._edited)
        self.conclusion.textChanged.connect(self._edited)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.done_button.clicked.connect(self._ask_done)
        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)

    # Loading ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        info = self._services.conclusions.session(self.session_id)
        time = f" {info.start_time.hour:02d}:{info.start_time.minute:02d}" if info.start_time else ""
        presider = ", ".join(p for p in (info.presided_by_name, info.presided_by_position) if p)
        self.header.setText(
            vc.DIALOG_HEADER.format(
                kind=vc.SESSION_KIND[info.kind], date=fmt_date(info.date), time=time, presider=presider
            )
        )
        self.place.setText(vc.DIALOG_PLACE.format(place=info.place) if info.place else "")
        self.participants.setText(info.participants)
        self.items = self._services.conclusions.working_items(self.session_id)
        if info.number_text and info.issued_on:
            self.number.setText(
                vc.DIALOG_NUMBER.format(number=info.number_text, date=fmt_date(info.issued_on))
            )
            self.issue_button.setText(vc.BTN_REISSUE)
            self.issued_on.set_date(info.issued_on)
        else:
            self.number.setText(vc.DIALOG_NOT_ISSUED)
            self.issued_on.set_date(max(self._services.ctx.today(), info.date))
            if self.items and self.items[0].id is None:
                self.notice.show_text(vc.DIALOG_FROM_VISITS.format(count=len(self.items)), "info")
        if not self.signer_title.text():  # the officer's typed signer survives a re-issue
            conclusions = self._services.conclusions
            signer = (
                conclusions.source(self.session_id).signer
                if info.number_text
                else conclusions.default_signer()
            )
            self.authority.setText(signer.authority)
            self.signer_title.setText(signer.title)
            self.signer_name.setText(signer.name)
        self._fill_table()
        self._show_dues()

    def _fill_table(self, select: int = 0) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._fill_row(row, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        if self.items:
            self.table.setCurrentCell(min(select, len(self.items) - 1), 1)
            self._show_item(self.table.currentRow())
        else:
            self._show_item(-1)

    def _fill_row(self, row: int, item: ConclusionItem) -> None:
        due = item.due_date or item.clock_due
        state = ""
        if item.done_on:
            state = vc.DONE_ON.format(date=fmt_date(item.done_on))
        elif item.clock_status:
            state = labels.DEADLINE_STATUS[item.clock_status].lower()
        cells = (str(row + 1), item.citizen_name, item.citizen_said, item.conclusion,
                 item.responsible_unit or vc.NO_UNIT, fmt_date(due), state)  # fmt: skip
        color = STATUS_COLORS.get(item.clock_status) if item.clock_status else None
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if color:
                cell.setBackground(QColor(color))
            self.table.setItem(row, column, cell)

    def _show_item(self, row: int) -> None:
        self._loading = True
        item = self.items[row] if 0 <= row < len(self.items) else None
        for widget in (self.citizen, self.said, self.conclusion, self.unit, self.due, self.remove_button):
            widget.setEnabled(item is not None)
        self.done_button.setEnabled(bool(item and item.id and item.clock_status and not item.done_on))
        self.citizen.setText(item.citizen_name if item else "")
        self.said.setPlainText(item.citizen_said if item else "")
        self.conclusion.setPlainText(item.conclusion if item else "")
        self.unit.setText((item.responsible_unit or "") if item else "")
        self.due.set_date(item.due_date if item else None)
        self.due_error.clear()
        self._loading = False

    def _show_dues(self) -> None:
        lines = [
            vc.DUE_SUMMARY_LINE.format(
                unit=i.responsible_unit,
                date=fmt_date(i.clock_due),
                state=labels.DEADLINE_STATUS[i.clock_status].lower(),
            )
            for i in self.items
            if i.responsible_unit and i.clock_due and i.clock_status
        ]
        self.dues.setText("\n".join([vc.DUE_SUMMARY_TITLE, *lines]) if lines else "")
        self.dues.setVisible(bool(lines))

    # Editing ---------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self.items):
            return
        try:
            due = parse_date(self.due.text())
            self.due_error.clear()
        except ValueError:
            due = self.items[row].due_date
            self.due_error.setText(i18n_errors.message("due_date.invalid", i18n_errors.Context.DIALOGUES))
        self.items[row] = dataclasses.replace(
            self.items[row],
            citizen_name=self.citizen.text(),
            citizen_said=self.said.toPlainText(),
            conclusion=self.conclusion.toPlainText(),
            responsible_unit=self.unit.text() or None,
            due_date=due,
        )
        self.table.blockSignals(True)
        self._fill_row(row, self.items[row])
        self.table.resizeRowToContents(row)
        self.table.blockSignals(False)

    def add_item(self) -> None:
        self.items.append(ConclusionItem(citizen_name=vc.NEW_ITEM_NAME))
        self._fill_table(select=len(self.items) - 1)
        self.citizen.setFocus()

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._fill_table(select=max(0, row - 1))

    def save(self) -> bool:
        try:
            self.items = self._services.conclusions.save_items(
                self.session_id, self.items, participants=self.participants.text()
            )
        except DeskError as exc:
            self.notice.show_text(error_text(exc), "error")
            return False
        self._fill_table(self.table.currentRow())
        self.notice.show_text(vc.SAVED.format(count=len(self.items)), "ok")
        return True

    def _ask_done(self) -> None:
        box = QInputDialog(self)
        box.setWindowTitle(vc.DONE_PROMPT_TITLE)
        box.setLabelText(vc.DONE_PROMPT)
        box.setTextValue(fmt_date(self._services.ctx.today()))
        box.setOkButtonText(vi_ui.BTN_OK)
        box.setCancelButtonText(vi_ui.BTN_CANCEL)
        if box.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            on = parse_date(box.textValue())
        except ValueError:
            on = None
        if on is None:
            self.notice.show_text(
                i18n_errors.message("due_date.invalid", i18n_errors.Context.DIALOGUES), "error"
            )
            return
        self.mark_done(on)

    def mark_done(self, on: dt.date) -> None:
        row = self.table.currentRow()
        item = self.items[row] if 0 <= row < len(self.items) else None
        if item is None or item.id is None:
            return
        try:
            self.items[row] = self._services.conclusions.mark_done(item.id, on)
        except DeskError as exc:
            self.notice.show_text(error_text(exc), "error")
            return
        self._fill_table(row)
        self._show_dues()

    # Issuing ---------------------------------------------------------------------------------------------
    def issue(self) -> None:
        try:
            issued_on = parse_date(self.issued_on.text()) or self._services.ctx.today()
        except ValueError:
            self.notice.show_text(i18n_errors.message("date.invalid", i18n_errors.Context.DIALOGUES), "error")
            return
        services, session_id = self._services, self.session_id
        items, participants = list(self.items), self.participants.text()
        signer = Signer(
            self.authority.text().strip(), self.signer_title.text().strip(), self.signer_name.text().strip()
        )

        def job() -> tuple[IssuedConclusion, KeptDocument]:
            issued = services.conclusions.issue(
                session_id, issued_on, items=items, participants=participants, signer=signer
            )
            pdf = conclusion_docs.conclusion_pdf(services, session_id, signer)
            kept = services.documents.keep(None, DocumentKind.CONCLUSION, pdf, issued.number_text)
            services.conclusions.attach_pdf(session_id, kept.id)
            return issued, kept

        self.issue_button.setEnabled(False)
        self.notice.show_text(vc.ISSUING, "info")
        self._runner.op(job).success(self._issued).failure(self._issue_failed).run()

    def _issued(self, result: tuple[IssuedConclusion, KeptDocument]) -> None:
        issued, kept = result
        self.issue_button.setEnabled(True)
        self.load()
        self.notice.show_text(vc.ISSUED.format(number=issued.number_text, path=kept.path), "ok")
        if not self.open_document(kept.path):
            self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

    def print_document(self, path: Path) -> bool:
        return self.output.print(job_for(path, vc.DIALOG_TITLE))

    def _issue_failed(self, exc: Exception) -> None:
        self.issue_button.setEnabled(True)
        if not isinstance(exc, DeskError):
            log.error("issuing the conclusion notice failed", exc_info=exc)
        self.notice.show_text(vc.ISSUE_FAILED.format(detail=error_text(exc)), "error")
