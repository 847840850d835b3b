"""The reception calendar's dashboard warnings, the period notice and its number, and visits joining sessions."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.enums import Category, Gender, ReceptionKind, ReceptionSessionStatus, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.schedule.types import (
    LeaderRuleInfo,
    Period,
    PeriodKind,
    SessionEdit,
    WarningKind,
)
from desk_app.storage.records import VisitRecord
from tests.helpers.acting import acting_as

DECEMBER = Period(PeriodKind.MONTH, 2026, 12)
NOVEMBER = Period(PeriodKind.MONTH, 2026, 11)


def staff_id(sv: Services, name: str) -> int:
    return next(st.id for st in sv.office.list_staff() if st.full_name == name and st.id is not None)


def plan(
    sv: Services, pattern: str = "thứ Năm tuần 2 và 4, buổi chiều", leader: str = "Trần Văn Bình"
) -> None:
    sv.schedule.save_rule(LeaderRuleInfo(None, staff_id(sv, leader), pattern))
    sv.schedule.generate(NOVEMBER, include_past=True)  # as planned in October
    sv.schedule.generate(DECEMBER)


def texts(sv: Services, kind: WarningKind) -> list[str]:
    return [w.text for w in sv.schedule.warnings() if w.kind is kind]


# Warnings (the fixed clock is Friday 20/11/2026) -------------------------------------------------------------
def test_unpublished_session_past_its_publish_day_is_warned(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    # 26/11/2026: 5 working days back skips 24/11 (Ngày Văn hóa Việt Nam), so posting was due 18/11.
    assert texts(sv, WarningKind.NOT_PUBLISHED) == [
        "Buổi tiếp ngày 26/11/2026 chưa được công bố: phải niêm yết chậm nhất ngày 18/11/2026 "
        "(05 ngày làm việc trước)"
    ]
    sid = next(i.id for i in sv.schedule.sessions(dt.date(2026, 11, 26), dt.date(2026, 11, 26)))
    sv.schedule.publish([sid])
    assert texts(sv, WarningKind.NOT_PUBLISHED) == []


def test_december_session_is_warned_once_its_publish_day_comes(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    on_third = [
        w.text for w in sv.schedule.warnings(dt.date(2026, 12, 3)) if w.kind is WarningKind.NOT_PUBLISHED
    ]
    assert on_third == [
        "Buổi tiếp ngày 10/12/2026 chưa được công bố: phải niêm yết chậm nhất ngày 03/12/2026 "
        "(05 ngày làm việc trước)"
    ]


def test_month_below_minimum_is_warned_with_its_legal_basis(office_services: Services) -> None:
    sv = office_services
    plan(sv, "thứ Năm tuần cuối, buổi chiều")
    assert texts(sv, WarningKind.BELOW_MINIMUM) == [
        f"Tháng {m}/2026 mới có 1 buổi tiếp định kỳ của Chủ tịch, tối thiểu 2 buổi/tháng "
        "(Điều 15 Luật Tiếp công dân số 42/2013/QH13, sửa đổi, bổ sung bởi Luật số 136/2025/QH15)"
        for m in ("11", "12")
    ]


def test_enough_sessions_means_no_minimum_warning(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    assert texts(sv, WarningKind.BELOW_MINIMUM) == []


def test_this_week_lists_the_week_sessions(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    week = sv.schedule.warnings(dt.date(2026, 11, 23))
    this_week = [w for w in week if w.kind is WarningKind.THIS_WEEK]
    assert [w.date for w in this_week] == [dt.date(2026, 11, 26)]
    assert this_week[0].text == (
        "Thứ Năm 26/11/2026, 13:30–17:00: tiếp công dân định kỳ do Trần Văn Bình (Chủ tịch UBND xã) chủ trì "
        "tại Phòng tiếp công dân xã An Phú (dự kiến)"
    )
    assert texts(sv, WarningKind.THIS_WEEK) == []  # the week of 16–22/11 has no session


def test_deputy_presiding_a_periodic_session_is_warned(office_services: Services) -> None:
    sv = office_services
    plan(sv, "ngày 15 hằng tháng, buổi sáng", leader="Lê Thị Cúc")
    warned = texts(sv, WarningKind.PRESIDER_NOT_HEAD)
    assert warned[1] == (
        "Buổi tiếp định kỳ ngày 15/12/2026 do Lê Thị Cúc chủ trì. Theo Luật 136/2025, người đứng đầu trực tiếp "
        "tiếp định kỳ — kiểm tra lại căn cứ ủy quyền"
    )
    # 15/11 (a Sunday, held on Monday 16/11) is past but in this week: the rule of its date is checked too (issue 14)
    assert len(warned) == 2 and warned[0].startswith("Buổi tiếp định kỳ ngày 16/11/2026 do Lê Thị Cúc")


def test_unconfirmed_calendar_is_warned_from_october(office_services: Services) -> None:
    sv = office_services
    assert texts(sv, WarningKind.CALENDAR_UNCONFIRMED)[0].startswith(
        "Chưa xác nhận lịch nghỉ lễ, tết năm 2027"
    )
    with acting_as(sv):
        sv.working_calendar.confirm_year(2027)
    assert texts(sv, WarningKind.CALENDAR_UNCONFIRMED) == []


# The notice ---------------------------------------------------------------------------------------------------
def test_december_notice_takes_number_01_once_and_publishes(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    first = sv.schedule.notice_source(DECEMBER, issued_on=dt.date(2026, 11, 25))
    assert first.number_text == "01/TB-UBND"
    assert first.period_label == "tháng 12 năm 2026"
    assert first.signer_authority == "TM. ỦY BAN NHÂN DÂN"
    assert (first.head_title, first.head_name) == ("CHỦ TỊCH", "Trần Văn Bình")
    assert [r.date for r in first.rows] == [dt.date(2026, 12, 10), dt.date(2026, 12, 24)]
    assert first.rows[0].presided_by == "Trần Văn Bình (Chủ tịch UBND xã)"
    december = sv.schedule.sessions(DECEMBER.first, DECEMBER.last)
    assert {(s.status, s.published_at) for s in december} == {
        (ReceptionSessionStatus.DA_CONG_BO, dt.date(2026, 11, 25))
    }
    again = sv.schedule.notice_source(DECEMBER, issued_on=dt.date(2026, 11, 27))
    assert (again.number_text, again.issued_on) == ("01/TB-UBND", dt.date(2026, 11, 25))
    other = sv.schedule.notice_source(NOVEMBER, publish=False)
    assert other.number_text == "02/TB-UBND"


def test_notice_leaves_out_cancelled_and_notes_postponed(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    sessions = sv.schedule.sessions(DECEMBER.first, DECEMBER.last)
    sv.schedule.cancel(sessions[1].id, "Trùng họp HĐND")
    sv.schedule.postpone(sessions[0].id, dt.date(2026, 12, 11), "Chủ tịch đi công tác")
    preview = sv.schedule.notice_source(DECEMBER, publish=False, take_number=False)
    assert preview.number_text == ""
    assert [(r.date, r.note) for r in preview.rows] == [
        (dt.date(2026, 12, 11), "Lùi lịch từ ngày 10/12/2026: Chủ tịch đi công tác")
    ]
    assert sv.schedule.session(sessions[0].id).status is ReceptionSessionStatus.HOAN


# Visits join the planned session ----------------------------------------------------------------------------
def test_periodic_visit_joins_the_planned_session_and_marks_it_held(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    sid = next(i.id for i in sv.schedule.sessions(dt.date(2026, 11, 12), dt.date(2026, 11, 12)))
    head_id = staff_id(sv, "Trần Văn Bình")
    saved = sv.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 12),
            visitor=PersonInput(full_name="Nguyễn Văn An", gender=Gender.NAM, birth_year=1970),
            kind=ReceptionKind.DINH_KY,
            presided_by_id=head_id,
            summary="Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
            category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA,
        )
    )
    info = sv.schedule.session(sid)
    assert info.status is ReceptionSessionStatus.DA_TIEP
    assert info.visit_count == 1
    assert len(sv.schedule.sessions(dt.date(2026, 11, 12), dt.date(2026, 11, 12))) == 1
    with sv.ctx.db.read() as s:
        visit = s.get(VisitRecord, saved.id)
        assert visit is not None and visit.session_id == sid


def test_ad_hoc_visit_without_a_planned_session_opens_a_held_one(office_services: Services) -> None:
    sv = office_services
    plan(sv)
    head_id = staff_id(sv, "Trần Văn Bình")
    sv.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 12),
            visitor=PersonInput(full_name="Lê Văn Cư"),
            kind=ReceptionKind.DOT_XUAT,
            presided_by_id=head_id,
            summary="Phản ánh việc ô nhiễm môi trường",
            category=Category.KIEN_NGHI_PHAN_ANH,
            field=SubjectField.HC_KHAC,
        )
    )
    day = sv.schedule.sessions(dt.date(2026, 11, 12), dt.date(2026, 11, 12))
    assert sorted((s.kind, s.status) for s in day) == [
        (ReceptionKind.DINH_KY, ReceptionSessionStatus.DU_KIEN),
        (ReceptionKind.DOT_XUAT, ReceptionSessionStatus.DA_TIEP),
    ]


def test_ad_hoc_session_is_planned_at_the_default_place(office_services: Services) -> None:
    sv = office_services
    made = sv.schedule.create_session(
        SessionEdit(
            date=dt.date(2026, 11, 27),
            presided_by_id=staff_id(sv, "Trần Văn Bình"),
            kind=ReceptionKind.DOT_XUAT,
            start_time=dt.time(8),
            expected_content="Vụ việc đông người ở ấp 3",
        )
    )
    assert (made.status, made.kind, made.publish_by) == (
        ReceptionSessionStatus.DU_KIEN,
        ReceptionKind.DOT_XUAT,
        None,
    )
    assert made.place_name == "Phòng tiếp công dân xã An Phú"
