"""The matters of a visit beyond its first, and the results recorded for cases (DOMAIN §16.3 `Lượt`, `Kết quả`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class VisitMatterRecord(Base):
    """A further matter raised at one visit (one turn, several cases): its own case, category, field and summary.

    The visit's first matter stays on the visit itself (visit.case_id, summary, category, field); these rows are the
    second and later ones, in the order they were raised.
    """

    __tablename__ = "visit_matter"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    position: Mapped[int] = mapped_column(default=1)
    summary: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(30))
    field: Mapped[str | None] = mapped_column(String(30))


class CaseResultRecord(Tracked, Base):
    """A result recorded for a case (Đã / Đang / Chưa giải quyết) as of a day, from a visit's `Kết quả` or entered later.

    A correction voids the row it replaces (with its reason) and adds a new one: the history stays whole.
    """

    __tablename__ = "case_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    result: Mapped[str] = mapped_column(String(20))
    result_date: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(String(500))
