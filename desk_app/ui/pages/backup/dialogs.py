"""The dialogs of a restore, for the window's restore flow: preview (from the page), report, damaged database."""

from __future__ import annotations

from desk_app.ui.pages.backup.damaged import DamagedDatabaseDialog
from desk_app.ui.pages.backup.preview import RestorePreviewDialog
from desk_app.ui.pages.backup.report import RestoreReportDialog

__all__ = ["DamagedDatabaseDialog", "RestorePreviewDialog", "RestoreReportDialog"]
