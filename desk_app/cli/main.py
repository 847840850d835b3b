"""The command line's parser and dispatch: `desk-app` opens the window, `desk-app COMMAND` works headless (§16.4)."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from desk_app import logging_setup
from desk_app.cli import deadline, office, signin, staff, transfer, users
from desk_app.cli.common import EXIT_USAGE, EXPECTED, describe, fail, one_line
from desk_app.i18n import vi_cli as txt
from desk_app.i18n import vi_working_calendar
from desk_app.paths import AppPaths, resolve
from desk_app.storage.health import DatabaseDamaged

log = logging.getLogger(__name__)


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
        fail(translate_argparse_error(message))


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


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Below a command the default is SUPPRESS, so a value given before the command is not overwritten.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", metavar=txt.METAVAR_DIR, default=default, help=txt.HELP_DATA_DIR)
    signin.add_user_option(parser, top=top)


def build_parser() -> VietnameseParser:
    """The parser of every command of DOMAIN §16.4 (the later ones only answer that they come later)."""
    parser = VietnameseParser(prog=txt.PROG, description=txt.DESCRIPTION, epilog=txt.EPILOG)
    _common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", title=txt.COMMANDS_TITLE, metavar=txt.COMMAND_METAVAR)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common_options(p, top=False)
        return p

    office.configure_init(command("init", txt.HELP_INIT))

    demo = command("demo", txt.HELP_DEMO)
    demo.add_argument("--seed", type=int, default=1, metavar="N", help=txt.HELP_SEED)

    command("self-test", txt.HELP_SELF_TEST)

    deadline.configure_parser(command("deadline", vi_working_calendar.HELP_DEADLINE))
    for name, help_text in (("import", txt.HELP_IMPORT), ("export", txt.HELP_EXPORT)):
        p = command(name, help_text)
        if name == "import":  # the history of sessions and dialogues is imported, not exported (DOMAIN §16.4)
            p.add_argument(
                "what", nargs="?", metavar="visits|petitions|sessions|dialogues", help=txt.HELP_WHAT_IMPORT
            )
        else:
            p.add_argument("what", nargs="?", metavar="visits|petitions", help=txt.HELP_WHAT)
        p.add_argument("file", nargs="?", metavar="FILE", help=txt.HELP_FILE)
        if name == "export":
            p.add_argument("--from", dest="date_from", metavar="D", help=txt.HELP_FROM)
            p.add_argument("--to", dest="date_to", metavar="D", help=txt.HELP_TO)
    staff.configure_parser(command("staff", txt.HELP_STAFF))
    users.configure_parser(command("user", txt.HELP_USERS))
    audit_log = command("audit", txt.HELP_AUDIT)
    audit_log.add_argument("--from", dest="date_from", metavar="D", help=txt.HELP_FROM)
    audit_log.add_argument("--to", dest="date_to", metavar="D", help=txt.HELP_TO)
    audit_log.add_argument("--json", action="store_true", help=txt.HELP_JSON)
    audit_log.add_argument("--verify", action="store_true", help=txt.HELP_VERIFY)
    report = command("report", txt.HELP_REPORT)
    report.add_argument("form", nargs="?", metavar="FORM", help=txt.HELP_FORM)
    report.add_argument("--period", metavar="P", help=txt.HELP_PERIOD)
    report.add_argument("--from", dest="date_from", metavar="D", help=txt.HELP_FROM)
    report.add_argument("--to", dest="date_to", metavar="D", help=txt.HELP_TO)
    report.add_argument("--format", metavar="json|csv|xlsx|pdf|txt|docx", help=txt.HELP_FORMAT)
    report.add_argument("--out", metavar="FILE", help=txt.HELP_OUT)
    command("backup", txt.HELP_BACKUP).add_argument("--out", metavar="FILE", help=txt.HELP_BACKUP_OUT)
    restore = command("restore", txt.HELP_RESTORE)
    restore.add_argument("file", nargs="?", metavar="FILE", help=txt.HELP_RESTORE_FILE)
    restore.add_argument("--latest", action="store_true", help=txt.HELP_LATEST)
    command("check", txt.HELP_CHECK)
    return parser


# self-test, deadline, report, the window, main ------------------------------------------------------------------
def _cmd_self_test(_ns: argparse.Namespace, _paths: AppPaths) -> int:
    from desk_app.cli.selftest import run_self_test

    return run_self_test()


def _cmd_deadline(ns: argparse.Namespace, _paths: AppPaths) -> int:
    # The data folder is read when it has an office (its rule versions), never created.
    return deadline.run(ns)


def _cmd_audit(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli.audit_log import run

    return run(ns, paths)


def _cmd_report(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli.report import run

    return run(ns, paths)


def _cmd_backup(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli.backup import cmd_backup

    return cmd_backup(ns, paths)


def _cmd_restore(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli.backup import cmd_restore

    return cmd_restore(ns, paths)


def _cmd_check(ns: argparse.Namespace, paths: AppPaths) -> int:
    from desk_app.cli.backup import cmd_check

    return cmd_check(ns, paths)


def _start_window(paths: AppPaths) -> int:
    from desk_app.app import run_gui

    return run_gui(paths, sys.argv[:1] or [txt.PROG])


HANDLERS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "init": office.cmd_init,
    "demo": office.cmd_demo,
    "self-test": _cmd_self_test,
    "deadline": _cmd_deadline,
    "import": transfer.cmd_import,
    "export": transfer.cmd_export,
    "report": _cmd_report,
    "staff": staff.run,
    "user": users.run,
    "audit": _cmd_audit,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the return value is the process exit status."""
    logging_setup.begin()
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    finally:
        logging_setup.end()


# deadline and self-test never write into the data folder (§16.4); no command creates it just to log.
_LEAVE_FOLDER = frozenset({"deadline", "self-test"})


def _main(args: list[str]) -> int:
    parser = build_parser()
    try:
        ns, extras = parser.parse_known_args(args)
        if extras:
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    paths = resolve(ns.data_dir)
    command: str | None = ns.command
    logs = command not in _LEAVE_FOLDER
    # The window makes its data folder; a command logs into one that exists (init and demo: once made).
    if logs and (command is None or paths.data.is_dir()):
        logging_setup.use_folder(paths.logs, create=True)
    try:
        return _run(ns, paths)
    finally:
        if logs and logging_setup.current_file() is None and paths.data.is_dir():
            logging_setup.use_folder(paths.logs, create=True)


def _run(ns: argparse.Namespace, paths: AppPaths) -> int:
    command: str | None = ns.command
    # Only the command's name: its arguments may hold a name or a file named after a citizen.
    name = command or "window"
    log.info("%s: start", name)
    try:
        if command is None:
            code = _start_window(paths)
        else:
            signin.prepare(ns, paths)
            code = HANDLERS[command](ns, paths)
    except EXPECTED as exc:
        log.warning("%s: %s %s", name, type(exc).__name__, logging_setup.safe_message(exc))
        print(txt.ERROR_PREFIX + one_line(_sentence(exc, paths)), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        log.error("%s: unexpected error\n%s", name, logging_setup.redacted_traceback(exc))
        raise
    log.info("%s: exit %d", name, code)
    return code


def _sentence(exc: BaseException, paths: AppPaths) -> str:
    """The one line of an expected problem; a damaged database also names the command that restores it."""
    text = describe(exc, paths.data)
    if isinstance(exc, DatabaseDamaged):
        from desk_app.cli.backup import damaged_hint

        text += damaged_hint(paths)
    return text
