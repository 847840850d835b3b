"""Import a legacy Sổ tiếp công dân (DOMAIN §16.3): check every row first, then write all in one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desk_app.domain.permissions import Action
from desk_app.i18n import vi_transfer as vt
from desk_app.services.backup.service import Reason, make_backup
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.transfer.table import (
    FIRST_DATA_ROW,
    BadRow,
    ImportRefused,
    Progress,
    read_table,
    search_key,
)
from desk_app.services.transfer.visit_import_rows import Presider, VisitImportResult, VisitLine, check_row
from desk_app.services.transfer.visit_import_write import write_visits
from desk_app.storage.records import StaffRecord


class VisitImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check_file(self, path: Path, progress: Progress | None = None) -> list[VisitLine]:
        """Every row checked; raises ImportRefused listing every bad row (nothing is written here)."""
        table = read_table(path, vt.VISIT_HEADERS, vt.VISIT_REQUIRED)
        staff = self._staff()
        today = self._ctx.today()
        lines: list[VisitLine] = []
        bad: list[BadRow] = []
        total = len(table.rows)
        step = max(100, total // 100)
        for index, cells in enumerate(table.rows):
            if cells:
                checked = check_row(index + FIRST_DATA_ROW, cells, staff, today)
                if isinstance(checked, BadRow):
                    bad.append(checked)
                else:
                    lines.append(checked)
            if progress and index % step == 0:
                progress(index, 2 * total)
        if progress:
            progress(total, 2 * total)
        if bad:
            raise ImportRefused(bad)
        return lines

    def import_file(self, path: Path, progress: Progress | None = None) -> VisitImportResult:
        """All rows or none: one write transaction, one change-log entry."""
        require(self._ctx, Action.WRITE_CASES)
        lines = self.check_file(path, progress)
        make_backup(
            self._ctx, Reason.BEFORE_IMPORT
        )  # DOMAIN §16.7: a sound file was accepted, nothing written yet
        total = 2 * max(len(lines), 1)

        def written(done: int) -> None:
            if progress:
                progress(len(lines) + done, total)

        result = write_visits(self._ctx, lines, path.name, written)
        if progress:
            progress(total, total)
        return result

    def _staff(self) -> dict[str, Presider]:
        with self._ctx.db.read() as s:
            rows = s.execute(
                select(StaffRecord.id, StaffRecord.full_name, StaffRecord.is_head)
                .where(StaffRecord.is_voided.is_(False))
                .order_by(StaffRecord.is_head.desc(), StaffRecord.id)
            ).all()
        staff: dict[str, Presider] = {}
        for staff_id, name, is_head in rows:
            staff.setdefault(search_key(name), Presider(staff_id, bool(is_head)))
        return staff
