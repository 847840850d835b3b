"""Import the history of leaders' reception sessions (DOMAIN §16.3 `import sessions`): every row checked against the
file and the database first, then all written in one transaction, or nothing.

A session is one presiding person on one day for one kind (§16.1). A row whose session is already in the database
with the same status is left as it is (re-running a file changes nothing); a planned session (Dự kiến, Đã niêm yết)
takes the file's status; any other status there is a bad row: the file and the database disagree on what happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionKind, ReceptionMode, ReceptionSessionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.schedule import DEFAULT_HOURS, PartOfDay
from desk_app.domain.visit import SessionKey, is_delegated, not_held
from desk_app.i18n import labels
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n.formatting import fmt_date
from desk_app.services import audit
from desk_app.services.backup.service import Reason, make_backup
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.transfer.bulk import bulk_insert, next_id
from desk_app.services.transfer.case_keys import merged
from desk_app.services.transfer.former_staff import (
    Presider,
    StaffNames,
    adopt_former_staff,
    load_staff,
    staff_added_text,
)
from desk_app.services.transfer.row_check import RowCheck, shown
from desk_app.services.transfer.table import (
    BadRow,
    ImportRefused,
    label_lookup,
    read_table,
    search_key,
)
from desk_app.services.visits.linking import live_sessions
from desk_app.storage.records import ReceptionSessionRecord, VisitRecord

S = ReceptionSessionStatus
STATUS_LABELS = {
    S.DA_TIEP: vh.STATUS_HELD,
    S.KHONG_CO_CONG_DAN: vh.STATUS_NO_CITIZEN,
    S.HUY: vh.STATUS_NOT_HELD,
    S.HOAN: vh.STATUS_POSTPONED,
}
STATUSES = label_lookup(STATUS_LABELS, {vh.STATUS_CANCELLED_ALIAS: S.HUY, vh.STATUS_POSTPONED_ALIAS: S.HOAN})
NEEDS_REASON = frozenset({S.HUY, S.HOAN})
PLANNED = frozenset({S.DU_KIEN, S.DA_CONG_BO})
PARTS = label_lookup({PartOfDay.SANG: vh.PART_MORNING, PartOfDay.CHIEU: vh.PART_AFTERNOON})
KINDS = label_lookup(labels.RECEPTION_KIND)
LEADER_KINDS = (ReceptionKind.DINH_KY, ReceptionKind.DOT_XUAT)
REASON_LIMIT = 500  # reception_session.status_reason
NAME_LIMIT = 200  # staff.full_name
MODE = ReceptionMode.TRUC_TIEP


@dataclass(frozen=True, slots=True)
class SessionLine:
    line: int
    date: dt.date
    part: PartOfDay
    presider: Presider
    kind: ReceptionKind
    delegated: bool
    status: ReceptionSessionStatus
    reason: str | None

    @property
    def key(self) -> SessionKey:
        return SessionKey(self.date, self.presider.id, self.kind)


@dataclass(frozen=True, slots=True)
class SessionImportResult:
    created: int
    updated: int  # planned sessions that took the file's status
    unchanged: int  # already there with the same status
    not_held: int  # of the file's rows: "Không tổ chức được"
    staff_added: tuple[str, ...] = ()

    @property
    def imported(self) -> int:
        return self.created + self.updated

    def headline(self) -> str:
        return vh.IMPORTED_SESSIONS.format(count=self.imported)

    def detail(self) -> str:
        return vh.IMPORT_DETAIL_SESSIONS.format(
            created=self.created, updated=self.updated, unchanged=self.unchanged, not_held=self.not_held
        ) + staff_added_text(self.staff_added)


def check_row(line: int, cells: dict[str, str], staff: StaffNames, today: dt.date) -> SessionLine | BadRow:
    c = RowCheck(cells)
    day = c.date(vh.S_DATE, today, required=True)
    part_text = c.text(vh.S_PART)
    part = PARTS.get(search_key(part_text)) if part_text else PartOfDay.SANG
    if part is None:
        c.refuse(vh.R_PART.format(column=vh.S_PART, value=shown(part_text)))
    name = c.text(vh.S_PRESIDER, required=True, limit=NAME_LIMIT)
    kind_text = c.text(vh.S_KIND, required=True)
    kind = KINDS.get(search_key(kind_text)) if kind_text else None
    if kind_text and kind not in LEADER_KINDS:
        c.refuse(vh.R_SESSION_KIND.format(column=vh.S_KIND, value=shown(kind_text)))
    mark = c.mark(vh.S_DELEGATED)
    status = c.label(vh.S_STATUS, STATUSES, STATUS_LABELS, required=True)
    reason = c.text(vh.S_REASON, limit=REASON_LIMIT)
    if status in NEEDS_REASON and not reason:
        c.refuse(vh.R_REASON_REQUIRED.format(status=STATUS_LABELS[status], column=vh.S_REASON))
    presider = staff.find_or_add(name) if name else None
    if (
        c.reasons
        or day is None
        or part is None
        or presider is None
        or kind not in LEADER_KINDS
        or status is None
    ):
        return BadRow(line, tuple(c.reasons))
    assert kind is not None
    return SessionLine(
        line,
        day,
        part,
        presider,
        kind,
        is_delegated(presider.is_head, True if mark else None),
        status,
        reason or None,
    )


@dataclass(frozen=True, slots=True)
class _Found:
    id: int
    status: ReceptionSessionStatus
    start_time: dt.time | None


def _plan(
    s: DbSession, lines: Sequence[SessionLine]
) -> tuple[list[SessionLine], list[tuple[SessionLine, int]], int, list[BadRow]]:
    """What each line does: new sessions, planned sessions to update (line, id), how many are already there, and
    the rows the database contradicts."""
    known = [x for x in lines if not x.presider.is_new]
    found: dict[SessionKey, list[_Found]] = {}
    if known:
        for sid, day, presider, kind, status, start in s.execute(
            select(ReceptionSessionRecord.id, ReceptionSessionRecord.date, ReceptionSessionRecord.presided_by_id,
                   ReceptionSessionRecord.kind, ReceptionSessionRecord.status, ReceptionSessionRecord.start_time)
            .where(
                ReceptionSessionRecord.date >= min(x.date for x in known),
                ReceptionSessionRecord.date <= max(x.date for x in known),
                ReceptionSessionRecord.presided_by_id.in_(sorted({x.presider.id for x in known})),
                ReceptionSessionRecord.is_voided.is_(False),
            )
            .order_by(ReceptionSessionRecord.id)
        ):  # fmt: skip
            if presider is None:
                continue
            key = SessionKey(day, presider, ReceptionKind(kind))
            found.setdefault(key, []).append(_Found(sid, S(status), start))
    new: list[SessionLine] = []
    updates: list[tuple[SessionLine, int]] = []
    unchanged = 0
    conflicts: list[tuple[SessionLine, _Found]] = []
    for x in lines:
        there = found.get(x.key, [])
        if any(f.status is x.status for f in there):
            unchanged += 1
        elif planned := next((f for f in there if f.status in PLANNED), None):
            updates.append((x, planned.id))
        elif there:
            conflicts.append((x, there[0]))
        else:
            new.append(x)
    bad: list[BadRow] = []
    if conflicts:
        visits = dict(
            s.execute(
                select(VisitRecord.session_id, func.count())
                .where(
                    VisitRecord.session_id.in_([f.id for _x, f in conflicts]),
                    VisitRecord.is_voided.is_(False),
                )
                .group_by(VisitRecord.session_id)
            ).all()
        )
        for x, f in conflicts:
            count = visits.get(f.id, 0)
            reason = vh.R_SESSION_CONFLICT.format(
                kind=labels.RECEPTION_KIND[x.kind].lower(), date=fmt_date(x.date), presider=x.presider.name,
                status=labels.SESSION_STATUS[f.status], visits=vh.R_SESSION_VISITS.format(count=count) if count else "",
                wanted=STATUS_LABELS[x.status],
            )  # fmt: skip
            bad.append(BadRow(x.line, (reason,)))
    return new, updates, unchanged, bad


def on_days_not_held(s: DbSession, rows: Sequence[tuple[int, SessionKey, str]]) -> list[BadRow]:
    """Visit rows (line, session key, presider's name) whose only session that day is one not held: a register
    and the sessions' history that disagree are bad rows, not a second session "held" beside the one not held."""
    keys = {key for _line, key, _name in rows}
    if not keys:
        return []
    joinable = live_sessions(s, keys)
    missing = keys - set(joinable)
    if not missing:
        return []
    reasons: dict[SessionKey, str] = {}
    for day, presider, kind, status, reason in s.execute(
        select(ReceptionSessionRecord.date, ReceptionSessionRecord.presided_by_id, ReceptionSessionRecord.kind,
               ReceptionSessionRecord.status, ReceptionSessionRecord.status_reason)
        .where(
            ReceptionSessionRecord.date >= min(k.date for k in missing),
            ReceptionSessionRecord.date <= max(k.date for k in missing),
            ReceptionSessionRecord.presided_by_id.in_(sorted({k.presided_by_id for k in missing})),
            ReceptionSessionRecord.is_voided.is_(False),
        )
        .order_by(ReceptionSessionRecord.id)
    ):  # fmt: skip
        if presider is not None and not_held(status):
            key = SessionKey(day, presider, ReceptionKind(kind))
            if key in missing:
                reasons.setdefault(key, reason or "")
    bad: list[BadRow] = []
    for line, key, name in rows:
        if key in reasons:
            text = vh.R_VISIT_NOT_HELD.format(
                kind=labels.RECEPTION_KIND[key.kind].lower(), date=fmt_date(key.date), presider=name,
                reason=shown(reasons[key]),
            )  # fmt: skip
            bad.append(BadRow(line, (text,)))
    return bad


def _twice(lines: Sequence[SessionLine]) -> list[BadRow]:
    """A session written twice in the file (two rows of one presider, day and kind, e.g. morning and afternoon)."""
    first: dict[tuple[dt.date, int, ReceptionKind], int] = {}
    bad: list[BadRow] = []
    for x in lines:
        key = (x.date, x.presider.id, x.kind)
        at = first.setdefault(key, x.line)
        if at != x.line:
            reason = vh.R_SESSION_TWICE.format(
                kind=labels.RECEPTION_KIND[x.kind].lower(),
                date=fmt_date(x.date),
                presider=x.presider.name,
                first=at,
            )
            bad.append(BadRow(x.line, (reason,)))
    return bad


class SessionImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check_file(self, path: Path) -> list[SessionLine]:
        """Every row checked, against the file and the database; raises ImportRefused naming every bad row."""
        table = read_table(path, vh.SESSION_HEADERS, vh.SESSION_REQUIRED)
        staff = load_staff(self._ctx)
        today = self._ctx.today()
        lines, bad = table.checked(lambda line, cells: check_row(line, cells, staff, today))
        twice = _twice(lines)
        with self._ctx.db.read() as s:
            conflicts = _plan(s, lines)[3]
        bad = merged(bad, twice, conflicts)
        if bad:
            raise ImportRefused(bad)
        return lines

    def import_file(self, path: Path) -> SessionImportResult:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        lines = self.check_file(path)
        make_backup(
            self._ctx, Reason.BEFORE_IMPORT
        )  # DOMAIN §16.7: a sound file was accepted, nothing written yet
        now = dt.datetime.now(dt.UTC)
        actor = self._ctx.actor.name
        with self._ctx.db.write() as s, s.begin():
            lines, staff_added = adopt_former_staff(s, lines, now, actor)
            new, updates, unchanged, bad = _plan(s, lines)
            if bad:  # another desk changed the schedule since the check: nothing is written
                raise ImportRefused(bad)
            first = sid = next_id(s, ReceptionSessionRecord.id)
            rows: list[dict[str, Any]] = []
            for x in new:
                start, end = DEFAULT_HOURS[x.part]
                rows.append(
                    {
                        "id": sid, "kind": x.kind.value, "mode": MODE.value, "date": x.date,
                        "presided_by_id": x.presider.id, "delegated": x.delegated, "status": x.status.value,
                        "status_reason": x.reason, "no_citizen_came": x.status is S.KHONG_CO_CONG_DAN,
                        "start_time": start, "end_time": end, "created_at": now, "created_by": actor,
                        "is_voided": False,
                    }
                )  # fmt: skip
                sid += 1
            bulk_insert(s, ReceptionSessionRecord.__table__, rows)
            for x, session_id in updates:
                s.execute(
                    update(ReceptionSessionRecord)
                    .where(ReceptionSessionRecord.id == session_id)
                    .values(
                        status=x.status.value, status_reason=x.reason, no_citizen_came=x.status is S.KHONG_CO_CONG_DAN,
                        updated_at=now, updated_by=actor,
                    )
                )  # fmt: skip
            if rows or updates:
                audit.record(
                    s, self._ctx, "import", "reception_session", first if rows else updates[0][1],
                    {
                        "sessions_new": (None, len(rows)), "sessions_updated": (None, sorted(i for _x, i in updates)),
                        **({"staff_new": (None, list(staff_added))} if staff_added else {}),
                    },
                    vh.LOG_REASON.format(name=path.name),
                )  # fmt: skip
        return SessionImportResult(
            created=len(rows),
            updated=len(updates),
            unchanged=unchanged,
            not_held=sum(1 for x in lines if not_held(x.status)),
            staff_added=staff_added,
        )
