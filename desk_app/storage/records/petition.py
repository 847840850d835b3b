"""Petitions (đơn) and what happens to them: signers, proposals and decisions, follow-ups, scans (DOMAIN §5.9–5.14)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class PetitionRecord(Tracked, Base):
    """One line of the petition register (sổ theo dõi xử lý đơn), numbered per year."""

    __tablename__ = "petition"
    __table_args__ = (
        UniqueConstraint("book_year", "register_no", name="uq_petition_book_year_register_no"),
        Index("ix_petition_voided_book", "is_voided", "book_year", "register_no"),
        Index("ix_petition_received", "received_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    book_year: Mapped[int]
    register_no: Mapped[int]
    received_date: Mapped[dt.date]
    source: Mapped[str] = mapped_column(String(30), index=True)
    forwarded_by_org: Mapped[str | None] = mapped_column(String(300))
    forwarded_doc_no: Mapped[str | None] = mapped_column(String(120))
    forwarded_doc_date: Mapped[dt.date | None]
    letter_date: Mapped[dt.date | None]
    main_citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizen.id"), index=True)
    signer_count: Mapped[int] = mapped_column(default=1)
    signature_kind: Mapped[str] = mapped_column(String(10), default="KY")
    is_anonymous: Mapped[bool] = mapped_column(default=False)
    is_impersonation: Mapped[bool] = mapped_column(default=False)
    respondent: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_key: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(30), index=True)
    field: Mapped[str | None] = mapped_column(String(30))
    has_multiple_contents: Mapped[bool] = mapped_column(default=False)
    split_from_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    processable: Mapped[bool | None]
    not_processable_reasons: Mapped[str | None] = mapped_column(String(500))
    within_competence: Mapped[bool | None]
    competent_body: Mapped[str | None] = mapped_column(String(300))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    prior_decision_level: Mapped[str | None] = mapped_column(String(20))
    has_original_documents: Mapped[bool] = mapped_column(default=False)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handling: Mapped[str | None] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(30), default="DA_VAO_SO", index=True)
    is_confidential: Mapped[bool] = mapped_column(default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")


class PetitionSignerRecord(Base):
    """A person who signed the petition beyond the main one (người đứng tên)."""

    __tablename__ = "petition_signer"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizen.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)


class DecisionRecord(Tracked, Base):
    """A proposal on how to handle a petition (Phiếu đề xuất) and the leader's decision on it."""

    __tablename__ = "processing_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    proposed_at: Mapped[dt.datetime]
    proposal: Mapped[str] = mapped_column(String(30))
    target_body: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(String(500))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[dt.datetime | None]
    leader_opinion: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(20))
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_document.id"))


class FollowUpRecord(Tracked, Base):
    """A reply, urging, result, withdrawal, suspension, continuation or extension, with its document (DOMAIN §5.14)."""

    __tablename__ = "follow_up_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    event_type: Mapped[str] = mapped_column(String(30))
    event_date: Mapped[dt.date]
    doc_no: Mapped[str | None] = mapped_column(String(120))
    doc_date: Mapped[dt.date | None]
    content: Mapped[str] = mapped_column(Text, default="")


class AttachmentRecord(Tracked, Base):
    """A scan stored beside the database, with its hash; sensitive for a denunciation (DOMAIN §13)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    original_name: Mapped[str] = mapped_column(String(300))
    relative_path: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]
