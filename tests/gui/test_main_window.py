"""The main window: navigation and shortcuts, every page built, status bar, register → intake, drafts on close; app start-up helpers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.domain.enums import Category
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_ui
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.ui.main_window import INTAKE_INDEX, PAGE_TITLES, MainWindow
from desk_app.ui.pages.backup.page import BackupPage
from desk_app.ui.pages.citizens.page import CitizensPage
from desk_app.ui.pages.dashboard.page import DashboardPage
from desk_app.ui.pages.intake.drafts import DRAFT_KEY
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.pages.settings.page import SettingsPage
from tests.gui.window_kit import active_window
from tests.helpers.qt_input import press, type_text


@pytest.fixture
def window(qtbot: QtBot, office_services: Services) -> Iterator[MainWindow]:
    yield active_window(qtbot, office_services)


def test_starts_on_intake_with_title_and_status_bar(window: MainWindow, office_services: Services) -> None:
    assert window.windowTitle() == "ỦY BAN NHÂN DÂN XÃ AN PHÚ — Bàn tiếp công dân"
    assert window.current_title() == "Tiếp công dân"
    assert window.title.text() == "Tiếp công dân"
    assert window.stack.currentWidget() is window.intake
    assert window.officer_label.text() == "Cán bộ: Phạm Thị Dung"
    assert window.data_label.text() == f"Dữ liệu: {office_services.ctx.data_dir}"
    assert window.backup_label.text() == "Chưa có bản sao lưu"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == list(PAGE_TITLES)


def test_alt_digits_switch_pages_and_later_areas_say_so(window: MainWindow) -> None:
    press(window.intake.people.full_name, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.title.text() == "Tổng quan"
    assert type(window.stack.currentWidget()).__name__ == "DashboardPage"

    press(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.title.text() == "Lịch tiếp"
    assert type(window.stack.currentWidget()).__name__ == "SchedulePage"
    press(window.nav, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.title.text() == "Công dân & vụ việc"
    assert type(window.stack.currentWidget()).__name__ == "CitizensPage"

    press(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.intake


def test_every_navigation_entry_shows_its_own_page(window: MainWindow) -> None:
    """Pages are imported, not looked up by name: each entry holds the real page, none a stand-in."""
    shown = []
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        shown.append(type(page.widget() if isinstance(page, QScrollArea) else page))
    assert shown == [
        DashboardPage, IntakePage, RegisterPage, SchedulePage, PetitionsPage, CitizensPage, ReportsPage, SettingsPage,
        BackupPage,
    ]  # fmt: skip


def test_the_register_opens_a_visit_in_the_intake_form(window: MainWindow, office_services: Services) -> None:
    saved = office_services.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 18),
            visitor=PersonInput(full_name="Trần Thị Bích"),
            summary="Kiến nghị sửa đường liên ấp",
            category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )
    window.show_page(PAGE_TITLES.index("Sổ tiếp công dân"))
    window.register_page.visitRequested.emit(saved.id)

    assert window.stack.currentIndex() == INTAKE_INDEX
    assert window.intake.people.full_name.text() == "Trần Thị Bích"
    assert "STT 1/2026" in window.intake.banner.text()


def test_closing_with_unsaved_intake_keeps_the_draft(window: MainWindow, office_services: Services) -> None:
    type_text(window.intake.people.full_name, "Nguyễn Văn An")
    window.close()

    payload = office_services.drafts.load(DRAFT_KEY)
    assert payload is not None and payload["form"]["people"]["full_name"] == "Nguyễn Văn An"


def test_a_second_window_on_the_same_data_folder_is_refused(paths: AppPaths) -> None:
    first = app_module.acquire_lock(paths)
    assert first is not None
    try:
        assert app_module.acquire_lock(paths) is None
    finally:
        first.unlock()
    again = app_module.acquire_lock(paths)
    assert again is not None
    again.unlock()


def test_application_is_vietnamese_with_a_readable_font(qapp: QApplication) -> None:
    app_module.configure_application(qapp)

    assert qapp.applicationName() == "Bàn tiếp công dân"
    assert 10 <= qapp.font().pointSizeF() <= 11
    from PySide6.QtCore import QLocale

    assert QLocale().name() == "vi_VN"


def test_signal_emits_keep_the_bools_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True per Python-side emit and aborted the app
    after a few thousand signals; pyproject pins a release without the leak. This catches a regression."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()
        value = Signal(int)

    probe = Probe()
    probe.ping.connect(lambda: None)
    probe.value.connect(lambda _v: None)
    before = sys.getrefcount(True)
    for i in range(200):
        probe.ping.emit()
        probe.value.emit(i)
    assert sys.getrefcount(True) >= before


def test_buttons_are_vietnamese_and_show_their_shortcuts(window: MainWindow) -> None:
    buttons = [window.intake.save_button, window.intake.new_button, window.intake.refuse_button]
    assert [b.text() for b in buttons] == [vi_ui.SAVE, vi_ui.NEW, vi_ui.REFUSE]
    assert "Ctrl+S" in window.intake.save_button.toolTip()


def test_each_page_title_is_shown_once(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.show_page(2)
    visible = [
        label.text()
        for label in window.findChildren(QLabel, "pageTitle")
        if label.isVisibleTo(window) and label.text() == "Sổ tiếp công dân"
    ]
    assert visible == ["Sổ tiếp công dân"]


def test_a_session_on_the_dashboard_opens_it_on_the_calendar(
    window: MainWindow, office_services: Services
) -> None:
    from desk_app.services.schedule.types import SessionEdit

    head = office_services.office.head()
    assert head is not None and head.id is not None
    session = office_services.schedule.create_session(
        SessionEdit(date=dt.date(2026, 11, 26), presided_by_id=head.id)
    )
    window.dashboard_page.sessionActivated.emit(session.id)
    assert window.current_title() == "Lịch tiếp"
    current = window.calendar_page.current_session()
    assert current is not None and current.id == session.id


def test_a_lock_that_cannot_be_written_is_not_called_another_window(tmp_path: Path) -> None:
    """A read-only disk used to be reported as "already open in another window" (issue 12)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a read-only tmpfs is not allowed here: {mounted.stderr.decode().strip()}")
    try:
        with pytest.raises(PermissionError):
            app_module.acquire_lock(AppPaths(folder))
    finally:
        subprocess.run(["umount", str(folder)], check=False)
