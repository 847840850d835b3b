"""`desk-app init` (the office, with sensible defaults) and `desk-app demo` (a year of invented records)."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk_app.cli import demo_users, signin
from desk_app.cli.common import EXIT_OK, CliError, folder_lock
from desk_app.domain.enums import OfficeKind
from desk_app.domain.passwords import login_problem, normalise_login
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import labels
from desk_app.i18n import vi_cli as txt
from desk_app.i18n.formatting import fmt_date
from desk_app.paths import AppPaths
from desk_app.services.context import local_now
from desk_app.services.demo.service import DemoSummary, fill_demo
from desk_app.services.office.service import OfficeInfo
from desk_app.services.users.session import is_secured, set_up_security

UBND_KINDS = frozenset({OfficeKind.UBND_XA, OfficeKind.UBND_TINH})
_PLACE_UNITS = ("ĐẶC KHU", "THỊ TRẤN", "PHƯỜNG", "XÃ", "THÀNH PHỐ", "TỈNH")
_ABBREVIATION_SKIP = frozenset({"VÀ", "-", "–"})


def configure_init(parser: argparse.ArgumentParser) -> None:
    """The options of `init`: the office's name and kind, the rest defaulted from them."""
    kinds = [k.value for k in OfficeKind]
    parser.add_argument("--office-name", required=True, metavar=txt.METAVAR_NAME, help=txt.HELP_OFFICE_NAME)
    parser.add_argument(
        "--office-kind",
        required=True,
        type=lambda s: s.strip().upper(),
        choices=kinds,
        metavar=txt.METAVAR_KIND,
        help=txt.HELP_OFFICE_KIND.format(choices=", ".join(kinds)),
    )
    parser.add_argument("--parent-name", metavar=txt.METAVAR_NAME, help=txt.HELP_PARENT_NAME)
    parser.add_argument("--place-name", metavar=txt.METAVAR_NAME, help=txt.HELP_PLACE_NAME)
    parser.add_argument("--head-title", metavar=txt.METAVAR_TITLE, help=txt.HELP_HEAD_TITLE)
    parser.add_argument("--abbreviation", metavar=txt.METAVAR_ABBR, help=txt.HELP_ABBREVIATION)
    parser.add_argument("--admin", metavar=txt.METAVAR_LOGIN, help=txt.HELP_ADMIN)
    parser.add_argument("--admin-name", metavar=txt.METAVAR_NAME, help=txt.HELP_ADMIN_NAME)


def default_place_name(name: str, parent_name: str | None) -> str | None:
    """ "ỦY BAN NHÂN DÂN XÃ AN PHÚ" → "An Phú"; else from the parent ("UBND TỈNH AN GIANG" → "An Giang")."""
    for text in (name, parent_name or ""):
        upper = nfc(text).upper()
        for unit in _PLACE_UNITS:
            match = re.search(rf"(?:^|\s){unit}\s+(.+)$", upper)
            if match:
                return match.group(1).strip().title()
    return None


def default_head_title(kind: OfficeKind) -> str:
    if kind in UBND_KINDS:
        return "CHỦ TỊCH"
    return "GIÁM ĐỐC" if kind is OfficeKind.SO else "THỦ TRƯỞNG"


def default_abbreviation(name: str, kind: OfficeKind) -> str:
    """UBND for a People's Committee, else the initials: "SỞ TƯ PHÁP" → "STP"."""
    if kind in UBND_KINDS:
        return "UBND"
    initials = []
    for word in nfc(name).upper().split():
        if word in _ABBREVIATION_SKIP:
            continue
        first = word[0]
        initials.append(first if first == "Đ" else unicodedata.normalize("NFD", first)[0])
    return "".join(ch for ch in initials if ch.isalnum())


def _office_info(ns: argparse.Namespace, before: OfficeInfo | None) -> OfficeInfo:
    """The office to save from the options, the defaults and what was saved before; raises when incomplete."""
    kind = OfficeKind(ns.office_kind)
    name = nfc(ns.office_name)
    if not name:
        raise ValidationError([FieldError("office.name", "required")])
    parent = nfc_opt(ns.parent_name) or (before.parent_name if before else None)
    place = (
        nfc_opt(ns.place_name)
        or default_place_name(name, parent)
        or (before.place_name if before and before.kind is kind else None)
    )
    if not place:
        raise CliError(txt.PLACE_UNKNOWN)
    abbreviation = nfc_opt(ns.abbreviation) or default_abbreviation(name, kind)
    if not abbreviation:
        raise CliError(txt.ABBREVIATION_UNKNOWN)
    return OfficeInfo(
        name=name,
        abbreviation=abbreviation,
        kind=kind,
        place_name=place,
        head_title=nfc_opt(ns.head_title) or default_head_title(kind),
        parent_name=parent,
        address=before.address if before else None,
        phone=before.phone if before else None,
        email=before.email if before else None,
        website=before.website if before else None,
        collective_regime=kind in UBND_KINDS,
        report_calendar_months=before.report_calendar_months if before else False,
    )


def cmd_init(ns: argparse.Namespace, paths: AppPaths) -> int:
    admin = _first_admin(ns, paths)
    if not paths.database.exists():
        _office_info(ns, None)  # a new folder is created only for a complete office
    with folder_lock(paths):
        services = signin.open_office(ns, paths, signin.manages_office, "init")
        try:
            before = services.office.get()
            saved = services.office.save(_office_info(ns, before))
        finally:
            services.close()
        recovery_key = _secure(paths, admin) if admin else None
    template = txt.INIT_UPDATED if before else txt.INIT_CREATED
    print(
        template.format(
            name=saved.name,
            kind=labels.OFFICE_KIND[saved.kind],
            abbreviation=saved.abbreviation,
            place=saved.place_name,
            head_title=saved.head_title,
            folder=paths.data,
        )
    )
    if admin and recovery_key:
        print(txt.ADMIN_CREATED.format(login=admin.login, name=admin.full_name))
        print(txt.RECOVERY_KEY.format(key=recovery_key))
    return EXIT_OK


@dataclass(frozen=True, slots=True)
class _Admin:
    login: str
    full_name: str
    password: str


def _first_admin(ns: argparse.Namespace, paths: AppPaths) -> _Admin | None:
    """The first administrator asked for with --admin/--admin-name, checked before anything is written."""
    login, name = (ns.admin or "").strip(), " ".join(nfc(ns.admin_name or "").split())
    if not login and not name:
        return None
    if not login or not name:
        raise CliError(txt.ADMIN_NAME_MISSING)
    if is_secured(paths):
        raise CliError(txt.ALREADY_SECURED.format(folder=paths.data))
    problem = login_problem(login)
    if problem:
        raise ValidationError([FieldError("login", problem)])
    password = signin.new_password(normalise_login(login))
    return _Admin(normalise_login(login), name, password)


def _secure(paths: AppPaths, admin: _Admin) -> str:
    """Create the first user (administrator), encrypt the office under its new key; the recovery key to print."""
    services, recovery_key = set_up_security(paths, admin.login, admin.full_name, admin.password, local_now())
    services.close()
    return recovery_key


def cmd_demo(ns: argparse.Namespace, paths: AppPaths) -> int:
    progress: Callable[[int, int], None] | None = None
    if sys.stderr.isatty():

        def progress(done: int, total: int) -> None:
            print(txt.DEMO_PROGRESS.format(done=done, total=total), end="", file=sys.stderr, flush=True)

    secured = is_secured(paths)
    with folder_lock(paths):
        # a secured office takes demo records only from a leader, who sees all that the demo enters
        services = signin.open_office(ns, paths, signin.may(Action.SEE_ALL_CONFIDENTIAL), "demo")
        try:
            summary = fill_demo(services, seed=ns.seed, progress=progress)
            plan = None if secured else demo_users.plan(services)
        finally:
            services.close()
            if progress is not None:
                print(file=sys.stderr)
        recovery_key = demo_users.create(paths, plan) if plan else None
    print(_demo_line(summary, paths.data))
    if recovery_key:
        print(txt.DEMO_USERS.format(password=demo_users.PASSWORD))
        print(txt.RECOVERY_KEY.format(key=recovery_key))
    return EXIT_OK


def _demo_line(s: DemoSummary, folder: Path) -> str:
    if s.first_day is None or s.last_day is None:
        return txt.DEMO_EMPTY
    return txt.DEMO_DONE.format(
        folder=folder,
        visits=s.visits,
        first=fmt_date(s.first_day),
        last=fmt_date(s.last_day),
        refused=s.refused,
        delegations=s.delegations,
        repeats=s.repeat_visits,
        cases=s.cases,
        citizens=s.citizens,
        petitions=s.petitions,
    )
