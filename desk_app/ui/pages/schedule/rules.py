"""The leaders' reception rules: the list dialog and the rule form with its live reading of the phrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.schedule import DEFAULT_HOURS, HolidayShift
from desk_app.domain.schedule_rules import parse_rule_text
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import labels, vi_schedule
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.services.registry import Services
from desk_app.services.schedule.types import LeaderRuleInfo
from desk_app.ui.pages.schedule.dialogs import ReasonDialog, place_items, staff_items
from desk_app.ui.pages.schedule.forms import (
    FormDialog,
    TimeField,
    check,
    field_error_text,
    read_date,
    read_time,
)
from desk_app.ui.widgets.fields import DateField, EnumCombo, IdCombo, NoticeLabel, field_row, hint_style
from desk_app.ui.widgets.tables import fit_wrapped_rows

_SHIFT_SHORT = dict(zip(HolidayShift, vsched.HOLIDAY_SHORT, strict=True))


def preview_text(pattern: str) -> tuple[str, FieldError | None]:
    """What the app reads in the phrase ("→ chiều thứ Năm tuần thứ 2 và 4"), or the error to show."""
    if not pattern.strip():
        return vsched.PREVIEW_EMPTY, None
    try:
        rule = parse_rule_text(pattern)
    except ValidationError as exc:
        return "", exc.errors[0]
    return vsched.PREVIEW.format(text=vi_schedule.describe(rule)), None


def rule_hours(rule: LeaderRuleInfo) -> str:
    """The rule's own hours, else those of the part of day its phrase names (chiều → 13:30–17:00)."""
    start, end = rule.start_time, rule.end_time
    if start is None:
        try:
            parsed = parse_rule_text(rule.pattern)
        except ValidationError:
            return ""
        if parsed.part_of_day is None:
            return fmt_time(parsed.start_time)
        start, end = (
            parsed.start_time or DEFAULT_HOURS[parsed.part_of_day][0],
            (parsed.end_time or DEFAULT_HOURS[parsed.part_of_day][1]),
        )
    return f"{fmt_time(start)}–{fmt_time(end)}" if end else fmt_time(start)


def valid_text(rule: LeaderRuleInfo) -> str:
    if rule.valid_from and rule.valid_to:
        return vsched.VALID_RANGE.format(first=fmt_date(rule.valid_from), last=fmt_date(rule.valid_to))
    if rule.valid_from:
        return vsched.VALID_FROM.format(date=fmt_date(rule.valid_from))
    if rule.valid_to:
        return vsched.VALID_TO.format(date=fmt_date(rule.valid_to))
    return vsched.VALID_ALWAYS


class RuleDialog(FormDialog):
    """Add or change one rule; `saved(LeaderRuleInfo)`."""

    saved = Signal(object)

    def __init__(
        self, services: Services, rule: LeaderRuleInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(vsched.RULE_EDIT_TITLE, vsched.SAVE, parent)
        self.setMinimumWidth(700)
        self.services = services
        self.rule = rule
        self.leader = IdCombo()
        leaders = [s for s in services.office.list_staff() if s.is_leader]
        self.leader.set_items(
            [(None, vsched.PICK_LEADER), *staff_items(leaders or services.office.list_staff())]
        )
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(vsched.PATTERN_PLACEHOLDER)
        self.pattern.setMaxLength(200)
        self.preview = QLabel(vsched.PREVIEW_EMPTY)
        self.preview.setObjectName("calendarRulePreview")
        self.preview.setWordWrap(True)
        hint_style(self.preview, None)
        self.start = TimeField()
        self.end = TimeField()
        self.place = IdCombo()
        self.place.set_items(place_items(services.office.list_places()))
        self.holiday = EnumCombo(labels.HOLIDAY_SHIFT)
        self.valid_from = DateField()
        self.valid_to = DateField()
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(vsched.PARTICIPANTS_PLACEHOLDER)
        self.content = QLineEdit()
        self.content.setPlaceholderText(vsched.CONTENT_PLACEHOLDER)
        self.add("leader_id", vsched.F_LEADER, self.leader)
        self.add("pattern", vsched.F_PATTERN, self.pattern, self.preview)
        time_hint = QLabel(vsched.TIME_HINT)
        time_hint.setWordWrap(True)
        hint_style(time_hint, None)
        self.body.addLayout(
            field_row(
                (self.field("start_time", vsched.F_START, self.start), 0),
                (self.field("end_time", vsched.F_END, self.end), 0),
                (self.field("place_id", vsched.F_PLACE, self.place), 1),
            )
        )
        self.body.addWidget(time_hint)
        self.body.addLayout(
            field_row(
                (self.field("holiday_shift", vsched.F_HOLIDAY, self.holiday), 1),
                (self.field("valid_from", vsched.F_VALID_FROM, self.valid_from), 0),
                (self.field("valid_to", vsched.F_VALID_TO, self.valid_to), 0),
            )
        )
        self.add("participants", vsched.F_PARTICIPANTS, self.participants)
        self.add("expected_content", vsched.F_CONTENT, self.content)
        self.single_lines(
            [self.pattern, self.start, self.end, self.valid_from, self.valid_to, self.participants]
        )
        self.pattern.textChanged.connect(self._update_preview)
        if rule is not None:
            self._load(rule)
        else:
            head = services.office.head()
            self.leader.set_value(head.id if head else None)
        self.pattern.setFocus()

    def _load(self, rule: LeaderRuleInfo) -> None:
        self.leader.set_value(rule.leader_id)
        self.pattern.setText(rule.pattern)
        self.start.set_time(rule.start_time)
        self.end.set_time(rule.end_time)
        self.place.set_value(rule.place_id)
        self.holiday.set_value(rule.holiday_shift)
        self.valid_from.set_date(rule.valid_from)
        self.valid_to.set_date(rule.valid_to)
        self.participants.setText(rule.participants)
        self.content.setText(rule.expected_content)

    def _update_preview(self, text: str) -> None:
        preview, error = preview_text(text)
        error_label = self.fields["pattern"].error
        if error is None:
            error_label.clear_messages()
            self.preview.setText(preview)
            hint_style(self.preview, "ok" if text.strip() else None)
            self.preview.show()
        else:
            error_label.set_messages([field_error_text(error)])
            self.preview.hide()

    def info(self) -> LeaderRuleInfo:
        problems: list[FieldError] = []
        start = read_time(self.start, "start_time", problems)
        end = read_time(self.end, "end_time", problems)
        valid_from = read_date(self.valid_from, "valid_from", problems)
        valid_to = read_date(self.valid_to, "valid_to", problems)
        check(problems)
        return LeaderRuleInfo(
            id=self.rule.id if self.rule else None,
            leader_id=self.leader.value(),
            pattern=" ".join(self.pattern.text().split()),
            start_time=start,
            end_time=end,
            place_id=self.place.value(),
            holiday_shift=self.holiday.value() or HolidayShift.NEXT_WORKING_DAY,
            valid_from=valid_from,
            valid_to=valid_to,
            participants=self.participants.text().strip(),
            expected_content=self.content.text().strip(),
        )

    def submit(self) -> bool:
        self.saved.emit(self.services.schedule.save_rule(self.info()))
        return True


class RulesDialog(QDialog):
    """Every live rule in a table, with Thêm / Sửa / Bỏ; `changed()` after any of them."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(vsched.RULES_TITLE)
        self.setMinimumSize(920, 420)
        self.rule_dialog: RuleDialog | None = None
        self.void_dialog: ReasonDialog | None = None
        self._rules: list[LeaderRuleInfo] = []
        intro = QLabel(vsched.RULES_INTRO)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(vsched.RULE_COLUMNS))
        self.table.setObjectName("calendarRulesTable")
        self.table.setHorizontalHeaderLabels(list(vsched.RULE_COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The rule is what the dialog is about: it takes the spare width; a long place name wraps instead of
        # squeezing "Quy tắc" to "th…".
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 220)
        fit_wrapped_rows(self.table, max_lines=3)
        self.empty = QLabel(vsched.RULE_NONE)
        self.empty.setStyleSheet("color: #555555;")
        self.status = NoticeLabel()
        self.add_button = QPushButton(vsched.RULE_ADD)
        self.edit_button = QPushButton(vsched.RULE_EDIT)
        self.void_button = QPushButton(vsched.RULE_VOID)
        close = QDialogButtonBox()
        close_button = close.addButton(vsched.CLOSE, QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        close_button.setAutoDefault(False)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.void_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_rule(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.void_button.clicked.connect(self.open_void)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_rule(self._rules[r]))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self._rules = self.services.schedule.rules()
        places = {p.id: p.name for p in self.services.office.list_places()}
        self.table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            hours = rule_hours(rule)
            pattern = rule.pattern + (f" ({rule.description})" if rule.description else "")
            cells = (
                rule.leader_name,
                pattern,
                hours,
                places.get(rule.place_id, "") if rule.place_id else vsched.DEFAULT_PLACE,
                _SHIFT_SHORT[rule.holiday_shift],
                valid_text(rule),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self._rules)
        self._selection_changed()

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(_text(self.table.item(r, c)) for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def selected(self) -> LeaderRuleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rules[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)

    def _edit_selected(self) -> None:
        rule = self.selected()
        if rule is not None:
            self.open_rule(rule)

    def open_rule(self, rule: LeaderRuleInfo | None) -> RuleDialog:
        dialog = RuleDialog(self.services, rule, self)
        dialog.saved.connect(self._saved)
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, rule: object) -> None:
        self.reload()
        if isinstance(rule, LeaderRuleInfo):
            self.status.show_text(vsched.RULE_SAVED.format(text=rule.description or rule.pattern), "ok")
        self.changed.emit()

    def open_void(self) -> ReasonDialog | None:
        rule = self.selected()
        if rule is None or rule.id is None:
            return None
        rule_id = rule.id

        def action(reason: str) -> None:
            self.services.schedule.void_rule(rule_id, reason)

        prompt = vsched.RULE_VOID_REASON.format(pattern=rule.pattern, leader=rule.leader_name)
        dialog = ReasonDialog(vsched.RULE_VOID_TITLE, prompt, vsched.RULE_VOID, action, self)
        dialog.accepted.connect(self._voided)
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def _voided(self) -> None:
        self.reload()
        self.status.show_text(vsched.RULE_VOIDED, "ok")
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.open_rule(None)
            return
        super().keyPressEvent(event)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
