"""Which legal clocks a petition starts, and when (DOMAIN §7.2–7.4, §8): the rule codes live in deadline_rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.enums import Category, Handling, PetitionSource


class ClockEvent(StrEnum):
    REGISTERED = "REGISTERED"
    NOT_WITHIN_COMPETENCE = "NOT_WITHIN_COMPETENCE"
    APPROVED = "APPROVED"


@dataclass(frozen=True, slots=True)
class ClockStart:
    rule_code: str
    from_received: bool
    """True: the clock counts from the received date; False: from the day of the event (e.g. the acceptance)."""
    given_to_citizen: bool = False


def clocks_for(
    event: ClockEvent, category: Category, source: PetitionSource, handling: Handling | None = None
) -> list[ClockStart]:
    """The clocks an event starts for a petition of this category and source."""
    if event is ClockEvent.REGISTERED:
        starts = [ClockStart("XLD_PROCESS", True)]
        if source is PetitionSource.TRUC_TIEP_TCD:
            # Received at the desk: the citizen is told the 10-working-day notice date on the receipt.
            starts.append(ClockStart("TCD_NOTIFY_RESULT", True, given_to_citizen=True))
        if category is Category.KHIEU_NAI:
            starts.append(ClockStart("KN_ACCEPT", True))
        elif category is Category.TO_CAO:
            starts.append(ClockStart("TC_INITIAL", True))
        return starts
    if event is ClockEvent.NOT_WITHIN_COMPETENCE:
        return [ClockStart("TC_TRANSFER", True)] if category is Category.TO_CAO else []
    if handling is Handling.THU_LY:
        if category is Category.KHIEU_NAI:
            return [ClockStart("KN_RESOLVE_1", False)]
        if category is Category.TO_CAO:
            return [ClockStart("TC_NOTIFY_ACCEPT", False), ClockStart("TC_RESOLVE", False)]
    return []


CLOSED_BY_DECISION = ("XLD_PROCESS", "KN_ACCEPT", "TC_INITIAL")
"""Clocks an approved handling decision stops: the petition has been processed."""
CLOSED_BY_TRANSFER = ("TC_TRANSFER",)
