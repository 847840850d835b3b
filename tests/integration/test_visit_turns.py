"""Issue 14, DOMAIN §16.3 `Lượt` and `Kết quả`: one visit with several matters, and results that count and stay
correctable, from the import through 01/TCD, TONG-HOP and the export."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.cli import main as cli
from desk_app.documents.registers import export_visits
from desk_app.domain.enums import Role
from desk_app.domain.matter_results import MatterResult
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.reports.types import ReportForm
from desk_app.services.transfer.table import ImportRefused
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import VisitRecord
from tests.conftest import FIXED_NOW
from tests.integration.test_visit_import import _office, row, write_csv

D = dt.date
KNPA = "Kiến nghị, phản ánh"
YEAR = (D(2024, 1, 1), D(2024, 12, 31))


def _register() -> list[list[str]]:
    """Three turns, four matters: An raised two at one visit (one resolved), Bích one (in progress), Cường one at
    the head's session with no result."""
    return [
        [*row("05/03/2024", "Nguyễn Văn An", "Khiếu nại thu hồi đất", case="VV-1"), "L1", "Đã giải quyết"],
        [*row("05/03/2024", "Nguyễn Văn An", "Kiến nghị sửa đường thôn", KNPA, field="Khác"), "L1", "Chưa giải quyết"],
        [*row("10/04/2024", "Trần Thị Bích", "Kiến nghị lắp đèn", KNPA), "", "Đang giải quyết"],
        [*row("18/04/2024", "Lê Văn Cường", "Khiếu nại cấp sổ đỏ", kind="Định kỳ", presider="Trần Văn Bình"), "", ""],
    ]  # fmt: skip


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second office, set up the same way, to import the exported file into."""
    sv = open_services(AppPaths(tmp_path / "other"))
    sv.ctx.clock = lambda: FIXED_NOW
    yield _office(sv)
    sv.close()


def _tcd(sv: Services) -> dict[str, int]:
    result = sv.reports.compute(ReportForm.TCD_01, sv.reports.custom_period(*YEAR)).as_json()
    columns = result["columns"]
    assert isinstance(columns, dict)
    return columns


def _review(sv: Services) -> tuple[int, int, int, int]:
    f = sv.reports.review(sv.reports.custom_period(*YEAR)).review.figures
    return f.regular_turns, f.cases, f.resolved, f.unresolved


def test_a_turn_of_two_rows_is_one_visit_with_two_cases_and_results_count(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    result = VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "so.csv", _register()))
    assert result.imported == 3  # turns, not rows
    tcd = _tcd(sv)
    assert (tcd["4"], tcd["5"], tcd["6"], tcd["7"]) == (2, 2, 3, 0)  # 2 regular turns, 3 cases, all new
    assert (tcd["13"], tcd["15"]) == (1, 1)
    assert (tcd["1"], tcd["3"]) == (3, 4)
    assert _review(sv) == (2, 4, 1, 3)

    # The imported result of An's first matter was wrong: corrected, then voided; TONG-HOP follows.
    cases = sv.case_results.span(*YEAR)
    assert [(c.code, c.result) for c in cases][:1] == [("VV-1", MatterResult.DA_GIAI_QUYET)]
    imported = [h for h in sv.case_results.history(cases[1].case_id) if not h.voided]
    assert [(h.result, h.on) for h in imported] == [(MatterResult.CHUA_GIAI_QUYET, D(2024, 3, 5))]
    fixed = sv.case_results.correct(imported[0].id, MatterResult.DA_GIAI_QUYET, "Sổ ghi nhầm kết quả")
    assert _review(sv) == (2, 4, 2, 2)
    sv.case_results.void(fixed.id, "Chưa có văn bản kết quả")
    assert _review(sv) == (2, 4, 1, 3)


def test_the_export_gives_back_the_turns_and_results(
    office_services: Services, other: Services, tmp_path: Path
) -> None:
    sv = office_services
    sv.ctx.actor.roles = other.ctx.actor.roles = (Role.LANH_DAO,)
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "so.csv", _register()))
    out = tmp_path / "xuat.csv"
    assert export_visits(sv.ctx, out) == 3
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0] == list(vt.VISIT_HEADERS) and lines[0][-2:] == ["Lượt", "Kết quả"]
    body = lines[1:]
    assert [(r[4], r[8], r[-2], r[-1]) for r in body] == [
        ("Nguyễn Văn An", "Khiếu nại thu hồi đất", "1/2024", "Đã giải quyết"),
        ("Nguyễn Văn An", "Kiến nghị sửa đường thôn", "1/2024", "Chưa giải quyết"),
        ("Trần Thị Bích", "Kiến nghị lắp đèn", "", "Đang giải quyết"),
        ("Lê Văn Cường", "Khiếu nại cấp sổ đỏ", "", ""),
    ]
    # The exported file imports into another office as the same book.
    assert VisitImporter(other.ctx).import_file(out).imported == 3
    assert _tcd(other) == _tcd(sv)
    assert _review(other) == _review(sv)


def test_a_turn_whose_rows_disagree_is_refused_whole(office_services: Services, tmp_path: Path) -> None:
    rows = _register()
    rows[1][7] = "3"  # Số người differs from the first row of the turn
    rows.append([*row("20/05/2024", "Phạm Văn Dũng", "Kiến nghị", KNPA), "", "Xong rồi"])
    with pytest.raises(ImportRefused) as caught:
        VisitImporter(office_services.ctx).import_file(write_csv(tmp_path / "so.csv", rows))
    texts = [b.text for b in caught.value.bad_rows]
    assert len(texts) == 2
    assert (
        texts[0].startswith("Dòng 3:")
        and "«Số người» phải giống dòng đó" in texts[0]
        and "dòng 2" in texts[0]
    )
    assert texts[1].startswith("Dòng 6:") and "«Kết quả» «Xong rồi»" in texts[1]
    assert office_services.case_results.span(*YEAR) == []


def test_a_result_goes_with_its_visit_when_the_visit_is_voided(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    rows = [
        [*row("08/01/2024", "Võ Thị Em", "Khiếu nại bồi thường", case="VV-9"), "", "Đã giải quyết"],
        [*row("12/03/2024", "Võ Thị Em", "Khiếu nại bồi thường", case="VV-9"), "", ""],
    ]
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "so.csv", rows))
    assert [c.result for c in sv.case_results.span(*YEAR)] == [MatterResult.DA_GIAI_QUYET]
    with sv.ctx.db.read() as s:
        january = s.scalars(select(VisitRecord.id).order_by(VisitRecord.date)).first()
    assert january is not None
    sv.intake.void(january, "Ghi nhầm ngày")
    assert [c.result for c in sv.case_results.span(*YEAR)] == [None]
    assert _review(sv) == (1, 1, 0, 1)


def test_the_command_line_imports_the_turns_and_reports_them(
    office_services: Services, paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(paths.data)
    assert (
        cli.main(["--data-dir", data, "import", "visits", str(write_csv(tmp_path / "so.csv", _register()))])
        == 0
    )
    capsys.readouterr()
    span = ["--from", "2024-01-01", "--to", "2024-12-31", "--format", "json"]
    assert cli.main(["--data-dir", data, "report", "01/TCD", *span]) == 0
    columns = json.loads(capsys.readouterr().out)["columns"]
    assert (columns["1"], columns["3"], columns["4"], columns["6"]) == (3, 4, 2, 3)
    assert cli.main(["--data-dir", data, "report", "TONG-HOP", *span]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert (figures["cases"], figures["resolved"], figures["unresolved"]) == (4, 1, 3)


def test_a_row_with_a_turn_problem_and_another_persons_case_key_is_named_once(
    office_services: Services, tmp_path: Path
) -> None:
    rows = [
        [*row("02/02/2024", "Trần Thị Bích", "Kiến nghị lắp đèn", KNPA, case="VV-7"), "", ""],
        [*row("05/03/2024", "Nguyễn Văn An", "Khiếu nại thu hồi đất", case="VV-1"), "L1", ""],
        [*row("05/03/2024", "Nguyễn Văn An", "Kiến nghị sửa đường", KNPA, case="VV-7", size="3"), "L1", ""],
    ]
    with pytest.raises(ImportRefused) as caught:
        VisitImporter(office_services.ctx).import_file(write_csv(tmp_path / "so.csv", rows))
    texts = [b.text for b in caught.value.bad_rows]
    # Row 4 breaks two rules (Số người of its turn, Bích's case key): one line with both reasons.
    assert len(texts) == 1 and texts[0].startswith("Dòng 4:")
    assert "«Số người» phải giống dòng đó" in texts[0] and "VV-7" in texts[0]
