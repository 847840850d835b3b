"""Report runs (DOMAIN §5.15): a submitted report's figures frozen as they were, with who locked it and when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class ReportRunRecord(Tracked, Base):
    """One locked report: the JSON of its columns (and drill-down ids) for a form and a period."""

    __tablename__ = "report_run"
    __table_args__ = (
        Index(
            "uq_report_run_live_form_period",
            "template_code",
            "from_date",
            "to_date",
            unique=True,
            sqlite_where=text("is_voided = 0"),
            postgresql_where=text("is_voided = false"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_code: Mapped[str] = mapped_column(String(40))
    period_code: Mapped[str] = mapped_column(String(40))
    from_date: Mapped[dt.date]
    to_date: Mapped[dt.date]
    frozen_data: Mapped[str] = mapped_column(Text)
    locked_at: Mapped[dt.datetime]
    locked_by: Mapped[str] = mapped_column(String(120))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("printed_document.id"))
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_document.id"))
    note: Mapped[str | None] = mapped_column(Text)
