"""Every form's definition reads against DOMAIN §10.2: columns numbered in order, headings, totals and checks."""

from __future__ import annotations

import pytest

from desk_app.domain.reports.columns import Cases, Petitions, ReportForm, Total, Visits
from desk_app.domain.reports.forms import FORMS, definition
from desk_app.domain.reports.xld import processable, received

COLUMN_COUNTS = {
    ReportForm.TCD_01: 29,
    ReportForm.XLD_01: 22,
    ReportForm.XLD_02: 26,
    ReportForm.XLD_03: 27,
    ReportForm.XLD_04: 20,
}


@pytest.mark.parametrize("form", list(ReportForm))
def test_columns_are_numbered_as_the_law_numbers_them(form: ReportForm) -> None:
    d = definition(form)
    assert d.form is form and d.title.startswith("TỔNG HỢP KẾT QUẢ")
    assert [c.number for c in d.columns] == list(range(1, COLUMN_COUNTS[form] + 1))
    assert all(c.headings and all(h.strip() for h in c.headings) for c in d.columns)
    totals = {c.number: c.sum_of for c in d.columns if isinstance(c, Total)}
    assert totals.items() <= set(d.checks), "every total column is one of the form's equations"
    for total, parts in d.checks:
        assert 1 <= total <= len(d.columns) and all(total < p <= len(d.columns) for p in parts)


def test_one_form_per_name() -> None:
    assert set(FORMS) == set(ReportForm)
    assert definition(ReportForm("02/XLD")) is FORMS[ReportForm.XLD_02]


def test_some_columns_spelled_out() -> None:
    tcd = definition(ReportForm.TCD_01)
    assert tcd.column(12).headings == (
        "Tiếp định kỳ và đột xuất của Thủ trưởng",
        "Thủ trưởng tiếp",
        "Số kỳ tiếp",
    )
    assert isinstance(tcd.column(27), Visits) and tcd.column(27).where.name == "on_behalf & delegation"
    xld = definition(ReportForm.XLD_01)
    assert isinstance(xld.column(3), Petitions) and xld.column(3).where is received
    assert isinstance(xld.column(7), Cases) and xld.column(7).where is None
    column_15 = xld.column(15)
    assert isinstance(column_15, Petitions)
    assert column_15.where.atoms()[: len(processable.atoms())] == processable.atoms()
    assert column_15.where.name.endswith("result in ['IN'] & category in ['KHIEU_NAI']")
    assert definition(ReportForm.XLD_04).categories == {"KIEN_NGHI_PHAN_ANH", "NHIEU_NOI_DUNG"}
