"""The notice as plain text and the sessions as iCalendar (RFC 5545): wording, escaping, folding, parsing back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from desk_app.printing.schedule_text import escape_text, fold_line, notice_plain_text, sessions_ics
from tests.unit.printing.test_schedule_notice import LONG_NOTICE, NOTICE, SESSIONS

STAMP = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
CALENDAR = "Lịch tiếp công dân, xã An Phú; năm 2026"


@pytest.fixture(scope="module")
def plain() -> str:
    return notice_plain_text(NOTICE)


@pytest.fixture(scope="module")
def ics() -> str:
    return sessions_ics(SESSIONS, CALENDAR, dtstamp=STAMP)


def unfold(text: str) -> list[str]:
    """RFC 5545 §3.1: split on CRLF, join continuation lines (leading space or tab)."""
    lines: list[str] = []
    for raw in text.split("\r\n")[:-1]:
        if raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse_events(text: str) -> list[dict[str, str]]:
    """A tiny iCalendar reader: one dict per VEVENT, property name (with parameters) to unescaped value."""
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = unescape(value)
    return events


# --- plain text -------------------------------------------------------------------------------------------------


def test_plain_text_has_one_paragraph_per_session_in_date_order(plain: str) -> None:
    paragraphs = plain.split("\n\n")
    first = next(p for p in paragraphs if p.startswith("1. "))
    second = next(p for p in paragraphs if p.startswith("2. "))
    assert first.startswith(
        "1. Thứ Năm, ngày 10/12/2026, buổi chiều từ 14 giờ 00 đến 17 giờ 00: ông Trần Văn Bình, "
        "Chủ tịch UBND xã, tiếp công dân tại Trụ sở tiếp công dân xã An Phú, số 01 đường Lê Lợi, ấp Phú Hữu."
    )
    assert "Ghi chú: Lùi từ 03/12/2026 do trùng Kỳ họp HĐND xã." in first
    assert second.startswith("2. Thứ Năm, ngày 24/12/2026")
    for paragraph, entry in ((first, SESSIONS[1]), (second, SESSIONS[0])):
        assert "\n" not in paragraph
        assert f"Thành phần tham dự: {entry.participants}." in paragraph
        assert f"Nội dung dự kiến: {entry.expected_content}." in paragraph


@pytest.mark.parametrize(
    "expected",
    [
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/TB-UBND\nAn Phú, ngày 25 tháng 11 năm 2026",
        "THÔNG BÁO\nLịch tiếp công dân định kỳ của Chủ tịch UBND xã An Phú tháng 12 năm 2026",
        "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;\n",
        "thông báo cụ thể thời gian dự kiến tiếp tại nơi tiếp công dân.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n",
    ],
)
def test_plain_text_carries_the_notice(plain: str, expected: str) -> None:
    assert expected in plain


def test_plain_text_has_no_table_and_is_nfc(plain: str) -> None:
    assert "|" not in plain and "\t" not in plain
    assert unicodedata.is_normalized("NFC", plain)
    assert plain.endswith("\n") and not plain.endswith("\n\n")


def test_plain_text_of_a_time_label_session() -> None:
    entry = dataclasses.replace(SESSIONS[0], start_time=None, end_time=None, time_label="Buổi chiều")
    plain = notice_plain_text(dataclasses.replace(NOTICE, entries=(entry,)))
    assert "1. Thứ Năm, ngày 24/12/2026, buổi chiều: ông Trần Văn Bình" in plain


def test_plain_text_numbers_forty_sessions() -> None:
    plain = notice_plain_text(LONG_NOTICE)
    assert "\n\n40. Thứ Ba, ngày 09/02/2027," in plain
    assert "\n\n41. " not in plain


# --- iCalendar --------------------------------------------------------------------------------------------------


def test_ics_uses_crlf_only_and_lines_fit_75_octets(ics: str) -> None:
    assert ics.endswith("\r\n")
    assert "\n" not in ics.replace("\r\n", "")
    assert "\r" not in ics.replace("\r\n", "")
    raw_lines = ics.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in raw_lines) <= 75
    assert any(line.startswith(" ") for line in raw_lines)  # long Vietnamese lines were folded


def test_ics_blocks_are_balanced(ics: str) -> None:
    stack: list[str] = []
    for line in unfold(ics):
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack.pop() == line[4:]
    assert stack == []
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert lines.count("BEGIN:VEVENT") == 2


def test_ics_has_the_timezone_block(ics: str) -> None:
    lines = unfold(ics)
    start = lines.index("BEGIN:VTIMEZONE")
    block = lines[start : lines.index("END:VTIMEZONE")]
    assert "TZID:Asia/Ho_Chi_Minh" in block
    assert "TZOFFSETTO:+0700" in block


def test_ics_events_parse_back(ics: str) -> None:
    events = parse_events(ics)
    first = events[0]
    assert first["DTSTART;TZID=Asia/Ho_Chi_Minh"] == "20261210T140000"
    assert first["DTEND;TZID=Asia/Ho_Chi_Minh"] == "20261210T170000"
    assert first["DTSTAMP"] == "20261125T013000Z"  # 08:30 in Hà Nội is 01:30 UTC
    assert first["LOCATION"] == SESSIONS[1].place
    assert first["SUMMARY"] == "Tiếp công dân định kỳ – Ông Trần Văn Bình – Chủ tịch UBND xã"
    description = first["DESCRIPTION"].split("\n")
    assert description == [
        "Người chủ trì: Ông Trần Văn Bình – Chủ tịch UBND xã",
        f"Thành phần tham dự: {SESSIONS[1].participants}",
        f"Nội dung dự kiến: {SESSIONS[1].expected_content}",
        "Ghi chú: Lùi từ 03/12/2026 do trùng Kỳ họp HĐND xã",
    ]
    assert events[1]["DTSTART;TZID=Asia/Ho_Chi_Minh"] == "20261224T140000"


def test_ics_escapes_commas_semicolons_and_newlines(ics: str) -> None:
    joined = "".join(unfold(ics))
    assert "Trụ sở tiếp công dân xã An Phú\\, số 01" in joined
    assert "Hộ tịch\\; Công chức" in joined
    assert "X-WR-CALNAME:Lịch tiếp công dân\\, xã An Phú\\; năm 2026" in unfold(ics)
    assert escape_text("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne"


def test_ics_uids_are_unique_and_deterministic(ics: str) -> None:
    uids = [event["UID"] for event in parse_events(ics)]
    assert len(set(uids)) == 2
    again = sessions_ics(tuple(reversed(SESSIONS)), CALENDAR, dtstamp=STAMP)
    assert again == ics
    moved = dataclasses.replace(SESSIONS[0], place="Hội trường UBND xã An Phú")
    assert parse_events(sessions_ics((moved,), CALENDAR, dtstamp=STAMP))[0]["UID"] not in uids


def test_ics_time_label_session_is_all_day() -> None:
    entry = dataclasses.replace(SESSIONS[0], start_time=None, end_time=None, time_label="Buổi chiều")
    event = parse_events(sessions_ics((entry,), CALENDAR, dtstamp=STAMP))[0]
    assert event["DTSTART;VALUE=DATE"] == "20261224"
    assert event["DTEND;VALUE=DATE"] == "20261225"


def test_ics_refuses_a_naive_stamp() -> None:
    with pytest.raises(ValueError):
        sessions_ics(SESSIONS, CALENDAR, dtstamp=dt.datetime(2026, 11, 25))


def test_fold_never_splits_a_character() -> None:
    line = "DESCRIPTION:" + "Nguyễn Thị Hồng Nhung ở ấp Phú Hữu; " * 6
    pieces = fold_line(line)
    assert len(pieces) > 2
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
    assert len(pieces[0].encode("utf-8")) >= 72  # filled up, not folded early
