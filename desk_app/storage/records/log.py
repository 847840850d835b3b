"""The append-only change log, yearly counters and form drafts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, utcnow


class ChangeLogRecord(Base):
    """One entry of the audit log: who, when, what was done or changed (JSON), chained to the entry before.

    Append-only: triggers refuse UPDATE and DELETE; entries are written only by services.audit (storage.audit_chain).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id"),
        Index("ix_change_log_at", "at"),
        Index("ux_change_log_prev_hash", "prev_hash", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    actor_login: Mapped[str | None] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    changes: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str | None] = mapped_column(String(500))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditKeyRecord(Base):
    """The audit chain's own random root key, only while the office has no data key (see storage.audit_chain)."""

    __tablename__ = "audit_key"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    root_hex: Mapped[str] = mapped_column(String(64))


class CounterRecord(Base):
    """A yearly sequence (the Sổ's STT, case codes, document numbers), advanced inside the saving transaction."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)


class DraftRecord(Base):
    """An unsaved form, kept so an accidentally closed window loses nothing."""

    __tablename__ = "form_draft"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
