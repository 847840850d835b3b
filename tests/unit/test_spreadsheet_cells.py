"""The cell neutraliser: nothing a spreadsheet could evaluate leaves the app, and what it guards comes back unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desk_app.domain.spreadsheet import (
    FORMULA_STARTS,
    TEXT_MARK,
    guard_csv_text,
    looks_like_formula,
    unguard_csv_text,
    xlsx_text,
)
from desk_app.printing.table_file import CSV_ENCODING, Column, csv_text, write_table
from desk_app.printing.xlsx import CellValue

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list, which the issue names
# Text biased towards the attacks: a dangerous start, apostrophes before it, control characters, Vietnamese.
_starts = st.sampled_from([*DANGEROUS, "\0", "'", "''", "", "＝", " ", "\n"])
_pieces = st.sampled_from([*"=+-@'\t\r\n\0\x01\x0b ,\";|!A1(", "Nguyễn", "HYPERLINK(", "cmd|'/c calc'!A0"])
_bodies = st.lists(_pieces, max_size=8).map("".join)
attack_text = st.builds(lambda a, b: a + b, _starts, _bodies) | st.text(max_size=20)


def test_the_owasp_starts_are_all_guarded() -> None:
    assert set(DANGEROUS) <= set(FORMULA_STARTS)
    for start in DANGEROUS:
        assert guard_csv_text(start + "1+1") == TEXT_MARK + start + "1+1"
    assert guard_csv_text("Nguyễn Văn An") == "Nguyễn Văn An"
    assert guard_csv_text("-5 người") == "'-5 người"


@given(attack_text)
def test_guard_then_unguard_gives_the_text_back(text: str) -> None:
    assert unguard_csv_text(guard_csv_text(text)) == text


@given(attack_text)
def test_nothing_dangerous_survives_the_guard(text: str) -> None:
    guarded = guard_csv_text(text)
    assert not guarded.startswith(FORMULA_STARTS)
    assert guarded == text or guarded == TEXT_MARK + text  # the mark is all it adds


@given(attack_text)
def test_unguard_only_ever_removes_one_mark(text: str) -> None:
    back = unguard_csv_text(text)
    assert back == text or (text.startswith(TEXT_MARK) and back == text[1:] and looks_like_formula(back))


_values: st.SearchStrategy[CellValue] = st.one_of(
    attack_text,
    st.integers(min_value=-(10**9), max_value=10**9),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.none(),
)
_ROW = 4
_rows = st.lists(st.lists(_values, min_size=_ROW, max_size=_ROW), min_size=1, max_size=8)
_COLUMNS = tuple(Column(f"Cột {i}", wrap=i % 2 == 0) for i in range(_ROW))


@settings(max_examples=40, deadline=None)
@given(_rows)
def test_register_rows_to_xlsx_have_no_formula_and_numbers_stay_numbers(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[CellValue]]
) -> None:
    path = tmp_path_factory.mktemp("xlsx") / "so.xlsx"
    write_table(path, _COLUMNS, rows, "So")
    sheet = load_workbook(path).worksheets[0]
    read = list(sheet.iter_rows(min_row=2, max_row=len(rows) + 1))
    for written, cells in zip(rows, read, strict=True):
        for value, cell in zip(written, cells, strict=True):
            assert cell.data_type != "f", (value, cell.value)
            if isinstance(value, int):
                assert cell.value == value and cell.data_type == "n"  # -5 is a number, not text
            elif isinstance(value, dt.date):
                assert cell.value == dt.datetime(value.year, value.month, value.day)
            elif isinstance(value, str) and xlsx_text(value):
                assert cell.value == xlsx_text(value) and cell.data_type == "s"
                if looks_like_formula(xlsx_text(value)):
                    assert cell.quotePrefix, value  # type: ignore[union-attr]  # stays text when re-edited
            else:
                assert cell.value is None


@settings(max_examples=60, deadline=None)
@given(_rows)
def test_register_rows_to_csv_never_start_a_cell_with_a_formula(rows: list[list[CellValue]]) -> None:
    text = csv_text([c.header for c in _COLUMNS], rows)
    read = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert len(read) == len(rows)
    for written, cells in zip(rows, read, strict=True):
        for value, cell in zip(written, cells, strict=True):
            if isinstance(value, int):
                assert cell == str(value)  # a number, negative ones too
            else:
                assert not cell.startswith(FORMULA_STARTS), (value, cell)
                if isinstance(value, str):
                    assert unguard_csv_text(cell) == value


def test_csv_file_bytes_are_guarded_too(tmp_path: Path) -> None:
    path = tmp_path / "so.csv"
    write_table(path, _COLUMNS, [["=1+1", -5, "\t=2", "@SUM(A1)"]], "So")
    rows = list(csv.reader(io.StringIO(path.read_text(CSV_ENCODING), newline="")))
    assert rows[1] == ["'=1+1", "-5", "'\t=2", "'@SUM(A1)"]
