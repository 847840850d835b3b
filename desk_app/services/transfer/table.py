"""Interchange files (CSV UTF-8 or XLSX first sheet): read rows by header and parse cells (DOMAIN §16.3)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TypeVar

from desk_app.domain import identity
from desk_app.domain.enums import IdType
from desk_app.domain.spreadsheet import unguard_csv_text
from desk_app.domain.text import search_key as _search_key
from desk_app.errors import DeskError
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_date

Progress = Callable[[int, int], None]
E = TypeVar("E", bound=Enum)

FIRST_DATA_ROW = 2  # row 1 is the header, as the officer sees it in Excel
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 17)
def search_key(text: str | None) -> str:
    """domain.text.search_key, remembered: a register repeats its labels, names and matters on every row."""
    return _search_key(text)


@dataclass(frozen=True, slots=True)
class BadRow:
    """One refused row: its number in the file (the header is row 1) and every reason, in Vietnamese."""

    row: int
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return vt.row_line(self.row, self.reasons)


class ImportRefused(DeskError):
    """Nothing was imported: the file or some of its rows are wrong."""

    def __init__(self, bad_rows: Sequence[BadRow]) -> None:
        self.bad_rows = tuple(bad_rows)
        super().__init__(vt.REFUSED_HEAD.format(count=len(self.bad_rows)))


@dataclass(frozen=True, slots=True)
class Table:
    """The data rows of a file as text, keyed by the canonical header; `rows[i]` is file row i + 2."""

    rows: list[dict[str, str]] = field(default_factory=list)


def header_key(text: str) -> str:
    """Headers match after NFC, trimming, single spaces and ignoring case."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).strip()).casefold()


def read_table(path: Path, headers: Sequence[str], required: Sequence[str]) -> Table:
    """The rows of a CSV or XLSX file under the known headers (unknown columns ignored); refuses a bad file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportRefused([BadRow(1, (vt.R_FILE_KIND.format(suffix=suffix or path.name),))])
    try:
        raw = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except UnicodeDecodeError:
        raise ImportRefused([BadRow(1, (vt.R_NOT_UTF8,))]) from None
    except (OSError, ValueError, KeyError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImportRefused(
            [BadRow(1, (vt.R_FILE_UNREADABLE.format(name=path.name, detail=detail),))]
        ) from exc
    if not raw:
        raise ImportRefused([BadRow(1, (vt.R_EMPTY_FILE,))])
    wanted = {header_key(h): h for h in headers}
    columns: dict[int, str] = {}
    for index, cell in enumerate(raw[0]):
        canonical = wanted.get(header_key(cell))
        if canonical is not None and canonical not in columns.values():
            columns[index] = canonical
    missing = [h for h in required if h not in columns.values()]
    if missing:
        raise ImportRefused([BadRow(1, (vt.R_MISSING_COLUMNS.format(columns=", ".join(missing)),))])
    rows: list[dict[str, str]] = []
    for cells in raw[1:]:
        if not any(c.strip() for c in cells):
            rows.append({})  # kept so row numbers stay those of the file; skipped by the importers
            continue
        rows.append({name: cells[i].strip() if i < len(cells) else "" for i, name in columns.items()})
    while rows and not rows[-1]:
        rows.pop()
    return Table(rows)


def _read_csv(path: Path) -> list[list[str]]:
    # utf-8-sig drops a BOM when there is one; Excel's "CSV UTF-8" writes it, other tools do not.
    text = path.read_bytes().decode("utf-8-sig")
    return [[unguard_csv_text(c) for c in r] for r in csv.reader(io.StringIO(text, newline=""))]


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    # data_only: a formula cell is read as the value Excel last computed (what the officer saw), or empty when no
    # program ever computed it; its text is data from then on, and every export guards it (domain.spreadsheet).
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        return [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text the officer sees: dates dd/mm/yyyy, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return fmt_date(value.date())
    if isinstance(value, dt.date):
        return fmt_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_csv_or_xlsx(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".xlsx")


# Cells ------------------------------------------------------------------------------------------------------
def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also - or .) or yyyy-mm-dd; None when it is not a real date."""
    text = text.strip()
    match = _DMY.fullmatch(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        match = _YMD.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def date_cell(day: dt.date | None) -> str:
    return fmt_date(day) if day else ""


def label_lookup(labels: Mapping[E, str], aliases: Mapping[str, E] | None = None) -> dict[str, E]:
    """Label → member, matched by the folded search key (with or without diacritics, any case)."""
    table = {search_key(text): member for member, text in labels.items()}
    table.update({search_key(member.value): member for member in labels})
    for text, member in (aliases or {}).items():
        table.setdefault(search_key(text), member)
    return table


def choices_text(labels: Mapping[E, str], members: Iterable[E] | None = None) -> str:
    keep = set(members) if members is not None else set(labels)
    return "; ".join(text for member, text in labels.items() if member in keep)


def whole_number(text: str) -> int | None:
    """A whole number ("3", "3.0"); None otherwise."""
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    return int(value) if value.isascii() and value.isdigit() else None


def id_from_cell(text: str) -> str:
    """Excel turns "001099012345" typed as a number into 1099012345: the province code always starts with 0."""
    value = "".join(text.split()).replace(".", "")
    if value.isascii() and value.isdigit() and len(value) in (10, 11):
        return value.zfill(12)
    if value.isascii() and value.isdigit() and len(value) == 8:
        return value.zfill(9)
    return text.strip()


def id_type_of(number: str) -> tuple[IdType | None, str]:
    """The paper an ID number belongs to, by its form (12 digits, 9 digits, passport) and the stored number."""
    value = "".join(number.split()).replace(".", "")
    if value.isascii() and value.isdigit():
        id_type = IdType.CAN_CUOC if len(value) == 12 else IdType.CMND if len(value) == 9 else None
    elif value[:1].isascii() and value[:1].isalpha():
        id_type = IdType.HO_CHIEU
    else:
        id_type = None
    if id_type is None or identity.check_id_number(id_type, value):
        return None, value
    return id_type, identity.normalize_id_number(id_type, value)


class RowCheck:
    """Collects the reasons one row is wrong while its cells are parsed."""

    def __init__(self, cells: Mapping[str, str]) -> None:
        self.cells = cells
        self.reasons: list[str] = []

    def text(self, column: str, required: bool = False, limit: int | None = None) -> str:
        value = unicodedata.normalize("NFC", self.cells.get(column, "")).strip()
        if required and not value:
            self.reasons.append(vt.R_REQUIRED.format(column=column))
        if limit is not None and len(value) > limit:
            self.reasons.append(vt.R_TOO_LONG.format(column=column, limit=limit))
        return value

    def date(self, column: str, today: dt.date, required: bool = False) -> dt.date | None:
        value = self.text(column, required)
        if not value:
            return None
        day = parse_date(value)
        if day is None:
            self.reasons.append(vt.R_DATE.format(column=column, value=value))
        elif day > today:
            self.reasons.append(vt.R_FUTURE.format(column=column, value=date_cell(day)))
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
            self.reasons.append(
                vt.R_LABEL.format(column=column, value=value, choices=choices_text(labels, keep))
            )
            return None
        return member

    def mark(self, column: str) -> bool:
        value = self.text(column)
        if not value:
            return False
        if value.casefold() in vt.YES_WORDS:
            return True
        self.reasons.append(vt.R_MARK.format(column=column, value=value))
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
        self.reasons.append(vt.R_YES_NO.format(column=column, value=value))
        return None

    def count(self, column: str) -> int:
        value = self.text(column)
        if not value:
            return 1
        number = whole_number(value)
        if number is None or number < 1:
            self.reasons.append(vt.R_NUMBER.format(column=column, value=value))
            return 1
        return number

    def id_number(self, column: str) -> tuple[IdType, str | None]:
        value = id_from_cell(self.cells.get(column, ""))
        if not value:
            return IdType.CAN_CUOC, None
        id_type, number = id_type_of(value)
        if id_type is None:
            self.reasons.append(vt.R_ID.format(column=column, value=value, detail=vt.R_ID_FORM))
            return IdType.CAN_CUOC, None
        return id_type, number
