"""The petition register's service on a real database: numbering, clocks, duplicates, once-only handlings."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_flow import PermissionDenied
from desk_app.domain.petition_rules import RepeatRefused
from desk_app.domain.visit import PersonInput
from desk_app.errors import ValidationError
from desk_app.services.petitions.service import PetitionService, RepeatHandlingRefused
from desk_app.services.registry import Services

D = dt.date
AN = PersonInput("Nguyễn Văn An", id_number="001099012345", address="thôn Bắc, xã An Phú")


@pytest.fixture
def petitions(office_services: Services) -> PetitionService:
    return PetitionService(office_services.ctx, office_services.working_calendar)


def _complaint(**changes: object) -> PetitionInput:
    base = PetitionInput(
        received_date=D(2026, 8, 28),
        source=PetitionSource.BUU_CHINH,
        summary="Khiếu nại việc UBND xã thu hồi đất nông nghiệp thửa số 125 tờ bản đồ 7",
        category=Category.KHIEU_NAI,
        main=AN,
        respondent="UBND xã An Phú",
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def _as_leader(services: Services) -> None:
    services.ctx.actor.roles = (Role.LANH_DAO,)


def test_registering_numbers_the_year_and_starts_the_legal_clocks(petitions: PetitionService) -> None:
    first = petitions.register(_complaint())
    second = petitions.register(
        _complaint(summary="Kiến nghị sửa đường thôn Bắc", category=Category.KIEN_NGHI_PHAN_ANH)
    )
    assert (first.label, second.label) == ("1/2026", "2/2026")
    assert first.status is PetitionStatus.DA_VAO_SO
    due = {c.rule_code: c.due_date for c in first.clocks}
    # 10 working days from 28/08/2026 skip the weekend, the 31/08 swap day and Quốc khánh 01–02/09.
    assert due["XLD_PROCESS"] == D(2026, 9, 16)
    assert due["KN_ACCEPT"] == D(2026, 9, 11)  # 7 working days: 03, 04, 07, 08, 09, 10, 11/09
    assert "không tính" in next(c.explanation for c in first.clocks if c.rule_code == "XLD_PROCESS")
    assert "TC_INITIAL" not in due and "TCD_NOTIFY_RESULT" not in due


def test_a_petition_from_the_desk_tells_the_citizen_the_notice_date(petitions: PetitionService) -> None:
    saved = petitions.register(_complaint(source=PetitionSource.TRUC_TIEP_TCD))
    notice = next(c for c in saved.clocks if c.rule_code == "TCD_NOTIFY_RESULT")
    assert notice.given_to_citizen and notice.due_date == D(2026, 9, 16)


def test_bad_input_saves_nothing(petitions: PetitionService) -> None:
    with pytest.raises(ValidationError) as caught:
        petitions.register(_complaint(summary=" ", source=PetitionSource.MTTQ, received_date=D(2026, 12, 1)))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"summary", "forwarded_by_org", "received_date"}
    assert petitions.register(_complaint()).label == "1/2026"


def test_a_second_letter_on_the_same_matter_is_offered_as_a_duplicate(petitions: PetitionService) -> None:
    first = petitions.register(_complaint())
    petitions.register(_complaint(main=PersonInput("Trần Thị Bé"), summary="Phản ánh đèn đường không sáng"))
    again = _complaint(
        received_date=D(2026, 10, 5),
        main=PersonInput("Nguyen Van An"),
        summary="thu hoi dat nong nghiep thua 125 to ban do 7 khong dung, khieu nai lan nua",
    )
    found = petitions.find_duplicates(again)
    assert [c.petition_id for c in found] == [first.id]
    assert found[0].same_person and found[0].label == "1/2026"


def test_the_same_forwarded_document_is_found_whoever_signs(petitions: PetitionService) -> None:
    forwarded = _complaint(
        source=PetitionSource.DBQH_HDND, forwarded_by_org="Ban Dân nguyện", forwarded_doc_no="125/BDN-TCD",
        category=Category.KIEN_NGHI_PHAN_ANH, summary="Kiến nghị làm đường",
    )  # fmt: skip
    first = petitions.register(forwarded)
    other_signer = _complaint(
        source=PetitionSource.DBQH_HDND, forwarded_by_org="ban dan nguyen", forwarded_doc_no="125/BDN-TCD",
        main=PersonInput("Lê Văn Cường"), summary="Nội dung khác hẳn",
    )  # fmt: skip
    assert [c.petition_id for c in petitions.find_duplicates(other_signer)] == [first.id]


def test_propose_approve_accept_starts_the_resolution_clock(
    petitions: PetitionService, office_services: Services
) -> None:
    saved = petitions.register(_complaint())
    petitions.classify(saved.id, within_competence=True)
    petitions.propose(saved.id, Handling.THU_LY, reason="Đủ điều kiện thụ lý")
    assert petitions.status(saved.id) is PetitionStatus.CHO_DUYET
    with pytest.raises(PermissionDenied):
        petitions.decide(saved.id, approve=True)
    _as_leader(office_services)
    assert petitions.decide(saved.id, approve=True) is PetitionStatus.DANG_GIAI_QUYET
    clocks = {c.rule_code: c for c in petitions.clocks(saved.id)}
    assert clocks["XLD_PROCESS"].completed_on == D(2026, 11, 20)
    # 30 days from the acceptance on 20/11/2026 end on Sunday 20/12, rolled to Monday 21/12.
    assert clocks["KN_RESOLVE_1"].due_date == D(2026, 12, 21)


def test_a_denunciation_outside_competence_gets_the_transfer_clock_and_is_transferred_once(
    petitions: PetitionService, office_services: Services
) -> None:
    tc = _complaint(
        category=Category.TO_CAO, summary="Tố cáo trưởng thôn thu tiền sai quy định", respondent="Ông X"
    )
    first = petitions.register(tc)
    petitions.classify(first.id, within_competence=False, competent_body="UBND tỉnh")
    assert any(c.rule_code == "TC_TRANSFER" for c in petitions.clocks(first.id))
    petitions.propose(first.id, Handling.CHUYEN_DON, target_body="Thanh tra tỉnh")
    _as_leader(office_services)
    assert petitions.decide(first.id, approve=True) is PetitionStatus.DA_XU_LY
    office_services.ctx.actor.roles = (Role.XU_LY_DON,)
    second = petitions.register(
        _complaint(category=Category.TO_CAO, summary=tc.summary, duplicate_of_id=first.id)
    )
    petitions.classify(second.id, within_competence=False, competent_body="UBND tỉnh")
    with pytest.raises(RepeatHandlingRefused) as refused:
        petitions.propose(second.id, Handling.CHUYEN_DON, target_body="Thanh tra tỉnh")
    assert refused.value.rule is RepeatRefused.TRANSFERRED_ONCE
    assert petitions.status(second.id) is PetitionStatus.DANG_XU_LY


def test_a_leader_reopens_with_a_reason(petitions: PetitionService, office_services: Services) -> None:
    saved = petitions.register(_complaint())
    petitions.classify(saved.id, within_competence=True)
    petitions.propose(saved.id, Handling.LUU_DON, reason="Đơn trùng")
    _as_leader(office_services)
    assert petitions.decide(saved.id, approve=True) is PetitionStatus.LUU_DON
    with pytest.raises(ValidationError):
        petitions.reopen(saved.id, " ")
    assert petitions.reopen(saved.id, "Có tình tiết mới") is PetitionStatus.DANG_XU_LY
