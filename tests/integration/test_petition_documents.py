"""Petition documents from the records: numbers taken once and reused, the denouncer kept off third-party paper."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desk_app.documents import petitions as petition_docs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import (
    Category,
    Gender,
    Handling,
    PetitionSource,
    RefusalReason,
    Role,
    SubjectField,
)
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_docs import NoticeOutcome
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.services.citizens.case_file import CaseFileService
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.registry import Services
from desk_app.storage.records import ChangeLogRecord, DeadlineRecord, DocumentRecord, OutgoingDocumentRecord
from tests.helpers.pdf import keep_shot, pdf_flat_text

D = dt.date
AN = PersonInput("Nguyễn Văn An", id_number="001099012345", address="thôn Bắc, xã An Phú")
BE = PersonInput("Trần Thị Bé", id_number="079188001122", address="thôn Nam, xã An Phú")


def _shot(name: str, pdf: bytes) -> None:
    """Keep a PNG of the page to look at (DOMAIN §11 layout check)."""
    keep_shot(pdf, f"petdoc_{name}")


def _register(services: Services, **changes: object) -> int:
    base: dict[str, object] = {
        "received_date": D(2026, 11, 16), "source": PetitionSource.TRUC_TIEP_TCD, "main": AN,
        "summary": "Khiếu nại việc UBND xã thu hồi đất nông nghiệp thửa số 125 tờ bản đồ 7",
        "category": Category.KHIEU_NAI, "respondent": "UBND xã An Phú", "field": SubjectField.HC_DAT_DAI_NHA_CUA,
        "letter_date": D(2026, 11, 14),
    }  # fmt: skip
    base.update(changes)
    return services.petitions.register(PetitionInput(**base)).id  # type: ignore[arg-type]


def _decide(
    services: Services, pid: int, handling: Handling, body: str | None = None, within: bool = True
) -> None:
    services.petitions.classify(pid, within_competence=within, competent_body=body)
    services.petitions.propose(
        pid, handling, target_body=body, reason="Đủ điều kiện.", legal_basis="Luật Khiếu nại"
    )
    roles = services.ctx.actor.roles
    services.ctx.actor.roles = (Role.LANH_DAO,)
    services.petitions.decide(pid, approve=True, opinion="Đồng ý")
    services.ctx.actor.roles = roles


@pytest.fixture
def docs(office_services: Services) -> PetitionDocumentService:
    return PetitionDocumentService(office_services.ctx)


def test_an_accepted_complaint_gets_its_proposal_notices_and_numbers(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    pid = _register(office_services)
    _decide(office_services, pid, Handling.THU_LY)
    proposal = docs.proposal_slip(pid)
    assert proposal.internal_no == "01/PĐX-2026" and proposal.number is None
    pdf, kept = petition_docs.print_and_keep(docs, proposal)
    text = pdf_flat_text(pdf)
    assert (
        "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN" in text
        and "Đồng chí Trần Văn Bình" in text
        and "Đồng ý với đề xuất." in text
    )
    assert "Số theo dõi nội bộ: 01/PĐX-2026" in text and kept.path.exists()
    _shot("svc_proposal", pdf)
    assert docs.proposal_slip(pid).internal_no == "01/PĐX-2026"  # re-print keeps the internal number

    result = docs.result_notice(pid)
    assert result.number_text == "01/TB-UBND" and result.outcome is NoticeOutcome.THU_LY
    pdf, kept = petition_docs.print_and_keep(docs, result)
    text = pdf_flat_text(pdf)
    assert (
        "Số: 01/TB-UBND" in text
        and "đã tiếp ông (bà) và nhận đơn khiếu nại" in text
        and "Trần Văn Bình" in text
    )
    _shot("svc_result", pdf)
    acceptance = docs.complaint_acceptance(pid)
    assert acceptance.number_text == "02/TB-UBND" and acceptance.accepted is True
    pdf, _ = petition_docs.print_and_keep(docs, acceptance)
    text = pdf_flat_text(pdf)
    assert "Về việc thụ lý giải quyết khiếu nại" in text and "Chủ tịch Ủy ban nhân dân xã An Phú" in text
    _shot("svc_acceptance", pdf)

    again = docs.result_notice(pid)
    assert again.reused and again.number_text == "01/TB-UBND"
    assert docs.result_notice(pid, new_notice=True).number_text == "03/TB-UBND"
    with office_services.ctx.db.read() as s:
        first = s.get(OutgoingDocumentRecord, result.number.id if result.number else 0)
        assert first is not None and first.document_id == kept.id
        assert s.scalars(select(DocumentRecord.kind)).all().count(DocumentKind.RESULT.value) == 1
        notice = s.scalar(select(DeadlineRecord).where(DeadlineRecord.rule_code == "TCD_NOTIFY_RESULT"))
        assert notice is not None and notice.completed_on == D(2026, 11, 20)


def test_a_complaint_outside_competence_is_guided_once_by_the_deputy(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    pid = _register(office_services, source=PetitionSource.BUU_CHINH)
    body = "Chi cục Thuế khu vực XV"
    _decide(office_services, pid, Handling.HUONG_DAN, body, within=False)
    deputy = next(st for st in office_services.office.list_staff() if st.is_deputy_head)
    guidance = docs.guidance_letter(pid, signer_id=deputy.id)
    assert (
        guidance.number_text == "01/HD-UBND"
        and guidance.signer.authority == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    )
    pdf, _ = petition_docs.print_and_keep(docs, guidance)
    text = pdf_flat_text(pdf)
    assert f"đề nghị ông (bà) gửi đơn đến {body} để được giải quyết" in text
    assert "PHÓ CHỦ TỊCH" in text and "Lê Thị Cúc" in text
    _shot("svc_guidance", pdf)
    notice = docs.result_notice(pid)
    assert notice.outcome is NoticeOutcome.KHONG_THU_LY and notice.reason == "Đủ điều kiện."
    with pytest.raises(ConflictError):
        docs.transfer_slip(pid)  # the decision was guidance, not a transfer
    with pytest.raises(ConflictError):
        docs.complaint_acceptance(_register(office_services))  # nothing decided yet


def test_a_transferred_denunciation_leaves_no_trace_of_the_denouncer(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    pid = _register(
        office_services, main=BE, category=Category.TO_CAO, source=PetitionSource.BUU_CHINH,
        summary="Tố cáo trưởng thôn Nam thu tiền đóng góp sai quy định", respondent="Ông Lê Văn Tư, trưởng thôn Nam",
    )  # fmt: skip
    _decide(office_services, pid, Handling.CHUYEN_DON, "Thanh tra tỉnh An Giang", within=False)
    office_services.ctx.actor.roles = (Role.LANH_DAO,)  # even the leader's slip leaves the author out
    slip = docs.transfer_slip(pid)
    assert slip.number_text == "01/PC-UBND" and slip.petition.author is None and slip.petition.author_masked
    slip_pdf, _ = petition_docs.print_and_keep(docs, slip)
    _shot("svc_transfer_tc", slip_pdf)
    text = pdf_flat_text(slip_pdf)
    assert "Thanh tra tỉnh An Giang" in text and "Ông Lê Văn Tư" in text
    for trace in ("Trần Thị Bé", "079188001122", "thôn Nam, xã An Phú"):
        assert trace not in text
    assert docs.transfer_slip(pid).number_text == "01/PC-UBND"  # re-print: same number

    # The denouncer's own notice names the slip's number and is copied to no one else.
    notice = docs.result_notice(pid)
    pdf, _ = petition_docs.print_and_keep(docs, notice)
    text = pdf_flat_text(pdf)
    assert "Trần Thị Bé" in text and "Phiếu chuyển đơn số 01/PC-UBND ngày 20/11/2026" in text
    assert notice.recipients == ("Như trên", "Lưu: VT, hồ sơ")

    office_services.ctx.actor.roles = (Role.TIEP_CONG_DAN,)
    masked = docs.proposal_slip(pid)
    text = pdf_flat_text(petition_docs.render(masked))
    assert masked.petition.author is None and "Trần Thị Bé" not in text and "079188001122" not in text


def test_the_refusal_notice_is_the_heads_unless_the_override_is_noted(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    visit = office_services.intake.save(
        VisitInput(
            date=D(2026, 11, 18), visitor=PersonInput("Hồ Văn Khải", id_number="001088004455", gender=Gender.NAM,
                                                    birth_year=1988, address="thôn Đông"),
            handling=Handling.TU_CHOI_TIEP, refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI, category=Category.KHIEU_NAI,
            summary="việc thu hồi đất năm 2019 đã được giải quyết, trả lời",
        )
    )  # fmt: skip
    deputy = next(st for st in office_services.office.list_staff() if st.is_deputy_head)
    with pytest.raises(ValidationError) as caught:
        docs.refusal_notice(visit.id, signer_id=deputy.id)
    assert [e.key for e in caught.value.errors] == ["signer.head_only"]
    src = docs.refusal_notice(visit.id)
    assert src.number_text == "01/TB-UBND" and src.signer.authority == "TM. ỦY BAN NHÂN DÂN"
    pdf, _ = petition_docs.refusal_pdf(docs, src)
    text = pdf_flat_text(pdf)
    assert "Về việc từ chối tiếp công dân" in text and "Hồ Văn Khải" in text and "khoản 3 Điều 9" in text
    _shot("svc_refusal", pdf)
    other = office_services.intake.save(
        VisitInput(
            date=D(2026, 11, 19), visitor=PersonInput("Đỗ Thị Hoa"), handling=Handling.TU_CHOI_TIEP,
            refusal_reason=RefusalReason.KNPA_DA_TRA_LOI, category=Category.KIEN_NGHI_PHAN_ANH, summary="đèn đường",
        )
    )  # fmt: skip
    noted = docs.refusal_notice(other.id, signer_id=deputy.id, override_note="Chủ tịch đi công tác")
    assert noted.number_text == "02/TB-UBND" and noted.signer.authority == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    assert "điểm h khoản 1 Điều 4" in pdf_flat_text(petition_docs.refusal_pdf(docs, noted)[0])
    with office_services.ctx.db.read() as s:
        reasons = s.scalars(
            select(ChangeLogRecord.reason).where(ChangeLogRecord.action == "sign_override")
        ).all()
    assert reasons == ["Chủ tịch đi công tác"]


def test_the_case_file_holds_the_whole_history_in_date_order(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    visit = office_services.intake.save(
        VisitInput(date=D(2026, 11, 3), visitor=AN, summary="Trình bày việc thu hồi đất thửa 125",
                   category=Category.KHIEU_NAI, field=SubjectField.HC_DAT_DAI_NHA_CUA, handling=Handling.TRA_LOI_TRUC_TIEP)
    )  # fmt: skip
    assert visit.case_id is not None
    pid = _register(office_services, case_id=visit.case_id)
    _decide(office_services, pid, Handling.THU_LY)
    petition_docs.print_and_keep(docs, docs.result_notice(pid))
    src = CaseFileService(office_services.ctx).case_file_source(visit.case_id)
    pdf = petition_docs.case_file_pdf(src)
    _shot("svc_case_file", pdf)
    text = pdf_flat_text(pdf)
    assert "HỒ SƠ VỤ VIỆC" in text and "Nguyễn Văn An" in text
    order = ["Trình bày việc thu hồi đất thửa 125", "Đơn số 1/2026", "01/TB-UBND"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert (
        "lãnh đạo đã duyệt ngày 20/11/2026" in text
        and "hạn " in text
        and "đã thực hiện ngày 20/11/2026" in text
    )


def test_the_case_file_masks_a_denouncer_for_other_roles(office_services: Services) -> None:
    visit = office_services.intake.save(
        VisitInput(date=D(2026, 11, 3), visitor=BE, summary="Tố cáo trưởng thôn thu tiền sai",
                   category=Category.TO_CAO, field=SubjectField.HC_KHAC)
    )  # fmt: skip
    assert visit.case_id is not None
    cases = CaseFileService(office_services.ctx)
    text = pdf_flat_text(petition_docs.case_file_pdf(cases.case_file_source(visit.case_id)))
    assert "Trần Thị Bé" not in text and "[Bảo mật]" in text
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    assert "Trần Thị Bé" in pdf_flat_text(petition_docs.case_file_pdf(cases.case_file_source(visit.case_id)))
    with office_services.ctx.db.read() as s:
        logged = s.scalars(select(ChangeLogRecord.changes).where(ChangeLogRecord.action == "reveal")).all()
    assert [json.loads(c) for c in logged] == [{"author": [None, "printed"]}]
