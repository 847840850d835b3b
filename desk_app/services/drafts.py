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

    def save(self, key: str, payload: dict[str, Any]) -> None:
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(DraftRecord, key)
            text = json.dumps(payload, ensure_ascii=False, default=str)
            if rec is None:
                s.add(DraftRecord(key=key, payload=text, saved_at=dt.datetime.now(dt.UTC)))
            else:
                rec.payload = text
                rec.saved_at = dt.datetime.now(dt.UTC)

    def load(self, key: str) -> dict[str, Any] | None:
        with self._ctx.db.read() as s:
            rec = s.get(DraftRecord, key)
            if rec is None:
                return None
            data = json.loads(rec.payload)
            return data if isinstance(data, dict) else None

    def clear(self, key: str) -> None:
        with self._ctx.db.write() as s, s.begin():
            s.execute(delete(DraftRecord).where(DraftRecord.key == key))
