"""Column (b) of the intake page: what the citizen brings, how the desk handles it, documents received."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desk_app.domain.enums import (
    Category,
    DocCondition,
    Handling,
    PriorDecisionLevel,
    SignatureKind,
    SubjectField,
)
from desk_app.domain.visit import DocumentInput, VisitInput, asks_prior_handling, guides, transfers
from desk_app.errors import FieldError
from desk_app.i18n import labels, vi_ui
from desk_app.services.citizens.service import CaseBrief
from desk_app.ui.pages.intake.matters import MatterList
from desk_app.ui.widgets.errors import show_field_errors
from desk_app.ui.widgets.fields import EnumCombo, ErrorLabel, Field, NoWheelSpinBox, field_row, section_header
from desk_app.ui.widgets.form_state import Binder, Callbacks
from desk_app.ui.widgets.row_list import RowList


class ConditionCombo(EnumCombo[DocCondition]):
    """What kind of copy a received document is: the desk takes copies only (ND154 Điều 15.4), never originals.

    "Bản chính" is not offered, yet a stored original (older data) still shows as such instead of turning into
    a copy when the visit is opened and saved again.
    """

    def __init__(self) -> None:
        super().__init__(labels.DOC_CONDITION, exclude=[DocCondition.BAN_CHINH])

    def set_state_value(self, raw: object) -> None:
        if raw == DocCondition.BAN_CHINH.value and DocCondition.BAN_CHINH not in self._values:
            self.addItem(labels.DOC_CONDITION[DocCondition.BAN_CHINH])
            self._values.append(DocCondition.BAN_CHINH)
        super().set_state_value(raw)


class DocumentList(RowList):
    """Documents handed over at the desk, as Giấy biên nhận 02/TCD lists them."""

    def make_fields(self) -> dict[str, QWidget]:
        title = QLineEdit()
        title.setPlaceholderText(vi_ui.DOC_TITLE)
        title.setToolTip(vi_ui.DOC_TITLE)
        pages = NoWheelSpinBox()
        pages.setRange(0, 9999)
        pages.setSpecialValueText(vi_ui.DOC_PAGES_NONE)  # 0 shows "Số trang": not counted
        pages.setSuffix(vi_ui.DOC_PAGES_SUFFIX)
        condition = ConditionCombo()
        condition.set_value(DocCondition.BAN_PHOTO)
        quantity = NoWheelSpinBox()
        quantity.setRange(1, 99)
        quantity.setSuffix(vi_ui.DOC_QUANTITY_SUFFIX)
        return {"title": title, "pages": pages, "condition": condition, "quantity": quantity}

    def stretches(self) -> dict[str, int]:
        return {"title": 1}

    def lines(self, names: Sequence[str]) -> Sequence[Sequence[str]]:
        return [["title"], ["pages", "condition", "quantity"]]


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return value.strip() or None


def _row_widget(row: QHBoxLayout) -> QWidget:
    """A row of fields that is shown or hidden as a whole."""
    box = QWidget()
    row.setContentsMargins(0, 0, 0, 0)
    box.setLayout(row)
    return box


def _plain(height_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # keyboard first: Tab leaves the box instead of typing a tab
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height_lines + 14)
    return edit


class CaseSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self.binder = b = Binder()
        self.category: EnumCombo[Category] = b.add("category", EnumCombo(labels.CATEGORY, empty=vi_ui.CHOOSE))
        self.field: EnumCombo[SubjectField] = b.add(
            "field", EnumCombo(labels.SUBJECT_FIELD, empty=vi_ui.CHOOSE)
        )
        self.summary = b.add("summary", _plain(3))
        self.requests = b.add("requests", _plain(2))
        self.matters = b.add("further_matters", MatterList())
        self.prior_level: EnumCombo[PriorDecisionLevel] = b.add(
            "prior_decision_level", EnumCombo(labels.PRIOR_DECISION_LEVEL, empty=vi_ui.UNKNOWN)
        )
        self.prior_handling = b.add("prior_handling", QLineEdit())
        self.within_competence = b.add("within_competence", QCheckBox(vi_ui.WITHIN_COMPETENCE))
        self.handling: EnumCombo[Handling] = b.add(
            "handling", EnumCombo(labels.HANDLING, empty=vi_ui.NOT_CHOSEN, exclude=[Handling.TU_CHOI_TIEP])
        )
        self.guidance_target = b.add("guidance_target", QLineEdit())
        self.guidance_doc_no = b.add("guidance_doc_no", QLineEdit())
        self.transfer_target = b.add("transfer_target", QLineEdit())
        self.transfer_doc_no = b.add("transfer_doc_no", QLineEdit())
        for edit in (self.guidance_doc_no, self.transfer_doc_no):
            edit.setPlaceholderText(vi_ui.DOC_NO_PLACEHOLDER)
        self.documents = b.add("documents", DocumentList(vi_ui.ADD_DOCUMENT))
        self.signed: EnumCombo[SignatureKind] = b.add("citizen_signed", EnumCombo(labels.SIGNATURE_KIND))
        self.written = b.add("has_written_petition", QCheckBox(vi_ui.WRITTEN_PETITION))
        self.remarks = b.add("remarks", QLineEdit())
        self._prefilled: dict[str, object] = {}  # what prefill_from_case put in, while the officer leaves it

        category = Field(vi_ui.CATEGORY_LABEL, self.category)
        subject = Field(vi_ui.FIELD_LABEL, self.field)
        summary = Field(vi_ui.SUMMARY, self.summary)
        requests = Field(vi_ui.REQUESTS, self.requests)
        self.matters_field = Field(vi_ui.MATTERS, self.matters)
        self.matters_field.caption.setToolTip(vi_ui.MATTERS_TIP)
        prior_level = Field(vi_ui.PRIOR_LEVEL, self.prior_level)
        self.prior_handling_field = Field(vi_ui.PRIOR_HANDLING, self.prior_handling)
        handling = Field(vi_ui.HANDLING_LABEL, self.handling)
        guidance = Field(vi_ui.GUIDANCE_TARGET, self.guidance_target)
        guidance_no = Field(vi_ui.DOC_NO, self.guidance_doc_no)
        transfer = Field(vi_ui.TRANSFER_TARGET, self.transfer_target)
        transfer_no = Field(vi_ui.DOC_NO, self.transfer_doc_no)
        self.documents_field = Field(vi_ui.DOCUMENTS, self.documents)
        signed = Field(vi_ui.SIGNED, self.signed)
        remarks = Field(vi_ui.REMARKS, self.remarks)
        self.errors: dict[str, ErrorLabel] = {
            "category": category.error,
            "summary": summary.error,
            "guidance_target": guidance.error,
            "transfer_target": transfer.error,
            "documents": self.documents_field.error,
            "further_matters": self.matters_field.error,
        }
        self.guidance_row = _row_widget(field_row((guidance, 3), (guidance_no, 1)))
        self.transfer_row = _row_widget(field_row((transfer, 3), (transfer_no, 1)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_header(vi_ui.CASE_HEADER))
        layout.addLayout(field_row((category, 1), (subject, 1)))
        layout.addWidget(summary)
        layout.addWidget(requests)
        layout.addWidget(self.matters_field)
        layout.addLayout(field_row((prior_level, 1), (self.prior_handling_field, 1)))
        layout.addWidget(self.within_competence)
        layout.addLayout(field_row((handling, 1), (QWidget(), 1)))
        layout.addWidget(self.guidance_row)
        layout.addWidget(self.transfer_row)
        layout.addWidget(self.documents_field)
        signed_row = field_row((signed, 1), (self.written, 1))
        signed_row.setAlignment(self.written, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(signed_row)
        layout.addWidget(remarks)
        layout.addStretch(1)

        b.connect(self.changed.emit)
        self.handling.currentIndexChanged.connect(self._show_targets)
        self.prior_level.currentIndexChanged.connect(self._show_targets)
        self.documents.changed.connect(self._count_documents)
        self.matters.changed.connect(self._count_matters)
        self._show_targets()
        self._count_documents()
        self._count_matters()

    # Reading ---------------------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        """Keyword arguments of VisitInput from this column; targets of hidden handlings are left out."""
        handling = self.handling.value()
        documents = []
        for row in self.documents.filled_rows():
            title, pages, condition, quantity = (
                row.widget(n) for n in ("title", "pages", "condition", "quantity")
            )
            assert isinstance(title, QLineEdit) and isinstance(pages, NoWheelSpinBox)
            assert isinstance(condition, EnumCombo) and isinstance(quantity, NoWheelSpinBox)
            documents.append(
                DocumentInput(
                    title=title.text().strip(),
                    pages=pages.value() or None,
                    condition=condition.value() or DocCondition.BAN_PHOTO,
                    quantity=quantity.value(),
                )
            )
        guided, transferred = guides(handling), transfers(handling)
        return {
            "category": self.category.value(),
            "field": self.field.value(),
            "summary": self.summary.toPlainText().strip(),
            "further_matters": self.matters.matters(),
            "requests": _text(self.requests),
            "prior_decision_level": self.prior_level.value(),
            "prior_handling": _text(self.prior_handling)
            if asks_prior_handling(self.prior_level.value())
            else None,
            "within_competence": self.within_competence.isChecked(),
            "handling": handling,
            "guidance_target": _text(self.guidance_target) if guided else None,
            "guidance_doc_no": _text(self.guidance_doc_no) if guided else None,
            "transfer_target": _text(self.transfer_target) if transferred else None,
            "transfer_doc_no": _text(self.transfer_doc_no) if transferred else None,
            "documents": tuple(documents),
            "citizen_signed": self.signed.value() or SignatureKind.KY,
            "has_written_petition": self.written.isChecked(),
            "remarks": _text(self.remarks),
        }

    # Writing ---------------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.binder.restore(
            dict.fromkeys(self.binder.fields, "")
            | {
                "category": None,
                "field": None,
                "prior_decision_level": None,
                "handling": None,
                "within_competence": False,
                "has_written_petition": False,
                "citizen_signed": SignatureKind.KY.value,
                "documents": [],
                "further_matters": [],
            }
        )
        self._prefilled = {}
        self.clear_errors()

    def fill(self, visit: VisitInput) -> None:
        self._prefilled = {}
        self.category.set_value(visit.category)
        self.field.set_value(visit.field)
        self.summary.setPlainText(visit.summary)
        self.requests.setPlainText(visit.requests or "")
        self.matters.set_matters(visit.further_matters)
        self.prior_level.set_value(visit.prior_decision_level)
        self.prior_handling.setText(visit.prior_handling or "")
        self.within_competence.setChecked(visit.within_competence)
        self.handling.set_value(None if visit.is_refusal else visit.handling)
        self.guidance_target.setText(visit.guidance_target or "")
        self.guidance_doc_no.setText(visit.guidance_doc_no or "")
        self.transfer_target.setText(visit.transfer_target or "")
        self.transfer_doc_no.setText(visit.transfer_doc_no or "")
        self.documents.set_rows(
            {"title": d.title, "pages": d.pages or 0, "condition": d.condition.value, "quantity": d.quantity}
            for d in visit.documents
        )
        self.signed.set_value(visit.citizen_signed)
        self.written.setChecked(visit.has_written_petition)
        self.remarks.setText(visit.remarks or "")

    def prefill_from_case(self, case: CaseBrief | None) -> None:
        """A repeat visit on a known case starts from its category, field and summary.

        Only boxes that are empty or still hold what an earlier choice put there change: what the officer typed
        stays. Choosing "Vụ việc mới" again takes such untouched values back out.
        """
        wanted: dict[str, object] = {
            "category": case.category.value if case else None,
            "field": case.field.value if case and case.field else None,
            "summary": case.title if case else "",
        }
        now = self.binder.state()
        for name, value in wanted.items():
            untouched = now[name] in (None, "") or now[name] == self._prefilled.get(name)
            if untouched and now[name] != value:
                self.binder.restore({name: value})
            if untouched:
                self._prefilled[name] = value

    # Errors ----------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_messages()
        self.documents.clear_errors()
        self.matters.clear_errors()

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the errors this column owns; returns the others."""
        rows = [row.error for row in self.documents.filled_rows()]
        matters = [row.error for row in self.matters.filled_rows()]
        return show_field_errors(errors, self.errors, {"doc": rows, "matter": matters})

    # Behaviour -------------------------------------------------------------------------------------------
    def _show_targets(self) -> None:
        handling = self.handling.value()
        self.guidance_row.setVisible(guides(handling))
        self.transfer_row.setVisible(transfers(handling))
        self.prior_handling_field.setVisible(asks_prior_handling(self.prior_level.value()))

    def _count_matters(self) -> None:
        count = len(self.matters.filled_rows())
        suffix = vi_ui.MATTERS_COUNT.format(count=count) if count else ""
        self.matters_field.caption.setText(f"{vi_ui.MATTERS} · {suffix}" if suffix else vi_ui.MATTERS)

    def _count_documents(self) -> None:
        count = len(self.documents.filled_rows())
        suffix = vi_ui.DOCUMENTS_COUNT.format(count=count) if count else ""
        self.documents_field.caption.setText(f"{vi_ui.DOCUMENTS} · {suffix}" if suffix else vi_ui.DOCUMENTS)
