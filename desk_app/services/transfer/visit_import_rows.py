"""One row of an imported Sổ tiếp công dân (DOMAIN §16.3): its checks, the checked line, and the import's result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.enums import Category, Handling, IdType, ReceptionKind, SubjectField
from desk_app.domain.matter_results import MatterResult
from desk_app.domain.visit import ADDRESS_LIMIT, NAME_LIMIT, is_delegated
from desk_app.i18n import labels, vi_results
from desk_app.i18n import vi_transfer as vt
from desk_app.services.transfer.former_staff import Presider, StaffNames, staff_added_text
from desk_app.services.transfer.row_check import RowCheck
from desk_app.services.transfer.table import BadRow, label_lookup

KINDS = label_lookup(labels.RECEPTION_KIND)
CATEGORIES = label_lookup(labels.CATEGORY)
FIELDS = label_lookup(labels.SUBJECT_FIELD, vt.FIELD_ALIASES)
HANDLINGS = label_lookup(labels.HANDLING)
RESULTS = label_lookup(vi_results.RESULT)
TURN_KEY_LIMIT = 40  # the file's own key of a visit (Lượt)
CASE_KEY_LIMIT = 40  # case.code
STAFF_NAME_LIMIT = 200  # staff.full_name


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
    turn: str | None = None
    """`Lượt`: consecutive lines with the same key are one visit that raised several matters."""
    result: MatterResult | None = None
    """`Kết quả` of the line's matter."""

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
    staff_added: tuple[str, ...] = ()  # presiders not on the staff list, added as former staff

    def detail(self) -> str:
        return vt.IMPORT_DETAIL_VISITS.format(
            cases_new=self.cases_created,
            linked_key=self.linked_by_key,
            linked_match=self.linked_by_match,
            sessions_new=self.sessions_created,
            sessions_joined=self.sessions_joined,
        ) + staff_added_text(self.staff_added)

    def headline(self) -> str:
        return vt.IMPORTED_VISITS.format(count=self.imported)


def check_row(line: int, cells: dict[str, str], staff: StaffNames, today: dt.date) -> VisitLine | BadRow:
    """The row as a VisitLine, or every reason it is wrong."""
    c = RowCheck(cells)
    day = c.date(vt.V_DATE, today, required=True)
    kind = c.label(vt.V_KIND, KINDS, labels.RECEPTION_KIND, required=True)
    presider_name = c.text(vt.V_PRESIDER, limit=STAFF_NAME_LIMIT)
    delegated_mark = c.mark(vt.V_DELEGATED)
    name = c.text(vt.V_NAME, required=True, limit=NAME_LIMIT)
    id_type, id_number = c.id_number(vt.V_ID)
    address = c.text(vt.V_ADDRESS, limit=ADDRESS_LIMIT)
    group_size = c.count(vt.V_GROUP)
    handling = c.label(vt.V_HANDLING, HANDLINGS, labels.HANDLING)
    refused = handling is Handling.TU_CHOI_TIEP
    # A refused visitor has no matter on the book; everyone else must have both.
    summary = c.text(vt.V_SUMMARY, required=not refused)
    category = c.label(vt.V_CATEGORY, CATEGORIES, labels.CATEGORY, required=not refused)
    if category is Category.NHIEU_NOI_DUNG:
        c.reasons.append(vt.R_SPLIT)
    field = c.label(vt.V_FIELD, FIELDS, labels.SUBJECT_FIELD)
    case_key = c.text(vt.V_CASE, limit=CASE_KEY_LIMIT)
    within = c.mark(vt.V_COMPETENCE)
    remarks = c.text(vt.V_REMARKS)
    turn = c.text(vt.V_TURN, limit=TURN_KEY_LIMIT)
    result = c.label(vt.V_RESULT, RESULTS, vi_results.RESULT)
    presider: Presider | None = None
    if kind is not None and kind is not ReceptionKind.THUONG_XUYEN:
        if not presider_name:
            c.reasons.append(vt.R_PRESIDER_REQUIRED.format(column=vt.V_PRESIDER))
        else:
            presider = staff.find_or_add(presider_name)  # someone not on the list joins it as former staff
    if c.reasons or day is None or kind is None:
        return BadRow(line, tuple(c.reasons))
    return VisitLine(
        line=line,
        date=day,
        kind=kind,
        presider=presider,
        # An empty Ủy quyền cell says nothing: the rule then looks at who presided (a former staff member added
        # by the import is not the head, as with `staff add --former`).
        delegated=is_delegated(presider.is_head if presider else None, True if delegated_mark else None),
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
        turn=turn or None,
        result=result,
    )
