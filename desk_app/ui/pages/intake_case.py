"""Column (b) of the intake page: what the citizen brings, how the desk handles it, documents received."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desk_app.domain.enums import (
    Category,
    DocCondition,
    Handling,
    PriorDecisionLevel,
    SignatureKind,
    SubjectField,
)
from desk_app.domain.visit import DocumentInput, VisitInput
from desk_app.errors import FieldError
from desk_app.i18n import vi, vi_ui
from desk_app.ui.widgets.errors import show_field_errors
from desk_app.ui.widgets.fields import (
    EnumCombo,
    ErrorLabel,
    NoWheelSpinBox,
    hbox,
    hint_style,
    section_header,
    with_error,
)
from desk_app.ui.widgets.form_state import Binder
from desk_app.ui.widgets.row_list import RowList

_PRIOR_DECIDED = {PriorDecisionLevel.LAN_DAU, PriorDecisionLevel.LAN_HAI, PriorDecisionLevel.BAN_AN,
                  PriorDecisionLevel.KET_LUAN_TC}  # fmt: skip


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
        condition: EnumCombo[DocCondition] = EnumCombo(vi.DOC_CONDITION)
        condition.set_value(DocCondition.BAN_PHOTO)
        quantity = NoWheelSpinBox()
        quantity.setRange(1, 99)
        quantity.setSuffix(vi_ui.DOC_QUANTITY_SUFFIX)
        return {"title": title, "pages": pages, "condition": condition, "quantity": quantity}

    def stretches(self) -> dict[str, int]:
        return {"title": 1}


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return value.strip() or None


def _plain(height_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # keyboard first: Tab leaves the box instead of typing a tab
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height_lines + 14)
    return edit


class CaseSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = b = Binder()
        self.category: EnumCombo[Category] = b.add("category", EnumCombo(vi.CATEGORY, empty=vi_ui.CHOOSE))
        self.field: EnumCombo[SubjectField] = b.add("field", EnumCombo(vi.SUBJECT_FIELD, empty=vi_ui.CHOOSE))
        self.summary = b.add("summary", _plain(3))
        self.requests = b.add("requests", _plain(2))
        self.prior_level: EnumCombo[PriorDecisionLevel] = b.add(
            "prior_decision_level", EnumCombo(vi.PRIOR_DECISION_LEVEL, empty=vi_ui.UNKNOWN)
        )
        self.prior_handling = b.add("prior_handling", QLineEdit())
        self.within_competence = b.add("within_competence", QCheckBox(vi_ui.WITHIN_COMPETENCE))
        self.handling: EnumCombo[Handling] = b.add(
            "handling", EnumCombo(vi.HANDLING, empty=vi_ui.NOT_CHOSEN, exclude=[Handling.TU_CHOI_TIEP])
        )
        self.guidance_target = b.add("guidance_target", QLineEdit())
        self.guidance_doc_no = b.add("guidance_doc_no", QLineEdit())
        self.transfer_target = b.add("transfer_target", QLineEdit())
        self.transfer_doc_no = b.add("transfer_doc_no", QLineEdit())
        for edit in (self.guidance_doc_no, self.transfer_doc_no):
            edit.setPlaceholderText(vi_ui.DOC_NO_PLACEHOLDER)
            edit.setMaximumWidth(150)
        self.documents = b.add("documents", DocumentList(vi_ui.ADD_DOCUMENT))
        self.documents_count = QLabel()
        hint_style(self.documents_count, None)
        self.signed: EnumCombo[SignatureKind] = b.add("citizen_signed", EnumCombo(vi.SIGNATURE_KIND))
        self.written = b.add("has_written_petition", QCheckBox(vi_ui.WRITTEN_PETITION))
        self.remarks = b.add("remarks", QLineEdit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_header(vi_ui.CASE_HEADER))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        layout.addStretch(1)
        self._form = form
        self.errors: dict[str, ErrorLabel] = {}

        box, self.errors["category"] = with_error(self.category)
        form.addRow(vi_ui.CATEGORY_LABEL, box)
        form.addRow(vi_ui.FIELD_LABEL, self.field)
        box, self.errors["summary"] = with_error(self.summary)
        form.addRow(vi_ui.SUMMARY, box)
        form.addRow(vi_ui.REQUESTS, self.requests)
        form.addRow(vi_ui.PRIOR_LEVEL, self.prior_level)
        form.addRow(vi_ui.PRIOR_HANDLING, self.prior_handling)
        form.addRow("", self.within_competence)
        form.addRow(vi_ui.HANDLING_LABEL, self.handling)
        self.guidance_box, self.errors["guidance_target"] = with_error(
            hbox(self.guidance_target, self.guidance_doc_no)
        )
        form.addRow(vi_ui.GUIDANCE_TARGET, self.guidance_box)
        self.transfer_box, self.errors["transfer_target"] = with_error(
            hbox(self.transfer_target, self.transfer_doc_no)
        )
        form.addRow(vi_ui.TRANSFER_TARGET, self.transfer_box)
        docs_box, self.errors["documents"] = with_error(self.documents)
        docs_label = QWidget()
        docs_label_layout = QVBoxLayout(docs_label)
        docs_label_layout.setContentsMargins(0, 4, 0, 0)
        docs_label_layout.addWidget(QLabel(vi_ui.DOCUMENTS))
        docs_label_layout.addWidget(self.documents_count)
        form.addRow(docs_label, docs_box)
        form.addRow(vi_ui.SIGNED, self.signed)
        form.addRow("", self.written)
        form.addRow(vi_ui.REMARKS, self.remarks)
        for label in form.findChildren(QLabel):
            label.setWordWrap(True)

        b.connect(self.changed.emit)
        self.handling.currentIndexChanged.connect(self._show_targets)
        self.prior_level.currentIndexChanged.connect(self._show_targets)
        self.documents.changed.connect(self._count_documents)
        self._show_targets()
        self._count_documents()

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
        guided = handling is Handling.HUONG_DAN
        transferred = handling is Handling.CHUYEN_DON
        return {
            "category": self.category.value(),
            "field": self.field.value(),
            "summary": self.summary.toPlainText().strip(),
            "requests": _text(self.requests),
            "prior_decision_level": self.prior_level.value(),
            "prior_handling": _text(self.prior_handling)
            if self.prior_level.value() in _PRIOR_DECIDED
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
            }
        )
        self.clear_errors()

    def fill(self, visit: VisitInput) -> None:
        self.category.set_value(visit.category)
        self.field.set_value(visit.field)
        self.summary.setPlainText(visit.summary)
        self.requests.setPlainText(visit.requests or "")
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

    # Errors ----------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_messages()
        self.documents.clear_errors()

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the errors this column owns; returns the others."""
        rows = [row.error for row in self.documents.filled_rows()]
        return show_field_errors(errors, self.errors, {"doc": rows})

    # Behaviour -------------------------------------------------------------------------------------------
    def _show_targets(self) -> None:
        handling = self.handling.value()
        self._form.setRowVisible(self.guidance_box, handling is Handling.HUONG_DAN)
        self._form.setRowVisible(self.transfer_box, handling is Handling.CHUYEN_DON)
        self._form.setRowVisible(self.prior_handling, self.prior_level.value() in _PRIOR_DECIDED)

    def _count_documents(self) -> None:
        count = len(self.documents.filled_rows())
        self.documents_count.setText(vi_ui.DOCUMENTS_COUNT.format(count=count) if count else "")
