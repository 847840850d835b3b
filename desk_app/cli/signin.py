"""Who runs a command (DOMAIN §16.6): --user or DESK_APP_USER, the password from DESK_APP_PASSWORD or the terminal.

An office with key slots opens only for a signed-in user, whose roles gate the command and mask what it returns;
an office without users (a plain database, as every office was before issue 11) opens as before, for whoever holds
its folder. Every command that opens the office is in the audit log, and so is every refusal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Final

from desk_app.cli.common import CliError
from desk_app.domain.enums import Role
from desk_app.domain.passwords import MIN_LENGTH, password_problem
from desk_app.domain.permissions import Action, allowed
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import labels
from desk_app.i18n import vi_cli as txt
from desk_app.i18n.formatting import fmt_date
from desk_app.paths import AppPaths
from desk_app.services.audit import event
from desk_app.services.audit.events import DENIED
from desk_app.services.context import local_now
from desk_app.services.registry import Services, open_services
from desk_app.services.users.session import is_secured, sign_in
from desk_app.storage.keyslots import AccountLocked, WrongPassword

USER_ENV: Final = "DESK_APP_USER"
PASSWORD_ENV: Final = "DESK_APP_PASSWORD"
COMMAND: Final = "command"  # the audit log's action and entity of a command run (labels: i18n.vi_audit)
COMMAND_ENTITY: Final = "command"
UNGATED: Final = frozenset({"self-test"})
"""The commands that never need a user (and --help, which argparse answers before anything runs)."""

Gate = Callable[[Collection[Role]], bool]


def may(action: Action) -> Gate:
    return lambda roles: allowed(roles, action)


def manages_office(roles: Collection[Role]) -> bool:
    """The office's settings and staff list: an administrator's work (§13.3 QUAN_TRI: users, calendar, settings)."""
    return allowed(roles, Action.MANAGE_USERS)


def not_only_reports(roles: Collection[Role]) -> bool:
    """XEM_BAO_CAO may run `report` only (§16.6); any other role may run the harmless commands."""
    return bool(set(roles) - {Role.XEM_BAO_CAO})


def add_user_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Below a command the default is SUPPRESS, so a --user given before the command is not overwritten.
    parser.add_argument(
        "--user", metavar=txt.METAVAR_LOGIN, default=None if top else argparse.SUPPRESS, help=txt.HELP_USER
    )


@dataclass(frozen=True, slots=True)
class Credentials:
    login: str
    password: str


def has_terminal() -> bool:
    """Whether a password can be asked without echo: a console on stdin, or (POSIX) the controlling terminal."""
    if sys.stdin is not None and sys.stdin.isatty():
        return True
    if os.name != "posix":
        return False
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def ask_password(prompt: str) -> str:
    """Asked on the terminal without echo (getpass reads /dev/tty, so stdin stays free for `user add`)."""
    if not has_terminal():
        raise CliError(txt.SIGN_IN_NO_TERMINAL)
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        raise CliError(txt.SIGN_IN_WRONG) from None


def new_password(login: str) -> str:
    """A new user's password at set-up: DESK_APP_PASSWORD, else typed twice without echo; checked by the policy."""
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = ask_password(txt.NEW_PASSWORD_PROMPT.format(login=login, min=MIN_LENGTH))
        problem = password_problem(password, login=login)
        if problem is None and ask_password(txt.NEW_PASSWORD_AGAIN) != password:
            raise CliError(txt.PASSWORDS_DIFFER)
    problem = password_problem(password, login=login)
    if problem:
        raise ValidationError([FieldError("password", problem)])
    return password


def credentials(ns: argparse.Namespace) -> Credentials:
    """The acting user's login and password; asked once, before anything is opened."""
    login = (getattr(ns, "user", None) or os.environ.get(USER_ENV) or "").strip()
    if not login:
        raise CliError(txt.SIGN_IN_NEEDS_USER)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = ask_password(txt.PASSWORD_PROMPT.format(login=login))
    return Credentials(login, password)


def prepare(ns: argparse.Namespace, paths: AppPaths) -> None:
    """Called by the dispatch before any command runs: on a secured office, gather the acting user's credentials."""
    ns.credentials = None
    if ns.command not in UNGATED and is_secured(paths):
        if ns.command == "init" and getattr(ns, "admin", None):
            raise CliError(
                txt.ALREADY_SECURED.format(folder=paths.data)
            )  # before asking a password for nothing
        ns.credentials = credentials(ns)


def open_office(ns: argparse.Namespace, paths: AppPaths, gate: Gate, command: str) -> Services:
    """The office's services as the acting user, allowed to run `command`; refused with one line otherwise.

    A wrong login or password, a locked account or a role that may not run the command raise CliError before
    anything of the office is read or written (a refusal is logged; the key slots count a wrong password).
    """
    creds: Credentials | None = getattr(ns, "credentials", None)
    if creds is None:
        if is_secured(paths):  # secured since the dispatch looked (a set-up in the same command)
            creds = credentials(ns)
        else:
            return _open_plain(paths, command)
    try:
        services = sign_in(paths, creds.login, creds.password, local_now())
    except WrongPassword:
        raise CliError(txt.SIGN_IN_WRONG) from None
    except AccountLocked as locked:
        until = f"{locked.until:%H:%M} {fmt_date(locked.until.date())}"
        raise CliError(txt.SIGN_IN_LOCKED.format(login=creds.login, until=until)) from None
    actor = services.ctx.actor
    if not gate(actor.roles):
        _log(services, DENIED, command)
        services.close()
        names = ", ".join(labels.ROLE[r] for r in actor.roles)
        raise CliError(txt.DENIED.format(login=actor.login, roles=names, command=command))
    _log(services, COMMAND, command)
    return services


def _open_plain(paths: AppPaths, command: str) -> Services:
    services = open_services(paths)
    actor = services.ctx.actor
    # No users yet: whoever holds the folder holds everything, as before sign-in existed.
    actor.name, actor.roles = txt.CLI_ACTOR, tuple(Role)
    _log(services, COMMAND, command)
    return services


def _log(services: Services, action: str, command: str) -> None:
    event(services.ctx, action, COMMAND_ENTITY, 0, {"command": command})
