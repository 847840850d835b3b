"""Phiếu hẹn (model: TT 06/2014 Mẫu 04-TCD): AppointmentData in, PDF bytes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk_app.domain.enums import IdType
from desk_app.i18n import vi_print as vp
from desk_app.i18n.labels import ID_TYPE
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSize, build_pdf, doc_styles, markup, page_spec


@dataclass(frozen=True, slots=True)
class AppointmentData:
    """An appointment given at the desk: who, about what, when and where, whom to meet, what to bring."""

    letterhead: Letterhead
    citizen_name: str
    citizen_address: str | None
    citizen_id_number: str | None
    matter: str
    appointment_at: datetime
    place: str
    meet_whom: str
    documents_to_bring: tuple[str, ...]
    officer_name: str
    officer_position: str
    issued_on: date
    citizen_id_type: IdType | None = None  # printed after the number, e.g. "(Thẻ căn cước)"


def _id_text(data: AppointmentData) -> str:
    number = vp.value_or_leader(data.citizen_id_number, 14)
    if data.citizen_id_number and data.citizen_id_type is not None:
        number = f"{number} ({ID_TYPE[data.citizen_id_type]})"
    return number


def appointment_story(data: AppointmentData, page_size: PageSize = "A4") -> list[Flowable]:
    """The flowables of the Phiếu hẹn (exposed for previews and tests)."""
    spec = page_spec(page_size)
    styles = doc_styles(spec)
    at = data.appointment_at
    lines = [
        vp.APPOINTMENT_TO.format(name=data.citizen_name.strip()),
        vp.APPOINTMENT_ADDRESS.format(address=vp.value_or_leader(data.citizen_address, 30)),
        vp.APPOINTMENT_ID.format(number=_id_text(data)),
        vp.APPOINTMENT_MATTER.format(matter=data.matter.strip()),
        vp.appointment_sentence(at.hour, at.minute, at.date(), data.place.strip(), data.meet_whom.strip()),
    ]
    documents = [d.strip() for d in data.documents_to_bring if d.strip()]
    lines.append(vp.APPOINTMENT_BRING if documents else vp.APPOINTMENT_BRING_NONE)
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(vp.APPOINTMENT_TITLE, spec),
    ]
    story += [Paragraph(markup(line), styles.field) for line in lines[:4]]
    story += [Paragraph(markup(line), styles.body) for line in lines[4:]]
    story += [
        Paragraph(markup(vp.bullet_line(doc, index == len(documents) - 1)), styles.item)
        for index, doc in enumerate(documents)
    ]
    signature = signature_block(
        [SignatureColumn((vp.APPOINTMENT_SIGN,), data.officer_name, vp.SIGN_HINT, data.officer_position)],
        spec,
    )
    story.append(KeepTogether([Spacer(1, spec.body * 0.6), signature]))
    return story


def render_appointment(data: AppointmentData, page_size: PageSize = "A4") -> bytes:
    """The Phiếu hẹn as PDF bytes (A5 suits a slip handed to the citizen)."""
    return build_pdf(
        appointment_story(data, page_size),
        page_spec(page_size),
        title=vp.APPOINTMENT_DOC_TITLE,
        author=data.letterhead.office_name.replace("\n", " "),
    )
