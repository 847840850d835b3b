"""Import a legacy sổ theo dõi đơn (README "Tệp trao đổi: sổ theo dõi đơn"): all rows checked, then one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.domain.enums import Category, Handling, IdType, PetitionSource, PetitionStatus, SubjectField
from desk_app.domain.permissions import Action
from desk_app.domain.petition_flow import approved_status
from desk_app.domain.petition_rules import PETITION_HANDLINGS
from desk_app.domain.visit import ADDRESS_LIMIT, NAME_LIMIT
from desk_app.i18n import labels, vi_results
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit, counters
from desk_app.services.backup.service import Reason, make_backup
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.petitions.service import PETITION_BOOK
from desk_app.services.transfer.bulk import CaseIndex, CitizenIndex, bulk_insert, next_id
from desk_app.services.transfer.row_check import RowCheck, shown
from desk_app.services.transfer.table import (
    FIRST_DATA_ROW,
    BadRow,
    ImportRefused,
    Progress,
    date_cell,
    label_lookup,
    read_table,
    search_key,
)
from desk_app.storage.records import CaseRecord, CitizenRecord, DecisionRecord, FollowUpRecord, PetitionRecord

SOURCES = label_lookup(labels.PETITION_SOURCE)
CATEGORIES = label_lookup(labels.CATEGORY)
FIELDS = label_lookup(labels.SUBJECT_FIELD, vt.FIELD_ALIASES)
HANDLINGS = label_lookup(labels.HANDLING)
STATUSES = label_lookup(labels.PETITION_STATUS, vt.STATUS_ALIASES)
CASE_KEY_LIMIT = 40


@dataclass(frozen=True, slots=True)
class PetitionLine:
    line: int
    received: dt.date
    source: PetitionSource
    forwarded_by: str | None
    name: str | None  # None: an anonymous letter
    id_type: IdType
    id_number: str | None
    address: str | None
    signers: int
    summary: str
    category: Category
    field: SubjectField | None
    case_key: str | None
    processable: bool | None
    within_competence: bool | None
    handling: Handling | None
    handled: dt.date | None
    status: PetitionStatus


@dataclass(frozen=True, slots=True)
class PetitionImportResult:
    imported: int
    cases_created: int
    linked_by_key: int

    def headline(self) -> str:
        return vt.IMPORTED_PETITIONS.format(count=self.imported)

    def detail(self) -> str:
        return vt.IMPORT_DETAIL_PETITIONS.format(cases_new=self.cases_created, linked=self.linked_by_key)


def check_row(line: int, cells: dict[str, str], today: dt.date) -> PetitionLine | BadRow:
    c = RowCheck(cells)
    received = c.date(vt.P_RECEIVED, today, required=True)
    source = c.label(vt.P_SOURCE, SOURCES, labels.PETITION_SOURCE, required=True)
    forwarded_by = c.text(vt.P_FORWARDED_BY, limit=300)
    sender = c.text(vt.P_SENDER, limit=NAME_LIMIT)
    anonymous = not sender or sender.casefold() in vt.ANONYMOUS_WORDS
    id_type, id_number = c.id_number(vt.P_ID)
    address = c.text(vt.P_ADDRESS, limit=ADDRESS_LIMIT)
    signers = c.count(vt.P_SIGNERS)
    summary = c.text(vt.P_SUMMARY, required=True)
    category = c.label(vt.P_CATEGORY, CATEGORIES, labels.CATEGORY, required=True)
    if category is Category.NHIEU_NOI_DUNG:
        c.reasons.append(vt.R_SPLIT)
    field = c.label(vt.P_FIELD, FIELDS, labels.SUBJECT_FIELD)
    case_key = c.text(vt.P_CASE, limit=CASE_KEY_LIMIT)
    processable = c.yes_no(vt.P_PROCESSABLE)
    within = c.yes_no(vt.P_COMPETENCE)
    handling_text = c.text(vt.P_HANDLING)
    handling = c.label(vt.P_HANDLING, HANDLINGS, labels.HANDLING)
    if handling is not None and handling not in PETITION_HANDLINGS:
        c.reasons.append(vt.R_NOT_PETITION_HANDLING.format(column=vt.P_HANDLING, value=shown(handling_text)))
    handled = c.date(vt.P_HANDLED, today)
    if handled is not None and handling is None and not handling_text:
        c.reasons.append(vt.R_HANDLED_WITHOUT_HANDLING.format(handled=vt.P_HANDLED, handling=vt.P_HANDLING))
    if handled is not None and received is not None and handled < received:
        c.reasons.append(vt.R_BEFORE.format(column=vt.P_HANDLED, value=date_cell(handled)))
    status = c.label(vt.P_STATUS, STATUSES, labels.PETITION_STATUS)
    if source is not None and source.is_forwarded and not forwarded_by:
        c.reasons.append(vt.R_FORWARDED_REQUIRED.format(column=vt.P_FORWARDED_BY))
    if c.reasons or received is None or source is None or category is None:
        return BadRow(line, tuple(c.reasons))
    if status is None:
        status = approved_status(handling) if handling else PetitionStatus.DA_VAO_SO
    return PetitionLine(
        line=line, received=received, source=source, forwarded_by=forwarded_by or None,
        name=None if anonymous else sender, id_type=id_type, id_number=id_number, address=address or None,
        signers=signers, summary=summary, category=category, field=field, case_key=case_key or None,
        processable=processable, within_competence=within, handling=handling, handled=handled, status=status,
    )  # fmt: skip


class PetitionImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check_file(self, path: Path, progress: Progress | None = None) -> list[PetitionLine]:
        table = read_table(path, vt.PETITION_HEADERS, vt.PETITION_REQUIRED)
        today = self._ctx.today()
        lines: list[PetitionLine] = []
        bad: list[BadRow] = []
        total = len(table.rows)
        step = max(100, total // 100)
        for index, cells in enumerate(table.rows):
            if cells:
                checked = check_row(index + FIRST_DATA_ROW, cells, today)
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

    def import_file(self, path: Path, progress: Progress | None = None) -> PetitionImportResult:
        """All rows or none, one change-log entry. Imported petitions are history: no deadline clocks start."""
        require(self._ctx, Action.WRITE_CASES)
        lines = self.check_file(path, progress)
        make_backup(
            self._ctx, Reason.BEFORE_IMPORT
        )  # DOMAIN §16.7: a sound file was accepted, nothing written yet
        total = 2 * max(len(lines), 1)
        result = self._write(
            lines, path.name, lambda done: progress(len(lines) + done, total) if progress else None
        )
        if progress:
            progress(total, total)
        return result

    def _write(self, lines: list[PetitionLine], file_name: str, progress: Any) -> PetitionImportResult:
        ctx = self._ctx
        now = dt.datetime.now(dt.UTC)
        actor = ctx.actor.name
        with ctx.db.write() as s, s.begin():
            people = CitizenIndex(s, [(x.name, x.id_number) for x in lines if x.name], now, actor)
            cases = CaseIndex(s, (x.case_key for x in lines if x.case_key), now, actor)
            petition_id = first_id = next_id(s, PetitionRecord.id)
            decision_id = next_id(s, DecisionRecord.id)
            numbers: dict[int, int] = {}
            rows: list[dict[str, Any]] = []
            decisions: list[dict[str, Any]] = []
            results: list[dict[str, Any]] = []
            for x in lines:
                cid = people.resolve(x.name, x.id_type.value, x.id_number, x.address) if x.name else None
                case_id = None
                if x.case_key:
                    case_id = cases.by_code.get(x.case_key) or cases.create_case(
                        x.case_key, x.received, x.summary, x.category, x.field, False, cid
                    )
                    if x.received < cases.first_seen[case_id]:
                        cases.first_seen[case_id] = x.received
                year = x.received.year
                if year not in numbers:
                    numbers[year] = counters.last_value(s, PETITION_BOOK, year)
                numbers[year] += 1
                summary_key = search_key(x.summary)
                words = (summary_key, search_key(x.name), search_key(x.forwarded_by))
                rows.append(
                    {
                        "id": petition_id, "book_year": year, "register_no": numbers[year],
                        "received_date": x.received, "source": x.source.value, "forwarded_by_org": x.forwarded_by,
                        "main_citizen_id": cid, "signer_count": x.signers, "signature_kind": "KY",
                        "is_anonymous": x.name is None, "is_impersonation": False, "summary": x.summary,
                        "summary_key": summary_key, "category": x.category.value,
                        "field": x.field.value if x.field else None, "has_multiple_contents": False,
                        "processable": x.processable, "within_competence": x.within_competence,
                        "case_id": case_id, "has_original_documents": False,
                        "handling": x.handling.value if x.handling else None, "status": x.status.value,
                        "is_confidential": x.category is Category.TO_CAO,
                        "search_text": " ".join(w for w in words if w),
                        "created_at": now, "created_by": actor, "is_voided": False,
                    }
                )  # fmt: skip
                if x.handling is not None:
                    # The handling as an approved decision, so the petition's history reads as if handled here.
                    handled = dt.datetime.combine(x.handled or x.received, dt.time(0, 0))
                    decisions.append(
                        {
                            "id": decision_id, "petition_id": petition_id, "proposed_at": handled,
                            "proposal": x.handling.value,
                            "approved_at": handled if x.handled else None, "outcome": "DUYET",
                            "created_at": now, "created_by": actor, "is_voided": False,
                        }
                    )  # fmt: skip
                    decision_id += 1
                if x.status is PetitionStatus.DA_GIAI_QUYET:
                    # The result as a received-result event, so every report counts it and it can be corrected.
                    results.append(
                        {
                            "petition_id": petition_id, "event_type": "NHAN_KET_QUA",
                            "event_date": x.handled or x.received, "content": vi_results.IMPORTED_RESULT,
                            "created_at": now, "created_by": actor, "is_voided": False,
                        }
                    )  # fmt: skip
                petition_id += 1
            bulk_insert(s, CitizenRecord.__table__, people.new_rows)
            bulk_insert(s, CaseRecord.__table__, cases.settled_rows())
            bulk_insert(s, PetitionRecord.__table__, rows, progress)
            bulk_insert(s, DecisionRecord.__table__, decisions)
            bulk_insert(s, FollowUpRecord.__table__, results)
            cases.save_counters()
            counters.set_last(s, PETITION_BOOK, numbers)
            if rows:
                audit.record(
                    s, ctx, "import", "petition", first_id,
                    {
                        "rows": (None, len(rows)), "petition_ids": (None, f"{first_id}-{petition_id - 1}"),
                        "citizens_new": (None, len(people.new_rows)), "cases_new": (None, len(cases.new_rows)),
                    },
                    vt.LOG_IMPORT_REASON.format(name=file_name),
                )  # fmt: skip
        return PetitionImportResult(
            imported=len(rows),
            cases_created=len(cases.new_rows),
            linked_by_key=sum(1 for x in lines if x.case_key),
        )
