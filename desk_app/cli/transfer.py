"""`desk-app import visits|petitions|sessions|dialogues FILE` and `desk-app export visits|petitions FILE
[--from D --to D]` (§16.4)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK, EXIT_USAGE, folder_lock
from desk_app.documents.registers import export_petitions, export_visits
from desk_app.domain.permissions import Action
from desk_app.errors import DeskError
from desk_app.i18n import vi_cli
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.services.transfer.dialogue_import import DialogueImporter
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.services.transfer.session_import import SessionImporter
from desk_app.services.transfer.table import ImportRefused, is_csv_or_xlsx, parse_date
from desk_app.services.transfer.visit_import import VisitImporter

WHAT = ("visits", "petitions")
HISTORY = (
    "sessions",
    "dialogues",
)  # import only (DOMAIN §16.3): the history of leaders' sessions and dialogues
COMMANDS = ("import", "export")


class Imported(Protocol):
    """What every importer returns: the summary the command prints."""

    def headline(self) -> str: ...
    def detail(self) -> str: ...


class TransferCliError(DeskError):
    """A one-line Vietnamese problem; the dispatch (cli.main) prints it and exits 2."""


def _what(ns: argparse.Namespace, kinds: tuple[str, ...] = WHAT) -> str:
    if not ns.what:
        raise TransferCliError(vh.CLI_WHAT_IMPORT if kinds != WHAT else vt.CLI_WHAT)
    if ns.what not in kinds:
        raise TransferCliError(
            (vh.CLI_WHAT_UNKNOWN_IMPORT if kinds != WHAT else vt.CLI_WHAT_UNKNOWN).format(what=ns.what)
        )
    if not ns.file:
        raise TransferCliError(vt.CLI_FILE)
    return str(ns.what)


def _open(
    ns: argparse.Namespace, paths: AppPaths, command: str, action: Action = Action.READ_CASES
) -> Services:
    # Registers are case content: not for an administrator or a report viewer (§16.6); the services check it too.
    return signin.open_office(ns, paths, signin.may(action), command)


def _progress() -> Callable[[int, int], None]:
    """Percent on stderr: in place on a terminal, every 10 % in a log."""
    tty = sys.stderr.isatty()
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        step = 1 if tty else 10
        if percent // step != last[0] // step:
            last[0] = percent
            text = vt.CLI_PROGRESS.format(percent=percent)
            print("\r" + text if tty else text, end="" if tty else "\n", file=sys.stderr, flush=True)

    return show


def cmd_import(ns: argparse.Namespace, paths: AppPaths) -> int:
    what = _what(ns, WHAT + HISTORY)
    path = Path(ns.file).expanduser()
    if not path.is_file():
        raise TransferCliError(vt.CLI_NOT_FOUND.format(path=path))
    big = path.stat().st_size > 256 * 1024
    with folder_lock(paths):
        action = Action.MANAGE_SCHEDULE if what in HISTORY else Action.WRITE_CASES
        services = _open(ns, paths, f"import {what}", action)
        try:
            result: Imported
            if what == "sessions":
                result = SessionImporter(services.ctx).import_file(path)
            elif what == "dialogues":
                result = DialogueImporter(services.ctx).import_file(path)
            else:
                importer = VisitImporter(services.ctx) if what == "visits" else PetitionImporter(services.ctx)
                result = importer.import_file(path, _progress() if big else None)
        except ImportRefused as refused:
            if big and sys.stderr.isatty():
                print(file=sys.stderr)
            if refused.whole_file:  # the file itself is wrong: one line, as for any other command-line error
                reason = " ".join(" ".join(refused.bad_rows[0].reasons).split())
                print(
                    vi_cli.ERROR_PREFIX + vt.CLI_REFUSED_FILE.format(path=path, reason=reason),
                    file=sys.stderr,
                )
                return EXIT_USAGE
            print(
                vi_cli.ERROR_PREFIX + vt.CLI_REFUSED.format(path=path, count=len(refused.bad_rows)),
                file=sys.stderr,
            )
            for bad in refused.bad_rows:
                print(" ".join(bad.text.split()), file=sys.stderr)
            return EXIT_USAGE
        finally:
            services.close()
    if big and sys.stderr.isatty():
        print(file=sys.stderr)
    print(vt.CLI_IMPORTED.format(done=result.headline(), path=path, detail=result.detail()))
    return EXIT_OK


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    day = parse_date(text)
    if day is None:
        raise TransferCliError(vt.CLI_BAD_DATE.format(value=text))
    return day


def cmd_export(ns: argparse.Namespace, paths: AppPaths) -> int:
    what = _what(ns)
    path = Path(ns.file).expanduser()
    if not is_csv_or_xlsx(path):
        raise TransferCliError(vt.CLI_EXPORT_KIND.format(name=path.name))
    start, end = _date(ns.date_from), _date(ns.date_to)
    if start and end and start > end:
        raise TransferCliError(vt.CLI_RANGE.format(start=ns.date_from, end=ns.date_to))
    if not paths.database.exists():
        raise TransferCliError(vt.CLI_NO_DATA.format(folder=paths.data))
    services = _open(ns, paths, f"export {what}")
    try:
        export = export_visits if what == "visits" else export_petitions
        # masked by the acting user's roles, as in the window; an office without users exports in full
        count = export(services.ctx, path, start, end)
    finally:
        services.close()
    template = vt.EXPORTED_VISITS if what == "visits" else vt.EXPORTED_PETITIONS
    print(template.format(count=count, path=path))
    return EXIT_OK
