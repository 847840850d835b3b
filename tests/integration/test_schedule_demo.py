"""The demo office's reception calendar: the head's rule, a year of sessions held or empty, notices, registrants."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.services.registry import Services
from desk_app.services.schedule.types import Period, PeriodKind, SessionInfo, WarningKind
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


@pytest.fixture(scope="module")
def demo(open_demo: Callable[[int], Services]) -> Iterator[Services]:
    """The run's shared demo year (seed 1); test_same_seed_same_calendar compares a second build with it."""
    services = open_demo(1)
    yield services
    services.close()


def _periodic(sv: Services, first: dt.date, last: dt.date) -> list[SessionInfo]:
    return [s for s in sv.schedule.sessions(first, last) if s.kind is ReceptionKind.DINH_KY]


def _year(sv: Services) -> list[SessionInfo]:
    return _periodic(sv, dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_the_head_has_the_thursday_rule_and_24_sessions_in_2026(demo: Services) -> None:
    head = demo.office.head()
    assert head is not None
    [rule] = demo.schedule.rules()
    assert (rule.leader_id, rule.pattern) == (head.id, "thứ Năm tuần 2 và 4, buổi chiều")
    sessions = _year(demo)
    assert len(sessions) == 24
    assert all(s.presided_by_id == head.id and s.start_time == dt.time(13, 30) for s in sessions)


def test_past_sessions_are_held_when_visits_came_and_empty_otherwise(demo: Services) -> None:
    past = [s for s in _periodic(demo, dt.date(2025, 1, 1), TODAY) if s.date < TODAY]
    assert len(past) >= 20
    for s in past:
        expected = (
            ReceptionSessionStatus.DA_TIEP if s.visit_count else ReceptionSessionStatus.KHONG_CO_CONG_DAN
        )
        assert s.status is expected, s
        assert s.no_citizen_came == (s.visit_count == 0)
    assert sum(s.status is ReceptionSessionStatus.KHONG_CO_CONG_DAN for s in past) == 2


def test_urgent_sessions_are_opened_held_by_their_visits(demo: Services) -> None:
    urgent = [
        s for s in demo.schedule.sessions(dt.date(2025, 11, 21), TODAY) if s.kind is ReceptionKind.DOT_XUAT
    ]
    assert urgent and all(s.status is ReceptionSessionStatus.DA_TIEP and s.visit_count >= 1 for s in urgent)


def test_sessions_up_to_december_are_published_ahead(demo: Services) -> None:
    for s in _periodic(demo, dt.date(2025, 12, 1), dt.date(2026, 12, 31)):
        assert s.published_at is not None and s.published_at <= min(s.date, TODAY)
    assert [w for w in demo.schedule.warnings() if w.kind is WarningKind.NOT_PUBLISHED] == []


def test_december_notice_is_kept_and_reused(demo: Services) -> None:
    december = Period(PeriodKind.MONTH, 2026, 12)
    first = demo.schedule.notice_source(december, publish=False)
    again = demo.schedule.notice_source(december, publish=False)
    assert re.fullmatch(r"\d{2}/TB-UBND", first.number_text)
    assert again.number_text == first.number_text
    assert [r.date for r in first.rows] == [dt.date(2026, 12, 10), dt.date(2026, 12, 24)]


def test_citizens_registered_for_the_next_sessions(demo: Services) -> None:
    upcoming = [s for s in _year(demo) if s.date > TODAY]
    assert [s.registrant_count for s in upcoming] == [2, 1, 0]
    sheet = demo.schedule.day_sheet_source(upcoming[0].id)
    assert len(sheet.registrants) == 2 and all(r.full_name and r.matter for r in sheet.registrants)


def test_same_seed_same_calendar(demo: Services, open_demo: Callable[..., Services]) -> None:
    other = open_demo(1, build=2)  # built on its own, once per run (test_demo compares it too)
    try:

        def key(sv: Services) -> list[tuple[object, ...]]:
            return [(s.date, s.status, s.visit_count, s.registrant_count, s.published_at) for s in _year(sv)]

        assert key(other) == key(demo)
    finally:
        other.close()
