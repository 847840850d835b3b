"""The register model holds ids only and fetches rows in batches as they are painted (Anki's browser design)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling, ReceptionKind, VisitOrder, VisitStatus
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterRow
from desk_app.ui.models.visit_table_model import VisitTableModel
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.tasks import ImmediateTaskRunner

COPIES = 5000


def clone_visits(services: Services, source_id: int, copies: int) -> None:
    """`copies` more lines of the book, copied from one saved visit in a single SQL statement."""
    engine = services.ctx.db.engine
    with engine.begin() as conn:
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(visit)") if row[1] != "id"]
        values = ["src.book_no + seq.n" if c == "book_no" else f"src.{c}" for c in columns]
        conn.exec_driver_sql(
            f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {int(copies)}) "
            f"INSERT INTO visit ({', '.join(columns)}) SELECT {', '.join(values)} FROM visit src, seq "
            f"WHERE src.id = {int(source_id)}"
        )


@pytest.fixture
def big(office_services: Services) -> Services:
    saved = office_services.intake.save(
        VisitInput(
            date=dt.date(2026, 5, 4),
            visitor=PersonInput(full_name="Nguyễn Văn An", address="Ấp 3, xã An Phú"),
            summary="Khiếu nại việc thu hồi đất",
            category=Category.KHIEU_NAI,
            handling=Handling.THU_LY,
        )
    )
    clone_visits(office_services, saved.id, COPIES)
    return office_services


def test_the_page_fetches_only_the_rows_it_paints(
    qtbot: QtBot, big: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetched: list[int] = []
    batches: list[int] = []
    original = big.register.rows

    def spy(ids: Sequence[int]) -> list[RegisterRow]:
        fetched.extend(ids)
        batches.append(len(ids))
        return original(ids)

    monkeypatch.setattr(big.register, "rows", spy)
    page = RegisterPage(big, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1166, 688)
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # paint now
    assert page.model.rowCount() == COPIES + 1
    assert page.count_label.text() == "5.001 lượt tiếp"
    assert batches == [200]  # one batch for the first screen
    page.table.scrollToBottom()
    page.grab()
    # The last screen spans the batch of rows 4800–4999 and the one of row 5000; nothing in between.
    assert batches == [200, 200, 1]
    last_id = page.model.visit_id(COPIES)
    assert last_id in fetched
    assert len(set(fetched)) == len(fetched)  # nothing fetched twice
    assert page.model.cached_count() == len(fetched)


def test_the_cache_is_bounded_and_fetches_in_batches() -> None:
    calls: list[int] = []

    def fetch(ids: Sequence[int]) -> list[RegisterRow]:
        calls.append(len(ids))
        return [_row(i) for i in ids]

    model = VisitTableModel(fetch, batch_size=200, cache_limit=1000)
    model.set_ids(list(range(1, 5001)))
    for row in range(5000):
        found = model.row_data(row)
        assert found is not None and found.id == row + 1
    assert calls == [200] * 25
    assert model.cached_count() == 1000
    # The first rows were evicted: reading them again fetches their batch again.
    assert model.row_data(0) is not None
    assert calls[-1] == 200 and len(calls) == 26
    model.set_ids([7, 8])
    assert model.cached_count() == 0
    assert model.rowCount() == 2


def _row(visit_id: int) -> RegisterRow:
    return RegisterRow(
        id=visit_id,
        book_no=visit_id,
        book_year=2026,
        date=dt.date(2026, 1, 1),
        kind=ReceptionKind.THUONG_XUYEN,
        name_address="Nguyễn Văn An",
        id_document="",
        summary="",
        category=Category.KHIEU_NAI,
        group_size=1,
        prior_handling="",
        within_competence=False,
        guidance="",
        transfer="",
        follow_up="",
        remarks="",
        handling=None,
        status=VisitStatus.DA_VAO_SO,
        visit_order=VisitOrder.LAN_DAU,
        case_code="",
        is_voided=False,
        is_confidential=False,
    )
