"""Numbered outgoing documents (văn bản đi): one numbering book per year, "Số: 05/TB-UBND" (NĐ 30/2020 Điều 15)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.errors import NotFoundError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.counters import next_value
from desk_app.storage.records import OfficeRecord
from desk_app.storage.records.deadline import OutgoingDocumentRecord

BOOK_PREFIX = "van_ban_di"
"""Each symbol (TB, PC, HD …) has its own numbering book, restarting at 1 on 01/01 (NĐ 30 Điều 15)."""
ENTITY = "outgoing_document"


@dataclass(frozen=True, slots=True)
class IssuedNumber:
    id: int
    number: int
    year: int
    symbol: str
    issued_date: dt.date

    @property
    def text(self) -> str:
        """What follows "Số:" in the header: two digits at least, e.g. "05/TB-UBND"."""
        return f"{self.number:02d}/{self.symbol}"


def symbol_for(s: DbSession, doc_type: str) -> str:
    """The ký hiệu: the document type's abbreviation and the office's, e.g. TB + UBND → "TB-UBND"."""
    office = s.scalar(select(OfficeRecord).where(OfficeRecord.is_voided.is_(False)))
    if office is None:
        raise NotFoundError("office")
    return f"{doc_type}-{office.abbreviation}"


def issue(
    s: DbSession,
    ctx: ServiceContext,
    *,
    doc_type: str,
    issued_date: dt.date,
    summary_line: str,
    related_type: str | None = None,
    related_id: int | None = None,
    signer_id: int | None = None,
    authority_prefix: str = "",
    signer_title: str | None = None,
    recipients: str | None = None,
) -> IssuedNumber:
    """Take the next number of the year's book inside the caller's write transaction (no gaps, no repeats)."""
    book = f"{BOOK_PREFIX}:{doc_type}"
    number = next_value(s, book, issued_date.year)
    rec = OutgoingDocumentRecord(
        book=book,
        year=issued_date.year,
        number=number,
        doc_type=doc_type,
        symbol=symbol_for(s, doc_type),
        issued_date=issued_date,
        summary_line=summary_line,
        recipients=recipients,
        signer_id=signer_id,
        authority_prefix=authority_prefix,
        signer_title=signer_title,
        related_type=related_type,
        related_id=related_id,
        created_by=ctx.actor.name,
    )
    s.add(rec)
    s.flush()
    audit.record(s, ctx, "create", ENTITY, rec.id, {"number": (None, f"{number}/{rec.symbol}")})
    return as_issued(rec)


def attach_pdf(s: DbSession, outgoing_id: int, document_id: int) -> None:
    """Link the kept PDF (printed_document) to its number."""
    rec = s.get(OutgoingDocumentRecord, outgoing_id)
    if rec is None:
        raise NotFoundError(ENTITY)
    rec.document_id = document_id


def as_issued(rec: OutgoingDocumentRecord) -> IssuedNumber:
    return IssuedNumber(rec.id, rec.number, rec.year, rec.symbol, rec.issued_date)


def for_entity(s: DbSession, related_type: str, related_id: int) -> list[IssuedNumber]:
    """Numbers already issued for an entity, oldest first (a re-print reuses the number, never takes a new one)."""
    rows = s.scalars(
        select(OutgoingDocumentRecord)
        .where(
            OutgoingDocumentRecord.related_type == related_type,
            OutgoingDocumentRecord.related_id == related_id,
            OutgoingDocumentRecord.is_voided.is_(False),
        )
        .order_by(OutgoingDocumentRecord.id)
    ).all()
    return [as_issued(r) for r in rows]
