"""The register searches on the task runner's thread pool; a slow old search never overwrites a newer one."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.tasks import TaskRunner


def _save(services: Services, name: str, day: dt.date) -> int:
    visit = VisitInput(
        date=day,
        visitor=PersonInput(full_name=name),
        summary="Kiến nghị sửa đường",
        category=Category.KIEN_NGHI_PHAN_ANH,
        handling=Handling.TRA_LOI_TRUC_TIEP,
    )
    return services.intake.save(visit).id


def test_search_runs_off_the_gui_thread_and_the_newest_wins(
    qtbot: QtBot, office_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _save(office_services, "Nguyễn Văn An", dt.date(2026, 2, 3))
    second = _save(office_services, "Trần Thị Bích", dt.date(2026, 2, 4))
    threads: list[str] = []
    release_slow = threading.Event()
    original = office_services.register.search_ids

    def spy(f: RegisterFilter, sort: SortKey = SortKey.BOOK, descending: bool = True) -> list[int]:
        threads.append(threading.current_thread().name)
        if f.text == "nguyen":
            release_slow.wait(5)  # the first, slow search
        return original(f, sort, descending)

    monkeypatch.setattr(office_services.register, "search_ids", spy)
    tasks = TaskRunner()
    page = RegisterPage(office_services, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert threading.main_thread().name not in threads
    page.filters.text.setText("nguyen")
    page.filters.flush()  # slow search for "nguyen" starts
    page.filters.text.setText("tran")
    page.filters.flush()  # newer search for "tran" finishes first
    qtbot.waitUntil(lambda: page.model.ids() == [second], timeout=3000)
    release_slow.set()
    assert tasks.wait(5000)
    qtbot.wait(50)  # let the stale result arrive and be ignored
    assert page.model.ids() == [second]
    assert page.count_label.text() == "1 lượt tiếp"
    assert first != second
