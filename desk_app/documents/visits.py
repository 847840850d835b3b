"""A visit's receipt (Mẫu 02/TCD) and appointment slip: its document source → PDF bytes, for the window and the cli."""

from __future__ import annotations

import datetime as dt

from desk_app.documents.letterhead import letterhead
from desk_app.printing.forms.appointment import AppointmentData, render_appointment
from desk_app.printing.forms.receipt_02tcd import ReceiptData, ReceiptItem, render_receipt
from desk_app.printing.page import PageSize
from desk_app.services.registry import Services


def receipt_pdf(services: Services, visit_id: int, page_size: PageSize = "A4") -> bytes:
    """Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD) for a visit's received documents."""
    src = services.documents.visit_source(visit_id)
    data = ReceiptData(
        letterhead=letterhead(src.office),
        received_at=src.received_at,
        place=src.place,
        receiver_name=src.officer_name,
        receiver_position=src.officer_position,
        provider_name=src.citizen_name,
        provider_id_number=src.citizen_id_number,
        provider_id_issue_date=src.citizen_id_issue_date,
        provider_id_issue_place=src.citizen_id_issue_place,
        provider_address=src.citizen_address,
        items=tuple(ReceiptItem(i.title, i.pages, i.condition, i.quantity) for i in src.items),
        internal_no=f"STT {src.book_no}/{src.book_year}",
        provider_id_type=src.citizen_id_type if src.citizen_id_number else None,
        matters=(src.summary, *src.further_summaries) if src.further_summaries else (),
    )
    return render_receipt(data, page_size)


def appointment_pdf(
    services: Services,
    visit_id: int,
    when: dt.datetime,
    meet_whom: str,
    page_size: PageSize = "A4",
    place: str | None = None,
    documents_to_bring: tuple[str, ...] = (),
) -> bytes:
    """Phiếu hẹn: the citizen comes back at `when` to meet `meet_whom`."""
    src = services.documents.visit_source(visit_id)
    data = AppointmentData(
        letterhead=letterhead(src.office),
        citizen_name=src.citizen_name,
        citizen_address=src.citizen_address,
        citizen_id_number=src.citizen_id_number,
        matter=src.summary,
        appointment_at=when,
        place=place or src.place,
        meet_whom=meet_whom,
        documents_to_bring=documents_to_bring,
        officer_name=src.officer_name,
        officer_position=src.officer_position,
        issued_on=services.ctx.today(),
        citizen_id_type=src.citizen_id_type if src.citizen_id_number else None,
    )
    return render_appointment(data, page_size)
