"""The intake form's draft: saved a second after the last change and on close, restored on the next start."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desk_app.services.drafts import DraftService

log = logging.getLogger(__name__)

DRAFT_KEY = "intake"
DRAFT_VERSION = 1
DEBOUNCE_MS = 1000


class DraftKeeper:
    """`payload()` gives what to keep, or None when the form holds nothing unsaved."""

    def __init__(
        self, drafts: DraftService, owner: QObject, payload: Callable[[], dict[str, Any] | None]
    ) -> None:
        self._drafts = drafts
        self._payload = payload
        self._kept = False
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        """The form changed: save once the officer pauses."""
        self._timer.start()

    def flush(self) -> None:
        """Save now (or drop a draft the form no longer needs)."""
        self._timer.stop()
        try:
            payload = self._payload()
            if payload is not None:
                self._drafts.save(DRAFT_KEY, {"version": DRAFT_VERSION, **payload})
                self._kept = True
            elif self._kept:
                self.clear()
        except Exception:  # a failing draft must never cost the officer the form itself
            log.exception("draft not saved")

    def clear(self) -> None:
        self._timer.stop()
        try:
            self._drafts.clear(DRAFT_KEY)
        except Exception:
            log.exception("draft not cleared")
        self._kept = False

    def load(self) -> dict[str, Any] | None:
        """The kept draft of this version, or None; an unreadable draft is logged and ignored."""
        try:
            payload = self._drafts.load(DRAFT_KEY)
        except Exception:
            log.exception("draft not readable")
            return None
        if (
            not payload
            or payload.get("version") != DRAFT_VERSION
            or not isinstance(payload.get("form"), dict)
        ):
            return None
        self._kept = True
        return payload
