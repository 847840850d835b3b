"""What a printed document needs from the records, and keeping the printed PDF with its visit."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app import files_crypto
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import DocCondition, IdType
from desk_app.domain.permissions import Action
from desk_app.errors import ConflictError, NotFoundError
from desk_app.i18n import vi
from desk_app.i18n.formatting import office_in_sentence
from desk_app.services import audit
from desk_app.services.citizens.access import Access, is_confidential_visit, log_view
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage.records import (
    CitizenRecord,
    DocumentRecord,
    OfficeRecord,
    PlaceRecord,
    ReceivedItemRecord,
    StaffRecord,
    VisitMatterRecord,
    VisitRecord,
)

# Keeping a printed copy is a write: it needs the right to make that paper. A case paper (receipt, letters, books,
# case file, a session's conclusions naming citizens) is case work; the rest by what they print.
KEEP_GATE: Final[Mapping[DocumentKind, Action]] = MappingProxyType(
    {
        DocumentKind.REPORT: Action.VIEW_REPORTS,
        DocumentKind.SCHEDULE_NOTICE: Action.MANAGE_SCHEDULE,
        DocumentKind.DAY_SHEET: Action.MANAGE_SCHEDULE,
        DocumentKind.DIALOGUE_CONCLUSION: Action.MANAGE_SCHEDULE,
    }
)


@dataclass(frozen=True, slots=True)
class OfficeHeader:
    parent_name: str | None
    office_name: str
    place_name: str
    abbreviation: str
    head_title: str
    kind: str


@dataclass(frozen=True, slots=True)
class ItemSource:
    title: str
    pages: int | None
    condition: DocCondition
    quantity: int


@dataclass(frozen=True, slots=True)
class VisitDocumentSource:
    """The facts of one visit a receipt or an appointment slip prints."""

    visit_id: int
    book_year: int
    book_no: int
    office: OfficeHeader
    received_at: dt.datetime
    place: str
    officer_name: str
    officer_position: str
    citizen_name: str
    citizen_id_type: IdType
    citizen_id_number: str | None
    citizen_id_issue_date: dt.date | None
    citizen_id_issue_place: str | None
    citizen_address: str | None
    summary: str
    items: tuple[ItemSource, ...]
    head_name: str | None
    further_summaries: tuple[str, ...] = ()
    """The summaries of the visit's further matters (visit_matter), in the order raised; `summary` is the first."""


@dataclass(frozen=True, slots=True)
class KeptDocument:
    """`path` is what a viewer opens: the kept file itself, or — when the office's files are encrypted — a
    decrypted temporary copy that is removed when the services close; `stored_path` is the kept file."""

    id: int
    kind: str
    path: Path
    created_at: dt.datetime
    stored_path: Path


class DocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def office_header(self) -> OfficeHeader:
        with self._ctx.db.read() as s:
            office = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
            if office is None:
                raise ConflictError("office.not_set_up")
            return _header(office)

    def visit_source(self, visit_id: int) -> VisitDocumentSource:
        """The facts of a visit's papers for the citizen (receipt, appointment slip, refusal notice).

        They carry the citizen's own identity; for a confidential visit only to a user who may see it, or to the
        officer who received the visit, on its day, printing for the person at the desk (DOMAIN §13.3.8).
        """
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            visit = s.get(VisitRecord, visit_id)
            if visit is None:
                raise NotFoundError("visit.not_found")
            at_desk = visit.received_by_id is not None and visit.received_by_id == self._ctx.actor.staff_id
            shown = Access(self._ctx).visit_shown(s, visit) or (at_desk and visit.date == self._ctx.today())
            confidential = is_confidential_visit(visit)
            office = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
            if office is None:
                raise ConflictError("office.not_set_up")
            citizen = s.get(CitizenRecord, visit.main_citizen_id)
            assert citizen is not None
            officer = s.get(StaffRecord, visit.received_by_id) if visit.received_by_id else None
            place = reception_place(s, visit)
            head = s.scalar(select(StaffRecord).where(StaffRecord.is_head.is_(True)).limit(1))
            items = s.scalars(
                select(ReceivedItemRecord)
                .where(ReceivedItemRecord.visit_id == visit.id)
                .order_by(ReceivedItemRecord.position)
            ).all()
            source = VisitDocumentSource(
                visit_id=visit.id,
                book_year=visit.book_year,
                book_no=visit.book_no,
                office=_header(office),
                received_at=dt.datetime.combine(visit.date, visit.time or dt.time(0, 0)),
                place=(place.name if place else office_in_sentence(office.name)),
                officer_name=officer.full_name if officer else self._ctx.actor.name,
                officer_position=(officer.position or "") if officer else "",
                citizen_name=citizen.full_name if shown else vi.MASKED,
                citizen_id_type=IdType(citizen.id_type) if shown else IdType.CAN_CUOC,
                citizen_id_number=citizen.id_number if shown else None,
                citizen_id_issue_date=citizen.id_issue_date if shown else None,
                citizen_id_issue_place=citizen.id_issue_place if shown else None,
                citizen_address=citizen.address if shown else vi.MASKED,
                summary=visit.summary,
                items=tuple(
                    ItemSource(i.title, i.pages, DocCondition(i.condition), i.quantity) for i in items
                ),
                head_name=head.full_name if head else None,
                further_summaries=tuple(
                    s.scalars(
                        select(VisitMatterRecord.summary)
                        .where(VisitMatterRecord.visit_id == visit.id)
                        .order_by(VisitMatterRecord.position, VisitMatterRecord.id)
                    )
                ),
            )
        if shown and confidential:
            log_view(self._ctx, "visit", visit_id, "printed")
        return source

    def keep(
        self, visit_id: int | None, kind: DocumentKind, pdf: bytes, internal_no: str | None = None
    ) -> KeptDocument:
        """Store the PDF under the data folder's documents/ (encrypted under the office's key when it has one) and
        record it with its hash (logged as print)."""
        require(self._ctx, KEEP_GATE.get(DocumentKind(kind), Action.WRITE_CASES))
        kind = DocumentKind(kind)
        now = self._ctx.clock()
        folder = self._ctx.data_dir / "documents" / f"{now.year}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{kind}-{visit_id or 0}-{now:%Y%m%d-%H%M%S}.pdf"
        path = folder / name
        counter = 1
        while path.exists():
            counter += 1
            path = folder / f"{kind}-{visit_id or 0}-{now:%Y%m%d-%H%M%S}-{counter}.pdf"
        files_crypto.write_bytes(path, pdf, self._ctx.key)
        readable = path if self._ctx.key is None else files_crypto.readable_from_bytes(pdf, path.name)
        digest = hashlib.sha256(pdf).hexdigest()
        with self._ctx.db.write() as s, s.begin():
            rec = DocumentRecord(
                visit_id=visit_id,
                kind=kind,
                internal_no=internal_no,
                relative_path=str(path.relative_to(self._ctx.data_dir)),
                sha256=digest,
                created_by=self._ctx.actor.name,
            )
            s.add(rec)
            s.flush()
            audit.record(
                s,
                self._ctx,
                "print",
                "document",
                rec.id,
                {"kind": (None, kind), "visit_id": (None, visit_id)},
            )
            return KeptDocument(rec.id, kind, readable, rec.created_at, path)

    def kept_for_visit(self, visit_id: int) -> list[KeptDocument]:
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(DocumentRecord).where(DocumentRecord.visit_id == visit_id).order_by(DocumentRecord.id)
            ).all()
            return [self._kept(r) for r in rows]

    def readable(self, document_id: int) -> KeptDocument:
        """A kept document with a `path` a viewer can open (decrypted to a temporary copy when sealed)."""
        with self._ctx.db.read() as s:
            rec = s.get(DocumentRecord, document_id)
            if rec is None:
                raise NotFoundError("document.not_found")
            kept = self._kept(rec)
        path = files_crypto.readable_copy(kept.stored_path, self._ctx.key)
        return KeptDocument(kept.id, kept.kind, path, kept.created_at, kept.stored_path)

    def _kept(self, rec: DocumentRecord) -> KeptDocument:
        """As stored: `path` is the kept file (use `readable` to open a sealed one)."""
        stored = self._ctx.data_dir / rec.relative_path
        return KeptDocument(rec.id, rec.kind, stored, rec.created_at, stored)


def reception_place(s: DbSession, visit: VisitRecord) -> PlaceRecord | None:
    """Where the visit was received: its own place, else the office's default reception place."""
    place = s.get(PlaceRecord, visit.place_id) if visit.place_id else None
    if place is None:
        place = s.scalar(select(PlaceRecord).where(PlaceRecord.is_default.is_(True)).limit(1))
    return place


def _header(office: OfficeRecord) -> OfficeHeader:
    return OfficeHeader(
        parent_name=office.parent_name,
        office_name=office.name,
        place_name=office.place_name,
        abbreviation=office.abbreviation,
        head_title=office.head_title,
        kind=office.kind,
    )
