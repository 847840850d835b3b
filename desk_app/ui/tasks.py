"""Run slow work (PDFs, searches, backups) off the GUI thread; callbacks come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Op(Generic[T]):
    """A job with its callbacks: `runner.op(fn).success(cb).failure(cb).run()`."""

    def __init__(self, runner: TaskRunner, fn: Callable[[], T]) -> None:
        self._runner = runner
        self._fn = fn
        self._success: Callable[[T], None] = lambda _result: None
        self._failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> None:
        self._runner.start(self._fn, self._success, self._failure)


class TaskRunner(QObject):
    """A thread pool for jobs; each job opens its own database session through the services."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        self.on_error: Callable[[Exception], None] = _raise

    def op(self, fn: Callable[[], T]) -> Op[T]:
        return Op(self, fn)

    def start(
        self,
        fn: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[Exception], None] | None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finished(result: object) -> None:
            self._relays.discard(relay)
            success(result)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            self._relays.discard(relay)
            assert isinstance(error, Exception)
            (failure or self.on_error)(error)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class ImmediateTaskRunner(TaskRunner):
    """Runs jobs at once on the calling thread: for widget tests that do not want threads."""

    def start(
        self,
        fn: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[Exception], None] | None,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            (failure or self.on_error)(exc)
        else:
            success(result)


def _raise(error: Exception) -> None:
    raise error
