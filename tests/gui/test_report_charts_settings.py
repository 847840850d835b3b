"""The office's monthly cut-off from the settings tab, and the charts by field and timeliness on the Báo cáo page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.acting import acting_in

D = dt.date


@pytest.fixture
def administrator(request: pytest.FixtureRequest) -> Iterator[None]:
    """The office's settings are the administrator's (DOMAIN §13.3): the page is driven as one.

    Anyone else is refused: tests/gui/test_settings_refused.py."""
    with acting_in(request, Role.QUAN_TRI):
        yield


@pytest.mark.usefixtures("administrator")
def test_ticking_calendar_months_changes_the_monthly_period(qtbot: QtBot, office_services: Services) -> None:
    page = SettingsPage(office_services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    box = page.office_tab.form.calendar_months
    assert not box.isChecked()
    assert box.text().startswith("Báo cáo tháng tính theo tháng dương lịch")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    page.grab().save("/tmp/shots/h12_settings_office.png")
    qtbot.wait(20)  # the Thời hạn tab resizes its rows on a zero timer after a grab; let it run while alive
    qtbot.mouseClick(page.office_tab.save_button, Qt.MouseButton.LeftButton)
    march = office_services.reports.period("2026-03")
    assert (march.first, march.last) == (D(2026, 3, 1), D(2026, 3, 31))
    page.office_tab.reload()
    assert page.office_tab.form.calendar_months.isChecked()
    box.setChecked(False)
    qtbot.mouseClick(page.office_tab.save_button, Qt.MouseButton.LeftButton)
    assert office_services.reports.period("2026-03").first == D(2026, 2, 15)


def test_the_report_page_shows_charts_by_field_and_timeliness(
    qtbot: QtBot, office_services: Services
) -> None:
    sv = office_services
    for day, name, field in (
        (D(2026, 7, 2), "Nguyễn Văn An", SubjectField.HC_DAT_DAI_NHA_CUA),
        (D(2026, 8, 12), "Trần Thị Bé", SubjectField.HC_DAT_DAI_NHA_CUA),
        (D(2026, 9, 1), "Lê Văn Cư", SubjectField.HC_CHINH_SACH),
    ):
        sv.intake.save(VisitInput(date=day, visitor=PersonInput(full_name=name), summary=f"Đề nghị của {name}",
                                  category=Category.KIEN_NGHI_PHAN_ANH, field=field))  # fmt: skip
    sv.petitions.register(
        PetitionInput(D(2026, 7, 20), PetitionSource.BUU_CHINH, "Khiếu nại thu hồi đất", Category.KHIEU_NAI,
                      main=PersonInput("Phan Văn Em"), field=SubjectField.HC_DAT_DAI_NHA_CUA)
    )  # fmt: skip
    page = ReportsPage(sv, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.controls.select(ReportForm.TCD_01, "2026-Q3")  # 15/06–14/09/2026
    qtbot.mouseClick(page.controls.show_button, Qt.MouseButton.LeftButton)
    tabs = page.chart_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Theo biểu",
        "Theo lĩnh vực",
        "Đúng hạn, trễ hạn",
    ]
    assert page.shown is not None
    period = page.shown.result.period
    assert page.shown.by_field == sv.reports.field_series(period)
    field = tabs.field_chart
    assert field.series_names == ["Lượt tiếp", "Đơn tiếp nhận"]
    assert field.categories == ["Chế độ, chính sách", "Đất đai, nhà cửa"]
    assert field.series == [[1, 2], [0, 1]]
    timeliness = tabs.timeliness_chart
    assert timeliness.categories == ["Xong đúng hạn", "Xong nhưng trễ hạn", "Quá hạn, chưa xong"]
    # The letter of 20/07 was never processed: its deadlines in the quarter have passed undone.
    assert timeliness.series[0][:2] == [0, 0] and timeliness.series[0][2] >= 1
    tabs.setCurrentWidget(field)
    page.grab().save("/tmp/shots/h12_reports_field.png")
    tabs.setCurrentWidget(tabs.timeliness_chart)
    page.grab().save("/tmp/shots/h12_reports_timeliness.png")


@pytest.mark.usefixtures("administrator")
def test_the_month_presets_follow_the_office_setting_when_the_page_shows_again(
    qtbot: QtBot, office_services: Services
) -> None:
    from dataclasses import replace

    page = ReportsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.show()
    march = next(p for p in page.controls.periods if p.code == "2026-03")
    assert march.first == D(2026, 2, 15)
    page.hide()
    office = office_services.office.get()
    assert office is not None
    office_services.office.save(replace(office, report_calendar_months=True))
    page.show()
    march = next(p for p in page.controls.periods if p.code == "2026-03")
    assert (march.first, march.last) == (D(2026, 3, 1), D(2026, 3, 31))
