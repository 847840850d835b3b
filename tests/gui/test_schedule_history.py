"""The Lịch tiếp page on past years (issue 14): 2019's Tết on the grid, and the presider warning by the session's date."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desk_app.services.registry import Services
from desk_app.services.schedule.types import SessionEdit
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.tasks import ImmediateTaskRunner

DEPUTY = "Lê Thị Cúc"  # the office_services deputy


def make_page(qtbot: QtBot, services: Services) -> SchedulePage:
    page = SchedulePage(services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1186, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_tet_2019_is_shaded_and_the_presider_warning_follows_the_sessions_date(
    qtbot: QtBot, office_services: Services
) -> None:
    sv = office_services
    deputy = next(st.id for st in sv.office.list_staff() if st.full_name == DEPUTY and st.id is not None)
    sv.schedule.create_session(SessionEdit(dt.date(2020, 3, 12), deputy))
    sv.schedule.create_session(SessionEdit(dt.date(2026, 8, 13), deputy))
    page = make_page(qtbot, sv)
    page.grid.select(dt.date(2019, 2, 5))
    qtbot.waitUntil(lambda: page.month_title.text() == "Tháng 02/2019")
    assert (
        page.grid.is_day_off(dt.date(2019, 2, 5))
        and page.grid.day_note(dt.date(2019, 2, 5)) == "Tết Nguyên Đán"
    )
    assert not page.grid.is_day_off(dt.date(2019, 2, 11))
    assert not page.action.isVisible()  # no error line
    page.grid.select(dt.date(2020, 3, 12))
    qtbot.waitUntil(lambda: page.day_panel.sessions.count() == 1)
    page.day_panel.sessions.setCurrentRow(0)
    assert not page.day_panel.warning.isVisible()  # a deputy could preside on the head's behalf in 2020
    page.grid.select(dt.date(2026, 8, 13))
    qtbot.waitUntil(lambda: page.day_panel.sessions.count() == 1)
    page.day_panel.sessions.setCurrentRow(0)
    qtbot.waitUntil(page.day_panel.warning.isVisible)
    assert "Theo Luật 136/2025, người đứng đầu trực tiếp tiếp định kỳ" in page.day_panel.warning.text()
