"""Whose confidential records the signed-in user may see: the leader every one, a handler those of their petitions' cases,
the holder of a live access grant the case or petition it names.

One rule for every service (DOMAIN §13.3): the SQL expressions filter searches before they limit; `visit_shown` and
`petition_shown` answer it for one record; `log_view` writes the logged showing of a confidential record.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category
from desk_app.domain.permissions import Action
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import may
from desk_app.storage.records import AccessGrantRecord, CaseRecord, PetitionRecord, VisitRecord

_TO_CAO = Category.TO_CAO.value


class Access:
    """The rule of DOMAIN §13.3 as SQL expressions, so that searches filter before they limit.

    A record is confidential when it is marked so or is a denunciation; it is hidden from a user who is not a leader
    unless the user handles that petition, a petition of the same case, or a petition made from that visit — or holds
    a live access grant (DOMAIN §13.3.2) on its case (every visit and petition of it) or on that petition (and the
    visit it was made from).
    """

    def __init__(self, ctx: ServiceContext) -> None:
        # The head is a leader by role (LANH_DAO); anyone else sees by handling or by an explicit grant.
        self.leader = may(ctx, Action.SEE_ALL_CONFIDENTIAL)
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
            or_(PetitionRecord.handler_id == self.staff_id, PetitionRecord.id.in_(self._granted_petitions())),
            PetitionRecord.visit_id.is_not(None),
            PetitionRecord.is_voided.is_(False),
        )
        allowed = or_(
            and_(VisitRecord.case_id.is_not(None), self._in_seen_case(VisitRecord.case_id)),
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
            and_(PetitionRecord.case_id.is_not(None), self._in_seen_case(PetitionRecord.case_id)),
            PetitionRecord.id.in_(self._granted_petitions()),
        )
        return and_(self.petition_confidential(), ~allowed)

    def handled_case_ids(self, s: DbSession) -> set[int]:
        """The cases this user sees whole: those of the petitions they handle and those granted to them."""
        if self.staff_id is None:
            return set()
        found = [*s.scalars(self._handled_cases()), *s.scalars(self._granted_cases())]
        return {int(i) for i in found if i is not None}

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

    def _granted_cases(self) -> Select[int | None]:
        return select(AccessGrantRecord.case_id).where(
            AccessGrantRecord.staff_id == self.staff_id,
            AccessGrantRecord.case_id.is_not(None),
            AccessGrantRecord.revoked_at.is_(None),
        )

    def _in_seen_case(self, case_id: InstrumentedAttribute[int | None]) -> ColumnElement[bool]:
        """Of a case handled or granted: every visit and petition of it is shown as to its handler."""
        return or_(case_id.in_(self._handled_cases()), case_id.in_(self._granted_cases()))

    def _granted_petitions(self) -> Select[int | None]:
        return select(AccessGrantRecord.petition_id).where(
            AccessGrantRecord.staff_id == self.staff_id,
            AccessGrantRecord.petition_id.is_not(None),
            AccessGrantRecord.revoked_at.is_(None),
        )

    # One record -----------------------------------------------------------------------------------------------
    def visit_shown(self, s: DbSession, visit: VisitRecord) -> bool:
        """Whether this user may see the identity of the people of `visit` (always, when it is not confidential)."""
        if self.leader or not (visit.is_confidential or visit.category == _TO_CAO):
            return True
        return s.scalar(select(VisitRecord.id).where(VisitRecord.id == visit.id, self.visit_hidden())) is None

    def petition_shown(self, s: DbSession, petition: PetitionRecord) -> bool:
        """Whether this user may see the author of `petition` (always, when it is not confidential)."""
        if self.leader or not (petition.is_confidential or petition.category == _TO_CAO):
            return True
        hidden = select(PetitionRecord.id).where(PetitionRecord.id == petition.id, self.petition_hidden())
        return s.scalar(hidden) is None

    def hidden_visit_ids(self, s: DbSession, ids: Collection[int]) -> set[int]:
        """Which of these visits hide their people from this user (one query for a page of rows)."""
        if self.leader or not ids:
            return set()
        return set(
            s.scalars(select(VisitRecord.id).where(VisitRecord.id.in_(list(ids)), self.visit_hidden()))
        )

    def hidden_petition_ids(self, s: DbSession, ids: Collection[int]) -> set[int]:
        """Which of these petitions hide their author from this user."""
        if self.leader or not ids:
            return set()
        query = select(PetitionRecord.id).where(PetitionRecord.id.in_(list(ids)), self.petition_hidden())
        return set(s.scalars(query))


def is_confidential_visit(visit: VisitRecord) -> bool:
    return bool(visit.is_confidential) or visit.category == _TO_CAO


def is_confidential_petition(petition: PetitionRecord) -> bool:
    return bool(petition.is_confidential) or petition.category == _TO_CAO


def log_view(ctx: ServiceContext, entity: str, entity_id: int, what: str = "identity") -> None:
    """A permitted user was shown a confidential record in clear: the showing is in the audit log ("view")."""
    audit.event(ctx, "view", entity, entity_id, {what: "shown"})  # its own small write, after the read
