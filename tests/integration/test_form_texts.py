"""The office's own wording of the forms: saved, read back, reset by voiding, checked, logged, and printed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desk_app.documents import petitions as petition_docs
from desk_app.domain.documents import PETITION_LETTERS
from desk_app.domain.enums import Category, Handling, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n import vi_petition_print as vpprint
from desk_app.services.petitions.documents import kind_form
from desk_app.services.registry import Services
from desk_app.storage.records import ChangeLogRecord, FormTextRecord, OutgoingDocumentRecord
from tests.helpers.acting import acting_as
from tests.helpers.pdf import keep_shot, pdf_flat_text

AN = PersonInput("Nguyễn Văn An", id_number="001099012345", address="thôn Bắc, xã An Phú")
CLOSING = "Ủy ban nhân dân xã trân trọng thông báo để ông (bà) biết và liên hệ khi cần."
ONCE = "Cơ quan chỉ hướng dẫn một lần; đơn cùng nội dung gửi lại {office} sẽ được lưu theo quy định."


def _petition(services: Services, handling: Handling, body: str | None = None) -> int:
    pid = services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 16), source=PetitionSource.BUU_CHINH, main=AN,
            summary="Kiến nghị việc sửa đường liên thôn bị sạt lở", category=Category.KIEN_NGHI_PHAN_ANH,
        )
    ).id  # fmt: skip
    services.petitions.classify(pid, within_competence=body is None, competent_body=body)
    services.petitions.propose(pid, handling, target_body=body)
    roles = services.ctx.actor.roles
    services.ctx.actor.roles = (Role.LANH_DAO,)
    services.petitions.decide(pid, approve=True)
    services.ctx.actor.roles = roles
    return pid


def test_every_form_key_is_its_documents_kind_and_every_default_is_the_forms_wording() -> None:
    kinds = {kind_form(k) for k in PETITION_LETTERS}
    # Every petition form's key is its document kind; the schedule notice is the calendar's own document.
    assert {f.key for f in fp.FORMS} - {fp.SCHEDULE} <= kinds
    assert fp.part(fp.RESULT, fp.CLOSING) is not None
    assert fp.part(fp.RESULT, fp.CLOSING).default == vf.CLOSING_INFORM  # type: ignore[union-attr]
    assert fp.part(fp.TRANSFER, fp.REQUEST_KNPA).default == vpprint.TRANSFER_KNPA  # type: ignore[union-attr]
    assert fp.placeholders(vpprint.TRANSFER_KNPA) == {"office", "recipient"}


def test_save_read_and_reset_a_part_with_its_change_log(services: Services) -> None:
    services.ctx.actor.roles = (Role.QUAN_TRI,)  # the form texts are a settings tab: the administrator's
    texts = services.form_texts
    parts = texts.parts(fp.RESULT)
    assert [p.part_key for p in parts] == [fp.LEAD_IN, fp.CLOSING, fp.ARCHIVE]
    assert all(p.custom is None for p in parts)
    assert texts.text(fp.RESULT, fp.CLOSING) == vf.CLOSING_INFORM

    saved = texts.save(fp.RESULT, fp.CLOSING, f"  {CLOSING}\n")
    assert saved.custom == CLOSING and saved.text == CLOSING
    assert texts.text(fp.RESULT, fp.CLOSING) == CLOSING
    texts.save(fp.RESULT, fp.CLOSING, CLOSING + " Trân trọng.")
    assert texts.text(fp.RESULT, fp.CLOSING).endswith("Trân trọng.")
    assert texts.text(fp.GUIDANCE, fp.ONCE) == vf.GUIDANCE_ONCE  # other forms untouched

    texts.save(fp.RESULT, fp.CLOSING, "   ")  # blank: back to the default
    assert texts.text(fp.RESULT, fp.CLOSING) == vf.CLOSING_INFORM
    texts.save(fp.RESULT, fp.CLOSING, CLOSING)
    texts.reset(fp.RESULT, fp.CLOSING)
    assert texts.parts(fp.RESULT)[1].custom is None
    texts.reset(fp.RESULT, fp.CLOSING)  # resetting a default is harmless

    with services.ctx.db.read() as s:
        rows = s.scalars(select(FormTextRecord).order_by(FormTextRecord.id)).all()
        assert [(r.text, r.is_voided) for r in rows] == [
            (CLOSING + " Trân trọng.", True),
            (CLOSING, True),
        ]
        log = s.scalars(
            select(ChangeLogRecord).where(ChangeLogRecord.entity == "form_text").order_by(ChangeLogRecord.id)
        ).all()
    assert [e.action for e in log] == ["create", "update", "void", "create", "void"]
    assert json.loads(log[0].changes)["text"] == [None, CLOSING]
    assert json.loads(log[1].changes)["text"] == [CLOSING, CLOSING + " Trân trọng."]
    assert json.loads(log[0].changes)["part"] == [None, "tb_ket_qua_xu_ly.closing"]


def test_placeholders_of_the_default_must_stay(services: Services) -> None:
    services.ctx.actor.roles = (Role.QUAN_TRI,)
    texts = services.form_texts
    for bad in (
        "Việc hướng dẫn chỉ thực hiện một lần.",  # {office} dropped
        "Gửi lại {office} hoặc {body} thì đơn được lưu.",  # {body} is not filled on this form
        "Gửi lại {office thì đơn được lưu.",  # an unbalanced brace
    ):
        with pytest.raises(ValidationError) as caught:
            texts.save(fp.GUIDANCE, fp.ONCE, bad)
        assert caught.value.errors == [FieldError("text", "placeholders")]
    assert texts.text(fp.GUIDANCE, fp.ONCE) == vf.GUIDANCE_ONCE
    assert "{office}" in i18n_errors.message(
        "text.placeholders", names=fp.placeholder_list(frozenset({"office"}))
    )

    with pytest.raises(ValidationError) as caught:
        texts.save(fp.RESULT, fp.ARCHIVE, "VT, hồ sơ")
    assert caught.value.errors == [FieldError("text", "archive")]
    with pytest.raises(NotFoundError):
        texts.save("khong_co", fp.CLOSING, "x")
    texts.save(fp.GUIDANCE, fp.ONCE, ONCE)
    assert texts.text(fp.GUIDANCE, fp.ONCE) == ONCE


def test_the_offices_wording_is_printed_on_the_result_notice_and_the_slip(office_services: Services) -> None:
    texts, docs = office_services.form_texts, office_services.petition_documents
    body = "Ủy ban nhân dân huyện Bình Minh"
    pid = _petition(office_services, Handling.CHUYEN_DON, body)
    default_pdf = pdf_flat_text(petition_docs.render(docs.result_notice(pid)))
    assert vf.CLOSING_INFORM in default_pdf

    with acting_as(office_services):
        texts.save(fp.RESULT, fp.CLOSING, CLOSING)
        texts.save(fp.RESULT, fp.ARCHIVE, "Lưu: VT, Văn phòng")
        request = "Căn cứ Luật Tiếp công dân, {office} chuyển đơn đến {recipient} đề nghị xem xét, trả lời."
        texts.save(fp.TRANSFER, fp.REQUEST_KNPA, request)

    notice = docs.result_notice(pid)
    assert notice.reused and notice.recipients[-1] == "Lưu: VT, Văn phòng"
    text = pdf_flat_text(petition_docs.render(notice))
    assert CLOSING in text and vf.CLOSING_INFORM not in text
    assert "Lưu: VT, Văn phòng" in text

    slip = docs.transfer_slip(pid)
    text = pdf_flat_text(petition_docs.render(slip))
    assert f"Ủy ban nhân dân xã An Phú chuyển đơn đến {body} đề nghị xem xét, trả lời." in text
    assert "đề nghị thông báo kết quả" not in text
    with office_services.ctx.db.read() as s:
        book = s.get(OutgoingDocumentRecord, slip.number.id if slip.number else 0)
        assert book is not None and book.recipients.endswith("Lưu: VT, hồ sơ")  # the slip's archive line kept

    with acting_as(office_services):
        texts.reset(fp.RESULT, fp.CLOSING)
    assert vf.CLOSING_INFORM in pdf_flat_text(petition_docs.render(docs.result_notice(pid)))


def test_the_guidance_letter_prints_the_offices_closing_and_basis(office_services: Services) -> None:
    texts, docs = office_services.form_texts, office_services.petition_documents
    pid = _petition(office_services, Handling.HUONG_DAN, "Chi cục Thuế khu vực XV")
    with acting_as(office_services):
        texts.save(fp.GUIDANCE, fp.ONCE, ONCE)
        texts.save(fp.GUIDANCE, fp.BASIS, "Điều 26 Luật Tiếp công dân")
    pdf = petition_docs.render(docs.guidance_letter(pid))
    text = pdf_flat_text(pdf)
    keep_shot(pdf, "formtexts_guidance")
    assert "Cơ quan chỉ hướng dẫn một lần; đơn cùng nội dung gửi lại Ủy ban nhân dân xã An Phú" in text
    assert "Việc hướng dẫn chỉ thực hiện một lần" not in text
    assert "Căn cứ Điều 26 Luật Tiếp công dân, đề nghị" in text


def test_the_schedule_notice_prints_the_offices_basis_and_recipients(office_services: Services) -> None:
    from desk_app.documents import schedule as schedule_docs
    from desk_app.services.schedule.types import Period, PeriodKind

    texts = office_services.form_texts
    with acting_as(office_services):
        texts.save(
            fp.SCHEDULE,
            fp.BASIS,
            "Căn cứ Luật Tiếp công dân năm 2013\nCăn cứ Quy chế tiếp công dân của UBND xã",
        )
        texts.save(fp.SCHEDULE, fp.RECIPIENTS, "Thường trực Đảng ủy xã\nLưu: VT")
    source = office_services.schedule.notice_source(Period(PeriodKind.MONTH, 2026, 12), publish=False)
    text = pdf_flat_text(schedule_docs.notice_pdf(source))
    assert "Căn cứ Quy chế tiếp công dân của UBND xã" in text
    assert "Thường trực Đảng ủy xã" in text and "Trang thông tin điện tử" not in text
    with acting_as(office_services):
        texts.reset(fp.SCHEDULE, fp.RECIPIENTS)
    source = office_services.schedule.notice_source(Period(PeriodKind.MONTH, 2026, 12), publish=False)
    assert "Trang thông tin điện tử" in pdf_flat_text(schedule_docs.notice_pdf(source))
