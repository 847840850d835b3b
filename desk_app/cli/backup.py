"""`desk-app backup [--out FILE]`, `desk-app restore FILE | --latest` and `desk-app check` (DOMAIN §16.4, §16.7).

A damaged database opens for nobody, so nobody's roles can be read from it: `restore` and `check` then ask only that
the password open a key slot (keyslots.json alone) and never write into it. `check` runs its full check that way
before anything opens the office, so a database the quick check passes but the full check fails is not written either.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK, EXIT_USAGE, CliError, describe, folder_lock, one_line
from desk_app.domain.permissions import Action
from desk_app.errors import ConflictError
from desk_app.i18n import vi_backup
from desk_app.i18n import vi_cli as txt
from desk_app.i18n.formatting import fmt_date, fmt_int
from desk_app.paths import AppPaths
from desk_app.services.audit import chain as audit_chain
from desk_app.services.backup import access, state
from desk_app.services.backup.recovery import RestoreReport, restore_office
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.services.users.session import is_secured
from desk_app.storage import backup_files, cipher, health
from desk_app.storage.backup_files import BackupFile, Reason
from desk_app.storage.health import Damage, DatabaseDamaged
from desk_app.storage.keyslots import AccountLocked, KeySlots, WrongPassword

log = logging.getLogger(__name__)


def configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", help=txt.HELP_BACKUP_OUT)


def configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help=txt.HELP_RESTORE_FILE)
    parser.add_argument("--latest", action="store_true", help=txt.HELP_LATEST)


def _office_exists(paths: AppPaths) -> bool:
    return paths.database.is_file() or health.office_existed(paths.data, paths.database)


def damaged_hint(paths: AppPaths) -> str:
    """What to run when the database is damaged: the restore of the newest verified backup, with its time."""
    newest = backup_files.newest_verified(paths.backups)
    if newest is None:
        return txt.DAMAGED_NO_BACKUP
    return txt.DAMAGED_HINT.format(when=vi_backup.stamp(newest.created))


# backup ---------------------------------------------------------------------------------------------------------
def _out(ns: argparse.Namespace) -> Path | None:
    if not ns.out:
        return None
    out = Path(ns.out).expanduser()
    if out.is_dir():  # a folder (a USB stick): the backup keeps its usual name there
        name = f"{backup_files.PREFIX}-{local_now():%Y%m%d-%H%M%S}-{Reason.MANUAL}{backup_files.SUFFIX}"
        out = out / name
    if out.exists() or backup_files.manifest_of(out).exists():
        # never over another file: a typing mistake must not replace the office's database or an older backup
        raise CliError(txt.BACKUP_OUT_EXISTS.format(path=out))
    return out


def cmd_backup(ns: argparse.Namespace, paths: AppPaths) -> int:
    out = _out(ns)
    if not _office_exists(paths):
        raise CliError(txt.NO_OFFICE_TO_BACK_UP.format(folder=paths.data))
    with folder_lock(paths):
        services = signin.open_office(ns, paths, signin.not_only_reports, "backup")
        try:
            made = services.backups.back_up(Reason.MANUAL, out=out)
        finally:
            services.close()
    print(made.path)
    return EXIT_OK


# restore --------------------------------------------------------------------------------------------------------
def _chosen(ns: argparse.Namespace, paths: AppPaths) -> BackupFile:
    if bool(ns.file) == bool(ns.latest):
        raise CliError(txt.RESTORE_WHICH)
    if ns.file:
        return access.backup_at(Path(ns.file).expanduser())
    newest = backup_files.newest_verified(paths.backups)
    if newest is None:
        raise ConflictError("backup.none")
    return newest


def _opened_for_restore(ns: argparse.Namespace, paths: AppPaths) -> tuple[bytes | None, bool, str | None]:
    """(the data key, whether the database is damaged, who restores); the office is closed again on return."""
    creds: signin.Credentials | None = getattr(ns, "credentials", None)
    if (
        not paths.database.exists()
        and not is_secured(paths)
        and not health.office_existed(paths.data, paths.database)
    ):
        return None, False, None  # a new folder without users: nothing to protect, nobody to sign in
    try:
        services = signin.open_office(ns, paths, signin.may(Action.MANAGE_BACKUPS), "restore")
    except DatabaseDamaged as damaged:
        # Nobody can open a damaged office, so no role can be read: whoever holds a key slot (the password has just
        # released the data key) may put a verified backup back. It is the only way out; the damaged file is kept.
        key = damaged.office.key if damaged.office is not None else None
        return key, True, creds.login if creds else None
    try:
        return services.ctx.key, False, services.ctx.actor.login
    finally:
        services.close()


def cmd_restore(ns: argparse.Namespace, paths: AppPaths) -> int:
    backup = _chosen(ns, paths)
    with folder_lock(paths):
        slots = backup_files.keyslots_of(backup.path)
        if slots is not None and not is_secured(paths):
            # The backup is encrypted and the folder's keyslots.json is gone: said, never silently written back.
            manifest = backup_files.manifest_of(backup.path)
            raise CliError(txt.RESTORE_SLOTS_MISSING.format(folder=paths.data, name=backup.path.name,
                                                            manifest=manifest))  # fmt: skip
        key, damaged, login = _opened_for_restore(ns, paths)
        try:
            report = restore_office(paths, key, backup, local_now(), login, damaged=damaged)
        except ConflictError as exc:
            if exc.key in (
                "database.wrong_key",
                "database.not_encrypted",
            ):  # not this office's (another key, plain)
                raise ConflictError("backup.unsound") from None
            raise
    print(restored_text(report))
    return EXIT_OK


def restored_text(report: RestoreReport) -> str:
    """Which backup is in place, its figures, where the replaced file went, and what to enter again."""
    when = vi_backup.stamp(report.backup.created)
    figures = report.figures
    lines = [
        txt.RESTORED.format(when=when, name=report.backup.path.name, visits=fmt_int(figures.visits),
                            petitions=fmt_int(figures.petitions), citizens=fmt_int(figures.citizens)),
        txt.RESTORED_KEPT.format(path=report.kept_aside) if report.kept_aside else txt.RESTORED_NOTHING_KEPT,
    ]  # fmt: skip
    if report.safety_backup is not None:
        lines.append(txt.RESTORED_SAFETY.format(path=report.safety_backup))
    if report.lost:
        lines.append(txt.RESTORED_LOST.format(when=when))
        lines.append(vi_backup.lost_text(report.lost))
    else:
        lines.append(txt.RESTORED_NOTHING_LOST.format(when=when))
    return "\n".join(lines)


# check ----------------------------------------------------------------------------------------------------------
def unlock(ns: argparse.Namespace, paths: AppPaths) -> bytes | None:
    """The data key the acting user's password releases from keyslots.json (None for an office without users).

    Only the key slots are read: the database is not opened, so a damaged one is never written.
    """
    creds: signin.Credentials | None = getattr(ns, "credentials", None)
    if creds is None:
        return None
    try:
        return KeySlots.load(paths.data).unlock(creds.login, creds.password, local_now())
    except WrongPassword:
        raise CliError(txt.SIGN_IN_WRONG) from None
    except AccountLocked as locked:
        until = f"{locked.until:%H:%M} {fmt_date(locked.until.date())}"
        raise CliError(txt.SIGN_IN_LOCKED.format(login=creds.login, until=until)) from None


def cmd_check(ns: argparse.Namespace, paths: AppPaths) -> int:
    """The full check first, on the key slots' word alone; only a sound database is then opened (and signed in)."""
    if not _office_exists(paths):
        raise CliError(txt.NO_OFFICE_TO_CHECK.format(folder=paths.data))
    key = unlock(ns, paths)
    if key is None and cipher.is_encrypted(paths.database) and _had_users(paths):
        raise ConflictError("security.slots_missing")  # an encrypted office whose keyslots.json is gone
    finding = health.file_finding(paths.data, paths.database)
    if finding is not None:
        return _damaged(DatabaseDamaged(finding.damage, finding.detail), paths, key)
    problems = problem_lines(health.full_check(paths.database, key))
    if problems:
        _mark(paths, Damage.MALFORMED, problems)
        damaged = DatabaseDamaged(Damage.MALFORMED, "; ".join(problems))
        return _damaged(damaged, paths, key, problems, marked=True)
    try:
        services = signin.open_office(ns, paths, signin.not_only_reports, "check")
    except DatabaseDamaged as damaged:  # damaged between the two looks
        return _damaged(damaged, paths, key)
    try:
        return _check_open(services, paths)
    finally:
        services.close()


def _had_users(paths: AppPaths) -> bool:
    return any(backup_files.keyslots_of(b.path) for b in backup_files.list_backups(paths.backups))


def _check_open(services: Services, paths: AppPaths) -> int:
    """The kept files and the audit chain of a database that passed the full check (reads only)."""
    figures = services.backups.current_figures()
    files = access.check_files(services.ctx)
    chain = audit_chain.verify(services.ctx)
    state.update(paths.data, full_check=services.ctx.clock().isoformat())
    parts, lines = [], []
    if files.findings:
        parts.append(txt.CHECK_PART_FILES.format(count=fmt_int(len(files.findings))))
        lines += [
            txt.CHECK_FILE_LINE.format(kind=txt.FILE_KINDS[f.kind], path=f.relative_path,
                                       problem=txt.FILE_PROBLEMS[f.problem])
            for f in files.findings
        ]  # fmt: skip
    if not chain.ok and chain.reason != "no_key":
        from desk_app.documents.audit_log import check_text

        parts.append(txt.CHECK_PART_AUDIT)
        lines.append(txt.CHECK_AUDIT_LINE.format(text=one_line(check_text(chain))))
    if parts:
        return _failed(paths, parts, lines)
    audit = txt.CHECK_AUDIT_NO_KEY if not chain.ok else txt.CHECK_AUDIT_OK.format(count=fmt_int(chain.count))
    print(txt.CHECK_SOUND.format(visits=fmt_int(figures.visits), petitions=fmt_int(figures.petitions),
                                 files=fmt_int(files.checked), audit=audit))  # fmt: skip
    return EXIT_OK


def problem_lines(problems: list[str]) -> list[str]:
    """SQLite's findings one per line (integrity_check may put many in one row, under a "*** in database" title)."""
    lines = (line.strip() for problem in problems for line in problem.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def _damaged(
    damaged: DatabaseDamaged,
    paths: AppPaths,
    key: bytes | None,
    problems: list[str] | None = None,
    *,
    marked: bool = False,
) -> int:
    """How the database is damaged (the full check says where, when there is a file), marked so nothing writes it."""
    closing = one_line(describe(damaged, paths.data) + damaged_hint(paths))
    if problems is None and damaged.damage not in (Damage.MISSING, Damage.EMPTY):
        problems = problem_lines(health.full_check(paths.database, key)) or problem_lines([damaged.detail])
        if health.read_marker(paths.data) is None:
            _mark(paths, damaged.damage, problems)
            marked = True
    if marked:
        closing = f"{txt.CHECK_MARKED} {closing}"
    if problems:
        lines = [txt.CHECK_DATABASE_LINE.format(detail=p) for p in problems]
    else:
        detail = txt.DAMAGE_DETAIL[damaged.damage].format(detail=damaged.detail)
        lines = [txt.CHECK_DATABASE_LINE.format(detail=detail)]
    return _failed(paths, [txt.CHECK_PART_DATABASE], [*lines, txt.CHECK_NOT_CHECKED], closing)


def _mark(paths: AppPaths, damage: Damage, problems: list[str]) -> None:
    """Remember the damage (damaged.json) so the window and every command refuse the file until a restore."""
    health.write_marker(paths.data, damage, "; ".join(problems[:20]), local_now())
    log.error("check: database damaged (%s), %d problems", damage, len(problems))


def _failed(paths: AppPaths, parts: list[str], lines: list[str], closing: str = "") -> int:
    """The summary line, then one finding per line (the first CHECK_LINES_SHOWN), on stderr; exit 2."""
    log.warning("check: not sound (%s)", "; ".join(parts))
    print(
        txt.ERROR_PREFIX + txt.CHECK_FAILED.format(folder=paths.data, parts="; ".join(parts)), file=sys.stderr
    )
    last = lines[-1:] if len(lines) > txt.CHECK_LINES_SHOWN else []  # the closing finding stays in view
    shown = lines[: txt.CHECK_LINES_SHOWN - len(last)]
    for line in shown:
        print(one_line(line), file=sys.stderr)
    if len(lines) > len(shown) + len(last):
        print(txt.CHECK_MORE.format(count=fmt_int(len(lines) - len(shown) - len(last))), file=sys.stderr)
    for line in last:
        print(one_line(line), file=sys.stderr)
    if closing:
        print(closing, file=sys.stderr)
    return EXIT_USAGE
