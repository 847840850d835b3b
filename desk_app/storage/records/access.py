"""Explicit access grants: a staff member may see one confidential case or petition (DOMAIN §13.3.2, §5.17)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, utcnow


class AccessGrantRecord(Base):
    """A leader lets `staff_id` see one case (all its visits and petitions) or one petition (and its visit) as its
    handler would. Never deleted: a grant ends when it is revoked, and both stay in the table and the audit log."""

    __tablename__ = "access_grant"
    __table_args__ = (
        # Exactly one target: a grant names a case or a petition, never both, never neither.
        CheckConstraint("(case_id IS NULL) <> (petition_id IS NULL)", name="one_target"),
        Index("ix_access_grant_staff", "staff_id", "revoked_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"), index=True)
    reason: Mapped[str] = mapped_column(String(500))
    # Actors are stored by name, as Tracked.created_by is (the audit log holds the login as well).
    granted_by: Mapped[str] = mapped_column(String(120))
    granted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    revoked_by: Mapped[str | None] = mapped_column(String(120), default=None)
    revoke_reason: Mapped[str | None] = mapped_column(String(500), default=None)
