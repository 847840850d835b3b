"""What follows a petition's decision (DOMAIN §5.14, §7.3–7.4): the events, which move it, which need a document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from enum import StrEnum
from types import MappingProxyType

from desk_app.domain.enums import PetitionStatus, Role
from desk_app.domain.petition_flow import PetitionAction, actions_from
from desk_app.errors import FieldError


class FollowUpType(StrEnum):
    """DOMAIN §5.14 plus the events of §7.3–7.4 that change a petition's course."""

    NHAN_PHUC_DAP = "NHAN_PHUC_DAP"
    DON_DOC = "DON_DOC"
    NHAN_KET_QUA = "NHAN_KET_QUA"
    THONG_BAO_CONG_DAN = "THONG_BAO_CONG_DAN"
    RUT_DON = "RUT_DON"
    RUT_MOT_PHAN = "RUT_MOT_PHAN"
    TAM_DINH_CHI = "TAM_DINH_CHI"
    TIEP_TUC = "TIEP_TUC"
    DINH_CHI = "DINH_CHI"
    GIA_HAN = "GIA_HAN"


STATUS_ACTIONS: Mapping[FollowUpType, PetitionAction] = MappingProxyType(
    {
        FollowUpType.RUT_DON: PetitionAction.WITHDRAW,
        FollowUpType.TAM_DINH_CHI: PetitionAction.SUSPEND,
        FollowUpType.TIEP_TUC: PetitionAction.CONTINUE,
        FollowUpType.DINH_CHI: PetitionAction.TERMINATE,
        FollowUpType.NHAN_KET_QUA: PetitionAction.RESOLVE,
    }
)
"""Events that move the petition: a whole withdrawal ends it, a suspension pauses it, a result closes it."""

NEEDS_DOCUMENT: frozenset[FollowUpType] = frozenset(
    {FollowUpType.TAM_DINH_CHI, FollowUpType.TIEP_TUC, FollowUpType.DINH_CHI, FollowUpType.GIA_HAN}
)
"""Decisions that exist only as a numbered document (DOMAIN §8: every extension keeps its decision number)."""

CLOSES: Mapping[FollowUpType, tuple[str, ...]] = MappingProxyType(
    {FollowUpType.THONG_BAO_CONG_DAN: ("TCD_NOTIFY_RESULT", "TC_NOTIFY_ACCEPT")}
)
"""Clocks an event meets: telling the citizen (and the parties) how the petition is handled. A petition that ends
(resolved, withdrawn, terminated) stops every clock still running on it instead."""


def offered_follow_ups(
    status: PetitionStatus, roles: Collection[Role], has_running_clock: bool
) -> list[FollowUpType]:
    """The events that make sense now: a status event only when its move is allowed, an extension with a clock."""
    allowed = set(actions_from(status, roles))
    offered = []
    for event in FollowUpType:
        action = STATUS_ACTIONS.get(event)
        if action is not None and action not in allowed:
            continue
        if event is FollowUpType.GIA_HAN and not has_running_clock:
            continue
        offered.append(event)
    return offered


def check_follow_up(
    event_type: FollowUpType,
    event_date: dt.date,
    today: dt.date,
    *,
    doc_no: str | None = None,
    clock_id: int | None = None,
    extended_to: dt.date | None = None,
) -> list[FieldError]:
    """Every blocking problem of a follow-up at once: no future date, its document number, an extension's date."""
    errors: list[FieldError] = []
    if event_date > today:
        errors.append(FieldError("event_date", "future"))
    if event_type in NEEDS_DOCUMENT and not (doc_no or "").strip():
        errors.append(FieldError("doc_no", "required"))
    if event_type is FollowUpType.GIA_HAN and (clock_id is None or extended_to is None):
        errors.append(FieldError("extended_to", "required"))
    return errors
