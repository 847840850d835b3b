"""Importing a 100,000-row legacy Sổ tiếp công dân (CSV and XLSX), timed: well under a minute.

Run with `DESK_APP_PERF=1 pytest -s tests/perf/test_import_perf.py` (or `-m perf`); the default run deselects it.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.i18n import vi_transfer as vt
from desk_app.services.registry import Services
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import CaseRecord, ChangeLogRecord, VisitRecord

pytestmark = pytest.mark.perf

ROWS = 100_000
LIMIT_S = 30.0  # "well under a minute"
XLSX_LIMIT_S = 40.0  # openpyxl alone spends ~20 s reading 100,000 rows × 15 cells
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ")
GIVEN = ("An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam")
MATTERS = (
    "Khiếu nại thu hồi đất",
    "Kiến nghị sửa đường",
    "Tố cáo cán bộ",
    "Phản ánh ô nhiễm",
    "Khiếu nại bồi thường",
)
CATEGORIES = ("Khiếu nại", "Kiến nghị, phản ánh", "Tố cáo", "Kiến nghị, phản ánh", "Khiếu nại")


def legacy_rows() -> list[list[str]]:
    """Five years of a busy register: a third periodic, repeat visitors, some with the office's case keys."""
    rnd = random.Random(5)
    start = dt.date(2019, 1, 2)
    rows = []
    for i in range(ROWS):
        day = start + dt.timedelta(days=i * 1825 // ROWS)
        person = rnd.randrange(20_000)
        matter = rnd.randrange(len(MATTERS))
        periodic = i % 3 == 0
        rows.append([
            day.strftime("%d/%m/%Y"), "Định kỳ" if periodic else "Thường xuyên",
            ("Trần Văn Bình" if i % 2 else "Lê Thị Cúc") if periodic else "", "",
            f"{FAMILY[person % 10]} Văn {GIVEN[person % 13]} {person}", f"0{person % 90 + 1:02d}1{person:08d}"[:12],
            f"Ấp {person % 12 + 1}", str(rnd.choice((1, 1, 1, 2, 6))), MATTERS[matter], CATEGORIES[matter],
            "Đất đai, nhà cửa", f"HS-{person}" if person % 7 == 0 else "", "x" if i % 4 == 0 else "",
            "Thụ lý giải quyết", "",
        ])  # fmt: skip
    return rows


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(vt.VISIT_HEADERS)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("So")
    ws.append(list(vt.VISIT_HEADERS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import(services: Services, path: Path) -> float:
    began = time.perf_counter()
    result = VisitImporter(services.ctx).import_file(path)
    elapsed = time.perf_counter() - began
    print(f"\n  {path.suffix} {ROWS:,} rows: {elapsed:.1f} s — {result.headline()}. {result.detail()}")
    assert result.imported == ROWS
    with services.ctx.db.read() as s:
        assert s.scalar(select(func.count(VisitRecord.id))) == ROWS
        assert s.scalar(select(func.count()).where(ChangeLogRecord.action == "import")) == 1
        assert (s.scalar(select(func.count(CaseRecord.id))) or 0) < ROWS
    return elapsed


def test_import_100k_rows_from_csv(office_services: Services, tmp_path: Path) -> None:
    assert _import(office_services, _csv(tmp_path / "so.csv", legacy_rows())) < LIMIT_S


def test_import_100k_rows_from_xlsx(office_services: Services, tmp_path: Path) -> None:
    assert _import(office_services, _xlsx(tmp_path / "so.xlsx", legacy_rows())) < XLSX_LIMIT_S
