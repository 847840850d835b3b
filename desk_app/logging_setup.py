"""Logging to a rotating file in the data folder; personal data is never logged, only ids and actions."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path


def setup_logging(logs: Path, level: int = logging.INFO) -> None:
    logs.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(logs / "desk_app.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
