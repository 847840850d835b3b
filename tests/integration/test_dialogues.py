"""Dialogues (đối thoại): the 10-working-day conclusion notice, the units' 30-working-day answers, overdue flags."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain.enums import DeadlineStatus, DialogueKind
from desk_app.errors import ConflictError, ValidationError
from desk_app.services.registry import Services
from desk_app.services.schedule.dialogues import DialogueEdit, DialogueState, UnitMatter
from desk_app.storage.records import DeadlineRecord, OutgoingDocumentRecord

DIALOGUE_DAY = dt.date(2026, 8, 28)  # a Friday before the 31/08 swap day and Quốc khánh 01–02/09


def edit(sv: Services, **kw: object) -> DialogueEdit:
    head = sv.office.head()
    assert head is not None
    base: dict[str, object] = {
        "kind": DialogueKind.DINH_KY,
        "date": DIALOGUE_DAY,
        "start_time": dt.time(8, 0),
        "place": "Hội trường Ủy ban nhân dân xã",
        "presided_by_id": head.id,
        "topic": "Cấp giấy chứng nhận quyền sử dụng đất ở trước 18/12/1980",
        "participants": "Đại diện Ủy ban Mặt trận Tổ quốc xã, các hộ dân thôn Hiệu Châu",
        "issues_raised": "Đất trước 18/12/1980 chưa được công nhận đất ở",
    }
    base.update(kw)
    return DialogueEdit(**base)  # type: ignore[arg-type]


def test_a_dialogue_starts_the_ten_working_day_notice_clock(office_services: Services) -> None:
    sv = office_services
    created = sv.dialogues.create(edit(sv))
    # 31/08 (swap for 22/08) and 01–02/09 (Quốc khánh) are skipped, with the weekends
    assert created.notice_due == dt.date(2026, 9, 16)
    assert created.state is DialogueState.WAIT_NOTICE
    with sv.ctx.db.read() as s:
        clock = s.scalar(select(DeadlineRecord).where(DeadlineRecord.entity_type == "dialogue"))
        assert clock is not None and clock.rule_code == "DIALOGUE_CONCLUSION_NOTICE"
        assert "01–02/09" in clock.explanation


def test_notice_gives_each_unit_thirty_working_days(office_services: Services) -> None:
    sv = office_services
    created = sv.dialogues.create(edit(sv))
    issued = sv.dialogues.issue_notice(
        created.id,
        dt.date(2026, 9, 10),
        [
            ("Công chức Địa chính – Xây dựng", "Rà soát hồ sơ đất trước 1980"),
            UnitMatter("Văn phòng HĐND và UBND"),
        ],
    )
    assert issued.notice_number == "01/TB-UBND" and issued.notice_date == dt.date(2026, 9, 10)
    assert issued.notice_status is DeadlineStatus.HOAN_THANH
    # 30 working days after 10/09/2026 (no holiday in between)
    assert [a.due_date for a in issued.answers] == [dt.date(2026, 10, 22)] * 2
    assert issued.state is DialogueState.WAIT_ANSWERS
    with sv.ctx.db.read() as s:
        doc = s.scalar(
            select(OutgoingDocumentRecord).where(OutgoingDocumentRecord.related_type == "dialogue")
        )
        assert doc is not None and doc.related_id == created.id
    with pytest.raises(ConflictError):
        sv.dialogues.issue_notice(created.id, dt.date(2026, 9, 11), [])


def test_overdue_answers_are_flagged_until_recorded(office_services: Services) -> None:
    sv = office_services  # the clock says 20/11/2026
    created = sv.dialogues.create(edit(sv))
    sv.dialogues.issue_notice(created.id, dt.date(2026, 9, 10), [("Ban Bồi thường", "Đền bù bờ kè")])
    late = sv.dialogues.create(
        edit(sv, kind=DialogueKind.DOT_XUAT, date=dt.date(2026, 11, 2), topic="Chợ Cầu")
    )
    soon = sv.dialogues.create(
        edit(sv, kind=DialogueKind.CHUYEN_DE, date=dt.date(2026, 11, 10), topic="An sinh")
    )
    year = sv.dialogues.list(2026)
    by_id = {d.id: d for d in year.dialogues}
    assert by_id[created.id].overdue and by_id[created.id].answers[0].status is DeadlineStatus.QUA_HAN
    assert by_id[late.id].overdue and by_id[late.id].notice_status is DeadlineStatus.QUA_HAN
    assert by_id[soon.id].due_soon and not by_id[soon.id].overdue  # due 24/11 → 25/11 with the holiday
    assert year.counts == {DialogueKind.DINH_KY: 1, DialogueKind.DOT_XUAT: 1, DialogueKind.CHUYEN_DE: 1}
    assert sv.dialogues.list(2025).dialogues == ()
    answer = by_id[created.id].answers[0]
    recorded = sv.dialogues.record_answer(answer.id, dt.date(2026, 11, 19), "45/BBT")
    assert recorded.status is DeadlineStatus.HOAN_THANH and recorded.answer_doc_no == "45/BBT"
    again = sv.dialogues.get(created.id)
    assert not again.overdue and again.state is DialogueState.DONE and again.answered == 1


def test_bad_input_is_refused_and_a_new_date_moves_the_clock(office_services: Services) -> None:
    sv = office_services
    with pytest.raises(ValidationError) as bad:
        sv.dialogues.create(edit(sv, kind=None, date=None, topic=" "))
    assert {e.key for e in bad.value.errors} == {"kind.required", "date.required", "topic.required"}
    created = sv.dialogues.create(edit(sv))
    moved = sv.dialogues.update(created.id, edit(sv, date=dt.date(2026, 9, 4)))
    assert moved.notice_due == dt.date(2026, 9, 18)
    with pytest.raises(ValidationError) as early:
        sv.dialogues.issue_notice(created.id, dt.date(2026, 9, 3), [(" ", "x")])
    assert {e.key for e in early.value.errors} == {"unit1.unit.required", "issued_on.before_dialogue"}
    assert sv.dialogues.get(created.id).notice_number is None
