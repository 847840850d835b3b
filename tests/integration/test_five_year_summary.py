"""Issue 5's story: a 2019–2024 register kept in Excel is imported and gives the five-year summary offices write."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

from desk_app.i18n import vi_transfer as vt
from desk_app.services.registry import Services
from desk_app.services.reports.types import DrillKind, ReportForm
from desk_app.services.transfer.visit_import import VisitImporter

HEAD = "Trần Văn Bình"
MATTERS = (
    ("Khiếu nại", "Đất đai, nhà cửa", "Khiếu nại việc bồi thường giải phóng mặt bằng đường liên xã"),
    ("Kiến nghị, phản ánh", "Chế độ, chính sách", "Kiến nghị xét hưởng chế độ chính sách người có công"),
    ("Kiến nghị, phản ánh", "Đất đai, nhà cửa", "Kiến nghị cấp giấy chứng nhận đất ở trước 18/12/1980"),
    ("Tố cáo", "Khác", "Tố cáo việc thu tiền đóng góp sai quy định"),
)


def _register(path: Path) -> tuple[list[list[object]], set[tuple[str, str]]]:
    """Six years of a commune's book: two head's sessions a year with several visitors, regular visits between."""
    rng = random.Random(2019)
    rows: list[list[object]] = []
    sessions: set[tuple[str, str]] = set()
    for year in range(2019, 2025):
        for month in (3, 9):
            day = f"{rng.randint(10, 20):02d}/{month:02d}/{year}"
            sessions.add((day, HEAD))
            for _visitor in range(rng.randint(2, 4)):
                category, field, summary = rng.choice(MATTERS)
                size = rng.choice((1, 1, 1, 6, 12))
                # a case key belongs to one person (DOMAIN §16.3): each matter is brought by its own citizen
                rows.append([day, "Định kỳ", HEAD, "", f"Người dân {MATTERS.index((category, field, summary))}", "",
                             "Ấp 1", size, summary, category, field, f"VV-{summary[:12]}", "x", "Thụ lý giải quyết",
                             ""])  # fmt: skip
        for _visit in range(rng.randint(3, 6)):
            category, field, summary = rng.choice(MATTERS)
            day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
            rows.append([day, "Thường xuyên", "", "", f"Người dân {MATTERS.index((category, field, summary))}", "",
                         "Ấp 1", 1, summary, category, field, f"VV-{summary[:12]}", "", "Hướng dẫn", ""])  # fmt: skip
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(vt.VISIT_HEADERS))
    for line in rows:
        sheet.append(line)
    book.save(path)
    return rows, sessions


def test_a_legacy_register_gives_the_five_year_summary(office_services: Services, tmp_path: Path) -> None:
    rows, sessions = _register(tmp_path / "so-tiep-cong-dan-2019-2024.xlsx")
    result = VisitImporter(office_services.ctx).import_file(tmp_path / "so-tiep-cong-dan-2019-2024.xlsx")
    assert result.headline  # a one-line Vietnamese summary for the screen
    reports = office_services.reports
    period = reports.custom_period(dt.date(2019, 1, 1), dt.date(2024, 12, 31))
    tcd = reports.compute(ReportForm.TCD_01, period)

    periodic = [r for r in rows if r[1] == "Định kỳ"]
    regular = [r for r in rows if r[1] == "Thường xuyên"]
    assert tcd.values[1] == len(rows)
    assert tcd.values[2] == sum(int(r[7]) for r in rows)  # type: ignore[call-overload]
    assert tcd.values[4] == len(regular) and tcd.values[13] == len(periodic)
    assert tcd.values[12] == len(sessions)  # every head's day in the book is one held session
    # Four matters recur over six years: each case counts once per group, first seen or seen again.
    cases = {r[11] for r in rows}
    assert tcd.values[6] + tcd.values[7] + tcd.values[15] + tcd.values[16] == tcd.values[3]
    assert len(cases) <= tcd.values[3] <= 2 * len(cases)
    assert tcd.drill[1].kind is DrillKind.VISIT and len(tcd.drill[1].ids) == len(rows)

    text = reports.narrative(period)
    assert f"{len(sessions):02d} kỳ tiếp" in text
    assert f"{len(periodic):02d} lượt" in text and f"{len(regular):02d} lượt" in text
    assert "vụ việc cũ" in text and "vụ việc mới phát sinh" in text
