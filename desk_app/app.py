"""Start the desktop app: one window per data folder, open the data, first-run setup, then the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QLocale, QLockFile
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory

from desk_app.domain.enums import Role
from desk_app.errors import DeskError
from desk_app.i18n import vi, vi_ui
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.ui import dialogs
from desk_app.ui.first_run import FirstRunDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text

log = logging.getLogger(__name__)

BASE_FONT_PT = 10.5
EXIT_CANNOT_START = 2


def configure_application(app: QApplication) -> None:
    """Name, Vietnamese locale, one style on every office PC, a font large enough for stacked diacritics."""
    app.setApplicationName(vi.APP_NAME)
    app.setApplicationDisplayName(vi.APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if "Fusion" in list(QStyleFactory.keys()):
        app.setStyle("Fusion")
    font = app.font()
    font.setPointSizeF(BASE_FONT_PT)
    app.setFont(font)


def acquire_lock(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, or None when another running window holds it."""
    paths.data.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    # Held for the whole session: never stale by age, only when the holding process has died.
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def sign_in_default_officer(services: Services) -> None:
    """Work as the first active reception officer; a non-leader first, since leaders rarely sit at the desk."""
    staff = [s for s in services.office.list_staff() if s.active and Role.TIEP_CONG_DAN in s.roles]
    staff.sort(key=lambda s: s.is_leader)
    if staff:
        services.ctx.actor.name = staff[0].full_name
        services.ctx.actor.staff_id = staff[0].id
        services.ctx.actor.roles = staff[0].roles


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
    return FirstRunDialog(services).exec() == QDialog.DialogCode.Accepted


def _install_excepthook() -> None:
    """An unexpected error shows a Vietnamese message instead of killing the window (drafts keep the form)."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if showing:
            return
        showing = True
        try:
            dialogs.error(None, vi_ui.APP_UNEXPECTED.format(detail=f"{kind.__name__}: {exc}"))
        finally:
            showing = False

    sys.excepthook = hook


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    """The desktop app; returns the process exit code (2: could not start)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    configure_application(app)
    try:
        lock = acquire_lock(paths)
    except OSError as exc:
        dialogs.error(None, vi_ui.APP_OPEN_FAILED.format(folder=paths.data, detail=desk_error_text(exc)))
        return EXIT_CANNOT_START
    if lock is None:
        dialogs.error(None, vi_ui.APP_ALREADY_RUNNING.format(folder=paths.data))
        return EXIT_CANNOT_START
    try:
        try:
            services = open_services(paths)
        except (DeskError, OSError) as exc:
            log.exception("cannot open the data folder")
            dialogs.error(None, vi_ui.APP_OPEN_FAILED.format(folder=paths.data, detail=desk_error_text(exc)))
            return EXIT_CANNOT_START
        try:
            if not services.office.is_set_up() and not _first_run(services):
                return 0
            sign_in_default_officer(services)
            if len(services.office.list_staff()) > 1:
                # Cancelling keeps the default officer: the desk must open even when nobody picks a name.
                SignInDialog(services).exec()
            tasks = TaskRunner()
            window = build_main_window(services, tasks)
            window.showMaximized()
            _install_excepthook()
            code = app.exec()
            tasks.wait()
            return code
        finally:
            services.close()
    finally:
        lock.unlock()
