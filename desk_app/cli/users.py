"""`desk-app user add LOGIN --name NAME --roles R1,R2 [--staff NAME]`, `user list [--json]`, `user password LOGIN`.

The new password is the first line of standard input (so a script can pipe it, and it never shows in the process
list); the acting administrator's own password comes from DESK_APP_PASSWORD or the terminal (DOMAIN §16.6).
"""

from __future__ import annotations

import argparse
import json
import sys

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK, CliError, folder_lock
from desk_app.domain.enums import Role
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, search_key
from desk_app.i18n import labels
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.services.users.session import is_secured

ROLE_CHOICES = ", ".join(r.value for r in Role)


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """`user add …`, `user list …` and `user password …` below the `user` command."""
    actions = parser.add_subparsers(
        dest="user_action", title=txt.STAFF_ACTIONS_TITLE, metavar=txt.USER_ACTION
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--data-dir", metavar=txt.METAVAR_DIR, default=argparse.SUPPRESS, help=txt.HELP_DATA_DIR
        )
        signin.add_user_option(p, top=False)
        return p

    add = action("add", txt.HELP_USER_ADD)
    add.add_argument("login", metavar=txt.METAVAR_LOGIN, help=txt.HELP_LOGIN)
    add.add_argument("--name", required=True, metavar=txt.METAVAR_NAME, help=txt.HELP_USER_NAME)
    add.add_argument(
        "--roles", required=True, metavar=txt.METAVAR_ROLES, help=txt.HELP_ROLES.format(choices=ROLE_CHOICES)
    )
    add.add_argument("--staff", metavar=txt.METAVAR_NAME, help=txt.HELP_USER_STAFF)
    listing = action("list", txt.HELP_USER_LIST)
    listing.add_argument("--json", action="store_true", help=txt.HELP_JSON)
    password = action("password", txt.HELP_USER_PASSWORD)
    password.add_argument("login", metavar=txt.METAVAR_LOGIN, help=txt.HELP_LOGIN)


def parse_roles(text: str) -> tuple[Role, ...]:
    """ "tiep_cong_dan, XU_LY_DON" → the roles, in the order of the Role enum; CliError on an unknown one."""
    wanted: set[Role] = set()
    for part in text.split(","):
        value = part.strip().upper()
        if not value:
            continue
        try:
            wanted.add(Role(value))
        except ValueError:
            raise CliError(txt.ROLES_UNKNOWN.format(value=part.strip(), choices=ROLE_CHOICES)) from None
    if not wanted:
        raise CliError(txt.ROLES_MISSING)
    return tuple(r for r in Role if r in wanted)


def read_new_password() -> str:
    """The first line of standard input, without its line end (spaces inside a password are kept)."""
    line = sys.stdin.readline() if sys.stdin is not None else ""
    password = line.rstrip("\r\n")
    if not password:
        raise CliError(txt.PASSWORD_STDIN_EMPTY)
    return password


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    action = getattr(ns, "user_action", None)
    if action is None:
        raise CliError(txt.USER_ACTION_MISSING)
    if not is_secured(paths):
        raise CliError(txt.NOT_SECURED.format(folder=paths.data))
    command = f"user {action}"
    if action == "list":
        return _list(ns, paths, command)
    if action == "add":
        roles = parse_roles(ns.roles)
        name = " ".join(nfc(ns.name or "").split())
        return _add(ns, paths, command, name, roles)
    with folder_lock(paths):
        services = signin.open_office(ns, paths, signin.may(Action.MANAGE_USERS), command)
        try:
            services.users.reset_password(ns.login, read_new_password())
        finally:
            services.close()
    print(txt.USER_PASSWORD_SET.format(login=ns.login.strip().lower()))
    return EXIT_OK


def _staff_id(services: Services, name: str | None) -> int | None:
    if not name:
        return None
    key = search_key(name)
    for st in services.office.list_staff(active_only=True):
        if search_key(st.full_name) == key:
            return st.id
    raise CliError(txt.STAFF_UNKNOWN.format(name=name))


def _add(ns: argparse.Namespace, paths: AppPaths, command: str, name: str, roles: tuple[Role, ...]) -> int:
    with folder_lock(paths):
        services = signin.open_office(ns, paths, signin.may(Action.MANAGE_USERS), command)
        try:
            # read after the sign-in and the permission: nothing is taken from stdin for a refused command
            password = read_new_password()
            creds: signin.Credentials | None = getattr(ns, "credentials", None)
            user = services.users.add_user(
                ns.login,
                name,
                roles,
                password,
                staff_id=_staff_id(services, ns.staff),
                # a leader naming a leader confirms with the password they signed in with (§16.6)
                leader_password=creds.password if creds else None,
            )
        finally:
            services.close()
    print(txt.USER_ADDED.format(login=user.login, name=user.full_name, roles=_roles(user.roles)))
    return EXIT_OK


def _roles(roles: tuple[Role, ...]) -> str:
    return ", ".join(labels.ROLE[r] for r in roles)


def _list(ns: argparse.Namespace, paths: AppPaths, command: str) -> int:
    services = signin.open_office(ns, paths, signin.may(Action.MANAGE_USERS), command)
    try:
        users = services.users.list_users()
    finally:
        services.close()
    users.sort(key=lambda u: (not u.active, u.login))
    if ns.json:
        rows = [
            {"login": u.login, "name": u.full_name, "roles": [r.value for r in u.roles], "active": u.active}
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not users:
        print(txt.USER_NONE)
    for u in users:
        state = "" if u.active else txt.USER_INACTIVE
        print(txt.USER_LINE.format(login=u.login, name=u.full_name, roles=_roles(u.roles), state=state))
    return EXIT_OK
