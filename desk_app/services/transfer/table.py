"""Interchange files (CSV UTF-8 or XLSX first sheet): read rows by header and parse cells (DOMAIN §16.3)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from desk_app import os_failures
from desk_app.domain import identity
from desk_app.domain.enums import IdType
from desk_app.domain.spreadsheet import unguard_csv_text
from desk_app.domain.text import search_key as _search_key
from desk_app.errors import DeskError
from desk_app.i18n import vi_os_errors
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_date, fmt_int

Progress = Callable[[int, int], None]
E = TypeVar("E", bound=Enum)
L = TypeVar("L")

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

    def __init__(self, bad_rows: Sequence[BadRow], whole_file: bool = False) -> None:
        self.bad_rows = tuple(bad_rows)
        self.whole_file = whole_file  # the file itself cannot be read as a register: one reason, on its row 1
        super().__init__(vt.REFUSED_HEAD.format(count=len(self.bad_rows)))

    @classmethod
    def file(cls, *reasons: str) -> ImportRefused:
        return cls([BadRow(1, reasons)], whole_file=True)


@dataclass(frozen=True, slots=True)
class Table:
    """The data rows of a file as text, keyed by the canonical header; `rows[i]` is file row i + 2."""

    rows: list[dict[str, str]] = field(default_factory=list)

    def checked(self, check: Callable[[int, dict[str, str]], L | BadRow]) -> tuple[list[L], list[BadRow]]:
        """Every non-empty row through `check(file row, cells)`: the good lines and the bad rows, in file order."""
        lines: list[L] = []
        bad: list[BadRow] = []
        for index, cells in enumerate(self.rows):
            if cells:
                result = check(index + FIRST_DATA_ROW, cells)
                if isinstance(result, BadRow):
                    bad.append(result)
                else:
                    lines.append(result)
        return lines, bad


def header_key(text: str) -> str:
    """Headers match after NFC, trimming, single spaces and ignoring case."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).strip()).casefold()


def read_table(path: Path, headers: Sequence[str], required: Sequence[str]) -> Table:
    """The rows of a CSV or XLSX file under the known headers (unknown columns ignored); refuses a bad file.

    Whatever the bytes are, the outcome is a Table or ImportRefused: the file is checked against its extension
    first, and a reader's failure on it is the file's fault, told in Vietnamese (never a traceback)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportRefused.file(vt.R_FILE_KIND.format(suffix=suffix or path.name))
    try:
        data = path.read_bytes()
    except OSError as exc:
        # the reason the system gave (not found, no permission, in use), not a list of guesses
        reason = os_failures.reason_of(exc)
        if reason is os_failures.Reason.IN_USE:
            raise ImportRefused.file(vt.R_FILE_LOCKED.format(name=path.name)) from None
        raise ImportRefused.file(
            vi_os_errors.READ_CHOSEN_FILE.format(name=path.name, reason=os_failures.reason_text(reason, exc))
        ) from None
    if not data.strip():
        raise ImportRefused.file(vt.R_EMPTY_FILE)
    wrong = _wrong_kind(data, suffix, path.name)
    if wrong:
        raise ImportRefused.file(wrong)
    raw = _read_csv(data) if suffix == ".csv" else _read_xlsx(data, path.name, headers)
    if not raw:
        raise ImportRefused.file(vt.R_EMPTY_FILE)
    columns = _columns(raw[0], headers, required)
    rows: list[dict[str, str]] = []
    for cells in raw[1:]:
        if not any(c.strip() for c in cells):
            rows.append(_NO_CELLS)  # kept so row numbers stay those of the file; skipped by the importers
            continue
        rows.append({name: cells[i].strip() if i < len(cells) else "" for i, name in columns.items()})
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        # "Imported 0" would read as success: a header alone is almost always the wrong sheet or an unsaved file.
        raise ImportRefused.file(vt.R_NO_ROWS)
    return Table(rows)


def _columns(header: Sequence[str], headers: Sequence[str], required: Sequence[str]) -> dict[int, str]:
    """Column index → canonical header; a missing required column or a header given twice refuses the file."""
    wanted = {header_key(h): h for h in headers}
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(header):
        canonical = wanted.get(header_key(cell))
        if canonical is not None:
            found.setdefault(canonical, []).append(index)
    reasons: list[str] = []
    missing = [h for h in required if h not in found]
    if missing:
        reasons.append(vt.R_MISSING_COLUMNS.format(columns=", ".join(missing)))
    for name, places in found.items():
        if len(places) > 1:  # which of the two the officer meant cannot be guessed
            letters = ", ".join(column_letter(i) for i in places)
            reasons.append(vt.R_DUPLICATE_COLUMN.format(column=name, count=len(places), letters=letters))
    if reasons:
        raise ImportRefused.file(*reasons)
    return {places[0]: name for name, places in found.items()}


def column_letter(index: int) -> str:
    """0 → "A", 26 → "AA": the column as Excel names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


_ZIP = b"PK\x03\x04"  # every .xlsx is a zip archive
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an .xlsx saved with a password


def _wrong_kind(data: bytes, suffix: str, name: str) -> str | None:
    """Why the bytes are not what the extension says, or None."""
    if data.startswith(_OLE):
        return vt.R_XLS.format(name=name)
    if suffix == ".csv" and data.startswith(_ZIP):
        return vt.R_XLSX_AS_CSV.format(name=name)
    if suffix == ".xlsx" and not data.startswith(_ZIP):
        return vt.R_NOT_XLSX.format(name=name)
    return None


def _read_csv(data: bytes) -> list[list[str]]:
    try:
        # utf-8-sig drops a BOM when there is one; Excel's "CSV UTF-8" writes it, other tools do not.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused.file(vt.R_NOT_UTF8) from None
    if text.count("\0") * 4 > len(
        text
    ):  # UTF-16 without a BOM decodes as UTF-8 with a NUL in every other place
        raise ImportRefused.file(vt.R_NOT_UTF8)
    # The csv module refuses a field longer than field_size_limit() (128 KiB) with an error that names no row;
    # raised to the file's length, an over-long cell reaches RowCheck and is named by its row and column. The
    # limit is process-wide, so it is only ever raised (another import may be reading at the same time).
    if len(text) >= csv.field_size_limit():
        csv.field_size_limit(len(text) + 1)
    rows: list[list[str]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline="")):
            rows.append([unguard_csv_text(c) for c in record])
    except csv.Error:
        raise ImportRefused([BadRow(len(rows) + 1, (vt.R_CSV_ROW,))]) from None
    return rows


# A register of 100,000 rows unzips to some 50 MB; a workbook unzipping to more is a zip bomb or not a register,
# and openpyxl would hold its shared strings in memory whole. The sizes are the archive's own: zipfile never
# inflates a member past the size its directory declares.
UNZIPPED_LIMIT = 512 * 1024 * 1024
_NO_CELLS: dict[str, str] = {}  # one shared (never changed) empty row: a sheet may hold a million of them


def _read_xlsx(data: bytes, name: str, headers: Sequence[str]) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise ImportRefused.file(vt.R_XLSX_BROKEN.format(name=name)) from None
    if unzipped > UNZIPPED_LIMIT:
        raise ImportRefused.file(vt.R_XLSX_TOO_BIG.format(name=name, size=fmt_int(unzipped // 2**20)))
    try:
        # data_only: a formula cell is read as the value Excel last computed (what the officer saw), or empty when
        # no program ever computed it; its text is data from then on, and every export guards it (domain.spreadsheet).
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _sheet_rows(wb.worksheets[0], headers) if wb.worksheets else []
        finally:
            wb.close()
    except Exception as exc:
        # What failed is known: parsing this file's zip and XML (openpyxl, zipfile, lxml and zlib each raise their
        # own exception types for a damaged archive). The file, not the program, is at fault.
        raise ImportRefused.file(vt.R_XLSX_BROKEN.format(name=name)) from exc


def _sheet_rows(ws: Any, headers: Sequence[str]) -> list[list[str]]:
    """The header row, then the rows cut after the last known column; blank rows share one empty list.

    A few-kilobyte workbook may claim a cell at XFD1048576: openpyxl then pads every row to 16,384 cells and
    every gap up to row 1,048,576, which as lists of text would exhaust the memory."""
    header = [cell_text(v) for v in next(ws.iter_rows(max_row=1, values_only=True), ())]
    known = {header_key(h) for h in headers}
    width = 1 + max((i for i, text in enumerate(header) if header_key(text) in known), default=-1)
    rows, blank, no_cells = [header], 0, list[str]()
    for values in ws.iter_rows(min_row=2, max_col=width, values_only=True) if width else ():
        if all(v is None or v == "" for v in values):
            blank += 1
            continue
        rows.extend([no_cells] * blank)
        blank = 0
        rows.append([cell_text(v) for v in values])
    return rows


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
    """A whole number ("3", "3.0") of at most 18 digits; None otherwise (int() refuses 4,300 digits and more)."""
    value = text.strip()
    if value.endswith(".0"):
        value = value[:-2]
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


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
