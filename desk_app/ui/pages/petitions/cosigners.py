"""The other people who signed a letter (người cùng đứng tên): one compact row each, added and removed at will."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.ui.pages.intake.people import guess_id_type
from desk_app.ui.widgets.fields import ErrorLabel
from desk_app.ui.widgets.form_state import Callbacks


class CoSignerRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(vpp.COSIGNER_NAME_HINT)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(vpp.ID_NUMBER)
        self.address = QLineEdit()
        self.address.setPlaceholderText(vpp.ADDRESS)
        self.number = QLabel()
        self.number.setStyleSheet("color: #555555;")
        self.remove = QPushButton(vpp.COSIGNER_REMOVE)
        self.remove.setToolTip(vpp.COSIGNER_REMOVE_TIP)
        self.error = ErrorLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.id_number, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.address, 1, 1, 1, 2)
        grid.addWidget(self.error, 2, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

    def person(self) -> PersonInput | None:
        name = self.name.text().strip()
        number = self.id_number.text().strip() or None
        if not name and not number and not self.address.text().strip():
            return None
        return PersonInput(
            full_name=name,
            id_type=guess_id_type(number or ""),
            id_number=number,
            address=self.address.text().strip() or None,
        )


class CoSignerList(QWidget):
    """`changed` when a row is added, removed or typed in; `added` when the list grows (the count follows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self.added = Callbacks()
        self.rows: list[CoSignerRow] = []
        self.caption = QLabel(vpp.COSIGNERS)
        self.caption.setStyleSheet("color: #333333; font-weight: bold;")
        self.add_button = QPushButton(vpp.COSIGNER_ADD)
        self.add_button.setObjectName("addCoSigner")
        self.add_button.setToolTip(vpp.COSIGNER_ADD_TIP)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.rows_box)
        self._renumber()

    def add_row(self, person: PersonInput | None = None) -> CoSignerRow:
        row = CoSignerRow()
        row.setObjectName(f"coSigner{len(self.rows) + 1}")
        if person is not None:
            row.name.setText(person.full_name)
            row.id_number.setText(person.id_number or "")
            row.address.setText(person.address or "")
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for edit in (row.name, row.id_number, row.address):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._renumber()
        if person is None:
            row.name.setFocus()
        self.added.emit()
        self.changed.emit()
        return row

    def remove_row(self, row: CoSignerRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows, start=2):
            row.number.setText(vpp.COSIGNER_NUMBER.format(n=index))
        self.caption.setVisible(bool(self.rows))

    def reset(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)

    def fill(self, people: tuple[PersonInput, ...]) -> None:
        self.reset()
        for person in people:
            self.add_row(person)

    def people(self) -> tuple[PersonInput, ...]:
        """The typed rows; blank rows are ignored, a row with only an ID is kept so its missing name shows."""
        return tuple(p for p in (row.person() for row in self.rows) if p is not None)

    def error_labels(self) -> dict[str, ErrorLabel]:
        """ "signer1.full_name" → the line under the first filled row (the service numbers the filled ones)."""
        labels: dict[str, ErrorLabel] = {}
        filled = [row for row in self.rows if row.person() is not None]
        for index, row in enumerate(filled, start=1):
            for field in ("full_name", "id_number", "address", "phone", "birth_year", "gender"):
                labels[f"signer{index}.{field}"] = row.error
        return labels

    def state(self) -> list[tuple[str, str, str]]:
        return [(r.name.text(), r.id_number.text(), r.address.text()) for r in self.rows]
