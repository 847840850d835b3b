"""Citizens and cases (vụ việc) (DOMAIN §5.6, §5.8)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class CitizenRecord(Tracked, Base):
    __tablename__ = "citizen"
    __table_args__ = (Index("ix_citizen_id_number", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    gender: Mapped[str | None] = mapped_column(String(10))
    birth_year: Mapped[int | None]
    id_type: Mapped[str] = mapped_column(String(20), default="CAN_CUOC")
    id_number: Mapped[str | None] = mapped_column(String(40))
    id_issue_date: Mapped[dt.date | None]
    id_issue_place: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(400))
    address_key: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    nationality: Mapped[str] = mapped_column(String(80), default="Việt Nam")
    notes: Mapped[str | None] = mapped_column(Text)


class CaseRecord(Tracked, Base):
    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    title_key: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[str] = mapped_column(String(30))
    field: Mapped[str | None] = mapped_column(String(30))
    first_seen_date: Mapped[dt.date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(30), default="DANG_XU_LY")
    is_crowd: Mapped[bool] = mapped_column(default=False)
    main_citizen_id: Mapped[int | None] = mapped_column(index=True)
