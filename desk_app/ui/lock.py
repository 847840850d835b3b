"""The idle lock: after some minutes without a key or a click every window is covered, its data hidden, its form kept."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QFont, QGuiApplication, QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_sign_in
from desk_app.ui.pages.settings.fields import ErrorLabel
from desk_app.ui.sign_in_parts import when_text

QWIDGETSIZE_MAX = (1 << 24) - 1
DEFAULT_MINUTES = 5
PANEL_WIDTH = 520
MIN_MINUTES = 1
MAX_MINUTES = 60

# What counts as the officer being there: typing (Vietnamese arrives as input-method commits), clicking, moving.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once when no input reached the application for `interval_ms`; input starts the count again."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_ms = interval_ms
        self._last = time.monotonic()
        self._fired = False
        # A repeating check rather than a single shot restarted on every event: a mouse move costs one clock read,
        # and a test's settle() (which waits for single shots) never waits on it.
        self._check = QTimer(self)
        self._check.setObjectName("idleCheck")
        self._check.timeout.connect(self._tick)
        self.set_interval(interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval(self, interval_ms: int) -> None:
        self._interval_ms = max(interval_ms, 50)
        self._check.setInterval(max(25, min(1000, self._interval_ms // 8)))
        self.restart()

    def restart(self) -> None:
        """Count from now (after an unlock)."""
        self._last = time.monotonic()
        self._fired = False
        self._check.start()

    def stop(self) -> None:
        self._check.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last = time.monotonic()
        return False

    def _tick(self) -> None:
        if self._fired:
            return
        if (time.monotonic() - self._last) * 1000 >= self._interval_ms:
            self._fired = True
            self._check.stop()
            self.idle.emit()


class LockCover(QFrame):
    """What a locked window shows instead of its content. The host window's cover asks for the password."""

    unlockRequested = Signal(str)
    signOutRequested = Signal()

    def __init__(self, window: QWidget, *, interactive: bool, who: str, minutes: int) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#lockCover { background: #1f3a5f; }"
            "QFrame#lockCover QLabel { color: white; }"
            "QFrame#lockPanel { background: #f4f6fa; border-radius: 6px; }"
            "QFrame#lockPanel QLabel { color: #1a1a1a; }"
        )
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.error = ErrorLabel()
        self.error.setObjectName("lockError")
        self.unlock_button = QPushButton(vi_sign_in.BTN_UNLOCK)
        self.unlock_button.setObjectName("lockUnlock")
        # Not a default button: over a dialog, Enter would press it a second time after returnPressed.
        self.unlock_button.setAutoDefault(False)
        self.sign_out_button = QPushButton(vi_sign_in.BTN_SIGN_OUT)
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setToolTip(vi_sign_in.SIGN_OUT_TIP)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        if interactive:
            outer.addWidget(self._panel(who, minutes), 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            waiting = QLabel(vi_sign_in.LOCK_WAIT)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setWordWrap(True)
            outer.addWidget(waiting)
            self.password.hide()
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.sign_out_button.clicked.connect(self.signOutRequested.emit)
        self.password.textChanged.connect(lambda _t: self.error.clear_error())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Every key stops here: Enter must not reach a covered dialog's default button, Esc must not close it.
        event.accept()

    def _panel(self, who: str, minutes: int) -> QFrame:
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(PANEL_WIDTH)
        title = QLabel(vi_sign_in.LOCK_TITLE)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        prompt = QLabel(vi_sign_in.LOCK_PROMPT.format(minutes=minutes))
        prompt.setWordWrap(True)
        person = QLabel(who)
        person.setWordWrap(True)
        person.setStyleSheet("font-weight: bold;")
        label = QLabel(vi_sign_in.LOCK_PASSWORD)
        label.setBuddy(self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 20, 24, 20)
        # A wrapped label inside a centred panel is given its one-line height: reserve its wrapped height.
        inner = PANEL_WIDTH - 48
        for wrapped in (prompt, person):
            wrapped.setMinimumHeight(wrapped.heightForWidth(inner))
        layout.setSpacing(8)
        for widget in (title, prompt, person, label, self.password, self.error):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        return panel

    def _unlock(self) -> None:
        if not self.password.text():
            self.error.show_error(vi_sign_in.PASSWORD_REQUIRED)
            return
        self.unlockRequested.emit(self.password.text())


@dataclass
class _Covered:
    window: QWidget
    cover: LockCover
    hidden: list[QWidget] = field(default_factory=list)
    silenced: list[QShortcut | QAction] = field(default_factory=list)
    size: tuple[QSize, QSize, QSize] | None = None
    """The window's size, minimum and maximum, when it was enlarged to show the password panel (a message box has
    a fixed size)."""


class _Follow(QObject):
    """Keeps each cover the size of its window."""

    def __init__(self, covered: list[_Covered], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covered = covered

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for item in self._covered:
                if item.window is watched and shiboken6.isValid(item.cover):
                    item.cover.setGeometry(item.window.rect())
        return False


class ScreenLock(QObject):
    """Covers every open window of the app; `verify(password)` decides (True: the same user's password).

    The windows' content is hidden, not destroyed: an unsaved form is exactly as it was after the unlock."""

    unlocked = Signal()
    signOutRequested = Signal()

    def __init__(
        self,
        main: QWidget,
        verify: Callable[[str], bool],
        who: Callable[[], str],
        minutes: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or main)
        self._main = main
        self._verify = verify
        self._who = who
        self._minutes = minutes
        self._covered: list[_Covered] = []
        self._follow = _Follow(self._covered, self)
        self._focus: QWidget | None = None
        self.host: LockCover | None = None

    def is_locked(self) -> bool:
        return bool(self._covered)

    def lock(self) -> None:
        if self._covered:
            return
        focus = QApplication.focusWidget()
        self._focus = focus
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        host_window = modal if modal is not None and modal.isVisible() else self._main
        for window in _open_windows(self._main):
            cover = LockCover(
                window, interactive=window is host_window, who=self._who(), minutes=self._minutes()
            )
            item = _Covered(window, cover)
            for child in window.children():
                if (
                    isinstance(child, QWidget)
                    and not child.isWindow()
                    and child is not cover
                    and child.isVisible()
                ):
                    child.hide()
                    item.hidden.append(child)
            # A covered window's shortcuts (Ctrl+S, Ctrl+P…) would act on the hidden form.
            keys: list[QShortcut | QAction] = [*window.findChildren(QShortcut), *window.findChildren(QAction)]
            for shortcut in keys:
                if shortcut.isEnabled():
                    shortcut.setEnabled(False)
                    item.silenced.append(shortcut)
            cover.setGeometry(window.rect())
            cover.show()
            cover.raise_()
            window.installEventFilter(self._follow)
            self._covered.append(item)
            if window is host_window:
                need = cover.minimumSizeHint()
                if need.width() > window.width() or need.height() > window.height():
                    item.size = (window.size(), window.minimumSize(), window.maximumSize())
                    window.setMinimumSize(0, 0)
                    window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
                    window.resize(max(window.width(), need.width()), max(window.height(), need.height()))
                self.host = cover
                cover.unlockRequested.connect(self._try_unlock)
                cover.signOutRequested.connect(self.signOutRequested.emit)
        if self.host is not None:
            self.host.window().activateWindow()
            self.host.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_unlock(self, password: str) -> None:
        host = self.host
        if host is None:
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            ok = self._verify(password)
        except Exception as exc:  # a locked-out account or a closed database: say it, stay locked
            key = str(getattr(exc, "key", "") or "")
            until = getattr(exc, "until", None)
            if key == "sign_in.locked" and until is not None:
                text = vi_sign_in.LOCKED.format(until=when_text(until))
            elif key in ("", "sign_in.wrong"):
                text = vi_sign_in.LOCK_WRONG
            else:
                text = i18n_errors.message(key)
            ok = False
        else:
            text = vi_sign_in.LOCK_WRONG
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            host.password.clear()
            host.error.show_error(text)
            host.password.setFocus()
            return
        self.unlock()

    def unlock(self) -> None:
        """Take the covers away and give every hidden part back, then the focus where it was."""
        covered, self._covered[:] = list(self._covered), []
        self.host = None
        for item in covered:
            if shiboken6.isValid(item.window):
                item.window.removeEventFilter(self._follow)
            for child in item.hidden:
                if shiboken6.isValid(child):
                    child.show()
            for shortcut in item.silenced:
                if shiboken6.isValid(shortcut):
                    shortcut.setEnabled(True)
            if shiboken6.isValid(item.cover):
                item.cover.hide()
                item.cover.deleteLater()
            if item.size is not None and shiboken6.isValid(item.window):
                size, smallest, largest = item.size
                item.window.setMinimumSize(smallest)
                item.window.setMaximumSize(largest)
                item.window.resize(size)
        focus = self._focus
        self._focus = None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unlocked.emit()


def _open_windows(main: QWidget) -> list[QWidget]:
    """The main window and every dialog open over it (a detail dialog may show a citizen's data too)."""
    found = [main]
    for widget in QApplication.topLevelWidgets():
        if (
            widget is not main
            and widget.isVisible()
            and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            found.append(widget)
    return found


# The number of minutes, a setting of this data folder (the administrator changes it in Settings › Người dùng) ---
_SETTINGS_FILE = "ui.ini"
_IDLE_KEY = "lock/idle_minutes"


def idle_minutes(data_dir: Path) -> int:
    """The administrator's choice, or 5 minutes (reliability §4.4); always within 1–60."""
    settings = QSettings(str(data_dir / _SETTINGS_FILE), QSettings.Format.IniFormat)
    try:
        minutes = int(str(settings.value(_IDLE_KEY, DEFAULT_MINUTES)))
    except ValueError:
        return DEFAULT_MINUTES
    return min(max(minutes, MIN_MINUTES), MAX_MINUTES)


def set_idle_minutes(data_dir: Path, minutes: int) -> None:
    settings = QSettings(str(data_dir / _SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(_IDLE_KEY, min(max(minutes, MIN_MINUTES), MAX_MINUTES))
    settings.sync()
