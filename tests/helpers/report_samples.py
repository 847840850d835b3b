"""Hand-made report results (01/TCD, 01/XLD) with the official headings of DOMAIN §10.2, for the output tests."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.reports.forms import definition
from desk_app.services.documents import OfficeHeader
from desk_app.services.reports.types import (
    ColumnSpec,
    Drill,
    DrillKind,
    ReportForm,
    ReportPeriod,
    ReportResult,
)

TCD_TITLE = "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT"
XLD_TITLE = "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN"


def _columns(form: str, totals: dict[int, tuple[int, ...]]) -> tuple[ColumnSpec, ...]:
    """The official headings (the form's definition in desk_app/domain/reports/), with the sum_of of the main
    totals."""
    return tuple(
        ColumnSpec(c.number, c.headings, totals.get(c.number, ()))
        for c in definition(ReportForm(form)).columns
    )


TCD_COLUMNS = _columns("01/TCD", {1: (4, 13, 22), 2: (5, 14, 23), 3: (6, 7, 15, 16, 24, 25)})

# A quarter: 7 regular visits (15 persons, 5 new cases and 1 repeated, one delegation of 6), two sessions of the
# head with 3 visits, one delegated session with 2 visits.
TCD_VALUES: dict[int, int] = dict.fromkeys(range(1, 30), 0)
TCD_VALUES.update(
    {
        4: 7,
        5: 15,
        6: 5,
        7: 1,
        8: 1,
        9: 6,
        10: 1,
        12: 2,
        13: 3,
        14: 4,
        15: 2,
        16: 1,
        21: 1,
        22: 2,
        23: 2,
        24: 1,
    }
)
TCD_VALUES[1] = TCD_VALUES[4] + TCD_VALUES[13] + TCD_VALUES[22]
TCD_VALUES[2] = TCD_VALUES[5] + TCD_VALUES[14] + TCD_VALUES[23]
TCD_VALUES[3] = sum(TCD_VALUES[n] for n in (6, 7, 15, 16, 24, 25))

Q1 = ReportPeriod(dt.date(2025, 12, 15), dt.date(2026, 3, 14), "2026-Q1", "Quý I năm 2026")

TCD_RESULT = ReportResult(
    form=ReportForm.TCD_01,
    period=Q1,
    title=TCD_TITLE,
    columns=TCD_COLUMNS,
    values=TCD_VALUES,
    drill={4: Drill(DrillKind.VISIT, (1, 2, 3, 4, 5, 6, 7))},
)


XLD_COLUMNS = _columns("01/XLD", {1: (2, 3), 6: (8, 9, 10), 14: (15, 16, 17), 18: (19, 20, 21)})
XLD_VALUES: dict[int, int] = dict.fromkeys(range(1, 23), 0)
XLD_VALUES.update(
    {
        1: 12,
        2: 2,
        3: 10,
        4: 11,
        5: 1,
        6: 9,
        7: 8,
        8: 4,
        9: 1,
        10: 4,
        11: 3,
        12: 1,
        13: 5,
        14: 5,
        15: 3,
        16: 1,
        17: 1,
    }
)
XLD_VALUES.update({18: 4, 19: 2, 20: 2, 22: 1})
XLD_RESULT = ReportResult(
    form=ReportForm.XLD_01, period=Q1, title=XLD_TITLE, columns=XLD_COLUMNS, values=XLD_VALUES
)

OFFICE = OfficeHeader(
    parent_name=None,
    office_name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
    place_name="An Phú",
    abbreviation="UBND",
    head_title="CHỦ TỊCH",
    kind="UBND_XA",
)

MONTHLY = (("12/2025", 1, 2), ("01/2026", 5, 4), ("02/2026", 3, 1), ("03/2026", 3, 3))
