"""The new-version dialog of a deadline rule and the question when running clocks would move."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.working_calendar import DayType
from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels
from desk_app.i18n import vi_deadlines as vd
from desk_app.i18n.formatting import fmt_date, parse_date
from desk_app.services.deadlines.service import AppliedChange, ChangeImpact, MovedClock, RuleChange, RuleInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.fields import ErrorLabel, with_error
from desk_app.ui.widgets.fields import NoWheelSpinBox

_MAX_DAYS = 3650
_QUESTION_ROWS = 12
"""Clocks listed by name in the question; the rest are counted."""


def question_text(impact: ChangeImpact) -> str:
    """The clocks the change would move, those already told to a citizen first."""

    def lines(moves: tuple[MovedClock, ...], budget: int) -> list[str]:
        out = []
        for move in moves[:budget]:
            label = move.label or vd.UNNAMED.format(id=move.deadline_id)
            template = vd.QUESTION_ROW_WHO if move.responsible else vd.QUESTION_ROW
            out.append(
                template.format(
                    label=label, who=move.responsible, old=fmt_date(move.old_due), new=fmt_date(move.new_due)
                )
            )
        if len(moves) > budget:
            out.append(vd.QUESTION_MORE.format(count=len(moves) - budget))
        return out

    given = impact.given
    others = tuple(m for m in impact.moved if not m.given_to_citizen)
    parts: list[str] = []
    if given:
        parts += [vd.QUESTION_GIVEN, *lines(given, _QUESTION_ROWS), ""]
    if others:
        parts += [vd.QUESTION_OTHER, *lines(others, max(3, _QUESTION_ROWS - len(given))), ""]
    parts.append(vd.QUESTION_END)
    return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class SavedRule:
    """What the dialog saved: the new version, and how many running clocks kept their dates (not recomputed)."""

    applied: AppliedChange
    kept: int


class EditRuleDialog(QDialog):
    """A new version of one rule: lengths, day type, legal basis, effective date; errors under the fields.

    When running clocks would move, a question asks whether to keep the dates already given (the default) or to
    recompute them; `saved` carries a SavedRule.
    """

    saved = Signal(object)

    def __init__(self, services: Services, info: RuleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._info = info
        self._pending: tuple[RuleChange, ChangeImpact] | None = None
        self.question: QMessageBox | None = None
        self.keep_button: QAbstractButton | None = None
        self.recompute_button: QAbstractButton | None = None
        rule = info.latest.rule
        self.setWindowTitle(vd.EDIT_TITLE.format(name=rule.what_vi))
        self.setMinimumWidth(680)
        what = QLabel(rule.what_vi)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        current = QLabel(
            vd.CURRENT.format(
                length=rule.length, unit=labels.DAY_TYPE[rule.day_type], basis=rule.legal_basis,
                date=fmt_date(rule.effective_from),
            )
        )  # fmt: skip
        current.setWordWrap(True)
        current.setStyleSheet("color: #555555;")
        self.length = NoWheelSpinBox()
        self.length.setObjectName("deadlineLength")
        self.length.setRange(0, _MAX_DAYS)
        self.length.setValue(rule.length)
        self.complex_length = NoWheelSpinBox()
        self.complex_length.setObjectName("deadlineComplex")
        self.complex_length.setRange(0, _MAX_DAYS)
        self.complex_length.setSpecialValueText(vd.COMPLEX_NONE)
        self.complex_length.setValue(rule.complex_length or 0)
        for spin in (self.length, self.complex_length):
            spin.setFixedWidth(110)
        self.day_type = QComboBox()
        self.day_type.setObjectName("deadlineDayType")
        for member in DayType:
            self.day_type.addItem(labels.DAY_TYPE[member], member.value)
        self.day_type.setCurrentIndex(self.day_type.findData(rule.day_type.value))
        self.legal_basis = QLineEdit()
        self.legal_basis.setObjectName("deadlineBasis")
        self.legal_basis.setPlaceholderText(vd.BASIS_PLACEHOLDER)
        self.legal_basis.setMaxLength(500)
        self.effective_from = QLineEdit(fmt_date(services.ctx.today()))
        self.effective_from.setObjectName("deadlineEffective")
        self.effective_from.setPlaceholderText(vd.DATE_PLACEHOLDER)
        self.effective_from.setMaxLength(10)
        self.effective_from.setFixedWidth(110)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        fields: tuple[tuple[str, str, QWidget, str], ...] = (
            ("length", vd.FIELD_LENGTH, self.length, ""),
            ("complex_length", vd.FIELD_COMPLEX, self.complex_length, vd.COMPLEX_HINT),
            ("day_type", vd.FIELD_DAY_TYPE, self.day_type, vd.DAY_TYPE_HINT),
            ("legal_basis", vd.FIELD_BASIS, self.legal_basis, ""),
            ("effective_from", vd.FIELD_EFFECTIVE, self.effective_from, ""),
        )
        for key, caption, widget, hint in fields:
            error = ErrorLabel()
            error.setObjectName(f"deadlineError_{key}")
            self.errors[key] = error
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, with_error(_with_hint(widget, hint), error))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(vd.SAVE, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("deadlineSave")
        self.save_button.setDefault(True)
        buttons.addButton(vd.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(current)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.length.valueChanged.connect(lambda _v: self.errors["length"].clear_error())
        self.complex_length.valueChanged.connect(lambda _v: self.errors["complex_length"].clear_error())
        self.legal_basis.textChanged.connect(lambda _t: self.errors["legal_basis"].clear_error())
        self.effective_from.textChanged.connect(lambda _t: self.errors["effective_from"].clear_error())
        self.length.setFocus()
        self.length.selectAll()

    def change(self) -> RuleChange:
        """The typed change; raises ValidationError for a date that cannot be read."""
        try:
            effective = parse_date(self.effective_from.text())
        except ValueError:
            raise ValidationError([FieldError("effective_from", "invalid")]) from None
        day_type = self.day_type.currentData()
        return RuleChange(
            code=self._info.code,
            effective_from=effective,
            legal_basis=self.legal_basis.text(),
            length=self.length.value(),
            day_type=DayType(day_type) if isinstance(day_type, str) else None,
            complex_length=self.complex_length.value(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        order = list(self.errors)
        shown: dict[str, list[str]] = {}
        for err in errors:
            field = err.field if err.field in self.errors else "effective_from"
            shown.setdefault(field, []).append(i18n_errors.message(err.key))
        for field, texts in shown.items():
            self.errors[field].show_error("\n".join(dict.fromkeys(texts)))
        widgets: dict[str, QWidget] = {
            "length": self.length, "complex_length": self.complex_length, "day_type": self.day_type,
            "legal_basis": self.legal_basis, "effective_from": self.effective_from,
        }  # fmt: skip
        widgets[min(shown, key=order.index)].setFocus()

    def accept(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        try:
            change = self.change()
            impact = self._services.deadlines.propose_change(change)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DeskError as exc:
            self.errors["effective_from"].show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return
        if not impact.moved:
            self._apply(change, recompute=False, kept=0)
            return
        self._pending = (change, impact)
        self._ask(impact)

    def _ask(self, impact: ChangeImpact) -> None:
        """Window-modal question; "Giữ nguyên hạn đã hẹn" is the default and Esc answers it too."""
        box = QMessageBox(QMessageBox.Icon.Question, vd.QUESTION_TITLE, question_text(impact), parent=self)
        box.setObjectName("deadlineQuestion")
        # A clock's line (name, officer, old → new date) should fit on one line.
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 600px; }")
        keep = box.addButton(vd.KEEP, QMessageBox.ButtonRole.RejectRole)
        recompute = box.addButton(vd.RECOMPUTE, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._answered(button is recompute))
        self.question, self.keep_button, self.recompute_button = box, keep, recompute
        box.open()

    def _answered(self, recompute: bool) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            change, impact = pending
            self._apply(change, recompute=recompute, kept=0 if recompute else len(impact.moved))

    def _apply(self, change: RuleChange, *, recompute: bool, kept: int) -> None:
        try:
            applied = self._services.deadlines.apply_change(change, recompute=recompute)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DeskError as exc:
            self.errors["effective_from"].show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return
        self.saved.emit(SavedRule(applied, kept))
        super().accept()


def _with_hint(widget: QWidget, hint: str) -> QWidget:
    """The field with a grey hint to its right (or the field alone)."""
    if not hint:
        return widget
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    label = QLabel(hint)
    label.setStyleSheet("color: #555555;")
    label.setWordWrap(True)
    row.addWidget(label, 1)
    box.setFocusProxy(widget)
    return box
