"""The head's reception calendar: recurring rules, session registrants and conclusions (DOMAIN §5.4, §5.5, F12)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class LeaderRuleRecord(Tracked, Base):
    """A leader's recurring reception rule; `pattern` is the Vietnamese phrase `schedule.parse_rule_text` reads."""

    __tablename__ = "leader_schedule_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    pattern: Mapped[str] = mapped_column(String(300))
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]
    place_id: Mapped[int | None] = mapped_column(ForeignKey("reception_place.id"))
    holiday_shift: Mapped[str] = mapped_column(String(30), default="NEXT_WORKING_DAY")
    valid_from: Mapped[dt.date | None]
    valid_to: Mapped[dt.date | None]
    participants: Mapped[str | None] = mapped_column(Text)
    expected_content: Mapped[str | None] = mapped_column(Text)


class RegistrantRecord(Tracked, Base):
    """A citizen registered in advance for a session (they must be told when it moves)."""

    __tablename__ = "session_registrant"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reception_session.id"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizen.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(500))
    matter: Mapped[str] = mapped_column(Text, default="")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    notified_at: Mapped[dt.datetime | None]


class ConclusionItemRecord(Tracked, Base):
    """One case in the Thông báo kết luận việc tiếp công dân: what was said, the conclusion, who acts, by when."""

    __tablename__ = "session_conclusion_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reception_session.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    citizen_name: Mapped[str] = mapped_column(String(300))
    citizen_said: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    responsible_unit: Mapped[str | None] = mapped_column(String(300))
    due_date: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]
