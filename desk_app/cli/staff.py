"""`desk-app staff add --name NAME [--title T] [--head | --deputy] [--former]` and `staff list [--json]` (§16.4).

An office set up with `init` names its head, deputies and former presiders here, so that a register naming them
imports; the window's Danh mục & cài đặt edits the same list.
"""

from __future__ import annotations

import argparse
import json

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK, folder_lock
from desk_app.domain.enums import Role
from desk_app.domain.text import nfc, nfc_opt, search_key
from desk_app.errors import DeskError
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.office.service import StaffInfo

MAX_TEXT = 200
"""The staff table's name and position columns hold 200 characters."""


class StaffCliError(DeskError):
    """A one-line Vietnamese problem; the dispatch (cli.main) prints it and exits 2 with nothing changed."""


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """`staff add …` and `staff list …` below the `staff` command."""
    actions = parser.add_subparsers(
        dest="staff_action", title=txt.STAFF_ACTIONS_TITLE, metavar=txt.STAFF_ACTION
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: a --data-dir given before the command is not overwritten.
        p.add_argument(
            "--data-dir", metavar=txt.METAVAR_DIR, default=argparse.SUPPRESS, help=txt.HELP_DATA_DIR
        )
        signin.add_user_option(p, top=False)
        return p

    add = action("add", txt.HELP_STAFF_ADD)
    add.add_argument("--name", required=True, metavar=txt.METAVAR_NAME, help=txt.HELP_STAFF_NAME)
    add.add_argument("--title", metavar=txt.METAVAR_TITLE, help=txt.HELP_STAFF_TITLE)
    rank = add.add_mutually_exclusive_group()
    rank.add_argument("--head", action="store_true", help=txt.HELP_STAFF_HEAD)
    rank.add_argument("--deputy", action="store_true", help=txt.HELP_STAFF_DEPUTY)
    add.add_argument("--former", action="store_true", help=txt.HELP_STAFF_FORMER)
    listing = action("list", txt.HELP_STAFF_LIST)
    listing.add_argument("--json", action="store_true", help=txt.HELP_JSON)


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    action = getattr(ns, "staff_action", None)
    if action is None:
        raise StaffCliError(txt.STAFF_ACTION_MISSING)
    if not paths.database.is_file():
        # Never create a data folder here: an office is set up with init first.
        raise StaffCliError(txt.STAFF_NO_OFFICE.format(folder=paths.data))
    if action == "list":
        return _list(ns, paths)
    return _add(ns, paths)


def _checked(ns: argparse.Namespace) -> StaffInfo:
    """The staff member to add, or StaffCliError before anything is opened for writing."""
    name = " ".join(nfc(ns.name or "").split())
    if not name:
        raise StaffCliError(txt.STAFF_NAME_REQUIRED)
    title = nfc_opt(" ".join((ns.title or "").split()))
    if len(name) > MAX_TEXT or (title is not None and len(title) > MAX_TEXT):
        raise StaffCliError(txt.STAFF_TOO_LONG.format(max=MAX_TEXT))
    if ns.head and ns.former:
        raise StaffCliError(txt.STAFF_FORMER_HEAD)
    leader = bool(ns.head or ns.deputy)
    return StaffInfo(
        full_name=name,
        position=title,
        is_head=bool(ns.head),
        is_deputy_head=bool(ns.deputy),
        roles=(Role.LANH_DAO,) if leader else (Role.TIEP_CONG_DAN,),
        active=not ns.former,
    )


def _add(ns: argparse.Namespace, paths: AppPaths) -> int:
    info = _checked(ns)
    with folder_lock(paths):
        services = signin.open_office(ns, paths, signin.manages_office, "staff add")
        try:
            if services.office.get() is None:
                raise StaffCliError(txt.STAFF_NO_OFFICE.format(folder=paths.data))
            everyone = services.office.list_staff(active_only=False)
            key = search_key(info.full_name)
            same = next((st for st in everyone if search_key(st.full_name) == key), None)
            if same is not None:
                raise StaffCliError(txt.STAFF_EXISTS.format(name=same.full_name))
            before = next((st for st in everyone if st.is_head), None)
            saved = services.office.save_staff(info)
        finally:
            services.close()
    line = txt.STAFF_ADDED.format(who=_describe(saved))
    if saved.is_head and before is not None:
        line += txt.STAFF_HEAD_REPLACED.format(name=before.full_name)
    print(line)
    return EXIT_OK


def _list(ns: argparse.Namespace, paths: AppPaths) -> int:
    services = signin.open_office(ns, paths, signin.not_only_reports, "staff list")
    try:
        staff = services.office.list_staff(active_only=False)
    finally:
        services.close()
    # The head first, then deputies, then everyone else by name; former staff last.
    staff.sort(
        key=lambda st: (not st.active, not st.is_head, not st.is_deputy_head, search_key(st.full_name))
    )
    if ns.json:
        rows = [
            {"id": st.id, "name": st.full_name, "title": st.position, "head": st.is_head,
             "deputy": st.is_deputy_head, "former": not st.active}
            for st in staff
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not staff:
        print(txt.STAFF_NONE)
        return EXIT_OK
    for st in staff:
        print(_describe(st))
    return EXIT_OK


def _describe(st: StaffInfo) -> str:
    """ "Trần Văn Bình (Chủ tịch UBND xã) — thủ trưởng" in words an officer reads."""
    text = txt.STAFF_WITH_TITLE.format(name=st.full_name, title=st.position) if st.position else st.full_name
    marks = []
    if st.is_head:
        marks.append(txt.STAFF_MARK_HEAD)
    elif st.is_deputy_head:
        marks.append(txt.STAFF_MARK_DEPUTY)
    if not st.active:
        marks.append(txt.STAFF_MARK_FORMER)
    return txt.STAFF_LINE.format(who=text, marks=", ".join(marks)) if marks else text
