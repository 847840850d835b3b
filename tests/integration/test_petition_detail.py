"""PetitionDetailService: the detail screen's read of a petition, masking by role, a petition pre-filled from a visit."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.enums import (
    Category,
    DeadlineStatus,
    Handling,
    PetitionSource,
    Role,
    SignatureKind,
    SubjectField,
)
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services

TODAY = dt.date(2026, 11, 20)


def details(services: Services) -> PetitionDetailService:
    return PetitionDetailService(services.ctx, services.working_calendar)


def test_input_from_a_visit_keeps_person_content_and_case(office_services: Services) -> None:
    visitor = PersonInput(full_name="Nguyễn Văn An", id_number="001099012345", address="Ấp 2")
    saved = office_services.intake.save(
        VisitInput(
            date=TODAY,
            visitor=visitor,
            representatives=(PersonInput(full_name="Nguyễn Thị Hai"),),
            group_size=2,
            summary="Khiếu nại việc bồi thường",
            category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA,
            citizen_signed=SignatureKind.DIEM_CHI,
        )
    )
    p = details(office_services).input_from_visit(saved.id)
    assert p.source is PetitionSource.TRUC_TIEP_TCD and p.received_date == TODAY
    assert p.main is not None and p.main.full_name == "Nguyễn Văn An" and p.main.citizen_id is not None
    assert (p.summary, p.category, p.field) == ("Khiếu nại việc bồi thường", Category.KHIEU_NAI,
                                                 SubjectField.HC_DAT_DAI_NHA_CUA)  # fmt: skip
    assert p.signer_count == 2 and p.signature is SignatureKind.DIEM_CHI
    assert (p.visit_id, p.case_id) == (saved.id, saved.case_id)
    petition = office_services.petitions.register(p)
    assert details(office_services).petitions_of_visit(saved.id) == [petition.label]
    shown = details(office_services).get(petition.id)
    assert shown.visit_label == f"{saved.book_no}/{saved.book_year}" and shown.case_code == saved.case_code


def test_a_denouncer_is_masked_unless_leader(office_services: Services) -> None:
    petition = office_services.petitions.register(
        PetitionInput(
            received_date=TODAY,
            source=PetitionSource.BUU_CHINH,
            summary="Tố cáo cán bộ nhận tiền",
            category=Category.TO_CAO,
            main=PersonInput(full_name="Lê Văn Tố", id_number="001099012345", phone="0912345678"),
            respondent="Ông Hoàng Văn Ẩn",
        )
    )
    hidden = details(office_services).get(petition.id)
    assert hidden.identity_hidden
    assert {hidden.sender_name, hidden.sender_id, hidden.sender_phone, hidden.respondent} == {"[Bảo mật]"}
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    shown = details(office_services).get(petition.id)
    assert shown.sender_name == "Lê Văn Tố" and shown.sender_id == "001*******45"
    assert shown.respondent == "Ông Hoàng Văn Ẩn"


def test_clocks_decisions_and_history(office_services: Services) -> None:
    petitions = office_services.petitions
    pid = petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 10, 1),
            source=PetitionSource.BUU_CHINH,
            summary="Khiếu nại thu hồi đất",
            category=Category.KHIEU_NAI,
            main=PersonInput(full_name="Nguyễn Văn An"),
        )
    ).id
    before = details(office_services).get(pid)
    assert [c.rule_code for c in before.clocks] == ["XLD_PROCESS", "KN_ACCEPT"]
    assert all(c.state is DeadlineStatus.QUA_HAN for c in before.clocks)
    assert before.clocks[1].what.startswith("Thụ lý giải quyết khiếu nại")
    petitions.classify(pid, within_competence=True)
    petitions.propose(pid, Handling.THU_LY, reason="Đủ điều kiện")
    assert details(office_services).get(pid).pending_decision is not None
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    petitions.decide(pid, approve=True, opinion="Đồng ý")
    after = details(office_services).get(pid)
    assert after.pending_decision is None and after.decisions[0].outcome == "DUYET"
    assert after.decisions[0].proposed_by == "Phạm Thị Dung"
    assert after.clocks[1].completed_on == TODAY and after.clocks[1].state is DeadlineStatus.HOAN_THANH
    assert [e.action for e in details(office_services).history(pid)] == [
        "create",
        "classify",
        "propose",
        "approve",
    ]
