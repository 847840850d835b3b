"""Biểu 01–04/XLD on hand-built petitions, decisions and follow-ups: the rules of docs/report_rules.md by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desk_app.domain.enums import (
    Category,
    Handling,
    PetitionSource,
    PriorDecisionLevel,
    Role,
    SubjectField,
)
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_followups import FollowUpType
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.reports.types import DrillKind, ReportForm

D = dt.date


@dataclass
class Register:
    sv: Services
    ids: dict[str, int]
    reply_id: int


def _at(sv: Services, day: dt.date) -> None:
    sv.ctx.clock = lambda: dt.datetime.combine(day, dt.time(10, 0))


def _petition(day: dt.date, name: str, category: Category, **kw: object) -> PetitionInput:
    base: dict[str, object] = {
        "received_date": day,
        "source": PetitionSource.BUU_CHINH,
        "summary": f"Đơn của {name}",
        "category": category,
        "main": PersonInput(full_name=name),
    }
    base.update(kw)
    return PetitionInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def register(office_services: Services) -> Register:
    sv = office_services
    now = sv.ctx.clock
    ids: dict[str, int] = {}

    def add(key: str, p: PetitionInput) -> None:
        _at(sv, p.received_date)
        ids[key] = sv.petitions.register(p).id

    def handle(key: str, handling: Handling, day: dt.date, *, approve: bool = True) -> None:
        _at(sv, day)
        inside = handling in (Handling.THU_LY, Handling.LUU_DON)
        body = None if inside else "UBND tỉnh An Giang"
        sv.petitions.classify(ids[key], within_competence=inside, competent_body=body)
        sv.petitions.propose(ids[key], handling, target_body=body)
        sv.ctx.actor.roles = (Role.LANH_DAO,)
        sv.petitions.decide(ids[key], approve=approve)
        sv.ctx.actor.roles = (Role.TIEP_CONG_DAN,)

    land = SubjectField.HC_DAT_DAI_NHA_CUA
    _at(sv, D(2026, 9, 20))
    visit = sv.intake.save(
        VisitInput(
            date=D(2026, 9, 20), visitor=PersonInput(full_name="Vũ Văn Bảy"), summary="Khiếu nại bồi thường",
            category=Category.KHIEU_NAI, handling=Handling.HUONG_DAN, guidance_target="UBND tỉnh",
        )
    )  # fmt: skip
    add("p1", _petition(D(2026, 9, 1), "Nguyễn Văn Một", Category.KHIEU_NAI, field=land))
    add("p2", _petition(D(2026, 9, 5), "Trần Văn Hai", Category.KHIEU_NAI))
    handle("p2", Handling.HUONG_DAN, D(2026, 9, 10))
    handle("p1", Handling.THU_LY, D(2026, 9, 20))
    add("p3", _petition(D(2026, 10, 1), "Lê Văn Ba", Category.TO_CAO, field=SubjectField.THAM_NHUNG))
    handle("p3", Handling.CHUYEN_DON, D(2026, 10, 10))
    add(
        "p4",
        _petition(
            D(2026, 10, 2), "Phạm Thị Bốn", Category.KIEN_NGHI_PHAN_ANH, field=SubjectField.HC_CHINH_SACH,
            prior_decision_level=PriorDecisionLevel.LAN_DAU,
        ),
    )  # fmt: skip
    handle("p4", Handling.THU_LY, D(2026, 10, 12))
    add(
        "p7",
        _petition(
            D(2026, 10, 3), "Vũ Văn Bảy", Category.KHIEU_NAI, field=SubjectField.TU_PHAP,
            prior_decision_level=PriorDecisionLevel.LAN_DAU, case_id=visit.case_id,
        ),
    )  # fmt: skip
    handle("p7", Handling.DON_DOC, D(2026, 10, 15))
    add(
        "p8",
        _petition(
            D(2026, 10, 5), "Nguyễn Văn Một", Category.KHIEU_NAI, field=land, duplicate_of_id=ids["p1"]
        ),
    )
    handle("p8", Handling.THU_LY, D(2026, 10, 6))
    add("p10", _petition(D(2026, 10, 7), "Đinh Văn Mười", Category.KHIEU_NAI))
    _at(sv, D(2026, 10, 9))
    sv.follow_ups.record(ids["p10"], FollowUpType.RUT_DON, D(2026, 10, 9), content="Công dân rút đơn")
    add(
        "p5",
        _petition(D(2026, 10, 20), "Phạm Thị Bốn", Category.KIEN_NGHI_PHAN_ANH, duplicate_of_id=ids["p4"]),
    )
    handle("p5", Handling.LUU_DON, D(2026, 10, 25))
    _at(sv, D(2026, 10, 30))
    reply = sv.follow_ups.record(
        ids["p3"], FollowUpType.NHAN_PHUC_DAP, D(2026, 10, 30), doc_no="45/UBND-TTr", content="Đã trả lời"
    )
    add("p9", _petition(D(2026, 11, 1), "Hồ Văn Chín", Category.TO_CAO))
    handle("p9", Handling.CHUYEN_DON, D(2026, 11, 3), approve=False)
    _at(sv, D(2026, 11, 2))
    sv.follow_ups.record(ids["p4"], FollowUpType.NHAN_KET_QUA, D(2026, 11, 2), content="Đã giải quyết")
    add("p6", _petition(D(2026, 11, 10), "Cao Thị Sáu", Category.KIEN_NGHI_PHAN_ANH))
    sv.ctx.clock = now
    return Register(sv, ids, reply.id)


def _values(r: Register, form: ReportForm, code: str = "2026-Q4") -> dict[int, int]:
    return r.sv.reports.compute(form, r.sv.reports.period(code)).values


def test_01_xld_by_hand(register: Register) -> None:
    v = _values(register, ReportForm.XLD_01)
    assert v == {
        # p1 carried from Q3; p3 p4 p5 p6 p7 p8 p9 p10 received; p6 (undecided) and p9 (sent back) left.
        1: 9, 2: 1, 3: 8, 4: 7, 5: 2,
        # Processable: p1, p3, p4, p7, p8 (p5 filed as a duplicate, p10 withdrawn); p8 repeats p1: 4 cases.
        6: 5, 7: 4, 8: 3, 9: 1, 10: 1,
        # p4 resolved once before; p7 too, but its case came to the desk before: several times.
        11: 1, 12: 1, 13: 3,
        14: 3, 15: 2, 16: 0, 17: 1, 18: 2, 19: 0, 20: 1, 21: 1, 22: 1,
    }  # fmt: skip


def test_01_xld_drill_down(register: Register) -> None:
    ids, sv = register.ids, register.sv
    drill = sv.reports.compute(ReportForm.XLD_01, sv.reports.period("2026-Q4")).drill
    assert drill[2].ids == (ids["p1"],)
    assert set(drill[5].ids) == {ids["p6"], ids["p9"]}
    assert ids["p8"] in drill[6].ids and ids["p5"] not in drill[6].ids and ids["p10"] in drill[4].ids
    assert drill[12].ids == (ids["p7"],) and drill[21].ids == (ids["p7"],)
    assert drill[22].kind is DrillKind.FOLLOW_UP and drill[22].ids == (register.reply_id,)
    rows = sv.reports.drill_rows(drill[22])
    assert rows[0].label == "Văn bản phúc đáp 45/UBND-TTr" and rows[0].date == D(2026, 10, 30)
    # A denunciation's author is masked for the officer, shown to a leader.
    assert sv.reports.drill_rows(drill[9])[0].text.startswith("[Bảo mật]")
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    assert sv.reports.drill_rows(drill[9])[0].text.startswith("Lê Văn Ba")


def test_what_q3_leaves_open_q4_carries_over(register: Register) -> None:
    q3 = _values(register, ReportForm.XLD_01, "2026-Q3")
    assert (q3[1], q3[3], q3[4], q3[5]) == (2, 2, 1, 1)
    assert q3[5] == _values(register, ReportForm.XLD_01)[2]


def test_02_xld_complaints_count_cases(register: Register) -> None:
    v = _values(register, ReportForm.XLD_02)
    assert v == {
        1: 4, 2: 1, 3: 3, 4: 4, 5: 1, 6: 3, 7: 3, 8: 2,
        # The case of p1/p8 is seen through p8 (its last processed petition): land; p7: justice.
        9: 1, 10: 0, 11: 1, 12: 0, 13: 1, 14: 0, 15: 0,
        16: 1, 17: 0, 18: 0, 19: 1, 20: 1, 21: 1, 22: 0, 23: 1, 24: 0, 25: 1, 26: 0,
    }  # fmt: skip


def test_03_xld_denunciations(register: Register) -> None:
    v = _values(register, ReportForm.XLD_03)
    assert v == {
        1: 2, 2: 0, 3: 2, 4: 1, 5: 0, 6: 1, 7: 1, 8: 1,
        9: 0, 10: 0, 11: 0, 12: 0, 13: 0, 14: 1, 15: 0, 16: 0, 17: 0,
        18: 0, 19: 0, 20: 1, 21: 0, 22: 0, 23: 0, 24: 1, 25: 1, 26: 0, 27: 1,
    }  # fmt: skip


def test_04_xld_recommendations(register: Register) -> None:
    v = _values(register, ReportForm.XLD_04)
    assert v == {
        1: 3, 2: 0, 3: 3, 4: 2, 5: 0, 6: 2, 7: 1, 8: 1,
        9: 1, 10: 0, 11: 0, 12: 0, 13: 1, 14: 0, 15: 1, 16: 0, 17: 0, 18: 0, 19: 1, 20: 0,
    }  # fmt: skip
    # Before the result came (02/11), the case was still open.
    early = register.sv.reports.compute(
        ReportForm.XLD_04, register.sv.reports.custom_period(D(2026, 9, 15), D(2026, 10, 31))
    ).values
    assert (early[15], early[19], early[20]) == (1, 0, 1)


def test_the_narrative_and_series_count_petitions(register: Register) -> None:
    sv = register.sv
    text = sv.reports.narrative(sv.reports.period("2026-Q4"))
    assert "tổng số đơn phải xử lý 09 (kỳ trước chuyển sang: 01, tiếp nhận trong kỳ: 08)" in text
    assert "đã xử lý 07, chưa xử lý 02" in text
    assert "(hướng dẫn: 0, chuyển đơn: 01, đôn đốc giải quyết: 01)" in text
    assert "số vụ việc đã được giải quyết: 01; vụ việc chưa được giải quyết: 01." in text
    assert sv.reports.monthly_series(sv.reports.period("2026-Q4")) == [
        ("T10/2026", 1, 5), ("T11/2026", 0, 3), ("T12/2026", 0, 0),
    ]  # fmt: skip
