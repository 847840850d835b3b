"""The office, its staff and its reception places (DOMAIN §5.1–§5.3)."""

from __future__ import annotations

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class OfficeRecord(Tracked, Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_name: Mapped[str | None] = mapped_column(String(300))
    abbreviation: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(30))
    place_name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(200))
    head_title: Mapped[str] = mapped_column(String(120))
    collective_regime: Mapped[bool] = mapped_column(default=True)
    # Monthly reports: 15th-to-14th by default (DOMAIN §10.1); some provinces ask for calendar months.
    report_calendar_months: Mapped[bool] = mapped_column(default=False)


class StaffRecord(Tracked, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(200))
    is_head: Mapped[bool] = mapped_column(default=False)
    is_deputy_head: Mapped[bool] = mapped_column(default=False)
    is_leader: Mapped[bool] = mapped_column(default=False)
    signature_title: Mapped[str | None] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)


class PlaceRecord(Tracked, Base):
    __tablename__ = "reception_place"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    is_default: Mapped[bool] = mapped_column(default=False)
    supports_online: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class FormTextRecord(Tracked, Base):
    """The office's own wording of one editable part of a printed form; absent means the app's default text."""

    __tablename__ = "form_text"
    __table_args__ = (
        Index(
            "uq_form_text_live_part",
            "form_key",
            "part_key",
            unique=True,
            sqlite_where=text("is_voided = 0"),
            postgresql_where=text("is_voided = false"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_key: Mapped[str] = mapped_column(String(60))
    part_key: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
