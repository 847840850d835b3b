"""Deadline rules as editable dated data and the clocks running on them (DOMAIN §5.13, §8)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class DeadlineRuleRecord(Tracked, Base):
    """One version of a legal time limit; a later `effective_from` governs clocks started from that day."""

    __tablename__ = "deadline_rule"
    __table_args__ = (UniqueConstraint("code", "effective_from", name="uq_deadline_rule_code_effective"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), index=True)
    what_vi: Mapped[str] = mapped_column(String(500))
    start_event_vi: Mapped[str] = mapped_column(String(300))
    length: Mapped[int]
    day_type: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(10), default="AFTER")
    complex_length: Mapped[int | None]
    especially_complex_length: Mapped[int | None]
    remote_length: Mapped[int | None]
    remote_complex_length: Mapped[int | None]
    legal_basis: Mapped[str] = mapped_column(String(500))
    effective_from: Mapped[dt.date]
    tag: Mapped[str] = mapped_column(String(4), default="U")
    source: Mapped[str] = mapped_column(String(20), default="seed")


class DeadlineRecord(Tracked, Base):
    """A running clock on one entity; extensions and rule changes keep the date first given."""

    __tablename__ = "deadline"
    __table_args__ = (
        Index("ix_deadline_entity", "entity_type", "entity_id"),
        # Named by hand: the convention would give "ix_deadline_rule_code", the name of deadline_rule.code's index.
        Index("ix_deadline_by_rule", "rule_code"),
        # The register's "nearest due date" reads only running clocks; "IS 0" because SQLAlchemy renders
        # is_(False) that way and SQLite uses a partial index only when the WHERE matches it.
        Index(
            "ix_deadline_running",
            "entity_type",
            "entity_id",
            sqlite_where=text("completed_on IS NULL AND is_voided IS 0"),
            postgresql_where=text("completed_on IS NULL AND is_voided = false"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    rule_code: Mapped[str] = mapped_column(String(60))
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("deadline_rule.id"))
    variant: Mapped[str] = mapped_column(String(30), default="NORMAL")
    start_date: Mapped[dt.date]
    day_type: Mapped[str] = mapped_column(String(10))
    length: Mapped[int]
    due_date: Mapped[dt.date] = mapped_column(index=True)
    original_due_date: Mapped[dt.date]
    explanation: Mapped[str] = mapped_column(Text, default="")
    label: Mapped[str] = mapped_column(String(500), default="")
    responsible: Mapped[str | None] = mapped_column(String(300))
    given_to_citizen: Mapped[bool] = mapped_column(default=False)
    extended_to: Mapped[dt.date | None]
    extension_doc: Mapped[str | None] = mapped_column(String(120))
    suspended_from: Mapped[dt.date | None]
    suspended_to: Mapped[dt.date | None]
    completed_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(20), default="DANG_CHAY", index=True)
    note: Mapped[str | None] = mapped_column(Text)


class OutgoingDocumentRecord(Tracked, Base):
    """A numbered outgoing document (văn bản đi, NĐ 30 Điều 15): "Số: 05/TB-UBND", one book per year."""

    __tablename__ = "outgoing_document"
    __table_args__ = (
        UniqueConstraint("book", "year", "number", name="uq_outgoing_document_book_year_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    book: Mapped[str] = mapped_column(String(40), default="van_ban_di")
    year: Mapped[int]
    number: Mapped[int]
    doc_type: Mapped[str] = mapped_column(String(20))
    symbol: Mapped[str] = mapped_column(String(60))
    issued_date: Mapped[dt.date]
    summary_line: Mapped[str] = mapped_column(String(500), default="")
    recipients: Mapped[str | None] = mapped_column(Text)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    authority_prefix: Mapped[str] = mapped_column(String(10), default="")
    signer_title: Mapped[str | None] = mapped_column(String(200))
    related_type: Mapped[str | None] = mapped_column(String(40))
    related_id: Mapped[int | None]
    document_id: Mapped[int | None] = mapped_column(ForeignKey("printed_document.id"))
    is_confidential: Mapped[bool] = mapped_column(default=False)
