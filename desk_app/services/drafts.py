"""Unsaved forms kept in the database, so a window closed by accident loses nothing."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete

from desk_app.services.context import ServiceContext
from desk_app.storage.records import DraftRecord


class DraftService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _own(self, key: str) -> str:
        """Each signed-in user's drafts are their own: a form typed before signing out is never another's to see."""
        user = self._ctx.actor.user_id  # an id, not the login: the key column is short
        return key if user is None else f"{key}@{user}"

    def save(self, key: str, payload: dict[str, Any]) -> None:
        key = self._own(key)
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(DraftRecord, key)
            text = json.dumps(payload, ensure_ascii=False, default=str)
            if rec is None:
                s.add(DraftRecord(key=key, payload=text, saved_at=dt.datetime.now(dt.UTC)))
            else:
                rec.payload = text
                rec.saved_at = dt.datetime.now(dt.UTC)

    def load(self, key: str) -> dict[str, Any] | None:
        key = self._own(key)
        with self._ctx.db.read() as s:
            rec = s.get(DraftRecord, key)
            if rec is None:
                return None
            data = json.loads(rec.payload)
            return data if isinstance(data, dict) else None

    def clear(self, key: str) -> None:
        key = self._own(key)
        with self._ctx.db.write() as s, s.begin():
            s.execute(delete(DraftRecord).where(DraftRecord.key == key))
