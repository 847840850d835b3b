"""Import the history of dialogues (DOMAIN §16.3 `import dialogues`): all rows checked, then one transaction.

Imported dialogues are history: no conclusion-notice clock is started for them (the notices of past years were
issued on paper). A row whose dialogue is already in the database (same day, presider and subject) is left as it
is, so re-running a file changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import DialogueKind
from desk_app.domain.permissions import Action
from desk_app.i18n import labels
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n.formatting import fmt_date, fmt_int
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
    whole_number,
)
from desk_app.storage.records import DialogueRecord

KINDS = label_lookup(
    {DialogueKind.DINH_KY: labels.DIALOGUE_KIND[DialogueKind.DINH_KY],
     DialogueKind.DOT_XUAT: labels.DIALOGUE_KIND[DialogueKind.DOT_XUAT]},
    {"Định kỳ": DialogueKind.DINH_KY, "Đột xuất": DialogueKind.DOT_XUAT},
)  # fmt: skip
TOPIC_LIMIT = 500  # dialogue.topic
NAME_LIMIT = 200  # staff.full_name
MOST = 100_000  # a dialogue's participants or recommendations beyond this are a typing slip


@dataclass(frozen=True, slots=True)
class DialogueLine:
    line: int
    date: dt.date
    presider: Presider
    kind: DialogueKind
    topic: str
    participants: int | None
    recommendations: int | None
    in_competence: int | None

    @property
    def key(self) -> tuple[dt.date, int, str]:
        return (self.date, self.presider.id, search_key(self.topic))


@dataclass(frozen=True, slots=True)
class DialogueImportResult:
    created: int
    unchanged: int
    staff_added: tuple[str, ...] = ()

    @property
    def imported(self) -> int:
        return self.created

    def headline(self) -> str:
        return vh.IMPORTED_DIALOGUES.format(count=self.created)

    def detail(self) -> str:
        return vh.IMPORT_DETAIL_DIALOGUES.format(
            created=self.created, unchanged=self.unchanged
        ) + staff_added_text(self.staff_added)


def _count(c: RowCheck, column: str) -> int | None:
    value = c.text(column)
    if not value:
        return None
    number = whole_number(value)
    if number is None or number > MOST:
        c.refuse(vh.R_COUNT.format(column=column, value=shown(value), most=fmt_int(MOST)))
        return None
    return number


def check_row(line: int, cells: dict[str, str], staff: StaffNames, today: dt.date) -> DialogueLine | BadRow:
    c = RowCheck(cells)
    day = c.date(vh.D_DATE, today, required=True)
    name = c.text(vh.D_PRESIDER, required=True, limit=NAME_LIMIT)
    kind_text = c.text(vh.D_KIND, required=True)
    kind = KINDS.get(search_key(kind_text)) if kind_text else None
    if kind_text and kind is None:
        c.refuse(vh.R_DIALOGUE_KIND.format(column=vh.D_KIND, value=shown(kind_text)))
    topic = c.text(vh.D_TOPIC, required=True, limit=TOPIC_LIMIT)
    participants = _count(c, vh.D_PARTICIPANTS)
    raised = _count(c, vh.D_RECOMMENDATIONS)
    within = _count(c, vh.D_IN_COMPETENCE)
    if raised is not None and within is not None and within > raised:
        c.refuse(
            vh.R_IN_COMPETENCE_MORE.format(
                column=vh.D_IN_COMPETENCE, part=within, whole=vh.D_RECOMMENDATIONS, total=raised
            )
        )
    presider = staff.find_or_add(name) if name else None
    if c.reasons or day is None or presider is None or kind is None:
        return BadRow(line, tuple(c.reasons))
    return DialogueLine(line, day, presider, kind, topic, participants, raised, within)


def _twice(lines: Sequence[DialogueLine]) -> list[BadRow]:
    first: dict[tuple[dt.date, int, str], int] = {}
    bad: list[BadRow] = []
    for x in lines:
        at = first.setdefault(x.key, x.line)
        if at != x.line:
            reason = vh.R_DIALOGUE_TWICE.format(
                date=fmt_date(x.date), presider=x.presider.name, topic=shown(x.topic), first=at
            )
            bad.append(BadRow(x.line, (reason,)))
    return bad


def _already(s: DbSession, lines: Sequence[DialogueLine]) -> set[tuple[dt.date, int, str]]:
    """The keys of the lines whose dialogue is already recorded (live)."""
    known = [x for x in lines if not x.presider.is_new]
    if not known:
        return set()
    found: set[tuple[dt.date, int, str]] = set()
    for day, presider, topic in s.execute(
        select(DialogueRecord.date, DialogueRecord.presided_by_id, DialogueRecord.topic).where(
            DialogueRecord.date >= min(x.date for x in known),
            DialogueRecord.date <= max(x.date for x in known),
            DialogueRecord.is_voided.is_(False),
        )
    ):
        if presider is not None:
            found.add((day, presider, search_key(topic)))
    return found


class DialogueImporter:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check_file(self, path: Path) -> list[DialogueLine]:
        table = read_table(path, vh.DIALOGUE_HEADERS, vh.DIALOGUE_REQUIRED)
        staff = load_staff(self._ctx)
        today = self._ctx.today()
        lines, bad = table.checked(lambda line, cells: check_row(line, cells, staff, today))
        bad = merged(bad, _twice(lines))
        if bad:
            raise ImportRefused(bad)
        return lines

    def import_file(self, path: Path) -> DialogueImportResult:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        lines = self.check_file(path)
        make_backup(
            self._ctx, Reason.BEFORE_IMPORT
        )  # DOMAIN §16.7: a sound file was accepted, nothing written yet
        now = dt.datetime.now(dt.UTC)
        actor = self._ctx.actor.name
        with self._ctx.db.write() as s, s.begin():
            lines, staff_added = adopt_former_staff(s, lines, now, actor)
            there = _already(s, lines)
            first = did = next_id(s, DialogueRecord.id)
            rows: list[dict[str, Any]] = []
            for x in lines:
                if x.key in there:
                    continue
                rows.append(
                    {
                        "id": did, "kind": x.kind.value, "date": x.date, "place": "", "presided_by_id": x.presider.id,
                        "topic": x.topic, "participants": "", "issues_raised": "",
                        "participant_count": x.participants, "recommendations": x.recommendations,
                        "recommendations_in_competence": x.in_competence,
                        "created_at": now, "created_by": actor, "is_voided": False,
                    }
                )  # fmt: skip
                did += 1
            bulk_insert(s, DialogueRecord.__table__, rows)
            if rows:
                audit.record(
                    s, self._ctx, "import", "dialogue", first,
                    {
                        "rows": (None, len(rows)), "dialogue_ids": (None, f"{first}-{did - 1}"),
                        **({"staff_new": (None, list(staff_added))} if staff_added else {}),
                    },
                    vh.LOG_REASON.format(name=path.name),
                )  # fmt: skip
        return DialogueImportResult(
            created=len(rows), unchanged=len(lines) - len(rows), staff_added=staff_added
        )
