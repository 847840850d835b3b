"""Visits (lượt tiếp: one line of the Sổ tiếp công dân), their people, documents and sessions (DOMAIN §5.5, §5.7)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class ReceptionSessionRecord(Tracked, Base):
    """A reception session: one presiding person on one day, planned from a rule or opened by a visit (DOMAIN §5.5)."""

    __tablename__ = "reception_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(20), default="TRUC_TIEP")
    date: Mapped[dt.date] = mapped_column(index=True)
    presided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delegated: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(30), default="DA_TIEP")
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]
    place_id: Mapped[int | None] = mapped_column(ForeignKey("reception_place.id"))
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("leader_schedule_rule.id"), index=True)
    nominal_date: Mapped[dt.date | None]
    shift_note: Mapped[str | None] = mapped_column(String(500))
    delegation_doc: Mapped[str | None] = mapped_column(String(200))
    participants: Mapped[str | None] = mapped_column(Text)
    expected_content: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.date | None]
    postponed_from: Mapped[dt.date | None]
    status_reason: Mapped[str | None] = mapped_column(String(500))
    no_citizen_came: Mapped[bool] = mapped_column(default=False)
    # outgoing_document.id; no FK: printed_document → visit → session would make a cycle of constraints.
    conclusion_doc_id: Mapped[int | None]
    central_point: Mapped[str | None] = mapped_column(String(300))
    component_points: Mapped[str | None] = mapped_column(Text)
    recording_ref: Mapped[str | None] = mapped_column(String(300))


class VisitRecord(Tracked, Base):
    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("book_year", "book_no", name="uq_visit_book_year_no"),
        Index("ix_visit_date_id", "date", "id"),
        # The register's default order (newest line of the book first) without a sort step.
        Index("ix_visit_voided_book", "is_voided", "book_year", "book_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    book_year: Mapped[int]
    book_no: Mapped[int]
    date: Mapped[dt.date]
    time: Mapped[dt.time | None]
    kind: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str] = mapped_column(String(20), default="TRUC_TIEP")
    session_id: Mapped[int | None] = mapped_column(ForeignKey("reception_session.id"), index=True)
    presided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delegated: Mapped[bool] = mapped_column(default=False)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("reception_place.id"))
    main_citizen_id: Mapped[int] = mapped_column(ForeignKey("citizen.id"), index=True)
    group_size: Mapped[int] = mapped_column(default=1)
    is_delegation: Mapped[bool] = mapped_column(default=False)
    authorised_person: Mapped[str | None] = mapped_column(String(300))
    interpreter_name: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_key: Mapped[str] = mapped_column(Text, default="")
    requests: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(30), index=True)
    field: Mapped[str | None] = mapped_column(String(30))
    prior_handling: Mapped[str | None] = mapped_column(String(500))
    prior_decision_level: Mapped[str | None] = mapped_column(String(20))
    within_competence: Mapped[bool] = mapped_column(default=False)
    handling: Mapped[str | None] = mapped_column(String(30), index=True)
    guidance_target: Mapped[str | None] = mapped_column(String(300))
    guidance_doc_no: Mapped[str | None] = mapped_column(String(60))
    transfer_target: Mapped[str | None] = mapped_column(String(300))
    transfer_doc_no: Mapped[str | None] = mapped_column(String(60))
    refusal_reason: Mapped[str | None] = mapped_column(String(40))
    refusal_legal_basis: Mapped[str | None] = mapped_column(String(300))
    follow_up: Mapped[str | None] = mapped_column(Text)
    citizen_signed: Mapped[str] = mapped_column(String(10), default="KY")
    has_written_petition: Mapped[bool] = mapped_column(default=False)
    is_confidential: Mapped[bool] = mapped_column(default=False)
    remarks: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), default="DA_VAO_SO")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    visit_order: Mapped[str] = mapped_column(String(20), default="LAN_DAU")
    search_text: Mapped[str] = mapped_column(Text, default="")


class VisitPersonRecord(Base):
    """A person of a visit beyond the main visitor: a representative or a member of the group."""

    __tablename__ = "visit_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizen.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="DAI_DIEN")
    position: Mapped[int] = mapped_column(default=0)


class ReceivedItemRecord(Base):
    """A document the citizen handed over (Giấy biên nhận 02/TCD lists them)."""

    __tablename__ = "received_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(500))
    pages: Mapped[int | None]
    condition: Mapped[str] = mapped_column(String(30), default="BAN_PHOTO")
    quantity: Mapped[int] = mapped_column(default=1)


class DocumentRecord(Tracked, Base):
    """A printed document kept with its visit: the PDF's path under the data folder and its hash."""

    __tablename__ = "printed_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    internal_no: Mapped[str | None] = mapped_column(String(40))
    relative_path: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)
