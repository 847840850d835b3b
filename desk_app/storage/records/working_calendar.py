"""The office's own calendar days (DOMAIN §5.16) and the years an admin has confirmed (DOMAIN §12.2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class CalendarDayRecord(Tracked, Base):
    """A day off or a make-up day entered by the office; at most one live (non-voided) row per date."""

    __tablename__ = "calendar_day"
    __table_args__ = (
        Index(
            "uq_calendar_day_live_date",
            "date",
            unique=True,
            sqlite_where=text("is_voided = 0"),
            postgresql_where=text("is_voided = false"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(20))
    name_vi: Mapped[str] = mapped_column(String(200))
    legal_ref: Mapped[str | None] = mapped_column(String(500))
    replaces: Mapped[dt.date | None]
    source: Mapped[str] = mapped_column(String(20), default="manual")


class CalendarYearRecord(Base):
    """A year whose days off an admin has checked against the government's announcement."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    confirmed_at: Mapped[dt.datetime]
    confirmed_by: Mapped[str] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(String(500))
