"""Register files that behave in Excel: real dates, numbers, ID numbers as text, print setup, no live formulas.

Checked for every path that writes a register: the window's filtered export and `desk-app export` (both books).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.cli import main as cli
from desk_app.documents.registers import export_petition_ids, export_visit_ids, export_visits
from desk_app.domain.enums import Category, Handling, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.petitions.register import SortKey as PetitionSort
from desk_app.services.registry import Services, open_services
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.services.visits.register import RegisterFilter
from desk_app.services.visits.register import SortKey as VisitSort
from tests.conftest import FIXED_NOW
from tests.integration.test_visit_import import _office

FORMULA = '=HYPERLINK("http://x.example","bấm")'
MINUS = "-50 triệu đồng tiền đền bù chưa trả"
ID = "001099012345"


def _visit(day: dt.date, name: str, summary: str, **kw: object) -> VisitInput:
    return VisitInput(
        date=day, visitor=PersonInput(full_name=name, id_number=ID), summary=summary,
        category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def filled(office_services: Services) -> Services:
    sv = office_services
    sv.intake.save(_visit(dt.date(2026, 1, 10), "Nguyễn Văn An", FORMULA, group_size=3))
    sv.intake.save(_visit(dt.date(2026, 3, 14), "Trần Thị Bé", MINUS))
    sv.petitions.register(
        PetitionInput(
            dt.date(2026, 2, 3), PetitionSource.BUU_CHINH, FORMULA, Category.KHIEU_NAI,
            main=PersonInput("Lê Văn Cường", id_number=ID), signer_count=2,
        )
    )  # fmt: skip
    return sv


def _visits_by_window(sv: Services, path: Path) -> None:
    ids = sv.register.search_ids(RegisterFilter(), VisitSort.BOOK, descending=False)
    export_visit_ids(sv.ctx, ids, path)


def _petitions_by_window(sv: Services, path: Path) -> None:
    ids = sv.petition_register.search_ids(PetitionFilter(), PetitionSort.BOOK, descending=False)
    export_petition_ids(sv.ctx, ids, path)


def _by_cli(what: str) -> Callable[[Services, Path], None]:
    def run(sv: Services, path: Path) -> None:
        assert cli.main(["--data-dir", str(sv.ctx.data_dir), "export", what, str(path)]) == 0

    return run


def _sheet(path: Path) -> Worksheet:
    sheet = load_workbook(path).worksheets[0]
    assert isinstance(sheet, Worksheet)
    return sheet


def _assert_print_ready(sheet: Worksheet) -> None:
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"  # the header row on every printed page
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1])


def _column(sheet: Worksheet, header: str) -> list[object]:
    headers = [c.value for c in sheet[1]]
    index = headers.index(header) + 1
    return [sheet.cell(row=r, column=index) for r in range(2, sheet.max_row + 1)]


@pytest.mark.parametrize("write", [_visits_by_window, _by_cli("visits")], ids=["window", "cli"])
def test_visit_xlsx_has_dates_numbers_text_ids_and_print_setup(
    filled: Services, tmp_path: Path, write: Callable[[Services, Path], None]
) -> None:
    path = tmp_path / "so.xlsx"
    write(filled, path)
    sheet = _sheet(path)
    assert [c.value for c in sheet[1]] == list(vt.VISIT_HEADERS)
    _assert_print_ready(sheet)
    dates = _column(sheet, vt.V_DATE)
    assert [c.value for c in dates] == [dt.datetime(2026, 1, 10), dt.datetime(2026, 3, 14)]  # type: ignore[attr-defined]
    assert all(c.is_date and c.number_format == "DD/MM/YYYY" for c in dates)  # type: ignore[attr-defined]
    assert [c.value for c in _column(sheet, vt.V_GROUP)] == [3, 1]  # type: ignore[attr-defined]
    ids = [c.value for c in _column(sheet, vt.V_ID)]  # type: ignore[attr-defined]
    assert all(isinstance(v, str) and v.startswith("001") for v in ids), ids  # text: the leading zeros stay
    summaries = _column(sheet, vt.V_SUMMARY)
    assert [c.value for c in summaries] == [FORMULA, MINUS]  # type: ignore[attr-defined]
    assert all(c.data_type == "s" and c.quotePrefix for c in summaries)  # type: ignore[attr-defined]


@pytest.mark.parametrize("write", [_petitions_by_window, _by_cli("petitions")], ids=["window", "cli"])
def test_petition_xlsx_has_dates_numbers_text_ids_and_print_setup(
    filled: Services, tmp_path: Path, write: Callable[[Services, Path], None]
) -> None:
    path = tmp_path / "don.xlsx"
    write(filled, path)
    sheet = _sheet(path)
    assert [c.value for c in sheet[1]] == list(vt.PETITION_HEADERS)
    _assert_print_ready(sheet)
    received = _column(sheet, vt.P_RECEIVED)[0]
    assert received.value == dt.datetime(2026, 2, 3) and received.number_format == "DD/MM/YYYY"  # type: ignore[attr-defined]
    assert _column(sheet, vt.P_SIGNERS)[0].value == 2  # type: ignore[attr-defined]
    id_cell = _column(sheet, vt.P_ID)[0]
    assert isinstance(id_cell.value, str) and id_cell.value.startswith("001")  # type: ignore[attr-defined]
    summary = _column(sheet, vt.P_SUMMARY)[0]
    assert summary.value == FORMULA and summary.data_type == "s"  # type: ignore[attr-defined]


def test_the_cli_exports_in_full_and_the_window_masks_for_an_officer(
    filled: Services, tmp_path: Path
) -> None:
    window, by_cli = tmp_path / "w.xlsx", tmp_path / "c.xlsx"
    _visits_by_window(filled, window)
    _by_cli("visits")(filled, by_cli)
    assert [c.value for c in _column(_sheet(by_cli), vt.V_ID)] == [ID, ID]  # type: ignore[attr-defined]
    assert [c.value for c in _column(_sheet(window), vt.V_ID)] == ["001*******45"] * 2  # type: ignore[attr-defined]


@pytest.fixture
def fresh(tmp_path: Path, office_services: Services) -> Iterator[Services]:
    sv = open_services(AppPaths(tmp_path / "fresh"))
    sv.ctx.clock = lambda: FIXED_NOW
    yield _office(sv)
    sv.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_text_that_looks_like_a_formula_stays_text_and_comes_back(
    filled: Services, fresh: Services, tmp_path: Path, suffix: str
) -> None:
    visits, petitions = tmp_path / f"v{suffix}", tmp_path / f"p{suffix}"
    filled.ctx.actor.roles = (Role.LANH_DAO,)  # full ID numbers leave the office only with EXPORT_IDENTITY
    export_visits(filled.ctx, visits, full_identity=True)
    _by_cli("petitions")(filled, petitions)
    if suffix == ".csv":
        raw = visits.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        summary = rows[0].index(vt.V_SUMMARY)
        assert [r[summary] for r in rows[1:]] == ["'" + FORMULA, "'" + MINUS]  # Excel shows the text as it is
        assert rows[1][0] == "10/01/2026" and rows[1][rows[0].index(vt.V_GROUP)] == "3"
    VisitImporter(fresh.ctx).import_file(visits)
    PetitionImporter(fresh.ctx).import_file(petitions)
    again = fresh.register.rows(fresh.register.search_ids(RegisterFilter(), VisitSort.BOOK, descending=False))
    assert [r.summary for r in again] == [FORMULA, MINUS]
    letters = fresh.petition_register.rows(fresh.petition_register.search_ids(PetitionFilter()))
    assert [p.summary for p in letters] == [FORMULA]
