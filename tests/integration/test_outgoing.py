"""The outgoing-document book: one run of numbers per year, symbols from the office, numbers kept per entity."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.errors import NotFoundError
from desk_app.services import outgoing
from desk_app.services.registry import Services


def issue(
    sv: Services, day: dt.date, doc_type: str = "TB", related_id: int | None = None
) -> outgoing.IssuedNumber:
    with sv.ctx.db.write() as s, s.begin():
        return outgoing.issue(
            s, sv.ctx, doc_type=doc_type, issued_date=day, summary_line="Thông báo lịch tiếp công dân",
            related_type="schedule_notice" if related_id is not None else None, related_id=related_id,
        )  # fmt: skip


def test_numbers_in_a_year_are_consecutive_per_document_type(office_services: Services) -> None:
    first = issue(office_services, dt.date(2026, 3, 2))
    other_type = issue(office_services, dt.date(2026, 3, 4), doc_type="PC")
    second = issue(office_services, dt.date(2026, 3, 5))
    assert (first.number, second.number) == (1, 2)
    assert (first.text, second.text) == ("01/TB-UBND", "02/TB-UBND")
    assert other_type.text == "01/PC-UBND"  # each symbol keeps its own book
    assert first.year == second.year == 2026


def test_a_new_year_restarts_at_one(office_services: Services) -> None:
    issue(office_services, dt.date(2026, 12, 30))
    issue(office_services, dt.date(2026, 12, 31))
    new_year = issue(office_services, dt.date(2027, 1, 4))
    assert (new_year.number, new_year.year, new_year.text) == (1, 2027, "01/TB-UBND")
    assert issue(office_services, dt.date(2026, 12, 31)).number == 3


def test_for_entity_finds_the_numbers_of_one_entity(office_services: Services) -> None:
    issue(office_services, dt.date(2026, 11, 20), related_id=202612)
    issue(office_services, dt.date(2026, 11, 20), related_id=202611)
    with office_services.ctx.db.read() as s:
        kept = outgoing.for_entity(s, "schedule_notice", 202612)
        assert [k.text for k in kept] == ["01/TB-UBND"]
        assert outgoing.for_entity(s, "schedule_notice", 202701) == []


def test_three_digit_numbers_print_in_full(office_services: Services) -> None:
    for _ in range(99):
        issue(office_services, dt.date(2026, 5, 4))
    assert issue(office_services, dt.date(2026, 5, 4)).text == "100/TB-UBND"


def test_no_office_no_number(services: Services) -> None:
    with pytest.raises(NotFoundError), services.ctx.db.write() as s, s.begin():
        outgoing.issue(s, services.ctx, doc_type="TB", issued_date=dt.date(2026, 1, 5), summary_line="x")
