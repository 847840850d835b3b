"""The backup types the window and the command line read (they may not import the storage layer themselves)."""

from __future__ import annotations

from desk_app.storage.backup_files import BackupFile, Figures, Reason
from desk_app.storage.health import Damage, DatabaseDamaged

__all__ = ["BackupFile", "Damage", "DatabaseDamaged", "Figures", "Reason"]
