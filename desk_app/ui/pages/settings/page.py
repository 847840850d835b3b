"""Danh mục & cài đặt: the office, its staff and its reception places."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.permissions import Action
from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_audit as va
from desk_app.i18n import vi_deadlines as vd
from desk_app.i18n import vi_form_parts as vfp
from desk_app.i18n import vi_screens as vs
from desk_app.i18n import vi_sign_in as vsi
from desk_app.i18n import vi_working_calendar_admin as vwca
from desk_app.services.office.service import OfficeInfo
from desk_app.services.permissions import may
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.audit import AuditTab
from desk_app.ui.pages.settings.deadlines import DeadlinesTab
from desk_app.ui.pages.settings.form_texts import FormTextsTab
from desk_app.ui.pages.settings.office import OfficeForm
from desk_app.ui.pages.settings.places import PlacesTab
from desk_app.ui.pages.settings.staff import StaffTab
from desk_app.ui.pages.settings.users import UsersTab
from desk_app.ui.pages.settings.working_calendar import WorkingCalendarTab


class OfficeTab(QWidget):
    """The office form with its Lưu button."""

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.form = OfficeForm(self)
        self.status = QLabel()
        self.status.setObjectName("officeStatus")
        self.save_button = QPushButton(vs.SAVE)
        self.save_button.setObjectName("officeSave")
        self.save_button.setToolTip(vs.SAVE_SHORTCUT_HINT)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        self.form.set_value(self._services.office.get())
        self.status.clear()

    def save(self) -> OfficeInfo | None:
        self.form.clear_errors()
        self.status.clear()
        try:
            saved = self._services.office.save(self.form.value())
        except ValidationError as exc:
            first = self.form.show_errors(exc.errors)
            if first is not None:
                first.setFocus()
            return None
        except DeskError as exc:
            self.form.errors["name"].show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return None
        self.form.set_value(saved)
        self.status.setText(vs.OFFICE_SAVED)
        self.saved.emit()
        return saved


class SettingsPage(QWidget):
    """`officeChanged` fires after the office itself was saved (the window title and printouts use it)."""

    officeChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(vs.SETTINGS_TITLE)
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.office_tab = OfficeTab(services)
        self.staff_tab = StaffTab(services)
        self.places_tab = PlacesTab(services)
        self.calendar_tab = WorkingCalendarTab(services)
        self.deadlines_tab = DeadlinesTab(services)
        self.form_texts_tab = FormTextsTab(services)
        self.tabs.addTab(self.office_tab, vs.TAB_OFFICE)
        self.tabs.addTab(self.staff_tab, vs.TAB_STAFF)
        self.tabs.addTab(self.places_tab, vs.TAB_PLACES)
        self.tabs.addTab(self.calendar_tab, vwca.TAB_TITLE)
        self.tabs.addTab(self.deadlines_tab, vd.TAB_TITLE)
        self.tabs.addTab(self.form_texts_tab, vfp.TAB_TITLE)
        # Accounts are the administrators' (Action.MANAGE_USERS): for anyone else the tab does not exist.
        self.users_tab: UsersTab | None = None
        if may(services.ctx, Action.MANAGE_USERS):
            self.users_tab = UsersTab(services)
            self.tabs.addTab(self.users_tab, vsi.TAB_USERS)
        self.audit_tab: AuditTab | None = None
        if may(services.ctx, Action.VIEW_AUDIT):
            self.audit_tab = AuditTab(services)
            self.tabs.addTab(self.audit_tab, va.TAB_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.office_tab.saved.connect(self.officeChanged.emit)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_current)

    def save_current(self) -> None:
        """Ctrl+S saves the form of the open tab."""
        current = self.tabs.currentWidget()
        if current is self.office_tab:
            self.office_tab.save()
        elif current is self.staff_tab:
            self.staff_tab.save()
        elif current is self.places_tab:
            self.places_tab.save()
        elif current is self.form_texts_tab:
            self.form_texts_tab.save()

    def reload(self) -> None:
        self.office_tab.reload()
        self.staff_tab.reload()
        self.places_tab.reload()
        self.calendar_tab.reload()
        self.deadlines_tab.reload()
        self.form_texts_tab.reload()
        if self.users_tab is not None:
            self.users_tab.reload()
        if self.audit_tab is not None:
            self.audit_tab.reload()
