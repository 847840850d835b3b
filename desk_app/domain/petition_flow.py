"""The petition state machine (DOMAIN §6.2, §7.2): which action moves a petition where, and who may take it."""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from desk_app.domain.enums import Handling, PetitionStatus, Role
from desk_app.errors import DeskError

S = PetitionStatus


class PetitionAction(StrEnum):
    REGISTER = "REGISTER"
    CLASSIFY = "CLASSIFY"
    PROPOSE = "PROPOSE"
    RETURN = "RETURN"
    APPROVE = "APPROVE"
    SUSPEND = "SUSPEND"
    CONTINUE = "CONTINUE"
    TERMINATE = "TERMINATE"
    RESOLVE = "RESOLVE"
    WITHDRAW = "WITHDRAW"
    REOPEN = "REOPEN"
    VOID_RESULT = "VOID_RESULT"


A = PetitionAction

FINAL: frozenset[PetitionStatus] = frozenset({S.DA_XU_LY, S.DA_GIAI_QUYET, S.LUU_DON, S.RUT_DON, S.DINH_CHI})
"""States that end the handling; only a leader's re-opening (with a reason) leaves them."""

_MOVES: dict[tuple[PetitionAction, PetitionStatus], PetitionStatus] = {
    (A.REGISTER, S.MOI_TIEP_NHAN): S.DA_VAO_SO,
    (A.CLASSIFY, S.DA_VAO_SO): S.DANG_XU_LY,
    (A.CLASSIFY, S.DANG_XU_LY): S.DANG_XU_LY,
    (A.PROPOSE, S.DANG_XU_LY): S.CHO_DUYET,
    (A.RETURN, S.CHO_DUYET): S.DANG_XU_LY,
    (A.SUSPEND, S.DANG_GIAI_QUYET): S.TAM_DINH_CHI,
    (A.CONTINUE, S.TAM_DINH_CHI): S.DANG_GIAI_QUYET,
    (A.TERMINATE, S.DANG_GIAI_QUYET): S.DINH_CHI,
    (A.TERMINATE, S.TAM_DINH_CHI): S.DINH_CHI,
    (A.RESOLVE, S.DANG_GIAI_QUYET): S.DA_GIAI_QUYET,
    # A result recorded on a petition already resolved (imported as resolved, or entered wrong) replaces its result.
    (A.RESOLVE, S.DA_GIAI_QUYET): S.DA_GIAI_QUYET,
    (A.VOID_RESULT, S.DA_GIAI_QUYET): S.DANG_GIAI_QUYET,
}

LEADER_ACTIONS: frozenset[PetitionAction] = frozenset({A.APPROVE, A.RETURN, A.REOPEN})
"""Approving a proposal, sending it back and re-opening are the leader's (DOMAIN §5.10, §7.2)."""
_HANDLER_ROLES = frozenset({Role.XU_LY_DON, Role.TIEP_CONG_DAN, Role.LANH_DAO, Role.QUAN_TRI})


class TransitionError(DeskError):
    """The action does not apply to a petition in this state."""

    def __init__(self, action: PetitionAction, status: PetitionStatus) -> None:
        super().__init__(f"petition.transition:{action}:{status}")
        self.action = action
        self.status = status


class PermissionDenied(DeskError):
    """The signed-in roles may not take this action."""

    def __init__(self, action: PetitionAction) -> None:
        super().__init__(f"petition.permission:{action}")
        self.action = action


def approved_status(handling: Handling) -> PetitionStatus:
    """Where an approved proposal leads: accepted for resolution, filed away, or handled (guided, transferred …)."""
    if handling is Handling.THU_LY:
        return S.DANG_GIAI_QUYET
    if handling is Handling.LUU_DON:
        return S.LUU_DON
    return S.DA_XU_LY


def may(roles: Collection[Role], action: PetitionAction) -> bool:
    if action in LEADER_ACTIONS:
        return Role.LANH_DAO in roles
    return bool(_HANDLER_ROLES.intersection(roles))


def next_status(
    status: PetitionStatus,
    action: PetitionAction,
    roles: Collection[Role],
    handling: Handling | None = None,
) -> PetitionStatus:
    """The state after `action`; raises PermissionDenied or TransitionError, never returns a silent no-op."""
    if not may(roles, action):
        raise PermissionDenied(action)
    if action is A.APPROVE:
        if status is not S.CHO_DUYET or handling is None:
            raise TransitionError(action, status)
        return approved_status(handling)
    if action is A.WITHDRAW:
        # A withdrawal (whole) ends any petition still being handled; a partial one is a follow-up event instead.
        if status in FINAL:
            raise TransitionError(action, status)
        return S.RUT_DON
    if action is A.REOPEN:
        if status not in FINAL:
            raise TransitionError(action, status)
        return S.DANG_XU_LY
    target = _MOVES.get((action, status))
    if target is None:
        raise TransitionError(action, status)
    return target


def actions_from(status: PetitionStatus, roles: Collection[Role]) -> list[PetitionAction]:
    """The actions the screen should offer for a petition in `status` to these roles."""
    offered = [a for a in PetitionAction if may(roles, a)]
    result: list[PetitionAction] = []
    for action in offered:
        try:
            next_status(status, action, roles, Handling.THU_LY if action is A.APPROVE else None)
        except (TransitionError, PermissionDenied):
            continue
        result.append(action)
    return result


DECISION_ACTIONS: tuple[PetitionAction, ...] = (
    A.CLASSIFY,
    A.PROPOSE,
    A.APPROVE,
    A.RETURN,
    A.REOPEN,
    A.VOID_RESULT,
)
"""The handling steps taken on the petition itself; registering is the form's, the rest are follow-up events."""


def decision_actions(
    status: PetitionStatus, roles: Collection[Role], *, has_pending_proposal: bool
) -> list[PetitionAction]:
    """The handling steps to offer now: allowed in this state to these roles; approving or returning needs a
    proposal waiting for the leader."""
    allowed = [a for a in actions_from(status, roles) if a in DECISION_ACTIONS]
    if not has_pending_proposal:
        allowed = [a for a in allowed if a not in (A.APPROVE, A.RETURN)]
    return allowed
