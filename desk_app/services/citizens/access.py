"""Whose confidential records the signed-in user may see: the leader every one, a handler those of their petitions' cases."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category
from desk_app.services.context import ServiceContext
from desk_app.services.petitions.register import SEE_CONFIDENTIAL
from desk_app.storage.records import CaseRecord, PetitionRecord, VisitRecord

_TO_CAO = Category.TO_CAO.value


class Access:
    """The rule of DOMAIN §13.3 as SQL expressions, so that searches filter before they limit.

    A record is confidential when it is marked so or is a denunciation; it is hidden from a user who is not a leader
    unless the user handles that petition, a petition of the same case, or a petition made from that visit.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self.leader = bool(SEE_CONFIDENTIAL.intersection(ctx.actor.roles))
        self.staff_id = ctx.actor.staff_id

    # Confidential, whoever looks ---------------------------------------------------------------------------
    @staticmethod
    def visit_confidential() -> ColumnElement[bool]:
        return or_(VisitRecord.is_confidential.is_(True), VisitRecord.category == _TO_CAO)

    @staticmethod
    def petition_confidential() -> ColumnElement[bool]:
        return or_(PetitionRecord.is_confidential.is_(True), PetitionRecord.category == _TO_CAO)

    # Hidden from this user -----------------------------------------------------------------------------------
    def visit_hidden(self) -> ColumnElement[bool]:
        if self.leader:
            return false()
        if self.staff_id is None:
            return self.visit_confidential()
        made_from = select(PetitionRecord.visit_id).where(
            PetitionRecord.handler_id == self.staff_id,
            PetitionRecord.visit_id.is_not(None),
            PetitionRecord.is_voided.is_(False),
        )
        allowed = or_(
            and_(VisitRecord.case_id.is_not(None), VisitRecord.case_id.in_(self._handled_cases())),
            VisitRecord.id.in_(made_from),
        )
        return and_(self.visit_confidential(), ~allowed)

    def petition_hidden(self) -> ColumnElement[bool]:
        if self.leader:
            return false()
        if self.staff_id is None:
            return self.petition_confidential()
        allowed = or_(
            and_(PetitionRecord.handler_id.is_not(None), PetitionRecord.handler_id == self.staff_id),
            and_(PetitionRecord.case_id.is_not(None), PetitionRecord.case_id.in_(self._handled_cases())),
        )
        return and_(self.petition_confidential(), ~allowed)

    def handled_case_ids(self, s: DbSession) -> set[int]:
        if self.staff_id is None:
            return set()
        return {int(i) for i in s.scalars(self._handled_cases()) if i is not None}

    def case_hidden(self, case: CaseRecord, confidential_records: int, handled: set[int]) -> bool:
        """A case is hidden when it is a denunciation or holds a confidential record that this user may not see."""
        if self.leader or case.id in handled:
            return False
        return case.category == _TO_CAO or confidential_records > 0

    def _handled_cases(self) -> Select[int | None]:
        return select(PetitionRecord.case_id).where(
            PetitionRecord.handler_id == self.staff_id,
            PetitionRecord.case_id.is_not(None),
            PetitionRecord.is_voided.is_(False),
        )
