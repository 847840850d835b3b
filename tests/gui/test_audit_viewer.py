"""Danh mục & cài đặt › Nhật ký hệ thống, driven with keys and clicks: who sees the tab, filters, the check."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import vi_audit as va
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.registry import Services
from desk_app.storage import audit_chain as chain
from desk_app.ui.pages.settings.audit import AuditTab
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.tasks import TaskRunner
from tests.helpers.qt_input import choose, click, press, retype, settle


def open_page(qtbot: QtBot, services: Services) -> SettingsPage:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def tab_titles(page: SettingsPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def open_log(qtbot: QtBot, services: Services) -> tuple[SettingsPage, AuditTab]:
    services.ctx.actor.name, services.ctx.actor.roles = "Trần Văn Bình", (Role.LANH_DAO,)
    page = open_page(qtbot, services)
    page.tabs.setCurrentIndex(tab_titles(page).index(va.TAB_TITLE))
    tab = page.audit_tab
    assert tab is not None
    settle(qtbot, page)
    return page, tab


def test_only_leaders_and_administrators_see_the_log(qtbot: QtBot, office_services: Services) -> None:
    assert va.TAB_TITLE not in tab_titles(open_page(qtbot, office_services))  # the reception officer
    office_services.ctx.actor.roles = (Role.QUAN_TRI,)
    assert va.TAB_TITLE in tab_titles(open_page(qtbot, office_services))
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    assert va.TAB_TITLE in tab_titles(open_page(qtbot, office_services))


def test_the_leader_filters_by_action_and_by_dates(qtbot: QtBot, office_services: Services) -> None:
    audit.event(office_services.ctx, "export", "visit", 0, {"rows": 7})
    page, tab = open_log(qtbot, office_services)
    assert tab.table.rowCount() > 1
    assert tab.row_texts(0)[2:] == ["Xuất tệp", "Sổ tiếp công dân", "Số dòng: 7"]
    choose(tab.action, "Xuất tệp")
    settle(qtbot, page)
    assert tab.table.rowCount() == 1
    assert tab.count.text() == va.SHOWN_ALL.format(total=1)

    retype(tab.date_from, "31/02/2026")
    press(tab.date_from, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert tab.date_error.isVisible() and tab.date_error.text() == va.DATE_INVALID
    assert tab.table.rowCount() == 1  # what was shown stays until the dates make sense

    retype(tab.date_from, "01/01/2020")
    retype(tab.date_to, "31/12/2020")
    click(qtbot, tab.filter_button)
    settle(qtbot, page)
    assert not tab.date_error.isVisible()
    assert tab.table.rowCount() == 0 and tab.count.text() == va.EMPTY


def test_the_check_says_sound_then_names_the_entry_an_insider_changed(
    qtbot: QtBot, office_services: Services
) -> None:
    page, tab = open_log(qtbot, office_services)
    tab.tasks = TaskRunner(tab)
    click(qtbot, tab.verify_button)
    settle(qtbot, page, tasks=tab.tasks)
    assert tab.result.isVisible()
    assert tab.result.text().startswith("Nhật ký toàn vẹn:")
    assert tab.row_texts(0)[2] == "Kiểm tra nhật ký"

    with closing(
        sqlite3.connect(AppPaths(office_services.ctx.data_dir).database, isolation_level=None)
    ) as con:
        for statement in chain.DROP_TRIGGERS:
            con.execute(statement)
        con.execute("UPDATE change_log SET actor = 'Người khác' WHERE id = 2")
    click(qtbot, tab.verify_button)
    settle(qtbot, page, tasks=tab.tasks)
    text = tab.result.text()
    assert text.startswith("Nhật ký KHÔNG còn toàn vẹn")
    assert "Mục thứ 2" in text and "Người khác" in text and va.CHECK_REASONS["altered"] in text


def test_who_searched_for_a_name_and_more_entries_on_demand(qtbot: QtBot, office_services: Services) -> None:
    for i in range(210):
        audit.event(office_services.ctx, "print", "visit", i + 1)
    audit.search(office_services.ctx, "citizen", "Võ Thị Hồng")
    page, tab = open_log(qtbot, office_services)
    assert tab.table.rowCount() == 200 and tab.more.isVisible()
    total = int(tab.count.text().split("/")[1].split()[0])
    click(qtbot, tab.more)
    settle(qtbot, page)
    assert tab.table.rowCount() == total and not tab.more.isVisible()

    retype(tab.term, "vo thi hong")
    press(tab.term, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert tab.table.rowCount() == 1
    assert tab.row_texts(0)[1:4] == ["Phạm Thị Dung", "Tìm kiếm", "Tra cứu"]
    assert "Võ Thị Hồng" not in " ".join(tab.row_texts(0))
    retype(tab.term, "Võ Thị Hằng")
    click(qtbot, tab.filter_button)
    settle(qtbot, page)
    assert tab.table.rowCount() == 0
