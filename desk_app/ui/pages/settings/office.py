"""The office form (Cơ quan), shared by the settings page and the first-run dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import OfficeKind
from desk_app.errors import FieldError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels
from desk_app.i18n import vi_report_series as vrs
from desk_app.i18n import vi_screens as vs
from desk_app.services.office.service import OfficeInfo
from desk_app.ui.pages.settings.fields import ErrorLabel, with_error

REQUIRED = ("name", "abbreviation", "place_name", "head_title")
_UBND_KINDS = (OfficeKind.UBND_XA, OfficeKind.UBND_TINH)


def _line(object_name: str, placeholder: str = "", max_length: int = 300) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(placeholder)  # the whole hint on hover when the box is narrower than it
    edit.setMaxLength(max_length)
    return edit


def _text_or_none(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class OfficeForm(QWidget):
    """Tên cơ quan … website; errors appear under their fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _line("officeName", vs.OFFICE_NAME_PLACEHOLDER)
        self.parent_name = _line("officeParent", vs.OFFICE_PARENT_PLACEHOLDER)
        self.kind = QComboBox()
        self.kind.setObjectName("officeKind")
        for kind, label in labels.OFFICE_KIND.items():
            self.kind.addItem(label, kind)
        self.abbreviation = _line("officeAbbreviation", vs.OFFICE_ABBREVIATION_PLACEHOLDER, 20)
        self.place_name = _line("officePlaceName", vs.OFFICE_PLACE_NAME_PLACEHOLDER, 100)
        self.head_title = _line("officeHeadTitle", vs.OFFICE_HEAD_TITLE_PLACEHOLDER, 100)
        self.address = _line("officeAddress")
        self.phone = _line("officePhone", max_length=40)
        self.email = _line("officeEmail", max_length=120)
        self.website = _line("officeWebsite", max_length=200)
        self.collective = QCheckBox(vs.OFFICE_COLLECTIVE)
        self.collective.setObjectName("officeCollective")
        self.calendar_months = QCheckBox(vrs.OFFICE_CALENDAR_MONTHS)
        self.calendar_months.setObjectName("officeCalendarMonths")
        self.calendar_months.setToolTip(vrs.OFFICE_CALENDAR_MONTHS_TIP)
        self.errors: dict[str, ErrorLabel] = {}
        self._build()
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest_for_kind())
        self.set_value(None)

    def _build(self) -> None:
        left = QFormLayout()
        right = QFormLayout()
        rows: list[tuple[QFormLayout, str, str, QWidget]] = [
            (left, "name", vs.OFFICE_NAME, self.name),
            (left, "parent_name", vs.OFFICE_PARENT, self.parent_name),
            (left, "kind", vs.OFFICE_KIND, self.kind),
            (left, "abbreviation", vs.OFFICE_ABBREVIATION, self.abbreviation),
            (left, "place_name", vs.OFFICE_PLACE_NAME, self.place_name),
            (left, "head_title", vs.OFFICE_HEAD_TITLE, self.head_title),
            (right, "address", vs.OFFICE_ADDRESS, self.address),
            (right, "phone", vs.OFFICE_PHONE, self.phone),
            (right, "email", vs.OFFICE_EMAIL, self.email),
            (right, "website", vs.OFFICE_WEBSITE, self.website),
        ]
        for form, key, label, widget in rows:
            error = ErrorLabel()
            error.setObjectName(f"officeError_{key}")
            self.errors[key] = error
            form.addRow(f"{label} *" if key in REQUIRED else label, with_error(widget, error))
        right.addRow("", self.collective)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        # Below both columns: the sentence is too long for the right one.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.calendar_months)

    def inputs(self) -> list[QWidget]:
        """The fields in reading (Tab) order."""
        return [
            self.name,
            self.parent_name,
            self.kind,
            self.abbreviation,
            self.place_name,
            self.head_title,
            self.address,
            self.phone,
            self.email,
            self.website,
            self.collective,
            self.calendar_months,
        ]

    # Values --------------------------------------------------------------------------------------------
    def set_value(self, info: OfficeInfo | None) -> None:
        """Fill the form; None gives the defaults of an UBND xã."""
        self.kind.blockSignals(True)
        if info is None:
            self.kind.setCurrentIndex(self.kind.findData(OfficeKind.UBND_XA))
            for edit in (self.name, self.parent_name, self.place_name, self.address):
                edit.clear()
            for edit in (self.phone, self.email, self.website):
                edit.clear()
            self.abbreviation.setText(vs.ABBREVIATION_UBND)
            self.head_title.setText(vs.HEAD_TITLE_UBND)
            self.collective.setChecked(True)
            self.calendar_months.setChecked(False)
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
            self.name.setText(info.name)
            self.parent_name.setText(info.parent_name or "")
            self.abbreviation.setText(info.abbreviation)
            self.place_name.setText(info.place_name)
            self.head_title.setText(info.head_title)
            self.address.setText(info.address or "")
            self.phone.setText(info.phone or "")
            self.email.setText(info.email or "")
            self.website.setText(info.website or "")
            self.collective.setChecked(info.collective_regime)
            self.calendar_months.setChecked(info.report_calendar_months)
        self.kind.blockSignals(False)
        self.clear_errors()

    def value(self) -> OfficeInfo:
        kind = self.kind.currentData()
        return OfficeInfo(
            name=self.name.text(),
            abbreviation=self.abbreviation.text(),
            kind=OfficeKind(kind) if kind is not None else OfficeKind.UBND_XA,
            place_name=self.place_name.text(),
            head_title=self.head_title.text(),
            parent_name=_text_or_none(self.parent_name),
            address=_text_or_none(self.address),
            phone=_text_or_none(self.phone),
            email=_text_or_none(self.email),
            website=_text_or_none(self.website),
            collective_regime=self.collective.isChecked(),
            report_calendar_months=self.calendar_months.isChecked(),
        )

    def _suggest_for_kind(self) -> None:
        """UBND: CHỦ TỊCH, UBND, TM.; Sở: GIÁM ĐỐC. Only values the officer has not typed are replaced."""
        kind = OfficeKind(self.kind.currentData())
        suggested_titles = ("", vs.HEAD_TITLE_UBND, vs.HEAD_TITLE_SO)
        if self.head_title.text().strip().upper() in suggested_titles:
            if kind in _UBND_KINDS:
                self.head_title.setText(vs.HEAD_TITLE_UBND)
            elif kind is OfficeKind.SO:
                self.head_title.setText(vs.HEAD_TITLE_SO)
        if self.abbreviation.text().strip().upper() in ("", vs.ABBREVIATION_UBND):
            self.abbreviation.setText(vs.ABBREVIATION_UBND if kind in _UBND_KINDS else "")
        self.collective.setChecked(kind in _UBND_KINDS)

    # Errors --------------------------------------------------------------------------------------------
    def missing_required(self) -> list[FieldError]:
        """Empty required fields with the service's error keys (a bigger form shows every problem at once)."""
        edits: dict[str, QLineEdit] = {
            "name": self.name,
            "abbreviation": self.abbreviation,
            "place_name": self.place_name,
            "head_title": self.head_title,
        }
        return [
            FieldError(f"office.{key}", "required") for key, edit in edits.items() if not edit.text().strip()
        ]

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show_errors(self, errors: Sequence[FieldError]) -> QWidget | None:
        """Show each error under its field; returns the first field with a problem (to focus it)."""
        first: QWidget | None = None
        for error in errors:
            key = error.field.removeprefix("office.")
            label = self.errors.get(key) or self.errors["name"]
            label.show_error(i18n_errors.message(error.key))
            widget = getattr(self, key, None)
            if first is None and isinstance(widget, QWidget):
                first = widget
        return first
