"""Tests that change the office's settings or calendar mid-test do it as someone allowed to (DOMAIN §13.3)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from desk_app.domain.enums import Role
from desk_app.services.registry import Services

SET_UP_ROLES = (Role.LANH_DAO, Role.QUAN_TRI)
"""Who enters an office's settings, staff and calendar in a fixture: the head with the administrator's role."""


@contextmanager
def acting_as(services: Services, *roles: Role) -> Iterator[Services]:
    """The signed-in user holds `roles` (default: SET_UP_ROLES) inside the block, their own roles again after it."""
    actor = services.ctx.actor
    before, actor.roles = actor.roles, tuple(roles or SET_UP_ROLES)
    try:
        yield services
    finally:
        actor.roles = before


@contextmanager
def acting_in(request: pytest.FixtureRequest, *roles: Role) -> Iterator[None]:
    """acting_as on the test's own services (office_services, else services), for a module-wide autouse fixture."""
    name = next((n for n in ("office_services", "services") if n in request.fixturenames), None)
    if name is None:
        yield
        return
    with acting_as(request.getfixturevalue(name), *roles):
        yield
