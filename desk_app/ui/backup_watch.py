"""The window's backups: the status bar's last verified backup, the hourly backup after a change, the weekly check."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desk_app.i18n import vi_backup_status as vb
from desk_app.i18n.formatting import fmt_date
from desk_app.services.backup.model import BackupFile
from desk_app.services.backup.service import BackupStatus
from desk_app.services.registry import Services
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text

log = logging.getLogger(__name__)

TICK_MS = 5 * 60_000
"""How often the window asks whether a backup is due (one is due an hour after the last, once something changed)."""
AMBER = "color: #8a5300; font-weight: bold;"
NORMAL = "color: #2f5d2f;"


def _when(value: dt.datetime) -> str:
    return f"{fmt_date(value.date())} {value:%H:%M}"


def status_text(status: BackupStatus) -> str:
    if status.last_verified is None:
        text = vb.STATUS_NONE
    elif status.stale:
        text = vb.STATUS_STALE.format(when=_when(status.last_verified))
    else:
        text = vb.STATUS_LAST.format(when=_when(status.last_verified))
    if status.second_unreachable_since is not None:
        text += vb.STATUS_SECOND_DOWN.format(since=fmt_date(status.second_unreachable_since.date()))
    return text


class BackupWatch(QObject):
    """Keeps `label` true and makes the automatic backups; `damaged` fires when the weekly check finds damage."""

    damaged = Signal(list)

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        label: QLabel,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(label)
        self.services = services
        self.tasks = tasks
        self.label = label
        self.busy = False
        label.setToolTip(vb.STATUS_TIP)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.checking = False
        self.refresh()

    def refresh(self) -> None:
        status = self.services.backups.status()
        self.label.setText(status_text(status))
        amber = status.stale or status.second_unreachable_since is not None
        self.label.setStyleSheet(AMBER if amber else NORMAL)

    def tick(self) -> None:
        """The hourly backup, off the GUI thread; the label follows. The weekly check is asked for on the same beat
        (the first one a few minutes after sign-in, once the first screens are drawn)."""
        self.check_if_due()
        if self.busy:
            return
        self.busy = True
        self.tasks.op(self.services.backups.back_up_if_due).success(self._done).failure(self._failed).run()

    def _done(self, made: BackupFile | None) -> None:
        self.busy = False
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        log.warning("automatic backup failed: %s", type(exc).__name__)
        self.refresh()
        self.label.setText(vb.BACKUP_FAILED.format(reason=desk_error_text(exc)))
        self.label.setStyleSheet(AMBER)

    def check_if_due(self) -> None:
        if not self.services.backups.full_check_due():
            return
        self.tasks.op(self.services.backups.full_check).success(self._checked).failure(
            self._check_failed
        ).run()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.timer.stop()  # no backup of a damaged file replaces a sound one in the rotation
            self.damaged.emit(problems)

    def _check_failed(self, exc: Exception) -> None:
        self.checking = False
        log.warning("weekly integrity check could not run: %s", type(exc).__name__)

    def stop(self) -> None:
        self.timer.stop()
