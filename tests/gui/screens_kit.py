"""The screens tour's machinery: the main window at the screen's size, grabbing and checking a window, catching the
dialog a click opens (modal or not) and closing it."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.helpers.fit import available_size, codes_shown, misfits
from tests.helpers.qt_input import pending_timers

FIXED_TODAY = FIXED_NOW.date()

# One turn of the event loop: layouts, deferred row fits and zero-timers run, queued results arrive.
TURN_MS = 20
# A debounce still pending after this is a page that never comes to rest.
SETTLE_TIMEOUT_S = 10


def work_as_reception_officer(services: Services) -> None:
    """The tour looks at the desk as its reception officer sees it (a non-leader first, as at a real desk)."""
    from desk_app.domain.enums import Role

    staff = [s for s in services.office.list_staff() if s.active and Role.TIEP_CONG_DAN in s.roles]
    staff.sort(key=lambda s: s.is_leader)
    if staff:
        actor = services.ctx.actor
        actor.name, actor.staff_id, actor.roles = staff[0].full_name, staff[0].id, staff[0].roles


class Tour:
    """Opens screens, grabs them and collects what does not fit."""

    def __init__(self, services: Services, out: Path) -> None:
        self.services = services
        self.out = out
        self.shots: list[str] = []
        self.problems: list[str] = []
        self.step = ""
        self._window: MainWindow | None = None
        sys.excepthook = self._excepthook

    # The main window at the size it gets maximised on the office screen ------------------------------------
    @property
    def window(self) -> MainWindow:
        if self._window is None:
            window = MainWindow(self.services, ImmediateTaskRunner())
            room = available_size(window)
            window.resize(room)
            window.show()
            QTest.qWaitForWindowExposed(window)
            window.activateWindow()
            self._window = window
            settle()
        return self._window

    def page(self, index: int) -> QWidget:
        """Go to a page with Alt+digit, as the officer does."""
        window = self.window
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        settle()
        assert self.window.stack.currentIndex() == index, f"Alt+{index + 1} did not open the page"
        return self.window.stack.currentWidget()

    # Grabbing and checking ---------------------------------------------------------------------------------
    def shoot(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{len(self.shots) + 1:03d}_{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path.name)
        self.problems += [f"{name}: {m}" for m in misfits(widget)]
        self.problems += [f"{name}: a code is shown: {c}" for c in codes_shown(widget)]

    def dialog(
        self, name: str, trigger: Callable[[], None], inside: Callable[[QWidget], None] | None = None
    ) -> None:
        """Do what opens a dialog; grab and check it (and what `inside` opens from it), then close it."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        seen: list[QWidget] = []
        done = False

        def look(tries: int = 0) -> None:
            if done or seen:
                return
            found = _new_window(before)
            if found is None:
                if tries < 40:
                    QTimer.singleShot(25, lambda: look(tries + 1))
                return
            seen.append(found)
            try:
                self.shoot(found, name)
                if inside is not None:
                    inside(found)
            except Exception:
                self.problems.append(f"{name}: {traceback.format_exc()}")
            finally:
                _close(found)

        QTimer.singleShot(0, look)
        trigger()
        for _ in range(40):
            QTest.qWait(25)
            if seen:
                break
            found = _new_window(before)
            if found is not None:  # a dialog shown without exec(), after a job or a timer
                seen.append(found)
                self.shoot(found, name)
                if inside is not None:
                    inside(found)
                _close(found)
                break
        done = True
        if not seen:
            self.problems.append(f"{name}: the dialog did not open")
        _delete(seen)

    # Running -----------------------------------------------------------------------------------------------
    def run_step(self, name: str, step: Callable[[Tour], None]) -> None:
        self.step = name
        try:
            step(self)
        except Exception:
            self.problems.append(f"{name}: {traceback.format_exc()}")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self._window:
                self.problems.append(f"{name}: left open: {type(widget).__name__}")
                _close(widget)

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.problems.append(f"{self.step}: " + "".join(traceback.format_exception(kind, exc, tb)))

    def close(self) -> None:
        if self._window is not None:
            self._window.close()

    def names(self) -> set[str]:
        """The screens grabbed so far."""
        return {shot.split("_", 1)[1].removesuffix(".png") for shot in self.shots}

    def report(self) -> dict[str, object]:
        """The shots, and each problem once (a page's problem is seen again on every grab of it)."""
        unique: dict[str, str] = {}
        for problem in self.problems:
            _name, _sep, what = problem.partition(": ")
            unique.setdefault(what, problem)
        return {"shots": self.shots, "problems": list(unique.values())}


def settle() -> None:
    """Let the event loop run until every debounce and deferred fit of every window has fired (the longest is the
    search box's 300 ms), then one more turn for what they queued: a person pausing between two steps."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while True:
        QTest.qWait(TURN_MS)
        if not pending_timers():
            QTest.qWait(TURN_MS)
            if not pending_timers():
                return
        if time.monotonic() > deadline:
            pending = [t.objectName() or t.interval() for t in pending_timers()]
            raise AssertionError(f"never at rest: timers {pending} still pending")


def _new_window(before: set[QWidget]) -> QWidget | None:
    modal = QApplication.activeModalWidget()
    if modal is not None and modal not in before:
        return modal
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget not in before and widget.isWindow() and not _is_popup(widget):
            return widget
    return None


def _is_popup(widget: QWidget) -> bool:
    return widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _close(widget: QWidget) -> None:
    if not shiboken6.isValid(widget):
        return
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def _delete(widgets: list[QWidget]) -> None:
    """Have Qt delete the windows the tour opened once their exec() has returned: a closed dialog left as a hidden
    child of the main window made a later findChildren crash PySide (a dangling child in getTypeForQObject)."""
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.deleteLater()
