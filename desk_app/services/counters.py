"""Yearly sequences advanced inside the caller's write transaction: no gaps, no duplicates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.storage.records import CounterRecord

VISIT_BOOK = "so_tiep_cong_dan"
CASE_CODE = "vu_viec"


def next_value(session: Session, name: str, year: int) -> int:
    """The next number of `name` in `year`; the write transaction (BEGIN IMMEDIATE) serialises desks."""
    counter = session.scalar(
        select(CounterRecord).where(CounterRecord.name == name, CounterRecord.year == year)
    )
    if counter is None:
        counter = CounterRecord(name=name, year=year, last_value=0)
        session.add(counter)
    counter.last_value += 1
    session.flush()
    return counter.last_value


def last_value(session: Session, name: str, year: int) -> int:
    """The last number of `name` given in `year` (0 before the first); bulk writers count on from here."""
    value = session.scalar(
        select(CounterRecord.last_value).where(CounterRecord.name == name, CounterRecord.year == year)
    )
    return int(value or 0)


def set_last(session: Session, name: str, last: dict[int, int]) -> None:
    """Store the last numbers a bulk writer gave, per year."""
    for year, value in last.items():
        counter = session.scalar(
            select(CounterRecord).where(CounterRecord.name == name, CounterRecord.year == year)
        )
        if counter is None:
            session.add(CounterRecord(name=name, year=year, last_value=value))
        else:
            counter.last_value = value
    session.flush()
