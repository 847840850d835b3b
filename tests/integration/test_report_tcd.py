"""Biểu 01/TCD on hand-built visits and sessions: every counting rule of DOMAIN §16.1, recountable by hand; locking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desk_app.domain.enums import Category, Handling, ReceptionKind, RefusalReason, Role
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.registry import Services
from desk_app.services.reports.lock import ReportPermissionDenied
from desk_app.services.reports.types import DrillKind, ReportForm
from desk_app.services.schedule.types import SessionEdit

D = dt.date


def _visit(day: dt.date, name: str, **kw: object) -> VisitInput:
    base: dict[str, object] = {
        "date": day,
        "visitor": PersonInput(full_name=name),
        "summary": f"Đề nghị của {name} về đất đai",
        "category": Category.KIEN_NGHI_PHAN_ANH,
        "handling": Handling.TRA_LOI_TRUC_TIEP,
    }
    base.update(kw)
    return VisitInput(**base)  # type: ignore[arg-type]


@dataclass
class World:
    sv: Services
    ids: dict[str, int]
    cases: dict[str, int]
    sessions: dict[str, int]


def _staff(sv: Services, name: str) -> int:
    found = next(s for s in sv.office.list_staff() if s.full_name == name)
    assert found.id is not None
    return found.id


@pytest.fixture
def world(office_services: Services) -> World:
    sv = office_services
    head, deputy = _staff(sv, "Trần Văn Bình"), _staff(sv, "Lê Thị Cúc")
    ids: dict[str, int] = {}
    cases: dict[str, int] = {}

    def save(key: str, visit: VisitInput, case: str | None = None) -> None:
        saved = sv.intake.save(visit)
        ids[key] = saved.id
        if case is not None and saved.case_id is not None:
            cases.setdefault(case, saved.case_id)

    # Q3 (15/06–14/09/2026): the first visit of case X.
    save("v1", _visit(D(2026, 8, 10), "Nguyễn Văn An"), "X")
    # Q4 (15/09–14/12/2026).
    save("v2", _visit(D(2026, 10, 5), "Nguyễn Văn An", case_id=cases["X"]), "X")
    save("v3", _visit(D(2026, 10, 5), "Trần Thị Bé"), "Y")
    reps = (PersonInput(full_name="Lê Văn Đại"),)
    save("v4", _visit(D(2026, 10, 6), "Phan Văn Đoàn", group_size=8, representatives=reps), "Z")
    save(
        "v5",
        _visit(
            D(2026, 10, 7), "Hồ Văn Khải", handling=Handling.TU_CHOI_TIEP,
            refusal_reason=RefusalReason.SAY_TAM_THAN,
        ),
    )  # fmt: skip
    save("v9", _visit(D(2026, 10, 8), "Mai Văn Sai"), "VOID")
    sv.intake.void(ids["v9"], "Nhập nhầm")
    # The same day: the regular visit was entered first, so case T is first seen in group A.
    save("v10", _visit(D(2026, 10, 9), "Đỗ Văn Tâm"), "T")
    save(
        "v11",
        _visit(
            D(2026, 10, 9), "Đỗ Văn Tâm", kind=ReceptionKind.DOT_XUAT, presided_by_id=head, case_id=cases["T"]
        ),
    )
    save("v6", _visit(D(2026, 10, 15), "Ngô Văn Cường", kind=ReceptionKind.DINH_KY, presided_by_id=head,
                      case_id=cases["Y"]))  # fmt: skip
    save("v7", _visit(D(2026, 10, 15), "Lý Thị Hoa", kind=ReceptionKind.DINH_KY, presided_by_id=head,
                      group_size=2), "W")  # fmt: skip
    save("v8", _visit(D(2026, 10, 22), "Tạ Văn Ủy", kind=ReceptionKind.DINH_KY, presided_by_id=deputy), "U")
    sessions: dict[str, int] = {}
    empty = sv.schedule.create_session(SessionEdit(date=D(2026, 11, 5), presided_by_id=head))
    sv.schedule.mark_no_citizen(empty.id, "Không có công dân đăng ký")
    sessions["empty"] = empty.id
    moved = sv.schedule.create_session(SessionEdit(date=D(2026, 11, 25), presided_by_id=head))
    sv.schedule.postpone(moved.id, D(2026, 11, 27), "Chủ tịch họp đột xuất với tỉnh")
    sessions["moved"] = moved.id
    planned = sv.schedule.create_session(SessionEdit(date=D(2026, 12, 3), presided_by_id=head))
    sessions["planned"] = planned.id
    cancelled = sv.schedule.create_session(SessionEdit(date=D(2026, 12, 10), presided_by_id=head))
    sv.schedule.cancel(cancelled.id, "Mưa lũ")
    for s in sv.schedule.sessions(D(2026, 10, 1), D(2026, 10, 31)):
        sessions[f"{s.date.isoformat()}-{s.kind.value}"] = s.id
    return World(sv, ids, cases, sessions)


EXPECTED = {
    # Group A: v2 (X, first seen in Q3), v3 (Y), v4 (delegation of 8, Z), v10 (T); v5 refused, v9 voided.
    4: 4, 5: 1 + 1 + 8 + 1, 6: 3, 7: 1, 8: 1, 9: 8, 10: 1, 11: 0,
    # Group B: sessions 09/10 (Đột xuất), 15/10 (Định kỳ), 05/11 (nobody came); 25→27/11 postponed, 03/12
    # planned and 10/12 cancelled do not count. Visits v11 (T: first seen in A), v6 (Y: first seen in A), v7 (W).
    12: 3, 13: 3, 14: 1 + 1 + 2, 15: 1, 16: 2, 17: 0, 18: 0, 19: 0, 20: 0,
    # Group C: the deputy's session on 22/10 with v8 (U).
    21: 1, 22: 1, 23: 1, 24: 1, 25: 0, 26: 0, 27: 0, 28: 0, 29: 0,
    1: 4 + 3 + 1, 2: 11 + 4 + 1, 3: 3 + 1 + 1 + 2 + 1 + 0,
}  # fmt: skip


def test_every_column_of_01_tcd_recounted_by_hand(world: World) -> None:
    sv = world.sv
    result = sv.reports.compute(ReportForm.TCD_01, sv.reports.period("2026-Q4"))
    assert result.values == dict(sorted(EXPECTED.items()))
    assert result.title == "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT"
    assert result.period.label == "Quý IV năm 2026"
    assert result.locked_at is None and result.adjustments == {}


def test_the_drill_down_names_the_records_behind_each_number(world: World) -> None:
    sv, ids, cases = world.sv, world.ids, world.cases
    drill = sv.reports.compute(ReportForm.TCD_01, sv.reports.period("2026-Q4")).drill
    assert drill[4].kind is DrillKind.VISIT
    assert set(drill[4].ids) == {ids["v2"], ids["v3"], ids["v4"], ids["v10"]}
    assert ids["v5"] not in drill[1].ids and ids["v9"] not in drill[1].ids
    assert drill[7].kind is DrillKind.CASE and drill[7].ids == (cases["X"],)
    assert set(drill[6].ids) == {cases["Y"], cases["Z"], cases["T"]}
    assert set(drill[16].ids) == {cases["T"], cases["Y"]} and drill[15].ids == (cases["W"],)
    assert drill[8].ids == (ids["v4"],) and drill[10].ids == (cases["Z"],)
    assert drill[12].kind is DrillKind.SESSION
    assert set(drill[12].ids) == {
        world.sessions["2026-10-09-DOT_XUAT"],
        world.sessions["2026-10-15-DINH_KY"],
        world.sessions["empty"],
    }
    assert world.sessions["moved"] not in drill[12].ids
    assert drill[21].ids == (world.sessions["2026-10-22-DINH_KY"],)
    rows = sv.reports.drill_rows(drill[8])
    assert [(r.kind, r.id, r.date) for r in rows] == [(DrillKind.VISIT, ids["v4"], D(2026, 10, 6))]
    assert rows[0].label.startswith("Lượt tiếp số ") and "Phan Văn Đoàn (8 người)" in rows[0].text
    sessions = sv.reports.drill_rows(drill[12])
    assert {r.text for r in sessions} == {"Trần Văn Bình — Đã tiếp", "Trần Văn Bình — Không có công dân đến"}


def test_the_earlier_quarter_sees_case_x_as_new(world: World) -> None:
    sv = world.sv
    values = sv.reports.compute(ReportForm.TCD_01, sv.reports.period("2026-Q3")).values
    assert (values[1], values[4], values[6], values[7]) == (1, 1, 1, 0)
    # A custom range over both quarters: X's first visit is inside, so it is "lần đầu" once.
    both = sv.reports.compute(ReportForm.TCD_01, sv.reports.custom_period(D(2026, 6, 15), D(2026, 12, 14)))
    assert (both.values[4], both.values[6], both.values[7]) == (5, 4, 0)


def test_the_narrative_writes_the_figures_as_offices_do(world: World) -> None:
    text = world.sv.reports.narrative(world.sv.reports.period("2026-Q4"))
    assert "quý IV năm 2026 (số liệu tính từ ngày 15/09/2026 đến ngày 14/12/2026)" in text
    assert (
        "+ Tiếp thường xuyên: 04 lượt với số người: 11, tiếp nhận đơn thư có 04 vụ việc "
        "(vụ việc cũ: 01, vụ việc mới phát sinh: 03)."
    ) in text
    assert "+ Tiếp định kỳ, đột xuất của Chủ tịch UBND xã: 03 kỳ tiếp, 03 lượt với số người: 04" in text
    assert "+ Ủy quyền tiếp: 01 kỳ tiếp, 01 lượt" in text
    assert "ngày 27/11/2026 (Chủ tịch họp đột xuất với tỉnh)" in text and "ngày 10/12/2026 (Mưa lũ)" in text
    assert "Có 01 kỳ tiếp không có công dân đến." in text
    series = world.sv.reports.monthly_series(world.sv.reports.period("2026-Q4"))
    assert series == [("T10/2026", 5, 0), ("T11/2026", 3, 0), ("T12/2026", 0, 0)]


def test_a_locked_report_keeps_its_figures_and_shows_later_corrections(world: World) -> None:
    sv = world.sv
    period = sv.reports.period("2026-Q4")
    locked = sv.reports.lock(sv.reports.compute(ReportForm.TCD_01, period), note="Đã gửi Thanh tra tỉnh")
    assert locked.locked_by == "Phạm Thị Dung" and locked.locked_at is not None
    with pytest.raises(ConflictError):
        sv.reports.lock(sv.reports.compute(ReportForm.TCD_01, period))
    sv.intake.save(_visit(D(2026, 11, 2), "Người Đến Muộn"))
    again = sv.reports.compute(ReportForm.TCD_01, period)
    assert again.values[4] == 4 and again.locked_by == "Phạm Thị Dung"
    assert again.adjustments == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1}
    assert sv.reports.is_locked(ReportForm.TCD_01, period)
    with pytest.raises(ReportPermissionDenied):
        sv.reports.unlock(ReportForm.TCD_01, period, "Sửa số liệu")
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    with pytest.raises(ValidationError):
        sv.reports.unlock(ReportForm.TCD_01, period, "  ")
    sv.reports.unlock(ReportForm.TCD_01, period, "Bổ sung lượt tiếp nhập muộn")
    fresh = sv.reports.compute(ReportForm.TCD_01, period)
    assert fresh.values[4] == 5 and fresh.locked_at is None and fresh.adjustments == {}
    # Both actions are in the change log, the unlock with its reason.
    with sv.ctx.db.read() as s:
        from sqlalchemy import select

        from desk_app.storage.records import ReportRunRecord

        run_id = s.scalars(select(ReportRunRecord.id)).one()
    entries = audit.history(sv.ctx, "report_run", run_id)
    assert [e.action for e in entries] == ["lock", "unlock"]
    assert entries[1].reason == "Bổ sung lượt tiếp nhập muộn" and entries[0].reason == "Đã gửi Thanh tra tỉnh"
    # A new lock for the same period is allowed once the old one is voided.
    assert sv.reports.lock(fresh).locked_at is not None


def test_a_denunciation_counts_like_any_visit_but_its_drill_row_hides_the_name(
    office_services: Services,
) -> None:
    sv = office_services
    secret = sv.intake.save(_visit(D(2026, 10, 5), "Nguyễn Thị Kín", category=Category.TO_CAO,
                                   summary="Tố cáo cán bộ địa chính"))  # fmt: skip
    result = sv.reports.compute(ReportForm.TCD_01, sv.reports.period("2026-Q4"))
    assert (result.values[1], result.values[4], result.values[6]) == (1, 1, 1)
    assert result.drill[4].ids == (secret.id,)
    row = sv.reports.drill_rows(result.drill[4])[0]
    assert "Nguyễn Thị Kín" not in row.text and row.text.startswith(vi.MASKED)
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    assert sv.reports.drill_rows(result.drill[4])[0].text.startswith("Nguyễn Thị Kín (1 người)")
