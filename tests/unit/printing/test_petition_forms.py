"""The petition documents: titles, numbers, key sentences, the head-only rule, no denouncer on third-party paper."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.domain.enums import Category, Handling, IdType, RefusalReason
from desk_app.domain.petition_docs import CaseEvent, CaseEventKind, NoticeOutcome, PersonFacts
from desk_app.printing.forms.case_file import CaseFileData, render_case_file
from desk_app.printing.forms.complaint_acceptance import ComplaintAcceptanceData, render_complaint_acceptance
from desk_app.printing.forms.guidance_letter import GuidanceLetterData, render_guidance_letter
from desk_app.printing.forms.petition_parts import SignerLines, ThirdPartyDisclosureError
from desk_app.printing.forms.proposal_slip import ProposalSlipData, render_proposal_slip
from desk_app.printing.forms.refusal_notice import HeadOnlyError, RefusalNoticeData, render_refusal_notice
from desk_app.printing.forms.result_notice import ResultNoticeData, render_result_notice
from desk_app.printing.forms.transfer_slip import TransferSlipData, render_transfer_slip
from desk_app.printing.layout import Letterhead
from tests.helpers.pdf import pdf_flat_text, pdf_page_count

D = dt.date
OFFICE = "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
HEAD = SignerLines("", "CHỦ TỊCH", "Trần Văn Bình")
DEPUTY = SignerLines("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Cúc")
AN = PersonFacts(
    "Nguyễn Văn An", "thôn Bắc, xã An Phú", "001099012345", D(2021, 4, 10), "Cục Cảnh sát QLHC về TTXH",
    IdType.CAN_CUOC,
)  # fmt: skip
DENOUNCER = PersonFacts("Trần Thị Bé", "thôn Nam, xã An Phú", "079188001122")


def head(number: str | None) -> Letterhead:
    return Letterhead(None, "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ", "An Phú", number)


RESULT = ResultNoticeData(
    letterhead=head("01/TB-UBND"), issued_on=D(2026, 11, 20), office_name=OFFICE, addressee=AN,
    category=Category.KHIEU_NAI, received_date=D(2026, 11, 10), summary="Khiếu nại việc thu hồi đất thửa số 125.",
    outcome=NoticeOutcome.THU_LY, signer=HEAD, letter_date=D(2026, 11, 8),
)  # fmt: skip
GUIDANCE = GuidanceLetterData(
    letterhead=head("01/HD-UBND"), issued_on=D(2026, 11, 20), office_name=OFFICE, addressee=AN,
    category=Category.KHIEU_NAI, received_date=D(2026, 11, 10),
    summary="Khiếu nại quyết định xử phạt của Chi cục Thuế khu vực.", competent_body="Chi cục Thuế khu vực XV",
    signer=DEPUTY,
)  # fmt: skip
ACCEPT = ComplaintAcceptanceData(
    letterhead=head("02/TB-UBND"), issued_on=D(2026, 11, 20), office_name=OFFICE, complainant=AN,
    received_date=D(2026, 11, 10), summary="Khiếu nại việc thu hồi đất thửa số 125.", accepted=True,
    resolver="Chủ tịch Ủy ban nhân dân xã An Phú", signer=HEAD,
)  # fmt: skip
REFUSAL = RefusalNoticeData(
    letterhead=head("03/TB-UBND"), issued_on=D(2026, 11, 20), office_name=OFFICE, citizen=AN,
    came_on=D(2026, 11, 18), place="Phòng tiếp công dân xã An Phú", category=Category.KHIEU_NAI,
    summary="việc thu hồi đất thửa số 125 đã được giải quyết", reason=RefusalReason.KHIEU_TO_KEO_DAI, signer=HEAD,
)  # fmt: skip
PROPOSAL = ProposalSlipData(
    letterhead=head(None), issued_on=D(2026, 11, 20), internal_no="01/PĐX-2026",
    addressee="Ông Trần Văn Bình, Chủ tịch UBND xã", office_name=OFFICE, register_label="12/2026",
    received_date=D(2026, 11, 10), source_text="Nguồn đơn: Qua dịch vụ bưu chính", category=Category.KHIEU_NAI,
    summary="Khiếu nại việc thu hồi đất thửa số 125.", handling=Handling.THU_LY, proposer_name="Phạm Thị Dung",
    petitioners=(AN,), respondent="UBND xã An Phú", field_text="Đất đai, nhà cửa", within_competence=True,
    legal_basis="Điều 27 Luật Khiếu nại", reason="Đơn đủ điều kiện thụ lý.",
)  # fmt: skip
TC_SLIP = TransferSlipData(
    letterhead=head("01/PC-UBND"), issued_on=D(2026, 11, 20), category=Category.TO_CAO,
    recipient="Thanh tra tỉnh An Giang", office_name="Ủy ban nhân dân xã An Phú", received_date=D(2026, 11, 18),
    summary="Tố cáo trưởng thôn Nam thu tiền sai quy định.", respondent="Ông Lê Văn Tư", signer_authority="KT. CHỦ TỊCH",
    signer_title="PHÓ CHỦ TỊCH", signer_name="Lê Thị Cúc",
)  # fmt: skip
CASE = CaseFileData(
    letterhead=head(None), printed_on=D(2026, 11, 20), office_name=OFFICE, code="VV-2026-0007",
    title="Thu hồi đất thửa 125", facts=(("Loại vụ việc", "Khiếu nại"), ("Người đứng đơn", "Nguyễn Văn An")),
    events=(
        CaseEvent(D(2026, 11, 3), CaseEventKind.VISIT, "Tiếp công dân", "Lượt tiếp số 5/2026: trình bày việc thu hồi."),
        CaseEvent(D(2026, 11, 10), CaseEventKind.PETITION, "Nhận đơn", "Đơn số 12/2026, nguồn: bưu chính."),
        CaseEvent(D(2026, 11, 20), CaseEventKind.DOCUMENT, "Văn bản ban hành", "Số 01/TB-UBND ngày 20/11/2026."),
    ),
)  # fmt: skip


def test_the_result_notice_reports_each_outcome() -> None:
    text = pdf_flat_text(render_result_notice(RESULT))
    for expected in ("THÔNG BÁO", "Về kết quả xử lý đơn", "Số: 01/TB-UBND", "Kính gửi: Ông (bà) Nguyễn Văn An.",
                     "khoản 1 Điều 28 Luật Tiếp công dân", "đã thụ lý", "CHỦ TỊCH", "Trần Văn Bình"):  # fmt: skip
        assert expected in text
    refused = dataclasses.replace(RESULT, outcome=NoticeOutcome.KHONG_THU_LY, reason="đơn đã quá thời hiệu.")
    assert "không thụ lý đơn của ông (bà) vì lý do: đơn đã quá thời hiệu." in pdf_flat_text(
        render_result_notice(refused)
    )
    later = dataclasses.replace(RESULT, outcome=NoticeOutcome.CAN_THEM_THOI_GIAN)
    assert "chưa thụ lý" in pdf_flat_text(render_result_notice(later))
    moved = dataclasses.replace(
        RESULT, outcome=NoticeOutcome.DA_CHUYEN, transferred_to="Thanh tra tỉnh", transfer_number="01/PC-UBND",
        transfer_date=D(2026, 11, 19),
    )  # fmt: skip
    text = pdf_flat_text(render_result_notice(moved))
    assert "đã chuyển đơn của ông (bà) đến Thanh tra tỉnh" in text
    assert "Phiếu chuyển đơn số 01/PC-UBND ngày 19/11/2026" in text


def test_a_letter_to_a_denouncer_is_never_copied_to_a_third_party() -> None:
    tc = dataclasses.replace(RESULT, category=Category.TO_CAO, addressee=DENOUNCER)
    assert "Trần Thị Bé" in pdf_flat_text(render_result_notice(tc))  # the denouncer's own notice
    with pytest.raises(ThirdPartyDisclosureError):
        render_result_notice(
            dataclasses.replace(tc, recipients=("Như trên", "Ông Lê Văn Tư", "Lưu: VT, hồ sơ"))
        )
    with pytest.raises(ThirdPartyDisclosureError):
        render_guidance_letter(
            dataclasses.replace(GUIDANCE, category=Category.TO_CAO, recipients=("Như trên", "Thanh tra tỉnh"))
        )


def test_documents_sent_to_a_third_party_carry_no_trace_of_the_denouncer() -> None:
    slip = pdf_flat_text(render_transfer_slip(TC_SLIP))
    assert "Thanh tra tỉnh An Giang" in slip and "Ông Lê Văn Tư" in slip
    for trace in (DENOUNCER.name, DENOUNCER.id_number or "", "thôn Nam, xã An Phú"):
        assert trace not in slip


def test_the_guidance_letter_points_to_the_competent_body_once() -> None:
    text = pdf_flat_text(render_guidance_letter(GUIDANCE))
    for expected in ("PHIẾU HƯỚNG DẪN", "Số: 01/HD-UBND", "không thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã An Phú",
                     "đề nghị ông (bà) gửi đơn đến Chi cục Thuế khu vực XV để được giải quyết",
                     "chỉ thực hiện một lần", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"):  # fmt: skip
        assert expected in text


def test_the_complaint_acceptance_notice_accepts_or_gives_the_reason() -> None:
    text = pdf_flat_text(render_complaint_acceptance(ACCEPT))
    for expected in ("Về việc thụ lý giải quyết khiếu nại", "Số: 02/TB-UBND", "001099012345", "Điều 27 Luật Khiếu nại",
                     "đủ điều kiện thụ lý", "thôn Bắc, xã An Phú"):  # fmt: skip
        assert expected in text
    no = dataclasses.replace(ACCEPT, accepted=False, reason="khiếu nại đã có quyết định giải quyết lần hai.")
    text = pdf_flat_text(render_complaint_acceptance(no))
    assert "Về việc không thụ lý giải quyết khiếu nại" in text
    assert "Điều 11 Luật Khiếu nại" in text and "quyết định giải quyết lần hai" in text


def test_the_refusal_notice_follows_mau_01_tcd_and_cites_the_actual_ground() -> None:
    text = pdf_flat_text(render_refusal_notice(REFUSAL))
    for expected in ("Mẫu số 01/TCD", "Về việc từ chối tiếp công dân", "Số: 03/TB-UBND",
                     "Ngày 18 tháng 11 năm 2026, ông (bà) Nguyễn Văn An", "001099012345", "Lý do từ chối:",
                     "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân", "từ chối tiếp nhận nội dung khiếu nại",
                     "thông báo để ông (bà) được biết"):  # fmt: skip
        assert expected in text
    knpa = dataclasses.replace(
        REFUSAL, reason=RefusalReason.KNPA_DA_TRA_LOI, category=Category.KIEN_NGHI_PHAN_ANH
    )
    text = pdf_flat_text(render_refusal_notice(knpa))
    assert "điểm h khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP" in text
    assert "nội dung kiến nghị, phản ánh" in text


def test_only_the_head_signs_a_refusal_unless_the_override_is_explained() -> None:
    with pytest.raises(HeadOnlyError):
        render_refusal_notice(dataclasses.replace(REFUSAL, signer=DEPUTY))
    signed = render_refusal_notice(
        dataclasses.replace(REFUSAL, signer=DEPUTY, override_note="Chủ tịch đi công tác")
    )
    assert "KT. CHỦ TỊCH" in pdf_flat_text(signed)


def test_the_proposal_slip_holds_the_facts_and_the_approval_box() -> None:
    text = pdf_flat_text(render_proposal_slip(PROPOSAL))
    for expected in ("PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN", "Kính gửi: Ông Trần Văn Bình", "số vào sổ 12/2026",
                     "Nguyễn Văn An", "001099012345", "1. Tóm tắt nội dung đơn", "3. Phân loại đơn và thẩm quyền",
                     "5. Đề xuất Thụ lý giải quyết.", "Ý KIẾN PHÊ DUYỆT CỦA LÃNH ĐẠO", "NGƯỜI ĐỀ XUẤT", "Phạm Thị Dung",
                     "Số theo dõi nội bộ: 01/PĐX-2026"):  # fmt: skip
        assert expected in text
    assert "Số: " not in text  # internal: no official number
    approved = dataclasses.replace(
        PROPOSAL, approved=True, leader_opinion="Giao công chức địa chính xác minh", approver_name="Trần Văn Bình",
        approved_on=D(2026, 11, 21),
    )  # fmt: skip
    text = pdf_flat_text(render_proposal_slip(approved))
    assert "Đồng ý với đề xuất." in text and "Giao công chức địa chính xác minh." in text


def test_a_masked_proposal_slip_shows_no_denouncer() -> None:
    masked = dataclasses.replace(PROPOSAL, category=Category.TO_CAO, petitioners=(), author_masked=True)
    text = pdf_flat_text(render_proposal_slip(masked))
    assert "được giữ bí mật" in text and "Nguyễn Văn An" not in text


def test_the_case_file_lists_the_history_in_order() -> None:
    pdf = render_case_file(CASE)
    text = pdf_flat_text(pdf)
    assert "HỒ SƠ VỤ VIỆC" in text and "VV-2026-0007" in text
    assert text.index("03/11/2026") < text.index("10/11/2026") < text.index("01/TB-UBND")
    long = dataclasses.replace(CASE, events=CASE.events * 20)
    assert pdf_page_count(render_case_file(long)) > 1
