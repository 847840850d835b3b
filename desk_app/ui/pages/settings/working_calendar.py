"""The Lịch làm việc tab: the year's days off and make-up days, the office's own entries, the yearly confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_working_calendar
from desk_app.i18n import vi_working_calendar_admin as vwca
from desk_app.i18n.formatting import fmt_date, fmt_time, parse_date
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.pages.settings.fields import ErrorLabel, with_error
from desk_app.ui.widgets.fields import NoticeLabel, NoWheelSpinBox

_MANUAL_BACKGROUND = QColor("#eef4ff")
_OVERRIDDEN_FOREGROUND = QColor("#8a8a8a")
_SUGGESTED_NAMES = {EntryKind.LAM_BU: "Ngày làm bù", EntryKind.NGHI_HOAN_DOI: "Ngày nghỉ hoán đổi"}


def _error(err: FieldError) -> str:
    return i18n_errors.message(err.key)


def weekday_label(day: dt.date) -> str:
    """ "Thứ Hai" … "Chủ nhật", capitalised for a table cell."""
    text = vi_working_calendar.WEEKDAYS[day.weekday()]
    return text[:1].upper() + text[1:]


class AddDayDialog(QDialog):
    """Ngày, loại, tên, căn cứ, thay cho ngày; errors under the fields; `saved` carries the new entry."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(vwca.ADD_TITLE)
        self.setMinimumWidth(620)
        self.date = QLineEdit()
        self.date.setObjectName("calendarDate")
        self.date.setPlaceholderText(vwca.DATE_PLACEHOLDER)
        self.date.setMaxLength(10)
        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        self.kind.addItem("", None)
        for member in EntryKind:
            self.kind.addItem(vwca.KIND[member.value], member.value)
        self.name = QLineEdit()
        self.name.setObjectName("calendarName")
        self.name.setPlaceholderText(vwca.NAME_PLACEHOLDER)
        self.name.setMaxLength(200)
        self.legal_ref = QLineEdit()
        self.legal_ref.setObjectName("calendarLegalRef")
        self.legal_ref.setPlaceholderText(vwca.LEGAL_REF_PLACEHOLDER)
        self.legal_ref.setMaxLength(500)
        self.replaces = QLineEdit()
        self.replaces.setObjectName("calendarReplaces")
        self.replaces.setPlaceholderText(vwca.DATE_PLACEHOLDER)
        self.replaces.setMaxLength(10)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        fields: tuple[tuple[str, str, QWidget], ...] = (
            ("date", vwca.FIELD_DATE, self.date),
            ("kind", vwca.FIELD_KIND, self.kind),
            ("name_vi", vwca.FIELD_NAME, self.name),
            ("legal_ref", vwca.FIELD_LEGAL_REF, self.legal_ref),
            ("replaces", vwca.FIELD_REPLACES, self.replaces),
        )
        for key, caption, widget in fields:
            error = ErrorLabel()
            error.setObjectName(f"calendarError_{key}")
            self.errors[key] = error
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, with_error(widget, error))
        hint = QLabel(vwca.REPLACES_HINT)
        hint.setStyleSheet("color: #555555;")
        form.addRow("", hint)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(vwca.SAVE, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("calendarSave")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(vwca.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("calendarCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for key, edit in (("date", self.date), ("name_vi", self.name), ("legal_ref", self.legal_ref)):
            edit.textChanged.connect(lambda _t, k=key: self.errors[k].clear_error())
        self.replaces.textChanged.connect(lambda _t: self.errors["replaces"].clear_error())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.setFocus()

    def _kind_changed(self, _index: int) -> None:
        self.errors["kind"].clear_error()
        kind = self.kind_value()
        if kind in _SUGGESTED_NAMES and not self.name.text().strip():
            self.name.setText(_SUGGESTED_NAMES[kind])

    def kind_value(self) -> EntryKind | None:
        data = self.kind.currentData()
        return EntryKind(data) if isinstance(data, str) and data in EntryKind.__members__ else None

    def _parse(self, key: str, edit: QLineEdit, problems: list[FieldError]) -> dt.date | None:
        try:
            return parse_date(edit.text())
        except ValueError:
            problems.append(FieldError(f"calendar_day.{key}", "invalid"))
            return None

    def value(self) -> CalendarDayInfo:
        """The typed entry; raises ValidationError for dates that cannot be read."""
        problems: list[FieldError] = []
        date = self._parse("date", self.date, problems)
        replaces = self._parse("replaces", self.replaces, problems)
        if problems:
            raise ValidationError(problems)
        return CalendarDayInfo(
            date=date,
            kind=self.kind_value(),
            name_vi=self.name.text(),
            legal_ref=self.legal_ref.text(),
            replaces=replaces,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        order = list(self.errors)
        messages: dict[str, list[str]] = {}
        for err in errors:
            field = err.field.removeprefix("calendar_day.")
            messages.setdefault(field if field in self.errors else "date", []).append(_error(err))
        for field, texts in messages.items():
            self.errors[field].show_error("\n".join(dict.fromkeys(texts)))
        first = min(messages, key=order.index)
        widgets = {"date": self.date, "kind": self.kind, "name_vi": self.name}
        widgets |= {"legal_ref": self.legal_ref, "replaces": self.replaces}
        widgets[first].setFocus()

    def accept(self) -> None:
        for error in self.errors.values():
            error.clear_error()
        try:
            saved = self._services.working_calendar.add_day(self.value())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DeskError as exc:
            self.errors["date"].show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return
        self.saved.emit(saved)
        super().accept()


class VoidDayDialog(QDialog):
    """Hủy một ngày cơ quan đã nhập: a reason is required; accepted only after the service voided it."""

    def __init__(self, services: Services, day: CalendarDayInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._day = day
        self.setWindowTitle(vwca.VOID_TITLE)
        self.setMinimumWidth(520)
        kind = vwca.KIND[day.kind.value] if day.kind else ""
        intro = QLabel(vwca.VOID_INTRO.format(date=fmt_date(day.date), kind=kind, name=day.name_vi))
        intro.setWordWrap(True)
        label = QLabel(vwca.VOID_REASON)
        self.reason = QLineEdit()
        self.reason.setObjectName("calendarVoidReason")
        self.reason.setMaxLength(500)
        label.setBuddy(self.reason)
        self.error = ErrorLabel()
        self.error.setObjectName("calendarVoidError")
        self.reason.textChanged.connect(lambda _t: self.error.clear_error())
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(vwca.VOID_CONFIRM, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("calendarVoidConfirm")
        buttons.addButton(vwca.VOID_CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.reason, self.error, buttons):
            layout.addWidget(widget)
        self.reason.setFocus()

    def accept(self) -> None:
        assert self._day.id is not None
        try:
            self._services.working_calendar.void_day(self._day.id, self.reason.text())
        except ValidationError as exc:
            self.error.show_error(" ".join(_error(e) for e in exc.errors))
            self.reason.setFocus()
            return
        except DeskError as exc:
            self.error.show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return
        super().accept()


class WorkingCalendarTab(QWidget):
    """The year's table with Thêm ngày… (Insert), Hủy ngày… (Delete) and Xác nhận lịch năm; a banner when due."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._days: list[CalendarDayInfo] = []
        self.ask: Callable[[QWidget, str], bool] = lambda parent, text: dialogs.confirm(
            parent, text, vwca.CONFIRM_TITLE
        )
        self.add_dialog: AddDayDialog | None = None
        self.void_dialog: VoidDayDialog | None = None
        self.banner = NoticeLabel()
        self.banner.setObjectName("calendarBanner")
        self.banner_button = QPushButton()
        self.banner_button.setObjectName("calendarBannerYear")
        intro = QLabel(vwca.INTRO)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555555;")
        self.year = NoWheelSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(services.ctx.today().year)
        self.year.setFixedWidth(90)
        year_label = QLabel(vwca.YEAR)
        year_label.setBuddy(self.year)
        self.year_status = QLabel()
        self.year_status.setObjectName("calendarYearStatus")
        self.table = QTableWidget(0, len(vwca.COLUMNS))
        self.table.setObjectName("calendarTable")
        self.table.setHorizontalHeaderLabels(list(vwca.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(vwca.ADD)
        self.add_button.setObjectName("calendarAdd")
        self.add_button.setToolTip(vwca.ADD_TIP)
        self.void_button = QPushButton(vwca.VOID)
        self.void_button.setObjectName("calendarVoid")
        self.void_button.setToolTip(vwca.VOID_TIP)
        self.confirm_button = QPushButton(vwca.CONFIRM)
        self.confirm_button.setObjectName("calendarConfirm")
        self.confirm_button.setToolTip(vwca.CONFIRM_TIP)
        self.status = NoticeLabel()
        self.status.setObjectName("calendarStatus")
        self._build(intro, year_label)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.open_add)
        self.void_button.clicked.connect(self.open_void)
        self.confirm_button.clicked.connect(self.confirm_year)
        self.banner_button.clicked.connect(self._show_banner_year)
        for key, slot in ((QKeySequence.StandardKey.New, self.open_add), (Qt.Key.Key_Insert, self.open_add)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.installEventFilter(self)
        self.reload()

    def _build(self, intro: QLabel, year_label: QLabel) -> None:
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.year_status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(banner_row)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the table, Insert adds a day and Delete voids the selected office entry."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Insert:
                self.open_add()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.open_void()
                return True
        return super().eventFilter(watched, event)

    # Showing ------------------------------------------------------------------------------------------------
    def reload(self, select: CalendarDayInfo | None = None) -> None:
        year = self.year.value()
        self._days = self._services.working_calendar.list_days(year)
        self.table.setRowCount(len(self._days))
        for row, day in enumerate(self._days):
            for column, text in enumerate(self._cells(day)):
                item = QTableWidgetItem(text)
                item.setToolTip(vwca.OVERRIDDEN_TIP if day.overridden and column == 5 else text)
                if day.is_manual:
                    item.setBackground(QBrush(_MANUAL_BACKGROUND))
                if day.overridden:
                    item.setForeground(QBrush(_OVERRIDDEN_FOREGROUND))
                    font = QFont(item.font())
                    font.setStrikeOut(column != 5)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if select is not None and day.id is not None and day.id == select.id:
                self.table.selectRow(row)
        self._update_year_status(year)
        self._update_banner()
        self._selection_changed()

    def _cells(self, day: CalendarDayInfo) -> tuple[str, ...]:
        assert day.date is not None
        name = day.name_vi + (vwca.ESTIMATED_MARK if day.estimated else "")
        if day.replaces is not None:
            name += vwca.REPLACES.format(date=fmt_date(day.replaces))
        source = vwca.SOURCE[day.source.value] + (vwca.OVERRIDDEN_MARK if day.overridden else "")
        kind = vwca.KIND_SHORT[day.kind.value] if day.kind else ""
        return (fmt_date(day.date), weekday_label(day.date), kind, name, day.legal_ref or vwca.NO_REF, source)

    def _update_year_status(self, year: int) -> None:
        done = self._services.working_calendar.confirmation(year)
        if done is None:
            self.year_status.setText(vwca.NOT_CONFIRMED.format(year=year))
            self.year_status.setStyleSheet("color: #7a4a00;")
            return
        local = done.confirmed_at.astimezone()
        when = f"{fmt_time(local.time())} {fmt_date(local.date())}"
        self.year_status.setText(vwca.CONFIRMED.format(year=year, who=done.confirmed_by, when=when))
        self.year_status.setStyleSheet("color: #1e5631;")

    def _update_banner(self) -> None:
        due = self._services.working_calendar.needs_confirmation()
        if due is None:
            self.banner.clear_text()
            self.banner_button.hide()
            return
        self.banner.show_text(vwca.BANNER.format(year=due), "warn")
        self.banner_button.setText(vwca.SHOW_YEAR.format(year=due))
        self.banner_button.setProperty("year", due)
        self.banner_button.setVisible(self.year.value() != due)

    def _show_banner_year(self) -> None:
        year = self.banner_button.property("year")
        if isinstance(year, int):
            self.year.setValue(year)

    def selected_day(self) -> CalendarDayInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._days[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        day = self.selected_day()
        self.void_button.setEnabled(day is not None and day.is_manual)

    # Acting -------------------------------------------------------------------------------------------------
    def open_add(self) -> AddDayDialog:
        """Open the add dialog (window-modal); the table reloads on the new entry's year once it is saved."""
        self.status.clear_text()
        dialog = AddDayDialog(self._services, self)
        dialog.saved.connect(self._added)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, day: object) -> None:
        if not isinstance(day, CalendarDayInfo) or day.date is None:
            return
        self.year.blockSignals(True)
        self.year.setValue(day.date.year)
        self.year.blockSignals(False)
        self.reload(select=day)
        self.status.show_text(vwca.ADDED.format(date=fmt_date(day.date), name=day.name_vi), "ok")
        self.table.setFocus()

    def open_void(self) -> VoidDayDialog | None:
        """Ask for the reason to void the selected office entry; the package's days cannot be voided."""
        day = self.selected_day()
        if day is None or not day.is_manual:
            self.status.show_text(vwca.PICK_MANUAL, "warn")
            return None
        self.status.clear_text()
        dialog = VoidDayDialog(self._services, day, self)
        dialog.accepted.connect(lambda: self._voided(day))
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def _voided(self, day: CalendarDayInfo) -> None:
        self.reload()
        self.status.show_text(vwca.VOIDED.format(date=fmt_date(day.date), name=day.name_vi), "ok")
        self.table.setFocus()

    def confirm_year(self) -> bool:
        year = self.year.value()
        days_off = sum(1 for d in self._days if d.kind is not EntryKind.LAM_BU and not d.overridden)
        make_up = sum(1 for d in self._days if d.kind is EntryKind.LAM_BU and not d.overridden)
        question = vwca.CONFIRM_QUESTION.format(year=year, days_off=days_off, make_up=make_up)
        if not self.ask(self, question):
            return False
        self._services.working_calendar.confirm_year(year)
        self.reload()
        self.status.show_text(vwca.CONFIRM_DONE.format(year=year), "ok")
        return True
