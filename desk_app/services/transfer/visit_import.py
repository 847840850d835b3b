"""Import a legacy Sổ tiếp công dân (DOMAIN §16.3): check every row first, then write all in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.enums import Category, Handling, IdType, ReceptionKind, SubjectField
from desk_app.i18n import vi
from desk_app.i18n import vi_transfer as vt
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.table import (
    FIRST_DATA_ROW,
    BadRow,
    ImportRefused,
    Progress,
    RowCheck,
    label_lookup,
    read_table,
    search_key,
)
from desk_app.storage.records import StaffRecord

KINDS = label_lookup(vi.RECEPTION_KIND)
CATEGORIES = label_lookup(vi.CATEGORY)
FIELDS = label_lookup(vi.SUBJECT_FIELD, vt.FIELD_ALIASES)
HANDLINGS = label_lookup(vi.HANDLING)
BOOK_CATEGORIES = (Category.KHIEU_NAI, Category.TO_CAO, Category.KIEN_NGHI_PHAN_ANH)
CASE_KEY_LIMIT = 40  # case.code


@dataclass(frozen=True, slots=True)
class Presider:
    id: int
    is_head: bool


@dataclass(frozen=True, slots=True)
class VisitLine:
    """One checked row of the file, ready to write."""

    line: int
    date: dt.date
    kind: ReceptionKind
    presider: Presider | None
    delegated: bool
    name: str
    id_type: IdType
    id_number: str | None
    address: str | None
    group_size: int
    summary: str
    category: Category | None
    field: SubjectField | None
    case_key: str | None
    within_competence: bool
    handling: Handling | None
    remarks: str | None

    @property
    def refused(self) -> bool:
        return self.handling is Handling.TU_CHOI_TIEP


@dataclass(frozen=True, slots=True)
class VisitImportResult:
    imported: int
    cases_created: int
    linked_by_key: int
    linked_by_match: int
    sessions_created: int
    sessions_joined: int

    def detail(self) -> str:
        return vt.IMPORT_DETAIL_VISITS.format(
            cases_new=self.cases_created,
            linked_key=self.linked_by_key,
            linked_match=self.linked_by_match,
            sessions_new=self.sessions_created,
            sessions_joined=self.sessions_joined,
        )

    def headline(self) -> str:
        return vt.IMPORTED_VISITS.format(count=self.imported)


def check_row(
    line: int, cells: dict[str, str], staff: dict[str, Presider], today: dt.date
) -> VisitLine | BadRow:
    """The row as a VisitLine, or every reason it is wrong."""
    c = RowCheck(cells)
    day = c.date(vt.V_DATE, today, required=True)
    kind = c.label(vt.V_KIND, KINDS, vi.RECEPTION_KIND, required=True)
    presider_name = c.text(vt.V_PRESIDER)
    delegated_mark = c.mark(vt.V_DELEGATED)
    name = c.text(vt.V_NAME, required=True, limit=200)
    id_type, id_number = c.id_number(vt.V_ID)
    address = c.text(vt.V_ADDRESS, limit=400)
    group_size = c.count(vt.V_GROUP)
    handling = c.label(vt.V_HANDLING, HANDLINGS, vi.HANDLING)
    refused = handling is Handling.TU_CHOI_TIEP
    # A refused visitor has no matter on the book; everyone else must have both.
    summary = c.text(vt.V_SUMMARY, required=not refused)
    category = c.label(vt.V_CATEGORY, CATEGORIES, vi.CATEGORY, required=not refused)
    if category is Category.NHIEU_NOI_DUNG:
        c.reasons.append(vt.R_SPLIT)
    field = c.label(vt.V_FIELD, FIELDS, vi.SUBJECT_FIELD)
    case_key = c.text(vt.V_CASE, limit=CASE_KEY_LIMIT)
    within = c.mark(vt.V_COMPETENCE)
    remarks = c.text(vt.V_REMARKS)
    presider: Presider | None = None
    if kind is not None and kind is not ReceptionKind.THUONG_XUYEN:
        if not presider_name:
            c.reasons.append(vt.R_PRESIDER_REQUIRED.format(column=vt.V_PRESIDER))
        else:
            presider = staff.get(search_key(presider_name))
            if presider is None:
                c.reasons.append(vt.R_PRESIDER_UNKNOWN.format(column=vt.V_PRESIDER, value=presider_name))
    if c.reasons or day is None or kind is None:
        return BadRow(line, tuple(c.reasons))
    return VisitLine(
        line=line,
        date=day,
        kind=kind,
        presider=presider,
        # The count of 01/TCD puts a session in "Thủ trưởng tiếp" only when the head himself presided.
        delegated=presider is not None and (delegated_mark or not presider.is_head),
        name=name,
        id_type=id_type,
        id_number=id_number,
        address=address or None,
        group_size=group_size,
        summary=summary,
        category=category,
        field=field,
        case_key=case_key or None,
        within_competence=within,
        handling=handling,
        remarks=remarks or None,
    )


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
        from desk_app.services.transfer.visit_import_write import write_visits

        lines = self.check_file(path, progress)
        total = 2 * max(len(lines), 1)

        def written(done: int) -> None:
            if progress:
                progress(len(lines) + done, total)

        result = write_visits(self._ctx, lines, path.name, written)
        if progress:
            progress(total, total)
        return result

    def _staff(self) -> dict[str, Presider]:
        with self._ctx.sessions.read() as s:
            rows = s.execute(
                select(StaffRecord.id, StaffRecord.full_name, StaffRecord.is_head)
                .where(StaffRecord.is_voided.is_(False))
                .order_by(StaffRecord.is_head.desc(), StaffRecord.id)
            ).all()
        staff: dict[str, Presider] = {}
        for staff_id, name, is_head in rows:
            staff.setdefault(search_key(name), Presider(staff_id, bool(is_head)))
        return staff
