"""The head's reception calendar on a real SQLite file: rules, generation, moves, status changes, registrants."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus, Role
from desk_app.errors import NotFoundError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.services.permissions import AccessDenied
from desk_app.services.registry import Services
from desk_app.services.schedule.types import (
    LeaderRuleInfo,
    Period,
    PeriodKind,
    RegistrantInfo,
    RegistrantsToNotify,
    SessionEdit,
    WarningKind,
)
from desk_app.storage.records import ChangeLogRecord, ReceptionSessionRecord
from tests.helpers.acting import acting_as

YEAR_2026 = Period(PeriodKind.YEAR, 2026)
HEAD_RULE = "thứ Năm tuần 2 và 4, buổi chiều"


def staff_id(sv: Services, name: str) -> int:
    return next(st.id for st in sv.office.list_staff() if st.full_name == name and st.id is not None)


def head_rule(sv: Services, pattern: str = HEAD_RULE, **kw: object) -> LeaderRuleInfo:
    info = LeaderRuleInfo(
        None,
        staff_id(sv, "Trần Văn Bình"),
        pattern,
        participants="Công chức địa chính, tư pháp",
        expected_content="Tiếp công dân định kỳ",
        **kw,  # type: ignore[arg-type]
    )
    return sv.schedule.save_rule(info)


def session_on(sv: Services, day: dt.date) -> int:
    return next(i.id for i in sv.schedule.sessions(day, day))


def log_actions(sv: Services, session_id: int) -> list[tuple[str, str | None]]:
    with sv.ctx.db.read() as s:
        rows = s.scalars(
            select(ChangeLogRecord)
            .where(ChangeLogRecord.entity == "reception_session", ChangeLogRecord.entity_id == session_id)
            .order_by(ChangeLogRecord.id)
        ).all()
        return [(r.action, r.reason) for r in rows]


# Rules -------------------------------------------------------------------------------------------------------------
def test_rule_is_saved_with_its_reading(office_services: Services) -> None:
    rule = head_rule(office_services)
    assert rule.id is not None
    assert rule.leader_name == "Trần Văn Bình"
    assert rule.description == "chiều thứ Năm tuần thứ 2 và 4"
    assert [r.id for r in office_services.schedule.rules()] == [rule.id]


def test_rule_errors_name_their_fields(office_services: Services) -> None:
    sv = office_services
    with pytest.raises(ValidationError) as caught:
        sv.schedule.save_rule(LeaderRuleInfo(None, None, "mỗi khi rảnh"))
    assert {e.key for e in caught.value.errors} == {"leader_id.required", "pattern.unrecognised"}
    with pytest.raises(ValidationError) as caught:
        head_rule(sv, "thứ Năm tuần 2 và 4")
    assert [e.key for e in caught.value.errors] == ["start_time.required"]
    with pytest.raises(ValidationError) as caught:
        head_rule(sv, "thứ Năm tuần 2", start_time=dt.time(14), end_time=dt.time(13))
    assert [e.key for e in caught.value.errors] == ["end_time.before_start"]
    assert i18n_errors.message("start_time.required", i18n_errors.Context.SCHEDULE).startswith(
        "Nhập giờ bắt đầu"
    )


def test_voided_rule_plans_nothing(office_services: Services) -> None:
    rule = head_rule(office_services)
    assert rule.id is not None
    office_services.schedule.void_rule(rule.id, "Đổi lịch theo quyết định mới")
    assert office_services.schedule.rules() == []
    assert office_services.schedule.generate(YEAR_2026).created == ()


# Generation ----------------------------------------------------------------------------------------------------------
def test_head_rule_plans_24_sessions_in_2026_none_moved(office_services: Services) -> None:
    """Every 2nd and 4th Thursday of 2026 is a working day, so nothing moves."""
    sv = office_services
    rule = head_rule(sv)
    report = sv.schedule.generate(YEAR_2026, include_past=True)
    assert len(report.created) == 24
    assert report.moved == ()
    assert report.already_planned == 0
    first = report.created[0]
    assert (first.date, first.start_time, first.end_time) == (
        dt.date(2026, 1, 8),
        dt.time(13, 30),
        dt.time(17),
    )
    assert first.kind is ReceptionKind.DINH_KY and first.status is ReceptionSessionStatus.DU_KIEN
    assert first.presided_by_name == "Trần Văn Bình" and first.presider_is_head
    assert first.place_name == "Phòng tiếp công dân xã An Phú"
    assert first.participants == "Công chức địa chính, tư pháp"
    assert first.rule_id == rule.id and first.nominal_date == first.date and first.shift_note is None
    assert all(s.date.weekday() == 3 for s in report.created)
    december = [s.date for s in report.created if s.date.month == 12]
    assert december == [dt.date(2026, 12, 10), dt.date(2026, 12, 24)]
    # 5 working days before 10/12/2026 (Thursday) is Thursday 03/12/2026.
    assert report.created[-2].publish_by == dt.date(2026, 12, 3)


def test_month_day_rule_moves_quoc_khanh_to_next_working_day(office_services: Services) -> None:
    sv = office_services
    head_rule(sv, "ngày 02 hằng tháng, từ 8h00 đến 11h00")
    report = sv.schedule.generate(YEAR_2026, include_past=True)
    assert len(report.created) == 12
    by_nominal = {m.session.nominal_date: m for m in report.moved}
    moved = by_nominal[dt.date(2026, 9, 2)]
    assert moved.session.date == dt.date(2026, 9, 3)
    assert moved.reason == "Ngày 02/09/2026 (Quốc khánh) không phải ngày làm việc: chuyển sang 03/09/2026"
    stored = sv.schedule.session(moved.session.id)
    assert stored.shift_note == moved.reason and stored.nominal_date == dt.date(2026, 9, 2)


def test_generation_is_idempotent_even_after_a_move(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    first = sv.schedule.generate(YEAR_2026, include_past=True)
    moved_id = session_on(sv, dt.date(2026, 12, 10))
    sv.schedule.postpone(moved_id, dt.date(2026, 12, 11), "Chủ tịch họp đột xuất với tỉnh")
    again = sv.schedule.generate(YEAR_2026, include_past=True)
    assert again.created == ()
    assert again.already_planned == len(first.created) == 24
    assert len(sv.schedule.sessions(dt.date(2026, 1, 1), dt.date(2026, 12, 31))) == 24


def test_generating_never_plans_a_day_already_past(office_services: Services) -> None:
    """Issue 9 §4: on Friday 20/11/2026 the year's rule plans 26/11 on; the 21 earlier days are reported, not
    created as "Dự kiến" sessions already late for their notice."""
    sv = office_services
    head_rule(sv)
    report = sv.schedule.generate(YEAR_2026)
    assert [s.date for s in report.created] == [
        dt.date(2026, 11, 26),
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 24),
    ]
    assert len(report.skipped_past) == 21
    assert report.skipped_past[0] == dt.date(2026, 1, 8) and report.skipped_past[-1] == dt.date(2026, 11, 12)
    assert sv.schedule.sessions(dt.date(2026, 1, 1), dt.date(2026, 11, 19)) == []
    late = [w for w in sv.schedule.warnings() if w.kind is WarningKind.NOT_PUBLISHED]
    assert [w.date for w in late] == [dt.date(2026, 11, 26)]  # the one session still ahead is really late
    # today itself is not past: a rule's session on today's date is planned
    sv.ctx.clock = lambda: dt.datetime(2026, 11, 26, 7, 0)
    deputy = sv.schedule.save_rule(
        LeaderRuleInfo(None, staff_id(sv, "Lê Thị Cúc"), "thứ Năm tuần 4, buổi sáng")
    )
    again = sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 11), [deputy.id or 0])
    assert [s.date for s in again.created] == [dt.date(2026, 11, 26)] and again.skipped_past == ()


def test_generation_adopts_a_session_a_visit_already_opened(office_services: Services) -> None:
    sv = office_services
    head_id = staff_id(sv, "Trần Văn Bình")
    made = sv.schedule.create_session(
        SessionEdit(date=dt.date(2026, 12, 10), presided_by_id=head_id, start_time=dt.time(13, 30))
    )
    head_rule(sv)
    report = sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    assert [s.date for s in report.created] == [dt.date(2026, 12, 24)]
    assert report.already_planned == 1
    assert sv.schedule.session(made.id).nominal_date == dt.date(2026, 12, 10)


def test_generation_reports_months_below_minimum(office_services: Services) -> None:
    sv = office_services
    head_rule(sv, "thứ Năm tuần cuối, buổi chiều")
    report = sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    assert len(report.created) == 1
    assert report.below_minimum == (
        "Tháng 12/2026 theo lịch chỉ có 1 buổi tiếp định kỳ của Chủ tịch, tối thiểu 2 buổi/tháng "
        "(Điều 15 Luật Tiếp công dân số 42/2013/QH13, sửa đổi, bổ sung bởi Luật số 136/2025/QH15)",
    )


# Status changes --------------------------------------------------------------------------------------------------
def test_publish_sets_the_day_and_logs_it(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    [published] = sv.schedule.publish([sid], dt.date(2026, 11, 25))
    assert published.status is ReceptionSessionStatus.DA_CONG_BO
    assert published.published_at == dt.date(2026, 11, 25)
    assert ("publish", None) in log_actions(sv, sid)


def test_postpone_asks_to_notify_registrants_then_moves_them(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    reg = sv.schedule.add_registrant(
        RegistrantInfo(None, sid, "Nguyễn Văn An", matter="Tranh chấp ranh giới đất", phone="0912345678")
    )
    with pytest.raises(RegistrantsToNotify) as caught:
        sv.schedule.postpone(sid, dt.date(2026, 12, 11), "Chủ tịch họp với UBND tỉnh")
    assert caught.value.session_id == sid
    assert [r.full_name for r in caught.value.registrants] == ["Nguyễn Văn An"]
    assert sv.schedule.session(sid).date == dt.date(2026, 12, 10)  # nothing half-saved
    moved = sv.schedule.postpone(
        sid, dt.date(2026, 12, 11), "Chủ tịch họp với UBND tỉnh", confirm_registrants=True
    )
    assert moved.status is ReceptionSessionStatus.HOAN
    assert (moved.date, moved.postponed_from) == (dt.date(2026, 12, 11), dt.date(2026, 12, 10))
    assert moved.status_reason == "Chủ tịch họp với UBND tỉnh"
    assert moved.nominal_date == dt.date(2026, 12, 10)
    assert [r.id for r in sv.schedule.registrants(sid)] == [reg.id]
    assert ("postpone", "Chủ tịch họp với UBND tỉnh") in log_actions(sv, sid)


def test_postpone_checks_new_date_and_reason(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    with pytest.raises(ValidationError) as caught:
        sv.schedule.postpone(sid, dt.date(2026, 12, 12), "  ")  # a Saturday, and no reason
    assert {e.key for e in caught.value.errors} == {"new_date.not_working_day", "reason.required"}
    with pytest.raises(ValidationError) as caught:
        sv.schedule.postpone(sid, dt.date(2026, 11, 19), "Lý do")
    assert [e.key for e in caught.value.errors] == ["new_date.past"]
    assert i18n_errors.message("new_date.not_working_day", i18n_errors.Context.SCHEDULE).startswith(
        "Ngày tiếp mới phải là ngày làm việc"
    )


def test_cancel_asks_for_registrants_and_then_blocks_publishing(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 24))
    sv.schedule.add_registrant(RegistrantInfo(None, sid, "Lê Văn Cư"))
    with pytest.raises(RegistrantsToNotify):
        sv.schedule.cancel(sid, "Trùng lịch họp HĐND")
    with pytest.raises(ValidationError) as caught:
        sv.schedule.cancel(sid, "")
    assert [e.key for e in caught.value.errors] == ["reason.required"]
    cancelled = sv.schedule.cancel(sid, "Trùng lịch họp HĐND", confirm_registrants=True)
    assert cancelled.status is ReceptionSessionStatus.HUY and cancelled.status_reason == "Trùng lịch họp HĐND"
    assert ("cancel", "Trùng lịch họp HĐND") in log_actions(sv, sid)
    for act in (lambda: sv.schedule.publish([sid]), lambda: sv.schedule.mark_held(sid)):
        with pytest.raises(ValidationError) as caught:
            act()
        assert [e.key for e in caught.value.errors] == ["session.status.cancelled"]


def test_a_voided_session_cannot_be_published_or_held(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 11), include_past=True)
    sid = session_on(sv, dt.date(2026, 11, 12))
    with sv.ctx.db.write() as s, s.begin():
        rec = s.get(ReceptionSessionRecord, sid)
        assert rec is not None
        rec.is_voided, rec.void_reason = True, "Nhập trùng"
    for act in (lambda: sv.schedule.publish([sid]), lambda: sv.schedule.mark_held(sid)):
        with pytest.raises(ValidationError) as caught:
            act()
        assert [e.key for e in caught.value.errors] == ["session.status.voided"]
    with pytest.raises(NotFoundError):
        sv.schedule.session(sid)


def test_past_sessions_are_marked_held_or_without_citizens(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 11), include_past=True)
    held = sv.schedule.mark_held(session_on(sv, dt.date(2026, 11, 12)))
    assert held.status is ReceptionSessionStatus.DA_TIEP
    empty = sv.schedule.mark_no_citizen(session_on(sv, dt.date(2026, 11, 12)), "Mưa lớn")
    assert empty.status is ReceptionSessionStatus.KHONG_CO_CONG_DAN and empty.no_citizen_came
    with pytest.raises(ValidationError) as caught:
        sv.schedule.mark_held(session_on(sv, dt.date(2026, 11, 26)))
    assert [e.key for e in caught.value.errors] == ["session.date.future"]


# Registrants and the day sheet ------------------------------------------------------------------------------------
def test_registrant_needs_a_name_and_voids_with_reason(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    with pytest.raises(ValidationError) as caught:
        sv.schedule.add_registrant(RegistrantInfo(None, sid, " "))
    assert [e.key for e in caught.value.errors] == ["full_name.required"]
    reg = sv.schedule.add_registrant(RegistrantInfo(None, sid, "Nguyễn Văn An"))
    assert reg.id is not None
    assert sv.schedule.session(sid).registrant_count == 1
    sv.schedule.void_registrant(reg.id, "Công dân rút đăng ký")
    assert sv.schedule.registrants(sid) == []


def test_day_sheet_lists_the_registrants(office_services: Services) -> None:
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    sv.schedule.add_registrant(RegistrantInfo(None, sid, "Nguyễn Văn An", matter="Đất đai", address="Ấp 2"))
    sv.schedule.add_registrant(RegistrantInfo(None, sid, "Trần Thị Bé", matter="Chính sách"))
    sheet = sv.schedule.day_sheet_source(sid)
    assert [r.full_name for r in sheet.registrants] == ["Nguyễn Văn An", "Trần Thị Bé"]
    assert sheet.session.date == dt.date(2026, 12, 10)
    assert sheet.place_name == "Phòng tiếp công dân xã An Phú"
    assert sheet.office_name == "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
    assert sheet.officer_name == "Phạm Thị Dung"


def test_the_administrator_keeps_the_calendar_without_learning_who_registered(
    office_services: Services,
) -> None:
    """QUAN_TRI keeps the calendar (MANAGE_SCHEDULE) but reads no case content (DOMAIN §13.3): how many registered and
    whether they were told, never who or about what; a masked line cannot be written back over the person."""
    sv = office_services
    head_rule(sv)
    sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    sid = session_on(sv, dt.date(2026, 12, 10))
    sv.schedule.add_registrant(
        RegistrantInfo(
            None, sid, "Nguyễn Văn An", matter="Tranh chấp đất", phone="0912345678", address="Ấp 2"
        )
    )
    with acting_as(sv, Role.QUAN_TRI):
        masked = sv.schedule.registrants(sid)
        assert [(r.full_name, r.matter, r.phone, r.address) for r in masked] == [
            ("[Bảo mật]", "", None, None)
        ]
        sheet = sv.schedule.day_sheet_source(sid)
        assert [r.full_name for r in sheet.registrants] == ["[Bảo mật]"]
        with pytest.raises(RegistrantsToNotify) as caught:
            sv.schedule.postpone(sid, dt.date(2026, 12, 11), "Chủ tịch họp với UBND tỉnh")
        assert [r.full_name for r in caught.value.registrants] == ["[Bảo mật]"]
        with pytest.raises(AccessDenied):
            sv.schedule.add_registrant(masked[0])
    assert [(r.full_name, r.phone) for r in sv.schedule.registrants(sid)] == [("Nguyễn Văn An", "0912345678")]
