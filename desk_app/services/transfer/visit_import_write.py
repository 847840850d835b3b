"""Write checked visit lines in bulk inside one transaction: citizens, cases, sessions, book numbers, one log entry.

What each visit implies (status, confidentiality, case code, search text, its session, lần đầu / nhiều lần) comes
from domain.visit and services.visits.linking, exactly as when a visit is saved at the desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from desk_app.domain.enums import ReceptionMode, ReceptionSessionStatus, SignatureKind, VisitOrder
from desk_app.domain.reception import is_delegation
from desk_app.domain.visit import SessionKey, held_by_joining, implies, matter_key, search_text, session_key
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit, counters
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.bulk import CaseIndex, CitizenIndex, bulk_insert, next_id
from desk_app.services.transfer.former_staff import adopt_former_staff
from desk_app.services.transfer.table import search_key
from desk_app.services.transfer.visit_import_order import set_orders, update_existing
from desk_app.services.transfer.visit_import_rows import VisitImportResult, VisitLine
from desk_app.services.transfer.visit_import_turns import turn_leads, write_matters_and_results
from desk_app.services.visits.linking import held_session_values, live_sessions
from desk_app.storage.records import CaseRecord, CitizenRecord, ReceptionSessionRecord, VisitRecord

MODE = ReceptionMode.TRUC_TIEP  # a paper register records visits in person


def _key(line: VisitLine) -> SessionKey | None:
    return session_key(line.kind, line.date, line.presider.id if line.presider else None)


def write_visits(
    ctx: ServiceContext, lines: Sequence[VisitLine], file_name: str, progress: Callable[[int], None]
) -> VisitImportResult:
    now = dt.datetime.now(dt.UTC)
    actor = ctx.actor.name
    with ctx.db.write() as s, s.begin():
        # The former staff now have ids: their visits and sessions point at them.
        lines, staff_added = adopt_former_staff(s, lines, now, actor)
        people = CitizenIndex(s, [(x.name, x.id_number) for x in lines], now, actor)
        citizen_ids = [people.resolve(x.name, x.id_type.value, x.id_number, x.address) for x in lines]
        cases = CaseIndex(s, (x.case_key for x in lines if x.case_key and not x.refused), now, actor)
        cases.load_matters(people.existing)
        facts = [implies(x.handling, x.category, x.group_size) for x in lines]
        case_ids: list[int | None] = []
        by_key = by_match = 0
        for line, cid, fact in zip(lines, citizen_ids, facts, strict=True):
            if not fact.has_case:
                case_ids.append(None)
                continue
            matter = matter_key(cid, search_key(line.summary))
            if line.case_key:
                by_key += 1
                case_id = cases.by_code.get(line.case_key) or _new_case(cases, line.case_key, line, cid)
            elif matter in cases.by_matter:
                by_match += 1
                case_id = cases.by_matter[matter]
            else:
                case_id = _new_case(cases, None, line, cid)
            cases.by_matter.setdefault(matter, case_id)
            cases.seen_on(case_id, line.date)
            case_ids.append(case_id)

        leads = turn_leads(lines)  # a further matter of a visit (DOMAIN §16.3 `Lượt`) is no visit of its own
        keys = [None if lead is not None else _key(x) for x, lead in zip(lines, leads, strict=True)]
        known_sessions = live_sessions(s, {k for k in keys if k is not None})
        session_rows: list[dict[str, Any]] = []
        session_ids: list[int | None] = []
        held_now: set[int] = set()
        joined = 0
        sid_next = first_new_session = next_id(s, ReceptionSessionRecord.id)
        for line, key in zip(lines, keys, strict=True):
            if key is None:
                session_ids.append(None)
                continue
            found = known_sessions.get(key)
            if found is None:
                found = (sid_next, ReceptionSessionStatus.DA_TIEP)
                known_sessions[key] = found
                session_rows.append(
                    {
                        "id": sid_next, **held_session_values(key, MODE, line.delegated),
                        "created_at": now, "created_by": actor, "is_voided": False,
                    }
                )  # fmt: skip
                sid_next += 1
            elif found[0] < first_new_session:
                joined += 1
                if held_by_joining(found[1]):
                    held_now.add(found[0])
            session_ids.append(found[0])

        visit_id = first_id = next_id(s, VisitRecord.id)
        book: dict[int, int] = {}
        visit_rows: list[dict[str, Any]] = []
        visit_of_line: list[int] = []
        for line, cid, in_case, sid, fact in zip(
            lines, citizen_ids, case_ids, session_ids, facts, strict=True
        ):
            if leads[len(visit_of_line)] is not None:  # a further matter of the visit written just before
                visit_of_line.append(visit_of_line[-1])
                continue
            visit_of_line.append(visit_id)
            year = line.date.year
            if year not in book:
                book[year] = counters.last_value(s, counters.VISIT_BOOK, year)
            book[year] += 1
            summary_key = search_key(line.summary)
            words = search_text(search_key(line.name), search_key(line.address), line.id_number, summary_key)
            visit_rows.append(
                {
                    "id": visit_id, "book_year": year, "book_no": book[year], "date": line.date,
                    "kind": line.kind.value, "mode": MODE.value, "session_id": sid,
                    "presided_by_id": line.presider.id if line.presider else None, "delegated": line.delegated,
                    "main_citizen_id": cid, "group_size": line.group_size,
                    "is_delegation": fact.is_delegation, "summary": line.summary,
                    "summary_key": summary_key,
                    "category": line.category.value if line.category else None,
                    "field": line.field.value if line.field else None,
                    "within_competence": line.within_competence,
                    "handling": line.handling.value if line.handling else None,
                    "citizen_signed": SignatureKind.KY.value, "has_written_petition": False,
                    "is_confidential": fact.is_confidential,
                    "remarks": line.remarks, "status": fact.status.value, "case_id": in_case,
                    "visit_order": VisitOrder.LAN_DAU.value, "search_text": words,
                    "created_at": now, "created_by": actor, "is_voided": False,
                }
            )  # fmt: skip
            visit_id += 1
        imported_first = set_orders(s, visit_rows, cases.existing)

        bulk_insert(s, CitizenRecord.__table__, people.new_rows)
        bulk_insert(s, CaseRecord.__table__, cases.settled_rows())
        bulk_insert(s, ReceptionSessionRecord.__table__, session_rows)
        bulk_insert(s, VisitRecord.__table__, visit_rows, progress)
        write_matters_and_results(s, lines, case_ids, visit_of_line, now, actor)
        update_existing(s, cases, imported_first, held_now, actor, now)
        cases.save_counters()
        counters.set_last(s, counters.VISIT_BOOK, book)
        if visit_rows:
            audit.record(
                s, ctx, "import", "visit", first_id,
                {
                    "rows": (None, len(visit_rows)), "visit_ids": (None, f"{first_id}-{visit_id - 1}"),
                    "citizens_new": (None, len(people.new_rows)), "cases_new": (None, len(cases.new_rows)),
                    "sessions_new": (None, len(session_rows)), "sessions_held": (None, sorted(held_now)),
                    **({"staff_new": (None, list(staff_added))} if staff_added else {}),
                },
                vt.LOG_IMPORT_REASON.format(name=file_name),
            )  # fmt: skip
    return VisitImportResult(
        imported=len(visit_rows),
        cases_created=len(cases.new_rows),
        linked_by_key=by_key,
        linked_by_match=by_match,
        sessions_created=len(session_rows),
        sessions_joined=joined,
        staff_added=staff_added,
    )


def _new_case(cases: CaseIndex, code: str | None, line: VisitLine, citizen_id: int) -> int:
    assert line.category is not None  # check_row requires it unless the visitor was refused
    return cases.create_case(
        code, line.date, line.summary, line.category, line.field, is_delegation(line.group_size), citizen_id
    )
