"""Import a legacy Sổ tiếp công dân (DOMAIN §16.3): check every row first, then write all in one transaction."""

from __future__ import annotations

from pathlib import Path

from desk_app.domain.enums import ReceptionKind
from desk_app.domain.permissions import Action
from desk_app.domain.visit import SessionKey
from desk_app.i18n import vi_transfer as vt
from desk_app.services.backup.service import Reason, make_backup
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.transfer.case_keys import KeyedRow, code_collisions, merged
from desk_app.services.transfer.former_staff import load_staff
from desk_app.services.transfer.session_import import on_days_not_held
from desk_app.services.transfer.table import FIRST_DATA_ROW, BadRow, ImportRefused, Progress, read_table
from desk_app.services.transfer.visit_import_rows import VisitImportResult, VisitLine, check_row
from desk_app.services.transfer.visit_import_turns import turn_problems
from desk_app.services.transfer.visit_import_write import write_visits


class VisitImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check_file(self, path: Path, progress: Progress | None = None) -> list[VisitLine]:
        """Every row checked; raises ImportRefused listing every bad row (nothing is written here)."""
        table = read_table(path, vt.VISIT_HEADERS, vt.VISIT_REQUIRED)
        staff = load_staff(self._ctx)
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
        keyed = [
            KeyedRow(x.line, x.case_key, x.name, x.id_number, x.address)
            for x in lines
            if x.case_key and not x.refused
        ]
        if keyed:  # a case key of another person is a bad row, never a silent merge (DOMAIN §16.3)
            with self._ctx.db.read() as s:
                bad = merged(bad, code_collisions(s, keyed, vt.V_CASE))
        in_sessions = [
            (x.line, SessionKey(x.date, x.presider.id, x.kind), x.presider.name)
            for x in lines
            if x.presider and not x.presider.is_new and x.kind is not ReceptionKind.THUONG_XUYEN
        ]
        if in_sessions:  # a visit on a scheduled day recorded as not held (import sessions) is a bad row
            with self._ctx.db.read() as s:
                bad = merged(bad, on_days_not_held(s, in_sessions))
        bad = merged(bad, turn_problems(lines))  # one visit, several matters (Lượt); one line per bad row
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
