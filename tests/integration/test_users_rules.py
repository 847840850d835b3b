"""The role-change rule (users.rules.check_role_change) over every combination hypothesis finds: no change of roles
gets through unless an administrator makes it for someone else, and LANH_DAO moves only with a leader's password
(or before the office ever had a leader account, or with the recovery key)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain.enums import Role
from desk_app.errors import DeskError
from desk_app.services.registry import Services
from desk_app.services.users.rules import check_role_change
from desk_app.storage.records import UserRecord

roles = st.frozensets(st.sampled_from(list(Role)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    actor_roles=roles,
    before=roles,
    after=roles,
    own=st.booleans(),
    had_leader=st.booleans(),
    password=st.sampled_from([None, "", "dung roi", "sai roi"]),
    recovery=st.booleans(),
)
def test_a_role_change_gets_through_only_as_the_rules_say(
    services: Services,
    actor_roles: frozenset[Role],
    before: frozenset[Role],
    after: frozenset[Role],
    own: bool,
    had_leader: bool,
    password: str | None,
    recovery: bool,
) -> None:
    ctx = services.ctx
    ctx.actor.roles = tuple(actor_roles)
    ctx.actor.user_id, ctx.actor.staff_id = 7, 70
    confirmed: list[str] = []

    def confirm(given_password: str) -> None:
        confirmed.append(given_password)
        if given_password != "dung roi":
            raise DeskError("leader_password.wrong")

    with ctx.db.write() as s, s.begin():
        if had_leader:  # a closed account that was once a leader still counts
            s.add(UserRecord(login="cu", full_name="Người Cũ", roles="LANH_DAO", active=False))
            s.flush()
        try:
            check_role_change(
                s,
                ctx,
                before=before,
                after=after,
                user_id=7 if own else 8,
                staff_id=None,
                leader_password=password,
                confirm=confirm,
                recovery=recovery,
            )
            allowed = True
        except DeskError:
            allowed = False
        s.rollback()

    if before == after:
        assert allowed
        return
    leader_move = Role.LANH_DAO in before ^ after
    expected = Role.QUAN_TRI in actor_roles and not own
    if leader_move and had_leader and not recovery:
        expected = expected and Role.LANH_DAO in actor_roles and password == "dung roi"
        if allowed:
            assert confirmed == ["dung roi"]
    assert allowed == expected
