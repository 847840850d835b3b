"""The further matters of one visit on the intake page (DOMAIN §16.3 `Lượt`): a compact row each, under the first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import MatterInput
from desk_app.i18n import labels, vi_ui
from desk_app.ui.widgets.fields import EnumCombo
from desk_app.ui.widgets.form_state import Callbacks
from desk_app.ui.widgets.row_list import Row, RowList

_COMBO_CHARS = (
    14  # combos keep to this many characters and elide the rest: the column never widens the window
)


class KeptCase(QWidget):
    """The case a stored matter belongs to, never shown: saving the visit again keeps the matter on that case."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = Callbacks()
        self._case_id: int | None = None
        self.hide()

    def value(self) -> int | None:
        return self._case_id

    def state_value(self) -> object:
        return self._case_id

    def set_state_value(self, raw: object) -> None:
        self._case_id = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        self.changed.emit()


def _compact(combo: QComboBox) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(_COMBO_CHARS)
    return combo


class MatterList(RowList):
    """ "+ Thêm nội dung khác": each row a further matter (summary, Phân loại, Lĩnh vực), its own case when saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
        return {"summary": summary, "category": category, "field": field, "case": KeptCase()}

    def stretches(self) -> dict[str, int]:
        return {"summary": 1, "category": 1, "field": 1}

    def lines(self, names: Sequence[str]) -> Sequence[Sequence[str]]:
        return [["summary"], ["category", "field", "case"]]

    def add_row(self, values: Mapping[str, object] | None = None) -> Row:
        row = super().add_row(values)
        summary = row.widget("summary")
        assert isinstance(summary, QLineEdit)
        summary.setCursorPosition(0)  # a stored summary shows its start, not its end
        # The kept case takes no focus, so Qt leaves it out of the chain: the remove button follows Lĩnh vực.
        QWidget.setTabOrder(row.widget("field"), row.remove_button)
        return row

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
        assert isinstance(field, EnumCombo) and isinstance(case, KeptCase)
        return summary.text().strip(), category.value(), field.value(), case.value()

    def _name_rows(self) -> None:
        """Screen readers hear which matter a box belongs to; the numbers follow the rows as they come and go."""
        for n, row in enumerate(self.rows, start=1):
            for name, text in (
                ("summary", vi_ui.MATTER_NAME_SUMMARY),
                ("category", vi_ui.MATTER_NAME_CATEGORY),
                ("field", vi_ui.MATTER_NAME_FIELD),
            ):
                row.widget(name).setAccessibleName(text.format(n=n))
            row.remove_button.setAccessibleName(vi_ui.MATTER_NAME_REMOVE.format(n=n))
            row.remove_button.setToolTip(vi_ui.MATTER_NAME_REMOVE.format(n=n))
