"""Thông báo kết luận việc tiếp công dân (F12): items from the session's visits, the number, the units' clocks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain.enums import Category, DeadlineStatus, Gender, ReceptionKind, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.services.registry import Services
from desk_app.services.schedule.conclusions import ConclusionItem, Signer
from desk_app.storage.records import (
    ChangeLogRecord,
    DeadlineRecord,
    OutgoingDocumentRecord,
    ReceptionSessionRecord,
)

DAY = dt.date(2026, 11, 12)  # a Thursday


def held_session(sv: Services) -> int:
    """Two Định kỳ visits presided by the head on DAY: the intake opens the session."""
    head = sv.office.head()
    assert head is not None and head.id is not None
    ids = []
    for name, gender, summary in (
        ("Nguyễn Văn An", Gender.NAM, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất ở trước 18/12/1980"),
        ("Lê Thị Hoa", Gender.NU, "Phản ánh việc bồi thường giải phóng mặt bằng bờ kè sông Trí"),
    ):
        saved = sv.intake.save(
            VisitInput(
                date=DAY,
                time=dt.time(14, len(ids)),
                visitor=PersonInput(full_name=name, gender=gender),
                summary=summary,
                category=Category.KIEN_NGHI_PHAN_ANH,
                field=SubjectField.HC_DAT_DAI_NHA_CUA,
                kind=ReceptionKind.DINH_KY,
                presided_by_id=head.id,
            )
        )
        ids.append(saved.id)
    detail = sv.intake.get(ids[0])
    with sv.ctx.db.read() as s:
        session_id = s.scalar(select(ReceptionSessionRecord.id).where(ReceptionSessionRecord.date == DAY))
    assert session_id is not None, detail
    return session_id


def filled(items: list[ConclusionItem]) -> list[ConclusionItem]:
    return [
        dataclasses.replace(
            items[0],
            conclusion="Giao công chức Địa chính – Xây dựng kiểm tra hồ sơ, đề xuất cấp giấy chứng nhận.",
            responsible_unit="Công chức Địa chính – Xây dựng",
            due_date=dt.date(2026, 12, 10),
        ),
        dataclasses.replace(
            items[1],
            conclusion="Giao Ban bồi thường rà soát phương án bồi thường, trả lời bà Hoa.",
            responsible_unit="Ban Bồi thường, giải phóng mặt bằng",
        ),
    ]


def test_items_start_from_the_sessions_visits(office_services: Services) -> None:
    sv = office_services
    session_id = held_session(sv)
    assert sv.conclusions.items(session_id) == []
    items = sv.conclusions.working_items(session_id)
    assert [(i.citizen_name, i.citizen_gender) for i in items] == [
        ("Nguyễn Văn An", Gender.NAM),
        ("Lê Thị Hoa", Gender.NU),
    ]
    assert items[0].citizen_said.startswith("Đề nghị cấp giấy chứng nhận")
    assert all(i.visit_id is not None and i.case_id is not None for i in items)
    info = sv.conclusions.session(session_id)
    assert (info.presided_by_name, info.visit_count, info.number_text) == ("Trần Văn Bình", 2, None)


def test_issue_numbers_the_notice_and_starts_a_clock_per_unit(office_services: Services) -> None:
    sv = office_services
    session_id = held_session(sv)
    items = filled(sv.conclusions.working_items(session_id))
    issued = sv.conclusions.issue(
        session_id, dt.date(2026, 11, 16), items=items, participants="Công chức tư pháp"
    )
    assert issued.number_text == "01/TB-UBND" and not issued.reused
    # the first unit keeps the date the head set; the second gets 15 working days from 16/11 (24/11 is a holiday)
    assert [i.due_date for i in issued.items] == [dt.date(2026, 12, 10), dt.date(2026, 12, 8)]
    assert [i.clock_status for i in issued.items] == [DeadlineStatus.DANG_CHAY] * 2
    with sv.ctx.db.read() as s:
        clocks = s.scalars(
            select(DeadlineRecord).where(DeadlineRecord.entity_type == "session_conclusion_item")
        ).all()
        assert sorted((c.responsible, c.due_date, c.rule_code) for c in clocks) == [
            ("Ban Bồi thường, giải phóng mặt bằng", dt.date(2026, 12, 8), "TCD_CONCLUSION_TASK"),
            ("Công chức Địa chính – Xây dựng", dt.date(2026, 12, 10), "TCD_CONCLUSION_TASK"),
        ]
        session = s.get(ReceptionSessionRecord, session_id)
        assert session is not None and session.participants == "Công chức tư pháp"
        doc = s.get(OutgoingDocumentRecord, session.conclusion_doc_id)
        assert doc is not None and (doc.related_type, doc.related_id) == ("session_conclusion", session_id)
        assert (doc.authority_prefix, doc.signer_title) == ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")
    source = sv.conclusions.source(session_id)
    assert source.number_text == "01/TB-UBND"
    assert "Công chức Địa chính – Xây dựng (thực hiện)" in source.recipients
    assert source.recipients[-1].startswith("Lưu")


def test_reissue_keeps_the_number_and_moves_the_clock(office_services: Services) -> None:
    sv = office_services
    session_id = held_session(sv)
    first = sv.conclusions.issue(
        session_id, dt.date(2026, 11, 16), items=filled(sv.conclusions.working_items(session_id))
    )
    items = sv.conclusions.items(session_id)
    moved = [dataclasses.replace(items[0], due_date=dt.date(2026, 12, 15)), items[1]]
    again = sv.conclusions.issue(
        session_id, dt.date(2026, 11, 18), items=moved, signer=Signer("", "CHỦ TỊCH", "Trần Văn Bình")
    )
    assert again.reused and again.number_text == first.number_text == "01/TB-UBND"
    assert again.items[0].clock_due == dt.date(2026, 12, 15)
    with sv.ctx.db.read() as s:
        assert s.scalar(select(OutgoingDocumentRecord.id).where(OutgoingDocumentRecord.number == 2)) is None
        clock = s.scalar(select(DeadlineRecord).where(DeadlineRecord.entity_id == items[0].id,
                                                      DeadlineRecord.entity_type == "session_conclusion_item"))  # fmt: skip
        assert clock is not None
        assert (clock.due_date, clock.original_due_date) == (dt.date(2026, 12, 15), dt.date(2026, 12, 10))
    assert sv.conclusions.source(session_id).signer == Signer("", "CHỦ TỊCH", "Trần Văn Bình")


def test_mark_done_stops_the_units_clock(office_services: Services) -> None:
    sv = office_services
    session_id = held_session(sv)
    issued = sv.conclusions.issue(
        session_id, dt.date(2026, 11, 16), items=filled(sv.conclusions.working_items(session_id))
    )
    item_id = issued.items[1].id
    assert item_id is not None
    done = sv.conclusions.mark_done(item_id, dt.date(2026, 11, 19))
    assert done.done_on == dt.date(2026, 11, 19)
    assert done.clock_status is DeadlineStatus.HOAN_THANH
    with sv.ctx.db.read() as s:
        actions = s.scalars(select(ChangeLogRecord.action).where(ChangeLogRecord.entity == "deadline")).all()
    assert "complete" in actions


def test_removed_item_is_voided_and_bad_input_is_refused(office_services: Services) -> None:
    sv = office_services
    session_id = held_session(sv)
    saved = sv.conclusions.save_items(session_id, sv.conclusions.working_items(session_id))
    assert len(saved) == 2
    assert [i.citizen_name for i in sv.conclusions.save_items(session_id, saved[1:])] == ["Lê Thị Hoa"]
    with pytest.raises(ValidationError) as bad:
        sv.conclusions.save_items(
            session_id, [dataclasses.replace(saved[1], citizen_name=" ", due_date=dt.date(2026, 11, 1))]
        )
    assert {e.key for e in bad.value.errors} == {
        "item1.citizen_name.required",
        "item1.due_date.before_session",
    }
    with pytest.raises(ValidationError) as missing:
        sv.conclusions.issue(session_id, dt.date(2026, 11, 16))
    assert [e.key for e in missing.value.errors] == ["item1.conclusion.required"]
    assert sv.conclusions.session(session_id).number_text is None  # nothing half-saved
    with pytest.raises(ConflictError):
        sv.conclusions.source(session_id)
