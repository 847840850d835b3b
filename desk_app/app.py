"""Start the desktop app: one window per data folder; sign in (or set the office up), the main window, sign out."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QLocale, QLockFile
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory

from desk_app import logging_setup, os_failures
from desk_app.errors import DeskError
from desk_app.i18n import vi, vi_ui
from desk_app.paths import AppPaths
from desk_app.services.backup.model import DatabaseDamaged
from desk_app.services.context import local_now
from desk_app.services.registry import Services, open_services
from desk_app.services.users.session import is_secured
from desk_app.ui import accessible, dialogs, restore_flow
from desk_app.ui.about import app_icon
from desk_app.ui.change_password import ChangePasswordDialog
from desk_app.ui.first_admin import FirstAdminDialog, default_set_up
from desk_app.ui.first_run import FirstRunDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.recovery_key import RecoveryKeyDialog
from desk_app.ui.restore_flow import RestoreRequest
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.unexpected_error import ErrorReporter
from desk_app.ui.widgets.errors import desk_error_text

log = logging.getLogger(__name__)

BASE_FONT_PT = 10.5
EXIT_CANNOT_START = 2


def configure_application(app: QApplication) -> None:
    """Name, Vietnamese locale, one style on every office PC, a font large enough for stacked diacritics."""
    app.setApplicationName(vi.APP_NAME)
    app.setApplicationDisplayName(vi.APP_NAME)
    app.setWindowIcon(app_icon())  # every window, the taskbar and Alt+Tab
    app.setDesktopFileName("desk-app")  # Linux: the taskbar matches packaging/desk-app.desktop
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if "Fusion" in list(QStyleFactory.keys()):
        app.setStyle("Fusion")
    font = app.font()
    font.setPointSizeF(BASE_FONT_PT)
    app.setFont(font)
    accessible.install()  # screen readers: every dialog's inputs and buttons named when it shows


def acquire_lock(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, or None when another running window holds it.

    A lock that cannot be written (a read-only or full disk, a folder without rights) is an OSError, not "already
    open": the officer would otherwise look for a window that does not exist.
    """
    paths.data.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    # Held for the whole session: never stale by age, only when the holding process has died.
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() is QLockFile.LockError.LockFailedError:
        return None
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(paths.lock_file))


def build_main_window(services: Services, tasks: TaskRunner) -> MainWindow:
    return MainWindow(services, tasks)


def open_window_once(services: Services, program: str) -> None:
    """Build the main window, show it and close it: the command line's self-test, which never imports the ui."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([program])
    tasks = TaskRunner()
    try:
        window = build_main_window(services, tasks)
        window.show()
        app.processEvents()
        window.close()
        app.processEvents()
        window.deleteLater()
    finally:
        tasks.wait()
        app.processEvents()


def _first_run(services: Services) -> bool:
    """False when the officer closed the first-run setup without saving the office."""
    dialog = FirstRunDialog(services)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def _secure(paths: AppPaths, tasks: TaskRunner, clock: Callable[[], dt.datetime]) -> Services | None:
    """A folder without users: the office (first run, on a plain database), then its first administrator, which
    encrypts the database (an office from before this version: after a backup), then the recovery key once."""
    plain = open_services(paths)
    try:
        converting = plain.office.is_set_up()
        if not converting and not _first_run(plain):
            return None
        office = plain.office.get()
        head = plain.office.head()
    finally:
        plain.close()  # set-up converts the file in place: nothing may hold it open
    office_name = office.name if office else ""
    dialog = FirstAdminDialog(
        default_set_up(paths, clock),
        tasks,
        converting=converting,
        office_name=office_name,
        head_name=head.full_name if head else "",
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.services is None:
            return None
        services, key = dialog.services, dialog.recovery_key
    finally:
        dialog.deleteLater()
    shown = RecoveryKeyDialog(key, office_name, clock().date())
    shown.exec()
    shown.deleteLater()
    return services


def _sign_in(paths: AppPaths, tasks: TaskRunner, clock: Callable[[], dt.datetime]) -> Services | None:
    dialog = SignInDialog(paths, tasks, clock=clock)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.damaged is not None:
            raise dialog.damaged  # the password was right, the file is not: _run offers the newest backup
        return dialog.services if accepted else None
    finally:
        dialog.deleteLater()


def open_office(
    paths: AppPaths, tasks: TaskRunner, clock: Callable[[], dt.datetime] = local_now
) -> Services | None:
    """Sign in, or set the office up: the signed-in user's services, or None when the officer quit instead."""
    while True:
        services = _sign_in(paths, tasks, clock) if is_secured(paths) else _secure(paths, tasks, clock)
        if services is None:
            return None
        try:
            if not services.office.is_set_up() and not _first_run(services):
                services.close()
                return None
            if _password_chosen(services):
                return services
        except BaseException:
            services.close()
            raise
        services.close()  # "Đăng xuất" instead of choosing a password: back to the sign-in


def _password_chosen(services: Services) -> bool:
    """After an administrator reset the password, its owner chooses their own before working; False: signed out."""
    user = services.users.current()
    if user is None or not user.must_change_password:
        return True
    dialog = ChangePasswordDialog(services, forced=True)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    """The desktop app; returns the process exit code (2: could not start)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    configure_application(app)
    # From here on an unexpected error is logged and told in Vietnamese instead of killing the window.
    errors = ErrorReporter()
    errors.install()
    try:
        return _run(app, paths)
    except Exception as exc:
        # Nothing caught it before the main window could open (signing in, opening the office): nothing to go
        # back to, so the officer is told, the log keeps the traceback, and the app ends.
        errors.report(exc, "the start")
        return EXIT_CANNOT_START
    finally:
        errors.restore()


def _run(app: QApplication, paths: AppPaths) -> int:
    os_failures.remember_data_folder(
        paths.data
    )  # a file of this folder is then told as a data-folder problem
    try:
        lock = acquire_lock(paths)
    except OSError as exc:
        log.warning("cannot lock the data folder: %s", logging_setup.safe_message(exc))
        dialogs.error(None, vi_ui.APP_OPEN_FAILED.format(folder=paths.data, detail=desk_error_text(exc)))
        return EXIT_CANNOT_START
    if lock is None:
        log.info("the data folder is open in another window")
        dialogs.error(None, vi_ui.APP_ALREADY_RUNNING.format(folder=paths.data))
        return EXIT_CANNOT_START
    try:
        tasks = TaskRunner()
        while True:
            try:
                services = open_office(paths, tasks)
            except DatabaseDamaged as exc:
                if restore_flow.offer_restore(exc, paths):
                    continue  # restored: sign in again, on the restored database
                return EXIT_CANNOT_START
            except (DeskError, OSError) as exc:
                log.warning("cannot open the data folder\n%s", logging_setup.redacted_traceback(exc))
                dialogs.error(
                    None, vi_ui.APP_OPEN_FAILED.format(folder=paths.data, detail=desk_error_text(exc))
                )
                return EXIT_CANNOT_START
            if services is None:
                log.info("closed before signing in")
                return 0
            restore: RestoreRequest | None = None
            try:
                user = services.users.current()
                log.info("signed in: user id %s", user.id if user is not None else "?")
                window = build_main_window(services, tasks)
                window.show_where_it_was()
                code = app.exec()
                tasks.wait()
                restore_flow.back_up_on_close(services)
                if window.restore_request is not None:
                    restore = RestoreRequest(
                        window.restore_request, services.ctx.key, services.ctx.actor.login
                    )
                elif not window.signed_out:
                    log.info("window closed: exit %d", code)
                    return code
                log.info("signed out")
                window.deleteLater()
            finally:
                services.close()
            if restore is not None:
                restore_flow.restore_chosen(paths, restore)
    finally:
        lock.unlock()
