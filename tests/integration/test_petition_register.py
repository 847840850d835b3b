"""The petition register list: filters, the nearest due date and its state, and the denouncer masked by role."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desk_app.domain.enums import Category, DeadlineStatus, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi
from desk_app.services.audit import history
from desk_app.services.petitions.register import PetitionFilter, PetitionRegisterService
from desk_app.services.petitions.service import PetitionService
from desk_app.services.registry import Services

D = dt.date


@pytest.fixture
def filled(office_services: Services) -> tuple[PetitionService, PetitionRegisterService]:
    petitions = PetitionService(office_services.ctx, office_services.working_calendar)
    register = PetitionRegisterService(office_services.ctx, office_services.working_calendar)
    petitions.register(
        PetitionInput(
            D(2026, 8, 28), PetitionSource.BUU_CHINH, "Khiếu nại thu hồi đất", Category.KHIEU_NAI,
            main=PersonInput("Nguyễn Văn An", id_number="001099012345"), respondent="UBND xã",
        )
    )  # fmt: skip
    petitions.register(
        PetitionInput(
            D(2026, 11, 18), PetitionSource.HOP_THU, "Tố cáo trưởng thôn thu tiền sai", Category.TO_CAO,
            main=PersonInput("Trần Thị Bé", address="thôn Nam"), respondent="Trưởng thôn Nam",
        )
    )  # fmt: skip
    return petitions, register


def test_rows_show_the_nearest_due_date_and_its_state(
    filled: tuple[PetitionService, PetitionRegisterService],
) -> None:
    _, register = filled
    rows = register.rows(register.search_ids(PetitionFilter()))
    assert [r.label for r in rows] == ["2/2026", "1/2026"]
    old, new = rows[1], rows[0]
    assert old.next_due == D(2026, 9, 11) and old.due_state is DeadlineStatus.QUA_HAN
    # Received 18/11: 7 working days for a denunciation's initial processing skip 24/11 (a holiday from 2026).
    assert new.next_due == D(2026, 11, 30) and new.due_state is DeadlineStatus.DANG_CHAY
    assert register.count(PetitionFilter(due=DeadlineStatus.QUA_HAN)) == 1
    assert register.count(PetitionFilter(category=Category.TO_CAO)) == 1


def test_a_denouncer_is_masked_and_cannot_be_found_by_name(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services
) -> None:
    _, register = filled
    tc = register.rows(register.search_ids(PetitionFilter(category=Category.TO_CAO)))[0]
    assert tc.sender == vi.MASKED and tc.id_document == vi.MASKED
    assert register.count(PetitionFilter(text="tran thi be")) == 0
    assert register.count(PetitionFilter(text="truong thon thu tien")) == 1
    assert register.reveal_author(tc.id) == vi.MASKED


def test_a_leader_sees_the_author_and_the_showing_is_logged(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services
) -> None:
    _, register = filled
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    tc_id = register.search_ids(PetitionFilter(text="tran thi be"))[0]
    assert register.rows([tc_id])[0].sender == "Trần Thị Bé, thôn Nam"
    assert register.reveal_author(tc_id) == "Trần Thị Bé, thôn Nam"
    assert [e.action for e in history(office_services.ctx, "petition", tc_id)][-1] == "reveal"


def test_the_excel_export_has_the_importable_layout_and_the_mask(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from desk_app.documents.registers import export_petition_ids
    from desk_app.i18n import vi_transfer as vt
    from desk_app.services.petitions.register import SortKey

    _, register = filled
    target = tmp_path / "so-don.xlsx"

    def export(f: PetitionFilter) -> int:
        ids = register.search_ids(f, SortKey.BOOK, descending=False)
        return export_petition_ids(office_services.ctx, ids, target)

    assert export(PetitionFilter()) == 2
    ws = load_workbook(target).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == vt.PETITION_HEADERS  # what `desk-app export petitions` writes and the import reads
    kn, tc = rows[1], rows[2]  # register order
    assert kn[:5] == (
        dt.datetime(2026, 8, 28),
        "Qua dịch vụ bưu chính",
        None,
        "Nguyễn Văn An",
        "001*******45",
    )
    assert tc[3:6] == (vi.MASKED, vi.MASKED, vi.MASKED) and tc[8] == "Tố cáo"
    assert "001099012345" not in str(rows)
    assert export(PetitionFilter(category=Category.TO_CAO)) == 1


def _third(petitions: PetitionService, office_services: Services) -> int:
    """A reflection received 10/11 from Lê Văn Cường whose clocks have all stopped (no due date running)."""
    from sqlalchemy import update

    from desk_app.storage.records.deadline import DeadlineRecord

    pid = petitions.register(
        PetitionInput(
            D(2026, 11, 10), PetitionSource.HOP_THU, "Phản ánh đèn đường hỏng", Category.KIEN_NGHI_PHAN_ANH,
            main=PersonInput("Lê Văn Cường"),
        )
    ).id  # fmt: skip
    with office_services.ctx.db.write() as s, s.begin():
        s.execute(
            update(DeadlineRecord).where(DeadlineRecord.entity_id == pid).values(completed_on=D(2026, 11, 12))
        )
    return pid


def test_the_register_sorts_by_each_sortable_column(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services
) -> None:
    from desk_app.services.petitions.register import SortKey

    petitions, register = filled
    _third(petitions, office_services)

    def labels(sort: SortKey, descending: bool, f: PetitionFilter | None = None) -> list[str]:
        return [r.label for r in register.rows(register.search_ids(f or PetitionFilter(), sort, descending))]

    assert labels(SortKey.BOOK, True) == ["3/2026", "2/2026", "1/2026"]  # the default, unchanged
    assert [r.label for r in register.rows(register.search_ids(PetitionFilter()))] == labels(
        SortKey.BOOK, True
    )
    assert labels(SortKey.BOOK, False) == ["1/2026", "2/2026", "3/2026"]
    assert labels(SortKey.RECEIVED, True) == ["2/2026", "3/2026", "1/2026"]  # 18/11, 10/11, 28/08
    assert labels(SortKey.CATEGORY, False) == ["1/2026", "3/2026", "2/2026"]  # KN, KNPA, TC by code
    # The nearest due date first; the petition with no clock running comes last in both directions.
    assert labels(SortKey.DUE, False) == ["1/2026", "2/2026", "3/2026"]  # 11/09, 30/11, none
    assert labels(SortKey.DUE, True) == ["2/2026", "1/2026", "3/2026"]
    assert labels(SortKey.DUE, False, PetitionFilter(due=DeadlineStatus.DANG_CHAY)) == ["2/2026"]
    statuses = [
        r.status.value for r in register.rows(register.search_ids(PetitionFilter(), SortKey.STATUS, False))
    ]
    assert statuses == sorted(statuses)


def test_sorting_by_sender_never_places_a_masked_author_by_the_hidden_name(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services
) -> None:
    from desk_app.services.petitions.register import SortKey

    petitions, register = filled
    _third(petitions, office_services)
    # Names without diacritics: Le Van Cuong < Nguyen Van An < Tran Thi Be. The officer sees the masked one first.
    assert [r.sender for r in register.rows(register.search_ids(PetitionFilter(), SortKey.SENDER, False))] == [
        vi.MASKED, "Lê Văn Cường", "Nguyễn Văn An",
    ]  # fmt: skip
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    assert [
        r.sender.split(",")[0]
        for r in register.rows(register.search_ids(PetitionFilter(), SortKey.SENDER, False))
    ] == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bé"]


def test_the_due_filter_and_the_rows_follow_the_one_due_state_rule(
    filled: tuple[PetitionService, PetitionRegisterService], office_services: Services
) -> None:
    """Friday 20/11/2026, 24/11 a day off: a calendar-day clock is due soon with ≤ 3 days left, a working-day one
    with ≤ 2 working days left (DOMAIN §8); a petition takes the most urgent state of its running clocks."""
    from desk_app.services.deadlines import clock as deadline_clock

    petitions, register = filled
    calendar = office_services.working_calendar.load()

    def petition_with(*clocks: tuple[str, dt.date]) -> int:
        pid = _third(petitions, office_services)
        with office_services.ctx.db.write() as s, s.begin():
            for rule_code, due in clocks:
                deadline_clock.start_clock(
                    s, office_services.ctx, calendar, entity_type="petition", entity_id=pid,
                    rule_code=rule_code, start=D(2026, 11, 10), due=due,
                )  # fmt: skip
        return pid

    cd_in_3_days = petition_with(("KN_RESOLVE_1", D(2026, 11, 23)))
    cd_in_5_days = petition_with(("KN_RESOLVE_1", D(2026, 11, 25)))  # only 2 working days, but a CD rule
    wd_in_2_working_days = petition_with(("XLD_PROCESS", D(2026, 11, 25)))
    # The nearest date (a CD clock, 4 days) is not soon; the later working-day clock is.
    mixed = petition_with(("KN_RESOLVE_1", D(2026, 11, 24)), ("XLD_PROCESS", D(2026, 11, 25)))
    expected = {
        cd_in_3_days: DeadlineStatus.SAP_HET_HAN,
        cd_in_5_days: DeadlineStatus.DANG_CHAY,
        wd_in_2_working_days: DeadlineStatus.SAP_HET_HAN,
        mixed: DeadlineStatus.SAP_HET_HAN,
    }
    all_ids = register.search_ids(PetitionFilter())
    rows = {r.id: r for r in register.rows(all_ids)}
    assert {pid: rows[pid].due_state for pid in expected} == expected
    assert rows[mixed].next_due == D(2026, 11, 24)
    for state in DeadlineStatus:
        found = set(register.search_ids(PetitionFilter(due=state)))
        assert found == {pid for pid, row in rows.items() if row.due_state is state}, state
        assert register.count(PetitionFilter(due=state)) == len(found)
    assert len(register.search_ids(PetitionFilter(due=DeadlineStatus.SAP_HET_HAN))) == 3
