"""Plain data of the head's dialogues (đối thoại) with the people: the record, its clocks and the units' answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.domain.enums import DeadlineStatus, DialogueKind
from desk_app.services.documents import OfficeHeader


class DialogueState(StrEnum):
    WAIT_NOTICE = "WAIT_NOTICE"
    WAIT_ANSWERS = "WAIT_ANSWERS"
    DONE = "DONE"


@dataclass(frozen=True, slots=True)
class DialogueEdit:
    """The editable fields of a dialogue."""

    kind: DialogueKind | None
    date: dt.date | None
    start_time: dt.time | None = None
    place: str = ""
    presided_by_id: int | None = None
    topic: str = ""
    participants: str = ""
    issues_raised: str = ""


@dataclass(frozen=True, slots=True)
class UnitMatter:
    """A unit the conclusion notice charges with answering a matter in writing."""

    unit: str
    matter: str = ""


@dataclass(frozen=True, slots=True)
class DialogueAnswerInfo:
    id: int
    dialogue_id: int
    unit: str
    matter: str
    due_date: dt.date | None
    answered_on: dt.date | None
    answer_doc_no: str | None
    status: DeadlineStatus | None


@dataclass(frozen=True, slots=True)
class DialogueInfo:
    id: int
    kind: DialogueKind
    date: dt.date
    start_time: dt.time | None
    place: str
    presided_by_id: int | None
    presided_by_name: str
    presided_by_position: str
    topic: str
    participants: str
    issues_raised: str
    notice_due: dt.date | None
    notice_status: DeadlineStatus | None
    notice_number: str | None
    notice_date: dt.date | None
    answers: tuple[DialogueAnswerInfo, ...] = field(default_factory=tuple)

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.answered_on is not None)

    @property
    def state(self) -> DialogueState:
        if self.notice_date is None:
            return DialogueState.WAIT_NOTICE
        if self.answered < len(self.answers):
            return DialogueState.WAIT_ANSWERS
        return DialogueState.DONE

    def _statuses(self) -> list[DeadlineStatus]:
        found = [self.notice_status] if self.notice_status else []
        return found + [a.status for a in self.answers if a.status]

    @property
    def overdue(self) -> bool:
        """The notice or an answer is late."""
        return DeadlineStatus.QUA_HAN in self._statuses()

    @property
    def due_soon(self) -> bool:
        return not self.overdue and DeadlineStatus.SAP_HET_HAN in self._statuses()


@dataclass(frozen=True, slots=True)
class DialogueYear:
    """The year's dialogues (by date) and their count per kind (the seed report's norm: 2 định kỳ a year)."""

    year: int
    dialogues: tuple[DialogueInfo, ...]
    counts: dict[DialogueKind, int]


@dataclass(frozen=True, slots=True)
class DialogueNoticeSource:
    office: OfficeHeader
    dialogue: DialogueInfo
    number_text: str
    issued_on: dt.date
    head_title: str
