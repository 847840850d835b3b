"""The services' gate: refuse an action the signed-in user's roles do not allow (domain.permissions)."""

from __future__ import annotations

from desk_app.domain.permissions import Action, allowed
from desk_app.errors import DeskError
from desk_app.services.context import ServiceContext


class AccessDenied(DeskError):
    """The signed-in user's roles do not allow this action; nothing was read or written."""

    def __init__(self, action: Action) -> None:
        super().__init__(f"access.denied:{action}")
        self.key = "access.denied"
        self.action = action


def may(ctx: ServiceContext, action: Action) -> bool:
    return allowed(ctx.actor.roles, action)


def require(ctx: ServiceContext, action: Action) -> None:
    """Raise AccessDenied unless the signed-in user may take `action`."""
    if not may(ctx, action):
        raise AccessDenied(action)
