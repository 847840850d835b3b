"""The schedule notice as plain text (web portal, loudspeaker) and the sessions as RFC 5545 iCalendar."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from desk_app.i18n import vi_print as vp
from desk_app.i18n import vi_schedule_print as vsp
from desk_app.printing.forms.schedule_notice import ScheduleEntry, ScheduleNoticeData, sorted_entries

TZID: Final = "Asia/Ho_Chi_Minh"
PRODID: Final = "-//desk_app//Lich tiep cong dan//VI"
UID_DOMAIN: Final = "desk-app.local"
MAX_OCTETS: Final = 75
CRLF: Final = "\r\n"
# Việt Nam has kept UTC+7 without daylight saving since 1975
VTIMEZONE: Final = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    return _one_line(text).rstrip(".;,")


def entry_paragraph(entry: ScheduleEntry) -> str:
    """One session as one paragraph: when, who, where, then participants, content and the note."""
    when = vsp.plain_when(entry.date, entry.start_time, entry.end_time, entry.time_label)
    parts = [
        vsp.plain_session(when, entry.presided_by, _one_line(entry.place)),
        vsp.PLAIN_PARTICIPANTS.format(value=_sentence(entry.participants)),
        vsp.PLAIN_CONTENT.format(value=_sentence(entry.expected_content)),
    ]
    if entry.note and entry.note.strip():
        parts.append(vsp.PLAIN_NOTE.format(value=_sentence(entry.note)))
    return " ".join(parts)


def notice_plain_text(data: ScheduleNoticeData) -> str:
    """The notice without tables, paragraphs separated by a blank line, NFC, ending with a newline."""
    head = data.letterhead
    blocks: list[str] = []
    agency = [_one_line(head.parent_name).upper()] if head.parent_name and head.parent_name.strip() else []
    agency.append(_one_line(head.office_name).upper())
    if head.number_line and head.number_line.strip():
        agency.append(vp.number_line(head.number_line))
    agency.append(vp.place_date_line(head.place_name.strip(), data.issued_on))
    blocks.append("\n".join(agency))
    blocks.append(f"{vsp.NOTICE_TITLE}\n{vsp.notice_subtitle(data.leader_title, data.period_label)}")
    lines = data.legal_basis_lines
    if lines:
        blocks.append("\n".join(vsp.basis_line(line, i == len(lines) - 1) for i, line in enumerate(lines)))
    blocks.append(vsp.notice_intro(data.issuer, data.leader_title, data.period_label))
    entries = sorted_entries(data.entries)
    if entries:
        blocks += [f"{index}. {entry_paragraph(entry)}" for index, entry in enumerate(entries, start=1)]
    else:
        blocks.append(vsp.NO_SESSIONS)
    blocks += list(vsp.notice_closing(data.leader_title))
    blocks.append(vsp.notice_end(data.issuer))
    blocks.append(
        vsp.PORTAL_SIGNED.format(
            authority=data.signer_authority.strip().upper(),
            title=data.signer_title.strip().upper(),
            name=data.signer_name.strip(),
        )
    )
    return _nfc("\n\n".join(blocks)) + "\n"


# --- iCalendar -------------------------------------------------------------------------------------------------


def escape_text(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 UTF-8 octets, never inside a character (RFC 5545 §3.1)."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += width
    pieces.append(current)
    return pieces


def _local(day: date, moment: time) -> str:
    return f"{day:%Y%m%d}T{moment:%H%M%S}"


def session_uid(entry: ScheduleEntry) -> str:
    """A stable UID from the date, the start time and the place."""
    key = f"{entry.date.isoformat()}|{entry.start_time or entry.time_label}|{_one_line(entry.place)}"
    digest = hashlib.sha256(_nfc(key).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def _description(entry: ScheduleEntry) -> str:
    lines = [
        vsp.ICS_PRESIDED.format(value=_one_line(entry.presided_by)),
        vsp.ICS_PARTICIPANTS.format(value=_one_line(entry.participants)),
        vsp.ICS_CONTENT.format(value=_one_line(entry.expected_content)),
    ]
    if entry.note and entry.note.strip():
        lines.append(vsp.ICS_NOTE.format(value=_one_line(entry.note)))
    return "\n".join(lines)


def _event(entry: ScheduleEntry, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{session_uid(entry)}", f"DTSTAMP:{stamp}"]
    if entry.start_time is None:
        # only a part of the day is known: an all-day event
        lines.append(f"DTSTART;VALUE=DATE:{entry.date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{entry.date + timedelta(days=1):%Y%m%d}")
    else:
        lines.append(f"DTSTART;TZID={TZID}:{_local(entry.date, entry.start_time)}")
        if entry.end_time is not None:
            lines.append(f"DTEND;TZID={TZID}:{_local(entry.date, entry.end_time)}")
    presided = _one_line(entry.presided_by)
    lines += [
        f"SUMMARY:{escape_text(vsp.ICS_SUMMARY.format(presided=presided))}",
        f"LOCATION:{escape_text(_one_line(entry.place))}",
        f"DESCRIPTION:{escape_text(_description(entry))}",
        "END:VEVENT",
    ]
    return lines


def _utc_stamp(dtstamp: datetime) -> str:
    if dtstamp.tzinfo is None or dtstamp.utcoffset() is None:
        raise ValueError("dtstamp must be timezone-aware")
    return f"{dtstamp.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def ics_lines(entries: Iterable[ScheduleEntry], calendar_name: str, stamp: str) -> list[str]:
    """The unfolded content lines of the calendar."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(_one_line(calendar_name))}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for entry in sorted_entries(list(entries)):
        lines += _event(entry, stamp)
    lines.append("END:VCALENDAR")
    return lines


def sessions_ics(entries: Sequence[ScheduleEntry], calendar_name: str, *, dtstamp: datetime) -> str:
    """The sessions as an iCalendar file: CRLF line ends, lines folded at 75 octets, NFC text."""
    folded = [
        piece
        for line in ics_lines(entries, calendar_name, _utc_stamp(dtstamp))
        for piece in fold_line(_nfc(line))
    ]
    return CRLF.join(folded) + CRLF
