"""The further matters of one visit on the intake page (DOMAIN §16.3 `Lượt`): a compact row each, under the first."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import MatterInput
from desk_app.i18n import labels, vi_ui
from desk_app.services.citizens.service import CaseBrief
from desk_app.ui.pages.intake.history import HistoryPanel, case_option_label
from desk_app.ui.widgets.fields import EnumCombo, NoWheelComboBox
from desk_app.ui.widgets.row_list import Row, RowList

# Combos keep to this many characters and elide the rest, so the column never widens the window; a case shows
# at least its code (VV-2026-001).
_COMBO_CHARS = 14
_CASE_CHARS = 11


CaseOptions = Callable[[], list[tuple[int, str]]]
"""The citizen's open cases a matter may continue, as (case id, label): those the repeat-visitor panel offers."""
CaseLabel = Callable[[int], str | None]
"""The label of any case by its id (a stored matter's case the panel does not list), None when it is gone."""
CaseBriefOf = Callable[[int], CaseBrief | None]
"""What the panel knows of a case: its title, category and field start a row that continues it."""


class CaseChoice(NoWheelComboBox):
    """ "Vụ việc mới", or one of the citizen's open cases; the list is taken afresh whenever the officer comes to it.

    A stored matter's case stays listed and chosen even when the panel does not offer it (an ended case).
    """

    def __init__(self, options: CaseOptions, label: CaseLabel) -> None:
        super().__init__()
        self._options, self._label = options, label
        self.setToolTip(vi_ui.MATTER_CASE_TIP)
        self.addItem(vi_ui.HISTORY_NEW_CASE, None)

    def value(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) and not isinstance(data, bool) else None

    def state_value(self) -> object:
        return self.value()

    def set_state_value(self, raw: object) -> None:
        case_id = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        self.refresh(case_id)

    def refresh(self, chosen: int | None = None, *, keep: bool = False) -> None:
        """List "Vụ việc mới" and the offered cases again, `chosen` (or, with `keep`, the current one) selected."""
        if keep:
            chosen = self.value()
        offered = dict(self._options())
        if chosen is not None and chosen not in offered:
            label = self._label(chosen)
            if label is None:
                chosen = None  # voided or gone: a new case, rather than a dead link
            else:
                offered[chosen] = label
        before = self.currentIndex()
        self.blockSignals(True)
        self.clear()
        self.addItem(vi_ui.HISTORY_NEW_CASE, None)
        for case_id, label in offered.items():
            self.addItem(label, case_id)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen is not None else 0)
        self.blockSignals(False)
        if self.currentIndex() != before or not keep:
            self.currentIndexChanged.emit(self.currentIndex())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.refresh(keep=True)
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.refresh(keep=True)
        super().showPopup()


def _compact(combo: QComboBox, chars: int = _COMBO_CHARS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class MatterList(RowList):
    """ "+ Thêm nội dung khác": each row a further matter (summary, Phân loại, Lĩnh vực), its own case when saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.case_options: CaseOptions = list
        self.case_label: CaseLabel = lambda _case_id: None
        self.case_brief: CaseBriefOf = lambda _case_id: None
        super().__init__(vi_ui.ADD_MATTER, parent)
        self.add_button.setToolTip(vi_ui.MATTERS_TIP)
        self.add_button.setAccessibleName(vi_ui.ADD_MATTER.lstrip("+ "))
        self.changed.connect(self._name_rows)

    def make_fields(self) -> dict[str, QWidget]:
        summary = QLineEdit()
        summary.setPlaceholderText(vi_ui.SUMMARY)
        category: EnumCombo[Category] = EnumCombo(
            labels.CATEGORY, empty=vi_ui.MATTER_CATEGORY_EMPTY, exclude=[Category.NHIEU_NOI_DUNG]
        )
        field: EnumCombo[SubjectField] = EnumCombo(labels.SUBJECT_FIELD, empty=vi_ui.MATTER_FIELD_EMPTY)
        for combo, tip in ((category, vi_ui.CATEGORY_LABEL), (field, vi_ui.FIELD_LABEL)):
            _compact(combo).setToolTip(tip)
        case = _compact(CaseChoice(lambda: self.case_options(), lambda i: self.case_label(i)), _CASE_CHARS)
        # Tab goes as the eye reads: the summary and its case, then Phân loại and Lĩnh vực, then the remove button.
        return {"summary": summary, "case": case, "category": category, "field": field}

    def stretches(self) -> dict[str, int]:
        return {"summary": 2, "case": 1, "category": 1, "field": 1}

    def lines(self, names: Sequence[str]) -> Sequence[Sequence[str]]:
        return [["summary", "case"], ["category", "field"]]

    def add_row(self, values: Mapping[str, object] | None = None) -> Row:
        row = super().add_row(values)
        summary = row.widget("summary")
        assert isinstance(summary, QLineEdit)
        summary.setCursorPosition(0)  # a stored summary shows its start, not its end
        case = row.widget("case")
        assert isinstance(case, CaseChoice)
        case.activated.connect(lambda _index: self._prefill(row))
        return row

    def _prefill(self, row: Row) -> None:
        """Choosing a case for an empty row starts it from the case, as the first matter does (only empty boxes)."""
        summary, category, field, case_id = self._parts(row)
        brief = self.case_brief(case_id) if case_id is not None else None
        if brief is None:
            return
        values: dict[str, object] = {}
        if not summary:
            values["summary"] = brief.title
        if category is None and brief.category is not Category.NHIEU_NOI_DUNG:
            values["category"] = brief.category.value
        if field is None and brief.field is not None:
            values["field"] = brief.field.value
        row.binder.restore(values)

    def filled_rows(self) -> list[Row]:
        """Rows with anything typed or chosen: a category without a summary is a mistake to show, not to drop."""
        return [row for row in self.rows if any(self._parts(row)[:3])]

    def matters(self) -> tuple[MatterInput, ...]:
        """The further matters as VisitInput takes them, in the order of the rows."""
        out = []
        for row in self.filled_rows():
            summary, category, field, case_id = self._parts(row)
            out.append(MatterInput(summary=summary, category=category, field=field, case_id=case_id))
        return tuple(out)

    def set_matters(self, matters: Sequence[MatterInput]) -> None:
        self.set_rows(
            {
                "summary": m.summary,
                "category": m.category.value if m.category else None,
                "field": m.field.value if m.field else None,
                "case": m.case_id,
            }
            for m in matters
        )

    @staticmethod
    def _parts(row: Row) -> tuple[str, Category | None, SubjectField | None, int | None]:
        summary, category, field, case = (row.widget(n) for n in ("summary", "category", "field", "case"))
        assert isinstance(summary, QLineEdit) and isinstance(category, EnumCombo)
        assert isinstance(field, EnumCombo) and isinstance(case, CaseChoice)
        return summary.text().strip(), category.value(), field.value(), case.value()

    def _name_rows(self) -> None:
        """Screen readers hear which matter a box belongs to; the numbers follow the rows as they come and go."""
        for n, row in enumerate(self.rows, start=1):
            for name, text in (
                ("summary", vi_ui.MATTER_NAME_SUMMARY),
                ("category", vi_ui.MATTER_NAME_CATEGORY),
                ("field", vi_ui.MATTER_NAME_FIELD),
                ("case", vi_ui.MATTER_NAME_CASE),
            ):
                row.widget(name).setAccessibleName(text.format(n=n))
            row.remove_button.setAccessibleName(vi_ui.MATTER_NAME_REMOVE.format(n=n))
            row.remove_button.setToolTip(vi_ui.MATTER_NAME_REMOVE.format(n=n))


def link_cases(matters: MatterList, history: HistoryPanel) -> None:
    """The rows offer the cases the repeat-visitor panel offers for the first matter, and name any other by code."""

    def offered() -> list[tuple[int, str]]:
        return [
            (case_id, button.text())
            for case_id, button in history.case_buttons.items()
            if case_id is not None
        ]

    def label(case_id: int) -> str | None:
        brief = history.case_brief(case_id)
        return case_option_label(brief) if brief is not None else None

    matters.case_options, matters.case_label, matters.case_brief = offered, label, history.case_brief
