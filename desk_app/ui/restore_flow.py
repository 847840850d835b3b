"""Between two sign-ins: the backup when the window closes, a restore the officer chose, the offer when the file is damaged.

A restore runs with no services open on the folder (the window has signed out), then the officer signs in again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtWidgets import QDialog

from desk_app.i18n import vi_backup_status as vb
from desk_app.paths import AppPaths
from desk_app.services.backup.model import BackupFile, DatabaseDamaged
from desk_app.services.backup.recovery import DamagedOffice, RestoreReport, restore_office
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.busy import run_with_progress
from desk_app.ui.pages.backup.dialogs import DamagedDatabaseDialog, RestoreReportDialog
from desk_app.ui.widgets.errors import desk_error_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreRequest:
    """The backup the officer chose on the backup page, and what is needed to restore it once signed out."""

    backup: BackupFile
    key: bytes | None = field(repr=False)
    login: str | None


def back_up_on_close(services: Services) -> None:
    """DOMAIN §16.7: a backup when the window closes, if anything changed since the newest one."""
    try:
        run_with_progress(services.backups.on_close, vb.BUSY_BACKUP)
    except Exception as exc:  # the window is closing: say it, never keep it open over a backup
        log.warning("backup on closing failed: %s", type(exc).__name__)
        dialogs.error(None, vb.BACKUP_FAILED.format(reason=desk_error_text(exc)))


def _show_report(report: RestoreReport) -> None:
    shown = RestoreReportDialog(report)
    shown.exec()
    shown.deleteLater()


def offer_restore(exc: DatabaseDamaged, paths: AppPaths) -> bool:
    """The database failed its check: explain, offer the newest verified backup; True once one is in place."""
    office = (
        exc.office if isinstance(exc.office, DamagedOffice) else DamagedOffice(paths, exc.damage, exc.detail)
    )
    while True:
        dialog = DamagedDatabaseDialog(office)
        chosen = dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if chosen is None:
            log.info("damaged database: the officer left without restoring")
            return False
        try:
            report = run_with_progress(
                partial(office.restore, chosen, local_now(), office.login), vb.BUSY_RESTORE
            )
        except Exception as error:  # that backup is unsound too, or the disk refused: another may be chosen
            log.warning("restore failed: %s", type(error).__name__)
            dialogs.error(None, desk_error_text(error))
            continue
        _show_report(report)
        return True


def restore_chosen(paths: AppPaths, request: RestoreRequest) -> None:
    """The officer chose a backup on the backup page and confirmed its preview; the window has signed out."""
    try:
        report = run_with_progress(
            lambda: restore_office(
                paths, request.key, request.backup, local_now(), request.login, damaged=False
            ),
            vb.BUSY_RESTORE,
        )
    except Exception as exc:
        log.warning("restore failed: %s", type(exc).__name__)
        dialogs.error(None, desk_error_text(exc))
        return
    _show_report(report)
