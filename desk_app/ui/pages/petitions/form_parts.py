"""The two columns of the petition form: the letter (source, dates, content) and the person who signed it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Category, PetitionSource, PriorDecisionLevel, SignatureKind, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.errors import FieldError
from desk_app.i18n import labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.ui.pages.intake.people import guess_id_type
from desk_app.ui.pages.petitions.cosigners import CoSignerList
from desk_app.ui.widgets.fields import (
    DateField,
    EnumCombo,
    ErrorLabel,
    Field,
    NoticeLabel,
    NoWheelSpinBox,
    field_row,
    section_header,
)
from desk_app.ui.widgets.form_state import Binder, Callbacks


def _plain(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # keyboard first: Tab leaves the box
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _tight(*fields: Field) -> None:
    """A field never grows taller than its content: no gap opens when a red line under it disappears."""
    for field in fields:
        field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


def read_date(edit: DateField, field: str, errors: list[FieldError]) -> dt.date | None:
    try:
        return edit.date_value()
    except ValueError:
        errors.append(FieldError(field, "invalid_date"))
        return None


class LetterSection(QWidget):
    """Column (a): when and how the letter came, what it is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self.binder = b = Binder()
        self.received = b.add("received_date", DateField())
        self.letter_date = b.add("letter_date", DateField())
        self.source: EnumCombo[PetitionSource] = b.add("source", EnumCombo(labels.PETITION_SOURCE))
        self.forwarded_by = b.add("forwarded_by_org", QLineEdit())
        self.forwarded_no = b.add("forwarded_doc_no", QLineEdit())
        self.forwarded_date = b.add("forwarded_doc_date", DateField())
        self.category: EnumCombo[Category] = b.add("category", EnumCombo(labels.CATEGORY, empty=vpp.CHOOSE))
        self.field: EnumCombo[SubjectField] = b.add(
            "field", EnumCombo(labels.SUBJECT_FIELD, empty=vpp.CHOOSE)
        )
        self.summary = b.add("summary", _plain(3))
        self.respondent = b.add("respondent", QLineEdit())
        self.prior_level: EnumCombo[PriorDecisionLevel] = b.add(
            "prior_decision_level", EnumCombo(labels.PRIOR_DECISION_LEVEL, empty=vpp.UNKNOWN)
        )
        self.originals = b.add("has_original_documents", QCheckBox(vpp.ORIGINALS))
        self.split_hint = NoticeLabel()
        self.split_button = QPushButton(vpp.SPLIT_BUTTON)
        self.split_button.setObjectName("splitPetition")
        self.split_button.setToolTip(vpp.SPLIT_TIP)

        received = Field(vpp.RECEIVED_DATE, self.received)
        letter = Field(vpp.LETTER_DATE, self.letter_date)
        source = Field(vpp.SOURCE_FIELD, self.source)
        forwarded_by = Field(vpp.FORWARDED_BY, self.forwarded_by)
        forwarded_no = Field(vpp.FORWARDED_NO, self.forwarded_no)
        forwarded_date = Field(vpp.FORWARDED_DATE, self.forwarded_date)
        category = Field(vpp.CATEGORY_FIELD, self.category)
        subject = Field(vpp.SUBJECT_FIELD, self.field)
        summary = Field(vpp.SUMMARY, self.summary)
        respondent = Field(vpp.RESPONDENT, self.respondent)
        prior = Field(vpp.PRIOR_LEVEL, self.prior_level)
        _tight(
            received, letter, source, forwarded_by, forwarded_no, forwarded_date, category, subject, summary
        )
        _tight(respondent, prior)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(22)
        self.errors: dict[str, ErrorLabel] = {
            "received_date": received.error,
            "letter_date": letter.error,
            "source": source.error,
            "forwarded_by_org": forwarded_by.error,
            "forwarded_doc_no": forwarded_no.error,
            "forwarded_doc_date": forwarded_date.error,
            "category": category.error,
            "field": subject.error,
            "summary": summary.error,
            "respondent": respondent.error,
        }
        self.forwarded_row = QWidget()
        forwarded = QVBoxLayout(self.forwarded_row)
        forwarded.setContentsMargins(0, 0, 0, 0)
        forwarded.setSpacing(6)
        forwarded.addWidget(forwarded_by)
        forwarded.addLayout(field_row((forwarded_no, 1), (forwarded_date, 1)))
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_hint, 1)
        split_row.addWidget(self.split_button)
        self.split_box = QWidget()
        split_row.setContentsMargins(0, 0, 0, 0)
        self.split_box.setLayout(split_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_header(vpp.SECTION_LETTER))
        layout.addLayout(field_row((received, 1), (letter, 1)))
        layout.addWidget(source)
        layout.addWidget(self.forwarded_row)
        layout.addLayout(field_row((category, 1), (subject, 1)))
        layout.addWidget(self.split_box)
        layout.addWidget(summary)
        layout.addWidget(respondent)
        layout.addLayout(field_row((prior, 1), (QWidget(), 1)))
        layout.addWidget(self.originals)
        layout.addStretch(1)

        b.connect(self.changed.emit)
        self.source.currentIndexChanged.connect(lambda _i: self._show_parts())
        self.category.currentIndexChanged.connect(lambda _i: self._show_parts())
        self._show_parts()

    def _show_parts(self) -> None:
        source = self.source.value()
        self.forwarded_row.setVisible(source is not None and source.is_forwarded)
        split = self.category.value() is Category.NHIEU_NOI_DUNG
        if split:
            self.split_hint.show_text(vpp.SPLIT_HINT, "warn")
        self.split_box.setVisible(split)

    def reset(self, today: dt.date, keep: dict[str, Any] | None = None) -> None:
        """An empty letter received today; `keep` restores values shared by a batch (date, source)."""
        for widget in self.binder.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.clear()
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, EnumCombo):
                widget.setCurrentIndex(0)
        self.received.set_date(today)
        self.source.set_value(PetitionSource.BUU_CHINH)
        if keep:
            self.binder.restore(keep)
        self._show_parts()

    def fill(self, p: PetitionInput) -> None:
        self.received.set_date(p.received_date)
        self.letter_date.set_date(p.letter_date)
        self.source.set_value(p.source)
        self.forwarded_by.setText(p.forwarded_by_org or "")
        self.forwarded_no.setText(p.forwarded_doc_no or "")
        self.forwarded_date.set_date(p.forwarded_doc_date)
        self.category.setCurrentIndex(0)
        self.category.set_value(p.category)
        self.field.setCurrentIndex(0)
        self.field.set_value(p.field)
        self.summary.setPlainText(p.summary)
        self.respondent.setText(p.respondent or "")
        self.prior_level.setCurrentIndex(0)
        self.prior_level.set_value(p.prior_decision_level)
        self.originals.setChecked(p.has_original_documents)
        self._show_parts()

    def collect(self, errors: list[FieldError], today: dt.date) -> dict[str, Any]:
        forwarded = (self.source.value() or PetitionSource.KHAC).is_forwarded
        return {
            "received_date": read_date(self.received, "received_date", errors) or today,
            "letter_date": read_date(self.letter_date, "letter_date", errors),
            "source": self.source.value() or PetitionSource.KHAC,
            "forwarded_by_org": _text(self.forwarded_by) if forwarded else None,
            "forwarded_doc_no": _text(self.forwarded_no) if forwarded else None,
            "forwarded_doc_date": read_date(self.forwarded_date, "forwarded_doc_date", errors)
            if forwarded
            else None,
            "category": self.category.value(),
            "field": self.field.value(),
            "summary": self.summary.toPlainText().strip(),
            "respondent": _text(self.respondent),
            "prior_decision_level": self.prior_level.value(),
            "has_original_documents": self.originals.isChecked(),
        }


class SignerSection(QWidget):
    """Column (b): the person who signed (người đứng tên), or an anonymous letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self.search_changed = Callbacks()
        self.citizen_id: int | None = None
        self.binder = b = Binder()
        self.anonymous = b.add("is_anonymous", QCheckBox(vpp.ANONYMOUS))
        self.impersonation = b.add("is_impersonation", QCheckBox(vpp.IMPERSONATION))
        self.full_name = b.add("full_name", QLineEdit())
        self.id_number = b.add("id_number", QLineEdit())
        self.address = b.add("address", QLineEdit())
        self.phone = b.add("phone", QLineEdit())
        self.signer_count = b.add("signer_count", NoWheelSpinBox())
        self.signer_count.setRange(1, 9999)
        self.signature: EnumCombo[SignatureKind] = b.add("signature", EnumCombo(labels.SIGNATURE_KIND))
        name = Field(vpp.NAME, self.full_name)
        id_number = Field(vpp.ID_NUMBER, self.id_number)
        address = Field(vpp.ADDRESS, self.address)
        phone = Field(vpp.PHONE, self.phone)
        count = Field(vpp.SIGNER_COUNT, self.signer_count)
        signature = Field(vpp.SIGNATURE, self.signature)
        _tight(name, id_number, address, phone, count, signature)
        self.errors: dict[str, ErrorLabel] = {
            "main.full_name": name.error,
            "main.id_number": id_number.error,
            "main.address": address.error,
            "main.phone": phone.error,
            "signer_count": count.error,
            "signature": signature.error,
        }
        self.person_box = QWidget()
        person = QVBoxLayout(self.person_box)
        person.setContentsMargins(0, 0, 0, 0)
        person.setSpacing(6)
        person.addWidget(name)
        person.addLayout(field_row((id_number, 1), (phone, 1)))
        person.addWidget(address)
        self.cosigners = CoSignerList()
        person.addWidget(self.cosigners)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_header(vpp.SECTION_SENDER))
        layout.addWidget(self.anonymous)
        layout.addWidget(self.impersonation)
        layout.addWidget(self.person_box)
        layout.addLayout(field_row((count, 1), (signature, 1)))
        layout.addStretch(1)

        b.connect(self.changed.emit)
        for edit in (self.full_name, self.id_number):
            edit.textChanged.connect(lambda _t: self.search_changed.emit())
        for edit in (self.full_name, self.id_number):
            # Typing another name or number means another person than the one picked from the visit.
            edit.textEdited.connect(lambda _t: self._forget_citizen())
        self.anonymous.toggled.connect(self._on_anonymous)
        self.cosigners.changed.connect(self.changed.emit)
        self.cosigners.added.connect(self._count_signers)

    def _count_signers(self) -> None:
        # Each person standing on the letter signed it: the count never reads fewer than the names.
        self.signer_count.setValue(max(self.signer_count.value(), 1 + len(self.cosigners.rows)))

    def _forget_citizen(self) -> None:
        self.citizen_id = None

    def _on_anonymous(self, on: bool) -> None:
        self.person_box.setEnabled(not on)
        self.search_changed.emit()

    def reset(self) -> None:
        self.citizen_id = None
        for edit in (self.full_name, self.id_number, self.address, self.phone):
            edit.clear()
        self.anonymous.setChecked(False)
        self.impersonation.setChecked(False)
        self.signer_count.setValue(1)
        self.signature.set_value(SignatureKind.KY)
        self.cosigners.reset()

    def fill(self, p: PetitionInput) -> None:
        main = p.main
        self.anonymous.setChecked(p.is_anonymous)
        self.impersonation.setChecked(p.is_impersonation)
        self.full_name.setText(main.full_name if main else "")
        self.id_number.setText(main.id_number or "" if main else "")
        self.address.setText(main.address or "" if main else "")
        self.phone.setText(main.phone or "" if main else "")
        self.cosigners.fill(p.signers)
        self.signer_count.setValue(max(1, p.signer_count))
        self.signature.set_value(p.signature)
        self.citizen_id = main.citizen_id if main else None

    def person(self) -> PersonInput | None:
        if self.anonymous.isChecked() or not self.full_name.text().strip():
            return None
        number = _text(self.id_number)
        return PersonInput(
            full_name=self.full_name.text().strip(),
            id_type=guess_id_type(number or ""),
            id_number=number,
            address=_text(self.address),
            phone=_text(self.phone),
            citizen_id=self.citizen_id,
        )

    def collect(self) -> dict[str, Any]:
        return {
            "main": self.person(),
            "signers": () if self.anonymous.isChecked() else self.cosigners.people(),
            "is_anonymous": self.anonymous.isChecked(),
            "is_impersonation": self.impersonation.isChecked(),
            "signer_count": self.signer_count.value(),
            "signature": self.signature.value() or SignatureKind.KY,
        }
