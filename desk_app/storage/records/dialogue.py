"""Dialogues (đối thoại) of the head with the people, and the units' answers after the conclusion notice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class DialogueRecord(Tracked, Base):
    """One dialogue: conclusion notice due 10 working days after it, answers 30 working days after the notice."""

    __tablename__ = "dialogue"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[dt.time | None]
    place: Mapped[str] = mapped_column(String(300), default="")
    presided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    topic: Mapped[str] = mapped_column(String(500), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    issues_raised: Mapped[str] = mapped_column(Text, default="")
    notice_doc_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_document.id"))
    notice_date: Mapped[dt.date | None]
    # The review's figures (DOMAIN §16.3 `import dialogues`); None when not known.
    participant_count: Mapped[int | None]
    recommendations: Mapped[int | None]
    recommendations_in_competence: Mapped[int | None]


class DialogueAnswerRecord(Tracked, Base):
    """A unit that must answer in writing the matters left open at a dialogue."""

    __tablename__ = "dialogue_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id"), index=True)
    unit: Mapped[str] = mapped_column(String(300))
    matter: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None]
    answer_doc_no: Mapped[str | None] = mapped_column(String(120))
