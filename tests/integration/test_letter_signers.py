"""Box 7 on every letter the office issues follows its regime (NĐ 30; DOMAIN §9 "Who signs", §11.3): an UBND signs
"TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH" (a deputy adds "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), a Sở "GIÁM ĐỐC" alone or
"KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC". Checked on the printed PDFs' text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.documents import conclusions as conclusion_docs
from desk_app.documents import petitions as petition_docs
from desk_app.documents.schedule import notice_data
from desk_app.domain.enums import (
    Category,
    Handling,
    OfficeKind,
    PetitionSource,
    RefusalReason,
    Role,
    SubjectField,
)
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import ValidationError
from desk_app.i18n.vi_print import SIGN_HINT
from desk_app.printing.forms.schedule_notice import render_schedule_notice
from desk_app.services.office.service import OfficeInfo, PlaceInfo, StaffInfo
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.petitions.document_types import PetitionDocumentSource
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.registry import Services
from desk_app.storage.records import OutgoingDocumentRecord
from tests.helpers.acting import acting_as
from tests.helpers.pdf import keep_shot, pdf_flat_text
from tests.integration.test_conclusions import filled, held_session
from tests.integration.test_schedule_publishing import DECEMBER, plan

D = dt.date
AN = PersonInput("Nguyễn Văn An", id_number="001099012345", address="thôn Bắc")

UBND_HEAD = "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình"
UBND_DEPUTY = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Cúc"
SO_HEAD = "GIÁM ĐỐC Võ Minh Tâm"
SO_DEPUTY = "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đặng Thu Hà"


@pytest.fixture
def so_services(services: Services) -> Services:
    """Services of a provincial department (Sở): not under the collective regime, its head a Giám đốc."""
    with acting_as(services):
        services.office.save(
            OfficeInfo(
                name="SỞ TƯ PHÁP",
                parent_name="ỦY BAN NHÂN DÂN TỈNH AN GIANG",
                abbreviation="STP",
                kind=OfficeKind.SO,
                place_name="An Giang",
                head_title="GIÁM ĐỐC",
                collective_regime=False,
            )
        )
        services.office.save_staff(
            StaffInfo(full_name="Võ Minh Tâm", position="Giám đốc Sở", is_head=True, roles=(Role.LANH_DAO,))
        )
        services.office.save_staff(
            StaffInfo(
                full_name="Đặng Thu Hà",
                position="Phó Giám đốc Sở",
                is_deputy_head=True,
                roles=(Role.LANH_DAO,),
            )
        )
        officer = services.office.save_staff(StaffInfo(full_name="Phạm Thị Dung", position="Chuyên viên"))
        services.office.save_place(
            PlaceInfo(name="Phòng tiếp công dân Sở Tư pháp", address="Số 1", is_default=True)
        )
    services.ctx.actor.name = officer.full_name
    services.ctx.actor.staff_id = officer.id
    return services


def _shot(name: str, pdf: bytes) -> None:
    keep_shot(pdf, f"signer_{name}")


def _petition(sv: Services, category: Category, handling: Handling, *, body: str | None = None) -> int:
    pid = sv.petitions.register(
        PetitionInput(
            received_date=D(2026, 11, 16), source=PetitionSource.BUU_CHINH, main=AN, category=category,
            summary="Việc cấp giấy chứng nhận quyền sử dụng đất thửa 125", respondent="Ông Lê Văn Tư",
            field=SubjectField.HC_DAT_DAI_NHA_CUA, letter_date=D(2026, 11, 14),
        )
    ).id  # fmt: skip
    sv.petitions.classify(pid, within_competence=body is None, competent_body=body)
    sv.petitions.propose(
        pid, handling, target_body=body, reason="Không đủ điều kiện thụ lý.", legal_basis="Luật"
    )
    roles = sv.ctx.actor.roles
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    sv.petitions.decide(pid, approve=True, opinion="Đồng ý")
    sv.ctx.actor.roles = roles
    return pid


def _deputy(sv: Services) -> int:
    deputy = next(st for st in sv.office.list_staff() if st.is_deputy_head)
    assert deputy.id is not None
    return deputy.id


def _letters(sv: Services) -> dict[str, tuple[PetitionDocumentSource, str]]:
    """Each petition letter, signed by the head or by the deputy, with the signer kind it was asked for."""
    docs = PetitionDocumentService(sv.ctx)
    deputy = _deputy(sv)
    accepted = _petition(sv, Category.KHIEU_NAI, Handling.THU_LY)
    refused = _petition(sv, Category.KHIEU_NAI, Handling.LUU_DON)
    guided = _petition(sv, Category.KHIEU_NAI, Handling.HUONG_DAN, body="Chi cục Thuế khu vực XV")
    denounced = _petition(sv, Category.TO_CAO, Handling.CHUYEN_DON, body="Thanh tra tỉnh")
    proposed = _petition(sv, Category.KIEN_NGHI_PHAN_ANH, Handling.CHUYEN_DON, body="Công an tỉnh")
    return {
        "result": (docs.result_notice(accepted), "head"),
        "acceptance": (docs.complaint_acceptance(accepted), "head"),
        "non_acceptance": (docs.complaint_acceptance(refused, accepted=False, signer_id=deputy), "deputy"),
        "guidance": (docs.guidance_letter(guided, signer_id=deputy), "deputy"),
        "transfer_tc": (docs.transfer_slip(denounced), "head"),
        "transfer_knpa": (docs.transfer_slip(proposed, signer_id=deputy), "deputy"),
        "result_by_deputy": (docs.result_notice(proposed, signer_id=deputy), "deputy"),
    }


def _refusal_pdf(sv: Services) -> bytes:
    docs = PetitionDocumentService(sv.ctx)
    visit = sv.intake.save(
        VisitInput(
            date=D(2026, 11, 18), visitor=PersonInput("Hồ Văn Khải"), handling=Handling.TU_CHOI_TIEP,
            refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI, category=Category.KHIEU_NAI, summary="việc đất năm 2019",
        )
    )  # fmt: skip
    return petition_docs.refusal_pdf(docs, docs.refusal_notice(visit.id))[0]


@pytest.mark.parametrize(
    ("office", "head", "deputy", "foreign"),
    [
        ("office_services", UBND_HEAD, UBND_DEPUTY, "GIÁM ĐỐC"),
        ("so_services", SO_HEAD, SO_DEPUTY, "TM."),
    ],
)
def test_every_petition_letter_signs_as_the_office_regime_says(
    office: str, head: str, deputy: str, foreign: str, request: pytest.FixtureRequest
) -> None:
    sv: Services = request.getfixturevalue(office)
    for name, (src, who) in _letters(sv).items():
        pdf = petition_docs.render(src)
        text = pdf_flat_text(pdf).replace(f" {SIGN_HINT}", "")  # the slip has the hint under the title
        assert (head if who == "head" else deputy) in text, (office, name, text[-400:])
        assert foreign not in text, (office, name)
        if name in ("guidance", "transfer_tc"):
            _shot(f"{office}_{name}", pdf)
    refusal = pdf_flat_text(_refusal_pdf(sv))
    assert head in refusal and foreign not in refusal


def test_a_deputy_of_a_collective_office_signs_in_the_heads_place_and_stays_head_only_blocked(
    office_services: Services,
) -> None:
    """The TM. line above "KT. CHỦ TỊCH" does not make a deputy the head: Mẫu 01/TCD still asks for a note."""
    sv = office_services
    src = PetitionDocumentService(sv.ctx).guidance_letter(
        _petition(sv, Category.KHIEU_NAI, Handling.HUONG_DAN, body="Chi cục Thuế"), signer_id=_deputy(sv)
    )
    assert (src.signer.authority, src.signer.title) == ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert src.number is not None
    with sv.ctx.db.read() as s:
        doc = s.get(OutgoingDocumentRecord, src.number.id)
        assert doc is not None and (doc.authority_prefix, doc.signer_title) == ("KT.", "PHÓ CHỦ TỊCH")
    visit = sv.intake.save(
        VisitInput(
            date=D(2026, 11, 18), visitor=PersonInput("Hồ Văn Khải"), handling=Handling.TU_CHOI_TIEP,
            refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI, category=Category.KHIEU_NAI, summary="việc đất năm 2019",
        )
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        PetitionDocumentService(sv.ctx).refusal_notice(visit.id, signer_id=_deputy(sv))
    assert [e.key for e in caught.value.errors] == ["signer.head_only"]


def test_the_printed_proposal_names_the_approver_the_petition_screen_names(office_services: Services) -> None:
    """A leader not on the staff list approved: the slip's approval box names them, as the history does."""
    sv = office_services
    pid = sv.petitions.register(
        PetitionInput(
            received_date=D(2026, 11, 16), source=PetitionSource.BUU_CHINH, main=AN, summary="Kiến nghị sửa cầu",
            category=Category.KIEN_NGHI_PHAN_ANH,
        )
    ).id  # fmt: skip
    sv.petitions.classify(pid, within_competence=True)
    sv.petitions.propose(pid, Handling.THU_LY, reason="Thuộc thẩm quyền")
    actor = sv.ctx.actor
    actor.name, actor.staff_id, actor.roles = "Võ Văn Kiệt", None, (Role.LANH_DAO,)
    sv.petitions.decide(pid, approve=True, opinion="Đồng ý")
    shown = PetitionDetailService(sv.ctx, sv.working_calendar).get(pid).decisions[-1].decided_by
    src = PetitionDocumentService(sv.ctx).proposal_slip(pid)
    assert shown == "Võ Văn Kiệt" and src.decision is not None and src.decision.approver_name == shown
    pdf = petition_docs.render(src)
    # two signature columns: the approver's (left) and the proposer's titles, then their names in the same order
    text = pdf_flat_text(pdf).replace(f" {SIGN_HINT}", "")
    assert "LÃNH ĐẠO PHÊ DUYỆT NGƯỜI ĐỀ XUẤT Võ Văn Kiệt Phạm Thị Dung" in text
    _shot("proposal_approver", pdf)


def test_the_conclusion_notice_of_an_ubnd_is_still_signed_by_order_of_the_chairman(
    office_services: Services,
) -> None:
    """DOMAIN §9 F12: the Văn phòng signs "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" by default; no TM. line over it."""
    ubnd = office_services
    session_id = held_session(ubnd)
    ubnd.conclusions.issue(
        session_id, D(2026, 11, 16), items=filled(ubnd.conclusions.working_items(session_id))
    )
    text = pdf_flat_text(conclusion_docs.conclusion_pdf(ubnd, session_id))
    assert "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG" in text and "TM." not in text


def test_the_conclusion_notice_of_a_so_is_signed_by_its_director(so_services: Services) -> None:
    sv = so_services
    session_id = held_session(sv)
    sv.conclusions.issue(session_id, D(2026, 11, 16), items=filled(sv.conclusions.working_items(session_id)))
    pdf = conclusion_docs.conclusion_pdf(sv, session_id)
    text = pdf_flat_text(pdf)
    assert SO_HEAD in text and "TM." not in text and "TL." not in text
    _shot("so_conclusion", pdf)
    # the office's own choice in the dialog is printed as written
    own = dataclasses.replace(sv.conclusions.default_signer(), authority="KT. GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC",
                              name="Đặng Thu Hà")  # fmt: skip
    assert SO_DEPUTY in pdf_flat_text(conclusion_docs.conclusion_pdf(sv, session_id, own))


@pytest.mark.parametrize(
    ("office", "leader", "signature", "foreign"),
    [
        ("office_services", "Trần Văn Bình", UBND_HEAD, "GIÁM ĐỐC"),
        ("so_services", "Võ Minh Tâm", SO_HEAD, "TM."),
    ],
)
def test_the_schedule_notice_signs_as_the_office_regime_says(
    office: str, leader: str, signature: str, foreign: str, request: pytest.FixtureRequest
) -> None:
    sv: Services = request.getfixturevalue(office)
    plan(sv, leader=leader)
    pdf = render_schedule_notice(notice_data(sv.schedule.notice_source(DECEMBER, issued_on=D(2026, 11, 25))))
    text = pdf_flat_text(pdf)
    assert signature in text and foreign not in text
    _shot(f"{office}_schedule", pdf)


def test_a_signature_title_of_the_office_s_own_is_kept_under_the_regime_lines(
    office_services: Services,
) -> None:
    sv = office_services
    deputy = next(st for st in sv.office.list_staff() if st.is_deputy_head)
    with acting_as(sv):
        sv.office.save_staff(dataclasses.replace(deputy, signature_title="Phó Chủ tịch thường trực"))
    src = PetitionDocumentService(sv.ctx).guidance_letter(
        _petition(sv, Category.KHIEU_NAI, Handling.HUONG_DAN, body="Chi cục Thuế"), signer_id=_deputy(sv)
    )
    text = pdf_flat_text(petition_docs.render(src))
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC Lê Thị Cúc" in text
