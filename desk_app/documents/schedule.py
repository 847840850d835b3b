"""The reception schedule's notice (PDF, text, .ics) and a session's day sheet, from the schedule's sources."""

from __future__ import annotations

import datetime as dt

from desk_app.documents.letterhead import letterhead
from desk_app.i18n import vi_form_parts as vfp
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n import vi_schedule_print as vsp
from desk_app.i18n.formatting import leader_title, office_in_sentence
from desk_app.printing.forms.schedule_notice import ScheduleEntry, ScheduleNoticeData, render_schedule_notice
from desk_app.printing.forms.session_sheet import Registrant, SessionSheetData, render_session_sheet
from desk_app.printing.schedule_text import notice_plain_text, sessions_ics
from desk_app.services.documents import OfficeHeader
from desk_app.services.registry import Services
from desk_app.services.schedule.types import DaySheetSource, NoticeRow, NoticeSource, Period


def _header(parent_name: str | None, office_name: str, place_name: str) -> OfficeHeader:
    return OfficeHeader(
        parent_name=parent_name,
        office_name=office_name,
        place_name=place_name,
        abbreviation="",
        head_title="",
        kind="",
    )


def _entry(row: NoticeRow) -> ScheduleEntry:
    return ScheduleEntry(
        date=row.date,
        start_time=row.start_time,
        end_time=row.end_time,
        presided_by=row.presided_by,
        place=row.place,
        participants=row.participants,
        expected_content=row.expected_content,
        note=row.note,
        time_label=None if row.start_time is not None else vsched.ALL_DAY,
    )


def notice_data(src: NoticeSource) -> ScheduleNoticeData:
    """The printed notice of a period; its number line is the outgoing book's "05/TB-UBND"."""
    head = letterhead(_header(src.parent_name, src.office_name, src.place_name), src.number_text or None)
    return ScheduleNoticeData(
        letterhead=head,
        issued_on=src.issued_on,
        period_label=src.period_label,
        leader_title=leader_title(src.head_title, src.office_name),
        entries=tuple(_entry(row) for row in src.rows),
        signer_authority=src.signer_authority,
        signer_title=src.head_title,
        signer_name=src.head_name,
        recipients=_lines(src.texts.get(vfp.RECIPIENTS)) or vsched.RECIPIENTS,
        legal_basis_lines=_lines(src.texts.get(vfp.BASIS)) or vsched.LEGAL_BASIS,
        issuer_name=office_in_sentence(src.office_name),
    )


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def notice_pdf(src: NoticeSource) -> bytes:
    return render_schedule_notice(notice_data(src))


def notice_text(src: NoticeSource) -> str:
    return notice_plain_text(notice_data(src))


def notice_ics(src: NoticeSource, stamp: dt.datetime) -> str:
    """The period's sessions for a phone or mail calendar; `stamp` is made timezone-aware if it is not."""
    aware = stamp if stamp.tzinfo is not None else stamp.astimezone()
    entries = tuple(_entry(row) for row in src.rows)
    return sessions_ics(entries, vsched.ICS_CALENDAR_NAME.format(period=src.period_label), dtstamp=aware)


def sheet_time_text(src: DaySheetSource) -> str:
    """ "Buổi chiều, từ 13 giờ 30 đến 17 giờ 00"."""
    session = src.session
    if session.start_time is None:
        return vsched.ALL_DAY
    part = vsp.SESSION_PART.format(part=vsp.part_of_day(session.start_time))
    if session.end_time is None:
        return vsched.SHEET_TIME_FROM.format(part=part, start=vsp.clock(session.start_time))
    return vsched.SHEET_TIME_RANGE.format(
        part=part, start=vsp.clock(session.start_time), end=vsp.clock(session.end_time)
    )


def day_sheet_data(src: DaySheetSource, prepared_on: dt.date, town: str) -> SessionSheetData:
    """The day sheet; `town` is the địa danh of the date line ("An Phú"), not the reception room."""
    session = src.session
    presided = session.presided_by_name
    if session.presided_by_position:
        presided = f"{presided} – {session.presided_by_position}"
    return SessionSheetData(
        letterhead=letterhead(_header(src.parent_name, src.office_name, town)),
        date=session.date,
        time_text=sheet_time_text(src),
        place=src.place_name,
        presided_by=presided,
        participants=session.participants or vsched.NONE,
        registrants=tuple(Registrant(r.full_name, r.address or "", r.matter) for r in src.registrants),
        officer_name=src.officer_name,
        presiding_name=session.presided_by_name or None,
        prepared_on=min(prepared_on, session.date),
    )


def day_sheet_pdf(services: Services, session_id: int) -> bytes:
    src = services.schedule.day_sheet_source(session_id)
    office = services.office.get()
    town = office.place_name if office is not None else ""
    return render_session_sheet(day_sheet_data(src, services.ctx.today(), town))


def publish_notice(services: Services, period: Period) -> tuple[NoticeSource, bytes]:
    """Take (or reuse) the notice's number, mark the period's sessions published, and render the PDF."""
    src = services.schedule.notice_source(period, publish=True)
    return src, notice_pdf(src)
