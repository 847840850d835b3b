"""Yearly sequences advanced inside the caller's write transaction: no gaps, no duplicates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.storage.records import CounterRecord

VISIT_BOOK = "so_tiep_cong_dan"
CASE_CODE = "vu_viec"


def next_value(db: DbSession, name: str, year: int) -> int:
    """The next number of `name` in `year`; the write transaction (BEGIN IMMEDIATE) serialises desks."""
    counter = db.scalar(select(CounterRecord).where(CounterRecord.name == name, CounterRecord.year == year))
    if counter is None:
        counter = CounterRecord(name=name, year=year, last_value=0)
        db.add(counter)
    counter.last_value += 1
    db.flush()
    return counter.last_value


def last_value(db: DbSession, name: str, year: int) -> int:
    """The last number of `name` given in `year` (0 before the first); bulk writers count on from here."""
    value = db.scalar(
        select(CounterRecord.last_value).where(CounterRecord.name == name, CounterRecord.year == year)
    )
    return int(value or 0)


def set_last(db: DbSession, name: str, last: dict[int, int]) -> None:
    """Store the last numbers a bulk writer gave, per year."""
    for year, value in last.items():
        counter = db.scalar(
            select(CounterRecord).where(CounterRecord.name == name, CounterRecord.year == year)
        )
        if counter is None:
            db.add(CounterRecord(name=name, year=year, last_value=value))
        else:
            counter.last_value = value
    db.flush()
