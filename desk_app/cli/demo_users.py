"""The demo office's sign-in accounts (DOMAIN §16.6): truong, tiepdan, xulydon, quantri and baocao, password `demo`.

`demo` is far below the password policy on purpose, so that a demo office can be tried at once: each account is
created through the user service with a strong throw-away password, then its key slot is re-wrapped under `demo`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Final

from desk_app.domain.enums import Role
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.services.users.session import set_up_security
from desk_app.storage.keyslots import OWASP_FLOOR, KeySlots

PASSWORD: Final = "demo"
ADMIN: Final = "quantri"


@dataclass(frozen=True, slots=True)
class DemoUser:
    login: str
    full_name: str
    roles: tuple[Role, ...]
    staff_id: int | None


def plan(services: Services) -> tuple[DemoUser, ...]:
    """Who gets an account, read from the demo's staff list: the head, the first two officers, two new people."""
    staff = services.office.list_staff()
    head = next(st for st in staff if st.is_head)
    officers = sorted(
        (st for st in staff if not st.is_leader and Role.TIEP_CONG_DAN in st.roles), key=lambda st: st.id or 0
    )
    reception = officers[0] if officers else None
    handler = officers[1] if len(officers) > 1 else None
    return (
        DemoUser("truong", head.full_name, (Role.LANH_DAO,), head.id),
        DemoUser("tiepdan", reception.full_name if reception else "Lê Hoàng Phúc", (Role.TIEP_CONG_DAN,),
                 reception.id if reception else None),
        DemoUser("xulydon", handler.full_name if handler else "Võ Thị Ngọc Hân", (Role.XU_LY_DON,),
                 handler.id if handler else None),
        DemoUser("baocao", txt.DEMO_VIEWER_NAME, (Role.XEM_BAO_CAO,), None),
    )  # fmt: skip


def create(paths: AppPaths, users: tuple[DemoUser, ...]) -> str:
    """Secure the demo office with `quantri` as its administrator, add `users`; the recovery key to print."""
    # The demo's passwords are all `demo`: a costlier derivation would protect nothing and slow every demo down.
    throwaway = secrets.token_urlsafe(18)
    services, recovery_key = set_up_security(
        paths, ADMIN, txt.DEMO_ADMIN_NAME, throwaway, local_now(), kdf=OWASP_FLOOR
    )
    try:
        key = services.ctx.key
        assert key is not None  # set_up_security opens the office with its new key
        for user in users:
            services.users.add_user(
                user.login, user.full_name, user.roles, secrets.token_urlsafe(18), staff_id=user.staff_id
            )
        slots = KeySlots.load(paths.data, kdf=OWASP_FLOOR)
        for login in (ADMIN, *(u.login for u in users)):
            slots.add(login, PASSWORD, key)
    finally:
        services.close()
    return recovery_key
