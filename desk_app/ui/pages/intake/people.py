"""Column (a) of the intake page: the person at the desk, the group, representatives and helpers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain import identity
from desk_app.domain.enums import Gender, IdType
from desk_app.domain.legal_rules import group_rule
from desk_app.domain.reception import representative_problem
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import FieldError
from desk_app.i18n import labels, vi, vi_ui
from desk_app.services.citizens.service import CitizenMatch
from desk_app.ui.widgets.errors import error_message, show_field_errors
from desk_app.ui.widgets.fields import (
    DateField,
    EnumCombo,
    ErrorLabel,
    Field,
    NoWheelSpinBox,
    field_row,
    hint_style,
    section_header,
)
from desk_app.ui.widgets.form_state import Binder, Callbacks, connect_changed
from desk_app.ui.widgets.row_list import RowList

_PASSPORT = re.compile(r"[A-Za-z][0-9]{7}")
_CMND = re.compile(r"[0-9]{9}")


def guess_id_type(number: str) -> IdType:
    """A representative's row has no paper-type box: 9 digits is an old CMND, a letter and 7 digits a passport."""
    value = re.sub(r"[\s.]", "", number)
    if _CMND.fullmatch(value):
        return IdType.CMND
    if _PASSPORT.fullmatch(value):
        return IdType.HO_CHIEU
    return IdType.CAN_CUOC


class RepresentativeList(RowList):
    """Representatives besides the main visitor (who is the first one)."""

    def make_fields(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {}
        for name, placeholder in (
            ("full_name", vi_ui.REP_NAME),
            ("id_number", vi_ui.REP_ID),
            ("address", vi_ui.REP_ADDRESS),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(placeholder)
            fields[name] = edit
        number = fields["id_number"]
        number.setFixedWidth(number.fontMetrics().horizontalAdvance("0000000000000") + 12)
        return fields

    def stretches(self) -> dict[str, int]:
        return {"full_name": 1, "address": 1}


@dataclass(frozen=True, slots=True)
class PeopleData:
    visitor: PersonInput
    representatives: tuple[PersonInput, ...]
    group_size: int
    authorised_person: str | None
    interpreter_name: str | None


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class PeopleSection(QWidget):
    """`search_changed` fires when the name or the ID number changes (the page looks up earlier visits)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self.search_changed = Callbacks()
        self.binder = b = Binder()
        self._citizen_id: int | None = None
        self.today = today  # the service clock's date; the page renews it for every new form

        # Created in reading order, which is also the Tab order.
        self.full_name = b.add("full_name", QLineEdit())
        self.linked = QLabel(vi_ui.CITIZEN_LINKED)
        hint_style(self.linked, "ok")
        self.linked.setWordWrap(True)  # the longer note of a confidential visit must not widen the column
        self.linked.linkActivated.connect(lambda _link: self.set_citizen_id(None))
        self.id_type: EnumCombo[IdType] = b.add("id_type", EnumCombo(labels.ID_TYPE))
        self.id_number = b.add("id_number", QLineEdit())
        self.id_warning = QLabel()
        self.id_warning.setWordWrap(True)
        hint_style(self.id_warning, "warn")
        self.id_warning.hide()
        self.id_issue_date = b.add("id_issue_date", DateField())
        self.id_issue_place = b.add("id_issue_place", QLineEdit())
        self.birth_year = b.add("birth_year", QLineEdit())
        self.birth_year.setValidator(QIntValidator(0, 9999, self.birth_year))
        self.birth_year.setFixedWidth(self.fontMetrics().horizontalAdvance("00000") + 16)
        self.gender: EnumCombo[Gender] = b.add("gender", EnumCombo(labels.GENDER, empty=vi_ui.NO_VALUE))
        self.phone = b.add("phone", QLineEdit())
        self.address = b.add("address", QLineEdit())
        self.group_size = b.add("group_size", NoWheelSpinBox())
        self.group_size.setRange(1, 500)
        self.group_size.setSuffix(vi_ui.GROUP_SIZE_SUFFIX)
        self.group_size.setFixedWidth(self.fontMetrics().horizontalAdvance("500 người") + 40)
        self.group_hint = QLabel()
        self.group_hint.setWordWrap(True)
        self.reps = b.add("representatives", RepresentativeList(vi_ui.ADD_REPRESENTATIVE))
        reps_note = QLabel(vi_ui.REPRESENTATIVES_NOTE)
        reps_note.setWordWrap(True)
        hint_style(reps_note, None)
        self.authorised = b.add("authorised_person", QLineEdit())
        self.interpreter = b.add("interpreter_name", QLineEdit())

        name = Field(vi_ui.FULL_NAME, self.full_name, self.linked)
        id_type = Field(vi_ui.ID_TYPE_LABEL, self.id_type)
        number = Field(vi_ui.ID_NUMBER, self.id_number, self.id_warning)
        issue_date = Field(vi_ui.ID_ISSUE_DATE, self.id_issue_date)
        issue_place = Field(vi_ui.ID_ISSUE_PLACE, self.id_issue_place)
        born = Field(vi_ui.BIRTH_YEAR, self.birth_year)
        gender = Field(vi_ui.GENDER_LABEL, self.gender)
        phone = Field(vi_ui.PHONE, self.phone)
        address = Field(vi_ui.ADDRESS, self.address)
        size = Field(vi_ui.GROUP_SIZE, self.group_size, self.group_hint)
        self.reps_field = Field(vi_ui.REPRESENTATIVES, reps_note, self.reps)
        authorised = Field(vi_ui.AUTHORISED, self.authorised)
        interpreter = Field(vi_ui.INTERPRETER, self.interpreter)
        self.errors: dict[str, ErrorLabel] = {
            "visitor.full_name": name.error,
            "visitor.id_number": number.error,
            "visitor.id_issue_date": issue_date.error,
            "visitor.birth_year": born.error,
            "visitor.phone": phone.error,
            "group_size": size.error,
            "representatives": self.reps_field.error,
        }

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_header(vi_ui.PEOPLE_HEADER))
        layout.addWidget(name)
        layout.addLayout(field_row((id_type, 2), (number, 3)))
        layout.addLayout(field_row((issue_date, 2), (issue_place, 3)))
        layout.addLayout(field_row((born, 1), (gender, 1), (phone, 2)))
        layout.addWidget(address)
        layout.addWidget(size)
        layout.addWidget(self.reps_field)
        layout.addLayout(field_row((authorised, 1), (interpreter, 1)))
        layout.addStretch(1)

        b.connect(self.changed.emit)
        for edit in (self.full_name, self.id_number):
            connect_changed(edit, self.search_changed.emit)
        self.id_number.textChanged.connect(self._check_id_live)
        self.id_number.editingFinished.connect(self._check_id_full)
        for signal in (
            self.id_number.textChanged,
            self.birth_year.textChanged,
            self.gender.currentIndexChanged,
        ):
            signal.connect(self._update_id_warning)
        self.group_size.valueChanged.connect(self._update_group)
        self.reps.changed.connect(self._update_group)
        self._update_group()
        self.set_citizen_id(None)

    # Reading ---------------------------------------------------------------------------------------------
    def collect(self, errors: list[FieldError]) -> PeopleData:
        """The people typed; unreadable dates or years add a FieldError and count as empty."""
        issue_date: dt.date | None = None
        try:
            issue_date = self.id_issue_date.date_value()
        except ValueError:
            errors.append(FieldError("visitor.id_issue_date", "invalid"))
        if issue_date is not None and issue_date > self.today:
            errors.append(FieldError("visitor.id_issue_date", "future"))
        year_text = self.birth_year.text().strip()
        visitor = PersonInput(
            full_name=self.full_name.text().strip(),
            id_type=self.id_type.value() or IdType.CAN_CUOC,
            id_number=_text(self.id_number),
            id_issue_date=issue_date,
            id_issue_place=_text(self.id_issue_place),
            birth_year=int(year_text) if year_text else None,
            gender=self.gender.value(),
            address=_text(self.address),
            phone=_text(self.phone),
            citizen_id=self._citizen_id,
        )
        reps = []
        for row in self.reps.filled_rows():
            number = _line(row.widget("id_number"))
            reps.append(
                PersonInput(
                    full_name=_line(row.widget("full_name")) or "",
                    id_type=guess_id_type(number or ""),
                    id_number=number,
                    address=_line(row.widget("address")),
                )
            )
        return PeopleData(
            visitor=visitor,
            representatives=tuple(reps),
            group_size=self.group_size.value(),
            authorised_person=_text(self.authorised),
            interpreter_name=_text(self.interpreter),
        )

    def search_terms(self) -> tuple[str, str]:
        return self.id_number.text(), self.full_name.text()

    def citizen_id(self) -> int | None:
        return self._citizen_id

    # Writing ---------------------------------------------------------------------------------------------
    def set_citizen_id(self, citizen_id: int | None) -> None:
        self._citizen_id = citizen_id
        self.linked.setVisible(citizen_id is not None)
        self.changed.emit()

    def lock_identity(self, locked: bool) -> None:
        """A denunciation this user may not see: who came stays as stored, shown "[Bảo mật]" and not editable."""
        for widget in (
            self.full_name, self.id_type, self.id_number, self.id_issue_date, self.id_issue_place, self.birth_year,
            self.gender, self.phone, self.address, self.reps, self.authorised,
        ):  # fmt: skip
            widget.setEnabled(not locked)
        self.linked.setText(vi_ui.CITIZEN_CONFIDENTIAL if locked else vi_ui.CITIZEN_LINKED)

    def reset(self) -> None:
        self.lock_identity(False)
        self.binder.restore(
            dict.fromkeys(self.binder.fields, "")
            | {"id_type": IdType.CAN_CUOC.value, "gender": None, "group_size": 1, "representatives": []}
        )
        self.set_citizen_id(None)
        self.clear_errors()

    def fill_from_qr(self, qr: identity.QrIdentity) -> None:
        self.full_name.setText(qr.full_name)
        self.id_type.set_value(IdType.CAN_CUOC)
        self.id_number.setText(qr.id_number)
        self.id_issue_date.set_date(qr.issue_date)
        self.birth_year.setText(str(qr.birth_date.year))
        self.gender.set_value(qr.gender)
        self.address.setText(qr.address)
        self.set_citizen_id(None)  # a card just scanned is the person at the desk, not an earlier pick
        self._check_id_full()

    def fill_from_match(self, match: CitizenMatch) -> None:
        self.full_name.setText(match.full_name)
        self.id_type.set_value(match.id_type)
        self.id_number.setText(match.id_number or "")
        self.birth_year.setText(str(match.birth_year) if match.birth_year else "")
        self.gender.set_value(match.gender)
        self.address.setText(match.address or "")
        self.phone.setText(match.phone or "")
        self.set_citizen_id(match.citizen_id)

    def fill(self, visit: VisitInput) -> None:
        v = visit.visitor
        self.full_name.setText(v.full_name)
        self.id_type.set_value(v.id_type)
        self.id_number.setText(v.id_number or "")
        self.id_issue_date.set_date(v.id_issue_date)
        self.id_issue_place.setText(v.id_issue_place or "")
        self.birth_year.setText(str(v.birth_year) if v.birth_year else "")
        self.gender.set_value(v.gender)
        self.address.setText(v.address or "")
        self.phone.setText(v.phone or "")
        self.group_size.setValue(visit.group_size)
        self.reps.set_rows(
            {"full_name": r.full_name, "id_number": r.id_number or "", "address": r.address or ""}
            for r in visit.representatives
        )
        self.authorised.setText(visit.authorised_person or "")
        self.interpreter.setText(visit.interpreter_name or "")
        self.set_citizen_id(v.citizen_id)

    def state(self) -> dict[str, Any]:
        return self.binder.state() | {"citizen_id": self._citizen_id}

    def restore(self, state: dict[str, Any]) -> None:
        self.binder.restore(state)
        citizen_id = state.get("citizen_id")
        self.set_citizen_id(citizen_id if isinstance(citizen_id, int) else None)

    # Errors ----------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_messages()
        self.reps.clear_errors()

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the errors this column owns; returns the others."""
        rows = [row.error for row in self.reps.filled_rows()]
        return show_field_errors(errors, self.errors, {"rep": rows})

    # Live hints ------------------------------------------------------------------------------------------
    def _check_id_live(self) -> None:
        # Only the character check while typing: "length" would flash red on every digit.
        codes = identity.check_id_number(self.id_type.value() or IdType.CAN_CUOC, self.id_number.text())
        shown = [c for c in codes if c == identity.DIGITS_ONLY]
        self._show_id_codes(shown)
        if self._citizen_id is not None and not self.id_number.text().strip():
            self.set_citizen_id(None)

    def _check_id_full(self) -> None:
        self._show_id_codes(
            identity.check_id_number(self.id_type.value() or IdType.CAN_CUOC, self.id_number.text())
        )

    def _show_id_codes(self, codes: list[str]) -> None:
        self.errors["visitor.id_number"].set_messages(
            error_message(FieldError("visitor.id_number", code)) for code in codes
        )

    def _update_id_warning(self) -> None:
        year = self.birth_year.text().strip()
        warnings = identity.id_warnings(
            self.id_number.text(), self.gender.value(), int(year) if year else None
        )
        texts = []
        for warning in warnings:
            if warning.code == "gender_mismatch":
                texts.append(vi.WARN_ID_GENDER.format(expected=labels.GENDER[Gender(warning.expected)]))
            else:
                texts.append(vi.WARN_ID_BIRTH_YEAR.format(expected=warning.expected, typed=warning.typed))
        self.id_warning.setText("\n".join(texts))
        self.id_warning.setVisible(bool(texts))

    def _update_group(self) -> None:
        size = self.group_size.value()
        rule = group_rule(size, self.today)
        reps = 1 + len(self.reps.filled_rows())
        if rule.max_reps == 0:
            text = vi_ui.GROUP_HINT_NONE if size > 1 else ""
        else:
            text = vi.WARN_DELEGATION.format(size=size, min_reps=rule.min_reps, max_reps=rule.max_reps)
            text += vi_ui.GROUP_HINT_REPS.format(count=reps)
        problem = representative_problem(size, reps, self.today)
        hint_style(self.group_hint, "error" if problem else ("warn" if rule.max_reps else None))
        self.group_hint.setText(("⚠ " if rule.max_reps else "") + text)
        self.group_hint.setVisible(bool(text))
        # Representatives matter only for a group; keep rows visible once typed so nothing hides silently.
        self.reps_field.setVisible(size > 1 or bool(self.reps.rows))


def _line(widget: QWidget) -> str | None:
    return _text(widget) if isinstance(widget, QLineEdit) else None
