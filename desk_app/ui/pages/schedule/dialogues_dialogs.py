"""The dialogues tab's two dialogs: issuing the conclusion notice (units and matters) and recording an answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadline_rules import DEADLINE_RULES
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import fmt_date, parse_date
from desk_app.services.schedule.dialogue_types import DialogueAnswerInfo, DialogueInfo, UnitMatter
from desk_app.ui.dialogs import localize_buttons
from desk_app.ui.widgets.fields import DateField, ErrorLabel

ANSWER_DAYS = next(r.length for r in DEADLINE_RULES if r.code == "DIALOGUE_UNIT_ANSWER")


class NoticeDialog(QDialog):
    """Units and the matters each must answer; the issue date (today by default)."""

    def __init__(self, dialogue: DialogueInfo, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vc.NOTICE_DIALOG_TITLE)
        self.resize(760, 420)
        due = fmt_date(dialogue.notice_due) if dialogue.notice_due else ""
        intro = QLabel(vc.NOTICE_DIALOG_INTRO.format(due=due, days=ANSWER_DAYS))
        intro.setWordWrap(True)
        self.issued_on = DateField()
        self.issued_on.set_date(max(today, dialogue.date))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([vc.COL_ANSWER_UNIT, vc.COL_ANSWER_MATTER])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 240)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button = QPushButton(vc.BTN_ADD)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(vc.FIELD_ISSUED_ON, self.issued_on)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_row()

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(2):
            self.table.setItem(row, column, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)

    def set_row(self, row: int, unit: str, matter: str) -> None:
        while self.table.rowCount() <= row:
            self.add_row()
        self._cell(row, 0).setText(unit)
        self._cell(row, 1).setText(matter)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        if cell is None:
            cell = QTableWidgetItem("")
            self.table.setItem(row, column, cell)
        return cell

    def units(self) -> list[UnitMatter]:
        """Rows with anything typed; a row with a matter and no unit comes back so the service can say so."""
        found = []
        for row in range(self.table.rowCount()):
            unit, matter = (self._cell(row, c).text().strip() for c in range(2))
            if unit or matter:
                found.append(UnitMatter(unit, matter))
        return found

    def issued_date(self) -> dt.date | None:
        try:
            return self.issued_on.date_value()
        except ValueError:
            return None


class AnswerDialog(QDialog):
    """Pick a unit still to answer, the date of its written answer and the document's number."""

    def __init__(
        self, answers: list[DialogueAnswerInfo], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vc.ANSWER_DIALOG_TITLE)
        self.setMinimumWidth(520)
        self.answers = answers
        self.unit = QComboBox()
        for answer in answers:
            due = f" – {vc.COL_ANSWER_DUE.lower()} {fmt_date(answer.due_date)}" if answer.due_date else ""
            self.unit.addItem(f"{answer.unit}{due}")
        self.answered_on = DateField()
        self.answered_on.set_date(today)
        self.doc_no = QLineEdit()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(vc.FIELD_ANSWER_UNIT, self.unit)
        form.addRow(vc.FIELD_ANSWERED_ON, self.answered_on)
        form.addRow(vc.FIELD_ANSWER_DOC, self.doc_no)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def chosen(self) -> DialogueAnswerInfo | None:
        index = self.unit.currentIndex()
        return self.answers[index] if 0 <= index < len(self.answers) else None

    def answered_date(self) -> dt.date | None:
        try:
            return parse_date(self.answered_on.text())
        except ValueError:
            return None
