"""The Lịch tiếp page on past years (issue 14): 2019's Tết on the grid, and the presider warning by the session's date."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_history_import as vh
from desk_app.services.registry import Services
from desk_app.services.schedule.types import SessionEdit
from desk_app.ui.pages.register.import_dialog import ImportDialog
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import click, settle

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


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_history_of_sessions_and_dialogues_imports_from_the_page(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    page = make_page(qtbot, sv)
    sessions = _csv(tmp_path / "ky_tiep.csv", [
        ["Ngày", "Người chủ trì", "Hình thức tiếp", "Trạng thái", "Lý do"],
        ["15/04/2020", "Trần Đình Lực", "Định kỳ", "Không tổ chức được", "Dịch COVID-19"],
        ["15/06/2021", "Trần Đình Lực", "Định kỳ", "Đã tiếp", ""],
    ])  # fmt: skip
    # The officer opens Nhập lịch sử… › Kỳ tiếp của lãnh đạo… and imports the file.
    menu = page.history_button.menu()
    assert menu is not None
    shown: list[list[str]] = []

    def choose_sessions() -> None:  # the menu runs its own loop: act on it from inside, as a person would
        shown.append([a.text() for a in menu.actions()])
        menu.close()
        page.import_sessions_action.trigger()

    QTimer.singleShot(300, choose_sessions)
    page.history_button.click()
    settle(qtbot, page)
    assert shown == [[vh.HISTORY_SESSIONS, vh.HISTORY_DIALOGUES]]
    settle(qtbot, page)
    dialog = page.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == vh.IMPORT_TITLE_SESSIONS
    dialog.set_file(sessions)
    click(qtbot, dialog.run_button)
    settle(qtbot, page)
    assert dialog.notice.text().startswith("Đã nhập 2 kỳ tiếp") and "Trần Đình Lực" in dialog.notice.text()
    found = sv.schedule.sessions(dt.date(2020, 1, 1), dt.date(2021, 12, 31))
    assert sorted((x.date, x.status.value) for x in found) == [
        (dt.date(2020, 4, 15), "HUY"), (dt.date(2021, 6, 15), "DA_TIEP"),
    ]  # fmt: skip
    dialog.close()
    settle(qtbot, page)

    dialogues = _csv(tmp_path / "doi_thoai.csv", [
        ["Ngày", "Người chủ trì", "Loại", "Nội dung", "Số kiến nghị"],
        ["20/06/2019", "Trần Đình Lực", "Định kỳ", "Xây dựng chợ", "4"],
        ["20/06/2019", "Trần Đình Lực", "Thường kỳ", "Sai loại", "x"],
    ])  # fmt: skip
    page.import_dialogues_action.trigger()
    settle(qtbot, page)
    dialog = next(d for d in page.findChildren(ImportDialog) if d.isVisible())
    dialog.set_file(dialogues)
    click(qtbot, dialog.run_button)
    settle(qtbot, page)
    assert [row for row, _ in dialog.bad_rows()] == [3]  # nothing imported: the whole file or none
    assert sv.dialogues.list(2019).dialogues == ()
