"""Tổng quan: the week's sessions with registrants, visit counts, overdue and due-soon clocks, warnings; refresh on show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.domain.enums import Category, Handling, ReceptionKind, RefusalReason
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_dashboard as vdb
from desk_app.services.dashboard.service import DashboardService
from desk_app.services.deadlines.clock import start_clock
from desk_app.services.registry import Services
from desk_app.services.schedule.types import RegistrantInfo, SessionEdit, WarningKind
from desk_app.ui.main_window import INTAKE_INDEX, MainWindow
from desk_app.ui.pages.dashboard.page import DashboardPage
from desk_app.ui.pages.dashboard.widgets import AMBER, NEUTRAL, RED
from desk_app.ui.tasks import ImmediateTaskRunner, TaskRunner
from tests.helpers.qt_input import press

SHOTS = Path("/tmp/shots")
TODAY = dt.date(2026, 11, 20)  # the fixed clock: Friday


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def clock(services: Services, start: dt.date, label: str, **kw: object) -> int:
    with services.ctx.db.write() as s, s.begin():
        rec = start_clock(
            s, services.ctx, services.working_calendar.load(), entity_type="visit", entity_id=11,
            rule_code="XLD_PROCESS", start=start, label=label, responsible="Phạm Thị Dung", **kw,  # type: ignore[arg-type]
        )  # fmt: skip
        return rec.id


def fill_office(services: Services) -> None:
    """A session today with two registrants, one on Thursday presided by the deputy, clocks and two visits."""
    staff = {s.full_name: s for s in services.office.list_staff()}
    head, deputy = staff["Trần Văn Bình"], staff["Lê Thị Cúc"]
    today = services.schedule.create_session(
        SessionEdit(
            date=TODAY, presided_by_id=head.id, kind=ReceptionKind.DINH_KY,
            start_time=dt.time(8, 0), end_time=dt.time(11, 0),
        )
    )  # fmt: skip
    for name in ("Nguyễn Văn Nam", "Võ Thị Hạnh"):
        services.schedule.add_registrant(RegistrantInfo(None, today.id, name, "Tranh chấp ranh giới đất"))
    services.schedule.create_session(
        SessionEdit(date=TODAY + dt.timedelta(days=6), presided_by_id=deputy.id, kind=ReceptionKind.DINH_KY)
    )
    clock(services, dt.date(2026, 10, 30), "Đơn của bà Trương Thị Lụa", given_to_citizen=True)  # due 13/11
    clock(services, dt.date(2026, 11, 9), "Đơn của ông Đặng Văn Tư")  # due 23/11
    clock(services, dt.date(2026, 11, 19), "Đơn còn lâu mới đến hạn")  # due 03/12
    for day, name in ((TODAY, "Huỳnh Văn Sáu"), (dt.date(2026, 11, 3), "Lý Thị Bảy")):
        services.intake.save(
            VisitInput(
                date=day, visitor=PersonInput(full_name=name), summary="Kiến nghị sửa đường liên ấp",
                category=Category.KIEN_NGHI_PHAN_ANH,
            )
        )  # fmt: skip


def make(qtbot: QtBot, services: Services, tasks: TaskRunner | None = None) -> DashboardPage:
    page = DashboardPage(services, tasks or ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_snapshot_counts_visits_and_leaves_the_weeks_sessions_out_of_the_warnings(
    office_services: Services,
) -> None:
    fill_office(office_services)
    source = DashboardService(office_services.ctx, office_services.schedule, office_services.deadlines)
    data = source.snapshot()
    assert (data.visits.today, data.visits.month) == (1, 2)
    assert (data.week_first, data.week_last) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert [s.registrant_count for s in data.sessions_today] == [2]
    assert [s.date for s in data.sessions] == [TODAY]  # the deputy's session is next week
    # A clock whose record is gone keeps the label it was started with, after the deadline's name.
    assert [r.title for r in data.clocks.overdue] == ["Xử lý đơn — Đơn của bà Trương Thị Lụa"]
    assert [r.title for r in data.clocks.due_soon] == ["Xử lý đơn — Đơn của ông Đặng Văn Tư"]
    kinds = {w.kind for w in data.warnings}
    assert WarningKind.THIS_WEEK not in kinds
    assert WarningKind.PRESIDER_NOT_HEAD in kinds  # the deputy presides a periodic session
    assert WarningKind.CALENDAR_UNCONFIRMED in kinds  # 2027 is not confirmed on 20/11/2026


def test_the_page_shows_the_session_the_clocks_and_the_warnings(
    qtbot: QtBot, office_services: Services
) -> None:
    fill_office(office_services)
    page = make(qtbot, office_services)
    assert page.visits_today.number.text() == "1" and page.visits_month.number.text() == "2"
    assert page.visits_month.caption.text() == "Lượt tiếp tháng 11/2026"
    assert (page.due_soon.number.text(), page.overdue.number.text()) == ("1", "1")
    assert (page.due_soon.tone, page.overdue.tone) == (AMBER, RED)
    assert page.due_soon.toolTip() == (
        "Việc còn không quá 2 ngày làm việc (hoặc 3 ngày với thời hạn tính theo ngày)"
    )
    assert page.sessions_title.text() == "Lịch tiếp công dân tuần này (16/11/2026 – 22/11/2026)"
    assert page.today_line.text() == "Hôm nay có 1 buổi tiếp, 2 người đã đăng ký."
    [session] = rows(page.sessions)
    assert session[0] == "Thứ Sáu 20/11/2026" and session[1] == "08:00 – 11:00"
    assert session[2] == "Trần Văn Bình (Chủ tịch UBND xã)" and session[5] == "2 người"
    assert rows(page.clocks) == [
        (
            "Quá hạn",
            "Xử lý đơn — Đơn của bà Trương Thị Lụa (đã hẹn với công dân)",
            "Phạm Thị Dung",
            "13/11/2026",
            "Quá 7 ngày",
        ),
        (
            "Sắp đến hạn",
            "Xử lý đơn — Đơn của ông Đặng Văn Tư",
            "Phạm Thị Dung",
            "23/11/2026",
            "Còn 1 ngày làm việc",
        ),
    ]
    assert page.clocks.item(0, 0).background().color().name() == RED[0]
    assert page.clocks.item(1, 0).background().color().name() == AMBER[0]
    texts = page.warnings.texts()
    assert any("Lê Thị Cúc" in t for t in texts) and any("2027" in t for t in texts)
    assert page.warnings_title.text() == vdb.WARNINGS_TITLE.format(count=len(texts))
    assert page.status.text() == "Cập nhật lúc 09:30."
    shot(page, "dashboard_page")
    activated: list[tuple[str, int]] = []
    page.clockActivated.connect(lambda kind, entity: activated.append((kind, entity)))
    page.clocks.setCurrentCell(0, 1)
    press(page.clocks, Qt.Key.Key_Return)
    assert activated == [("visit", 11)]


def test_an_empty_office_says_there_is_nothing(qtbot: QtBot, office_services: Services) -> None:
    page = make(qtbot, office_services)
    assert page.no_sessions.isVisible() and not page.sessions.isVisible()
    assert page.no_clocks.isVisible() and page.no_clocks.text() == vdb.NO_DEADLINES
    assert page.no_sessions.text() == vdb.NO_SESSIONS and not page.today_line.isVisible()
    assert (page.due_soon.number.text(), page.overdue.number.text()) == ("0", "0")
    assert (page.due_soon.tone, page.overdue.tone) == (NEUTRAL, NEUTRAL)
    shot(page, "dashboard_empty")


def open_dashboard(qtbot: QtBot, services: Services, tasks: TaskRunner) -> tuple[MainWindow, DashboardPage]:
    """The main window at 1366x768, shown and exposed, on its Tổng quan page."""
    window = app_module.build_main_window(services, tasks)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window, MainWindow)
    page = window.stack.widget(0)
    assert isinstance(page, DashboardPage)
    window.show_page(0)
    return window, page


def test_the_main_window_opens_the_dashboard_and_refreshes_it_when_shown(
    qtbot: QtBot, office_services: Services
) -> None:
    window, page = open_dashboard(qtbot, office_services, TaskRunner())
    assert window.title.text() == "Tổng quan"
    qtbot.waitUntil(lambda: page.data is not None)  # loaded by the thread pool
    assert page.data is not None and page.data.clocks.overdue == ()
    assert page.findChildren(QWidget, "pageTitle") == []
    fill_office(office_services)
    window.show_page(1)
    window.show_page(0)  # shown again: reloaded
    qtbot.waitUntil(lambda: page.overdue.number.text() == "1")
    assert rows(page.sessions)[0][5] == "2 người"
    shot(window, "dashboard")
    window.tasks.wait()


def test_a_refusal_notice_row_opens_its_visit_in_the_intake(qtbot: QtBot, office_services: Services) -> None:
    visit_id = office_services.intake.save(
        VisitInput(date=dt.date(2026, 11, 12), visitor=PersonInput("Hồ Văn Khải", id_number="001088004455"),
                   handling=Handling.TU_CHOI_TIEP, refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI,
                   category=Category.KHIEU_NAI, summary="việc thu hồi đất đã được giải quyết")
    ).id  # fmt: skip
    tasks = TaskRunner()
    window, page = open_dashboard(qtbot, office_services, tasks)
    qtbot.waitUntil(lambda: page.data is not None and page.clocks.rowCount() == 1)
    assert "Lượt tiếp số" in rows(page.clocks)[0][1]
    page.clocks.setCurrentCell(0, 1)
    press(page.clocks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == INTAKE_INDEX)
    assert window.intake.people.full_name.text() == "Hồ Văn Khải"
    assert window.intake.notice_button.isVisible()  # the refused visit, with its notice to print
    assert visit_id > 0
    tasks.wait()


def test_refreshing_the_warnings_takes_the_old_boxes_away_at_once(qtbot: QtBot) -> None:
    from desk_app.services.schedule.types import ScheduleWarning
    from desk_app.ui.pages.dashboard.widgets import WarningList

    box = WarningList()
    qtbot.addWidget(box)
    box.show()
    warnings = [ScheduleWarning(WarningKind.BELOW_MINIMUM, f"Cảnh báo {n}") for n in range(3)]
    box.set_warnings(warnings)
    qtbot.wait(20)  # a layout shows new children on the next turn of the event loop
    old = list(box.labels)
    box.set_warnings(warnings)
    # A grab right after a refresh must not show the previous boxes beside the new ones.
    assert all(label.isHidden() for label in old)
    qtbot.wait(20)
    assert [w for w in box.widget().findChildren(QLabel) if not w.isHidden()] == box.labels


def test_each_deadline_row_names_the_deadline_its_record_and_its_handler(
    qtbot: QtBot, office_services: Services
) -> None:
    """Issue 9 §4: "Thông báo … — Đơn số 33/2026", the handler's name, and a refused visit is not a lượt tiếp."""
    from desk_app.domain.enums import Handling, PetitionSource, RefusalReason
    from desk_app.domain.petition import PetitionInput

    staff = {s.full_name: s for s in office_services.office.list_staff()}
    handled = office_services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 4), source=PetitionSource.BUU_CHINH, summary="Xin cấp lại sổ đỏ",
            category=Category.KIEN_NGHI_PHAN_ANH, main=PersonInput(full_name="Ngô Văn Tám"),
            handler_id=staff["Lê Thị Cúc"].id,
        )
    )  # fmt: skip
    unassigned = office_services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 6), source=PetitionSource.BUU_CHINH, summary="Đề nghị sửa cống",
            category=Category.KIEN_NGHI_PHAN_ANH, main=PersonInput(full_name="Đỗ Thị Chín"),
        )
    )  # fmt: skip
    office_services.intake.save(
        VisitInput(date=TODAY, visitor=PersonInput(full_name="Huỳnh Văn Sáu"), summary="Hỏi về trợ cấp",
                   category=Category.KIEN_NGHI_PHAN_ANH)
    )  # fmt: skip
    refused = office_services.intake.save(
        VisitInput(date=TODAY, visitor=PersonInput(full_name="Mai Văn Mười"), handling=Handling.TU_CHOI_TIEP,
                   refusal_reason=RefusalReason.SAY_TAM_THAN)
    )  # fmt: skip
    with office_services.ctx.db.write() as s, s.begin():
        # The refusal notice's clock as issue 9 §2 starts it: on the visit, due 3 working days after 16/11.
        start_clock(
            s, office_services.ctx, office_services.working_calendar.load(), entity_type="visit",
            entity_id=refused.id, rule_code="TCD_REFUSAL_NOTICE", start=dt.date(2026, 11, 16),
        )  # fmt: skip
    with office_services.ctx.db.write() as s, s.begin():
        start_clock(
            s, office_services.ctx, office_services.working_calendar.load(), entity_type="petition",
            entity_id=999, rule_code="XLD_PROCESS", start=dt.date(2026, 11, 2), label="",
        )  # fmt: skip
    page = make(qtbot, office_services)
    qtbot.waitUntil(lambda: page.data is not None)
    assert page.visits_today.number.text() == "1"  # the refused visit is in the book but is no reception
    assert page.visits_month.number.text() == "1"
    shown = {row[1]: row[2] for row in rows(page.clocks)}
    assert shown[f"Xử lý đơn — Đơn số {handled.register_no}/2026"] == "Lê Thị Cúc"
    # nobody assigned: the letter is with the officer who entered it
    assert shown[f"Xử lý đơn — Đơn số {unassigned.register_no}/2026"] == "Phạm Thị Dung"
    assert shown["Xử lý đơn"] == "—"  # a clock whose record and handler are unknown names the deadline only
    assert shown[f"Thông báo từ chối tiếp (01/TCD) — Lượt tiếp số {refused.book_no}/2026"] == "Phạm Thị Dung"
    for row in range(page.clocks.rowCount()):
        if page.clocks.item(row, 1).text().startswith("Thông báo từ chối"):
            tip = page.clocks.item(row, 1).toolTip()
            assert tip.startswith("Thông báo từ chối tiếp công dân (Mẫu 01/TCD) — Lượt tiếp số")
    page.resize(1366, 768)
    shot(page, "dashboard_named_clocks")
