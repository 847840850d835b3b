"""Both registers to CSV or XLSX in the interchange layouts (DOMAIN §16.3, README): one writer for the window and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desk_app.i18n import vi_transfer as vt
from desk_app.printing.table_file import Column, write_table
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.petition_export import petition_ids, petition_rows
from desk_app.services.transfer.table import Progress
from desk_app.services.transfer.visit_export import Cell, full_identity_for, log_export, visit_ids, visit_rows

VISIT_SHEET: Final = "So tiep cong dan"
PETITION_SHEET: Final = "So theo doi don"
# Widths in Excel characters, kept small so that fitting the page wide keeps the type readable; long text wraps.
_VISIT_WIDTHS: Final = {vt.V_DATE: 11, vt.V_KIND: 11, vt.V_PRESIDER: 16, vt.V_DELEGATED: 8, vt.V_NAME: 20,
                        vt.V_ID: 14, vt.V_ADDRESS: 22, vt.V_GROUP: 7, vt.V_SUMMARY: 36, vt.V_CATEGORY: 12,
                        vt.V_FIELD: 14, vt.V_CASE: 12, vt.V_COMPETENCE: 10, vt.V_HANDLING: 16, vt.V_REMARKS: 16,
                        vt.V_TURN: 8, vt.V_RESULT: 14}  # fmt: skip
_PETITION_WIDTHS: Final = {vt.P_RECEIVED: 11, vt.P_SOURCE: 18, vt.P_FORWARDED_BY: 18, vt.P_SENDER: 20, vt.P_ID: 14,
                           vt.P_ADDRESS: 22, vt.P_SIGNERS: 9, vt.P_SUMMARY: 36, vt.P_CATEGORY: 12, vt.P_FIELD: 14,
                           vt.P_CASE: 12, vt.P_PROCESSABLE: 10, vt.P_COMPETENCE: 10, vt.P_HANDLING: 16,
                           vt.P_HANDLED: 11, vt.P_STATUS: 14}  # fmt: skip
_WRAPPED: Final = frozenset({vt.V_PRESIDER, vt.V_NAME, vt.V_ADDRESS, vt.V_SUMMARY, vt.V_CATEGORY, vt.V_FIELD,
                             vt.V_HANDLING, vt.V_REMARKS, vt.P_SOURCE, vt.P_FORWARDED_BY, vt.P_SENDER, vt.P_STATUS})  # fmt: skip


def _columns(headers: Sequence[str], widths: dict[str, int]) -> tuple[Column, ...]:
    return tuple(Column(h, widths.get(h, 16), h in _WRAPPED) for h in headers)


VISIT_COLUMNS: Final = _columns(vt.VISIT_HEADERS, _VISIT_WIDTHS)
PETITION_COLUMNS: Final = _columns(vt.PETITION_HEADERS, _PETITION_WIDTHS)


Ids = Callable[[ServiceContext, dt.date | None, dt.date | None], Sequence[int]]
Rows = Callable[[ServiceContext, Sequence[int], bool, Progress | None], Iterable[Sequence[Cell]]]


@dataclass(frozen=True, slots=True)
class RegisterFile:
    """One register's interchange layout: what the export log calls it, its sheet, columns, ids and rows."""

    entity: str
    sheet: str
    columns: tuple[Column, ...]
    ids: Ids
    rows: Rows

    def export_ids(
        self,
        ctx: ServiceContext,
        ids: Sequence[int],
        target: Path,
        *,
        full_identity: bool | None = None,
        progress: Progress | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> int:
        """Write the records `ids` (book order) in the layout, masked by role unless told; the export is logged."""
        full = full_identity_for(ctx, full_identity)
        write_table(target, self.columns, self.rows(ctx, ids, full, progress), self.sheet)
        log_export(ctx, self.entity, len(ids), target.name, full, date_from, date_to)
        return len(ids)

    def export(
        self,
        ctx: ServiceContext,
        target: Path,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        *,
        full_identity: bool | None = None,
        progress: Progress | None = None,
    ) -> int:
        """The records of a date range (all when open), as `desk-app export visits|petitions` writes them."""
        ids = self.ids(ctx, date_from, date_to)
        return self.export_ids(
            ctx,
            ids,
            target,
            full_identity=full_identity,
            progress=progress,
            date_from=date_from,
            date_to=date_to,
        )


VISITS: Final = RegisterFile("visit", VISIT_SHEET, VISIT_COLUMNS, visit_ids, visit_rows)  # DOMAIN §16.3
PETITIONS: Final = RegisterFile(
    "petition", PETITION_SHEET, PETITION_COLUMNS, petition_ids, petition_rows
)  # README
export_visit_ids: Final = VISITS.export_ids
export_visits: Final = VISITS.export
export_petition_ids: Final = PETITIONS.export_ids
export_petitions: Final = PETITIONS.export
