"""The command line: `desk-app` opens the window, `desk-app COMMAND` works headless (DOMAIN §16.4)."""

from __future__ import annotations

import argparse
import contextlib
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from desk_app import cli_deadline, cli_staff, cli_transfer
from desk_app.domain.enums import OfficeKind
from desk_app.domain.text import nfc, nfc_opt
from desk_app.errors import (
    ConflictError,
    DeskError,
    FieldError,
    NotFoundError,
    ValidationError,
)
from desk_app.i18n import vi, vi_calendar
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths, resolve
from desk_app.services.demo.service import DemoSummary, fill_demo
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import open_services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
UBND_KINDS = frozenset({OfficeKind.UBND_XA, OfficeKind.UBND_TINH})
_PLACE_UNITS = ("ĐẶC KHU", "THỊ TRẤN", "PHƯỜNG", "XÃ", "THÀNH PHỐ", "TỈNH")
_ABBREVIATION_SKIP = frozenset({"VÀ", "-", "–"})


class CliError(DeskError):
    """An expected problem already worded in Vietnamese for the command line."""


# Parser -----------------------------------------------------------------------------------------------------
class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, txt.USAGE_PREFIX if prefix is None else prefix)


class VietnameseParser(argparse.ArgumentParser):
    """argparse with Vietnamese help and one-line Vietnamese errors (exit status 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = txt.POSITIONALS_TITLE
        self._optionals.title = txt.OPTIONALS_TITLE
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=txt.HELP_HELP)

    def error(self, message: str) -> NoReturn:
        _fail(translate_argparse_error(message))


_ARGPARSE_ERRORS: tuple[tuple[str, str], ...] = (
    (rf"argument {txt.COMMAND_METAVAR}: invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)",
     txt.ARG_UNKNOWN_COMMAND),
    (r"argument (?P<argument>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)",
     txt.ARG_INVALID_CHOICE),
    (r"argument (?P<argument>.+?): invalid (?P<type>\w+) value: (?P<value>.+)", txt.ARG_INVALID_VALUE),
    (r"argument (?P<argument>.+?): expected one argument", txt.ARG_EXPECTED_VALUE),
    (r"argument (?P<argument>.+?): not allowed with argument (?P<other>.+)", txt.ARG_NOT_ALLOWED),
    (r"the following arguments are required: (?P<arguments>.+)", txt.ARG_REQUIRED),
    (r"unrecognized arguments: (?P<arguments>.+)", txt.ARG_UNRECOGNIZED),
    (r"one of the arguments (?P<arguments>.+) is required", txt.ARG_ONE_REQUIRED),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", txt.ARG_AMBIGUOUS),
)  # fmt: skip


def translate_argparse_error(message: str) -> str:
    """argparse's English error message as one Vietnamese sentence."""
    for pattern, template in _ARGPARSE_ERRORS:
        match = re.fullmatch(pattern, message.strip())
        if match:
            words = match.groupdict()
            if "choices" in words:
                words["choices"] = _plain_list(words["choices"])
            if "type" in words:
                words["type"] = txt.TYPE_NAMES.get(words["type"], words["type"])
            return template.format(**words)
    return txt.ARG_OTHER.format(detail=message.strip())


def _plain_list(choices: str) -> str:
    return ", ".join(part.strip().strip("'\"") for part in choices.split(","))


def _data_dir_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Below a command the default is SUPPRESS, so a value given before the command is not overwritten.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", metavar=txt.METAVAR_DIR, default=default, help=txt.HELP_DATA_DIR)


def build_parser() -> VietnameseParser:
    """The parser of every command of DOMAIN §16.4 (the later ones only answer that they come later)."""
    parser = VietnameseParser(prog=txt.PROG, description=txt.DESCRIPTION, epilog=txt.EPILOG)
    _data_dir_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", title=txt.COMMANDS_TITLE, metavar=txt.COMMAND_METAVAR)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _data_dir_option(p, top=False)
        return p

    kinds = [k.value for k in OfficeKind]
    init = command("init", txt.HELP_INIT)
    init.add_argument("--office-name", required=True, metavar=txt.METAVAR_NAME, help=txt.HELP_OFFICE_NAME)
    init.add_argument(
        "--office-kind",
        required=True,
        type=lambda s: s.strip().upper(),
        choices=kinds,
        metavar=txt.METAVAR_KIND,
        help=txt.HELP_OFFICE_KIND.format(choices=", ".join(kinds)),
    )
    init.add_argument("--parent-name", metavar=txt.METAVAR_NAME, help=txt.HELP_PARENT_NAME)
    init.add_argument("--place-name", metavar=txt.METAVAR_NAME, help=txt.HELP_PLACE_NAME)
    init.add_argument("--head-title", metavar=txt.METAVAR_TITLE, help=txt.HELP_HEAD_TITLE)
    init.add_argument("--abbreviation", metavar=txt.METAVAR_ABBR, help=txt.HELP_ABBREVIATION)

    demo = command("demo", txt.HELP_DEMO)
    demo.add_argument("--seed", type=int, default=1, metavar="N", help=txt.HELP_SEED)

    command("self-test", txt.HELP_SELF_TEST)

    cli_deadline.configure_parser(command("deadline", vi_calendar.HELP_DEADLINE))
    for name, help_text in (("import", txt.HELP_IMPORT), ("export", txt.HELP_EXPORT)):
        p = command(name, help_text)
        p.add_argument("what", nargs="?", metavar="visits|petitions", help=txt.HELP_WHAT)
        p.add_argument("file", nargs="?", metavar="FILE", help=txt.HELP_FILE)
        if name == "export":
            p.add_argument("--from", dest="date_from", metavar="D", help=txt.HELP_FROM)
            p.add_argument("--to", dest="date_to", metavar="D", help=txt.HELP_TO)
    cli_staff.configure_parser(command("staff", txt.HELP_STAFF))
    report = command("report", txt.HELP_REPORT)
    report.add_argument("form", nargs="?", metavar="FORM", help=txt.HELP_FORM)
    report.add_argument("--period", metavar="P", help=txt.HELP_PERIOD)
    report.add_argument("--from", dest="date_from", metavar="D", help=txt.HELP_FROM)
    report.add_argument("--to", dest="date_to", metavar="D", help=txt.HELP_TO)
    report.add_argument("--format", metavar="json|csv|xlsx|pdf", help=txt.HELP_FORMAT)
    report.add_argument("--out", metavar="FILE", help=txt.HELP_OUT)
    return parser


# Errors -----------------------------------------------------------------------------------------------------
def _fail(message: str) -> NoReturn:
    print(txt.ERROR_PREFIX + _one_line(message), file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _key_text(key: str) -> str:
    return txt.ERRORS.get(key) or vi.error_text(key)


def describe(exc: BaseException, folder: Path) -> str:
    """One Vietnamese sentence for an expected problem."""
    if isinstance(exc, ValidationError):
        return " ".join(dict.fromkeys(_key_text(e.key) for e in exc.errors)) or txt.UNKNOWN_ERROR
    if isinstance(exc, NotFoundError | ConflictError):
        return _key_text(exc.key)
    if isinstance(exc, DeskError):
        return str(exc)
    if isinstance(exc, OperationalError | sqlite3.OperationalError) and "locked" in str(exc).lower():
        return txt.DB_LOCKED.format(folder=folder)
    if isinstance(exc, DatabaseError | sqlite3.DatabaseError) and "not a database" in str(exc).lower():
        return txt.DB_UNREADABLE.format(folder=folder)
    if isinstance(exc, SQLAlchemyError | sqlite3.Error):
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return txt.DB_ERROR.format(folder=folder, detail=detail)
    if isinstance(exc, OSError):
        return txt.FOLDER_UNWRITABLE.format(folder=folder, reason=exc.strerror or exc)
    return str(exc)


EXPECTED = (DeskError, OSError, SQLAlchemyError, sqlite3.Error)


@contextlib.contextmanager
def folder_lock(paths: AppPaths) -> Iterator[None]:
    """Hold the data folder's lock (the one the window holds for its session) while a command writes."""
    from PySide6.QtCore import QLockFile

    paths.data.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() is QLockFile.LockError.LockFailedError:
            raise CliError(txt.FOLDER_IN_USE.format(folder=paths.data))
        raise CliError(txt.FOLDER_UNWRITABLE.format(folder=paths.data, reason=txt.LOCK_NOT_WRITABLE))
    try:
        yield
    finally:
        lock.unlock()


# init -------------------------------------------------------------------------------------------------------
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


def _cmd_init(ns: argparse.Namespace, paths: AppPaths) -> int:
    if not paths.database.exists():
        _office_info(ns, None)  # a new folder is created only for a complete office
    with folder_lock(paths):
        services = open_services(paths)
        try:
            before = services.office.get()
            saved = services.office.save(_office_info(ns, before))
        finally:
            services.close()
    template = txt.INIT_UPDATED if before else txt.INIT_CREATED
    print(
        template.format(
            name=saved.name,
            kind=vi.OFFICE_KIND[saved.kind],
            abbreviation=saved.abbreviation,
            place=saved.place_name,
            head_title=saved.head_title,
            folder=paths.data,
        )
    )
    return EXIT_OK


# demo -------------------------------------------------------------------------------------------------------
def _cmd_demo(ns: argparse.Namespace, paths: AppPaths) -> int:
    progress: Callable[[int, int], None] | None = None
    if sys.stderr.isatty():

        def progress(done: int, total: int) -> None:
            print(txt.DEMO_PROGRESS.format(done=done, total=total), end="", file=sys.stderr, flush=True)

    with folder_lock(paths):
        services = open_services(paths)
        try:
            summary = fill_demo(services, seed=ns.seed, progress=progress)
        finally:
            services.close()
            if progress is not None:
                print(file=sys.stderr)
    print(_demo_line(summary, paths.data))
    return EXIT_OK


def _demo_line(s: DemoSummary, folder: Path) -> str:
    if s.first_day is None or s.last_day is None:
        return txt.DEMO_EMPTY
    return txt.DEMO_DONE.format(
        folder=folder,
        visits=s.visits,
        first=s.first_day.strftime("%d/%m/%Y"),
        last=s.last_day.strftime("%d/%m/%Y"),
        refused=s.refused,
        delegations=s.delegations,
        repeats=s.repeat_visits,
        cases=s.cases,
        citizens=s.citizens,
        petitions=s.petitions,
    )


def _cmd_self_test(_ns: argparse.Namespace, _paths: AppPaths) -> int:
    from desk_app.cli_selftest import run_self_test

    return run_self_test()


# deadline, report, the window, main ------------------------------------------------------------------------------
def _cmd_deadline(ns: argparse.Namespace, _paths: AppPaths) -> int:
    # Pure computation: the data folder is accepted but never created or opened.
    return cli_deadline.run(ns)


def _cmd_report(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli_report import run

    return run(ns, paths)


def _start_window(paths: AppPaths) -> int:
    from desk_app.app import run_gui

    return run_gui(paths, sys.argv[:1] or [txt.PROG])


HANDLERS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "self-test": _cmd_self_test,
    "deadline": _cmd_deadline,
    "import": cli_transfer.cmd_import,
    "export": cli_transfer.cmd_export,
    "report": _cmd_report,
    "staff": cli_staff.run,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the return value is the process exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        ns, extras = parser.parse_known_args(args)
        if extras:
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    paths = resolve(ns.data_dir)
    if ns.command is None:
        return _start_window(paths)
    try:
        return HANDLERS[ns.command](ns, paths)
    except EXPECTED as exc:
        print(txt.ERROR_PREFIX + _one_line(describe(exc, paths.data)), file=sys.stderr)
        return EXIT_USAGE
