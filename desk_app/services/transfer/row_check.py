"""The checks of one imported row (DOMAIN §16.3): each cell parsed, every reason it is wrong collected in Vietnamese."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TypeVar

from desk_app.domain.enums import IdType
from desk_app.domain.text import unstorable
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_int
from desk_app.services.transfer.table import (
    choices_text,
    date_cell,
    id_from_cell,
    id_type_of,
    parse_date,
    search_key,
    whole_number,
)

E = TypeVar("E", bound=Enum)

# What a register row may hold (DOMAIN §16.3): the office's books start with the software era; a visiting group or a
# petition's signers beyond ten thousand is a typing slip; a cell longer than a printed page is not a register entry
# (and Excel holds at most 32,767 characters in a cell, so the file could not be exported again).
EARLIEST_YEAR = 2000
MOST_PEOPLE = 10_000
CELL_LIMIT = 10_000
SHOWN = 60  # characters of a wrong value quoted back in a reason


def shown(value: str) -> str:
    """A wrong value as a reason quotes it: unprintable characters as "�", at most SHOWN characters."""
    head = " ".join("".join("\ufffd" if unstorable(ch) else ch for ch in value[: SHOWN + 1]).split())
    return head if len(value) <= SHOWN else head[: SHOWN - 1] + "…"


class RowCheck:
    """Collects the reasons one row is wrong while its cells are parsed."""

    def __init__(self, cells: Mapping[str, str]) -> None:
        self.cells = cells
        self.reasons: list[str] = []

    def refuse(self, reason: str) -> None:
        if reason not in self.reasons:  # a column read twice (as text, then as a label) is told once
            self.reasons.append(reason)

    def text(self, column: str, required: bool = False, limit: int = CELL_LIMIT) -> str:
        value = unicodedata.normalize("NFC", self.cells.get(column, "")).strip()
        if required and not value:
            self.refuse(vt.R_REQUIRED.format(column=column))
        code = unstorable(value)
        if code:  # stored, it would make every XLSX export and printed register of the row fail
            self.refuse(vt.R_UNSTORABLE.format(column=column, code=code))
        if len(value) > limit:
            self.refuse(vt.R_TOO_LONG.format(column=column, limit=fmt_int(limit)))
        return value

    def date(self, column: str, today: dt.date, required: bool = False) -> dt.date | None:
        value = self.text(column, required)
        if not value:
            return None
        day = parse_date(value)
        if day is None:
            self.refuse(vt.R_DATE.format(column=column, value=shown(value)))
        elif day > today:
            self.refuse(vt.R_FUTURE.format(column=column, value=date_cell(day)))
        elif day.year < EARLIEST_YEAR:  # 0001 or 1899: Excel's day zero, or a year typed short
            self.refuse(vt.R_TOO_OLD.format(column=column, value=date_cell(day), year=EARLIEST_YEAR))
        return day

    def label(
        self,
        column: str,
        lookup: Mapping[str, E],
        labels: Mapping[E, str],
        required: bool = False,
        allowed: Iterable[E] | None = None,
    ) -> E | None:
        value = self.text(column, required)
        if not value:
            return None
        member = lookup.get(search_key(value))
        keep = set(allowed) if allowed is not None else None
        if member is None or (keep is not None and member not in keep):
            self.refuse(
                vt.R_LABEL.format(column=column, value=shown(value), choices=choices_text(labels, keep))
            )
            return None
        return member

    def mark(self, column: str) -> bool:
        value = self.text(column)
        if not value:
            return False
        if value.casefold() in vt.YES_WORDS:
            return True
        self.refuse(vt.R_MARK.format(column=column, value=shown(value)))
        return False

    def yes_no(self, column: str) -> bool | None:
        value = self.text(column)
        if not value:
            return None
        folded = value.casefold()
        if folded in vt.YES_WORDS:
            return True
        if folded in vt.NO_WORDS:
            return False
        self.refuse(vt.R_YES_NO.format(column=column, value=shown(value)))
        return None

    def count(self, column: str) -> int:
        value = self.text(column)
        if not value:
            return 1
        number = whole_number(value)
        if number is None or not 1 <= number <= MOST_PEOPLE:
            self.refuse(vt.R_NUMBER.format(column=column, value=shown(value), most=fmt_int(MOST_PEOPLE)))
            return 1
        return number

    def id_number(self, column: str) -> tuple[IdType, str | None]:
        value = id_from_cell(self.cells.get(column, ""))
        if not value:
            return IdType.CAN_CUOC, None
        id_type, number = id_type_of(value)
        if id_type is None:
            self.refuse(vt.R_ID.format(column=column, value=shown(value), detail=vt.R_ID_FORM))
            return IdType.CAN_CUOC, None
        return id_type, number
