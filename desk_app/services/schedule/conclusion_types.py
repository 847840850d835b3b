"""Plain data of the Thông báo kết luận việc tiếp công dân (F12) that the dialog and the printer use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.enums import DeadlineStatus, Gender, ReceptionKind, ReceptionSessionStatus
from desk_app.services.documents import OfficeHeader
from desk_app.services.outgoing import IssuedNumber


@dataclass(frozen=True, slots=True)
class ConclusionItem:
    """One case of the notice; `clock_due`/`clock_status` come from the unit's clock once issued."""

    citizen_name: str
    citizen_said: str = ""
    conclusion: str = ""
    responsible_unit: str | None = None
    due_date: dt.date | None = None
    visit_id: int | None = None
    case_id: int | None = None
    id: int | None = None
    position: int = 0
    citizen_gender: Gender | None = None
    done_on: dt.date | None = None
    clock_due: dt.date | None = None
    clock_status: DeadlineStatus | None = None


@dataclass(frozen=True, slots=True)
class Signer:
    """Box 7 of NĐ 30: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" / the name (blank: written by hand).

    `authority` may hold several lines, top first ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"; services/signers.py).
    """

    authority: str
    title: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class ConclusionSession:
    session_id: int
    kind: ReceptionKind
    date: dt.date
    start_time: dt.time | None
    place: str
    presided_by_name: str
    presided_by_position: str
    participants: str
    status: ReceptionSessionStatus
    visit_count: int
    number_text: str | None
    issued_on: dt.date | None
    outgoing_id: int | None


@dataclass(frozen=True, slots=True)
class ConclusionSource:
    """Everything the printed notice shows."""

    office: OfficeHeader
    session: ConclusionSession
    number_text: str
    issued_on: dt.date
    items: tuple[ConclusionItem, ...]
    signer: Signer
    recipients: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IssuedConclusion:
    number: IssuedNumber
    items: tuple[ConclusionItem, ...]
    reused: bool

    @property
    def number_text(self) -> str:
        return self.number.text
