"""The PDF's second chart page: visits and petitions by field, and petition deadlines met on time or late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desk_app.documents import report_files as ro
from tests.helpers import report_samples as rs
from tests.helpers.pdf import keep_shot, pdf_flat_text, pdf_page_count

BY_FIELD = [("Đất đai, nhà cửa", 6, 4), ("Chế độ, chính sách", 3, 1), ("Chưa xác định lĩnh vực", 1, 0)]
TIMELINESS = [("Xong đúng hạn", 5), ("Xong nhưng trễ hạn", 2), ("Quá hạn, chưa xong", 1)]


def test_the_pdf_names_the_charts_by_field_and_timeliness(tmp_path: Path) -> None:
    path = tmp_path / "tcd.pdf"
    pdf = ro.report_pdf(
        rs.TCD_RESULT, rs.OFFICE, path, signed_on=dt.date(2026, 3, 16), head_name="Trần Văn Bình",
        monthly=list(rs.MONTHLY), by_field=BY_FIELD, timeliness=TIMELINESS,
    )  # fmt: skip
    assert pdf_page_count(pdf) == 3
    text = pdf_flat_text(pdf)
    assert "BIỂU ĐỒ THEO LĨNH VỰC VÀ THỜI HẠN XỬ LÝ ĐƠN" in text
    assert "Lượt tiếp và đơn tiếp nhận theo lĩnh vực" in text
    assert "Thời hạn xử lý đơn đến hạn trong kỳ" in text
    for label in (
        "Đất đai, nhà cửa",
        "Chế độ, chính sách",
        "Xong đúng hạn",
        "Xong nhưng trễ hạn",
        "Quá hạn, chưa xong",
    ):
        assert label in text
    keep_shot(pdf, "report_pdf_charts")


def test_without_the_new_series_the_pdf_keeps_one_chart_page() -> None:
    pdf = ro.report_pdf_bytes(
        rs.TCD_RESULT, rs.OFFICE, signed_on=dt.date(2026, 3, 16), monthly=list(rs.MONTHLY)
    )
    assert pdf_page_count(pdf) == 2
    assert "THEO LĨNH VỰC" not in pdf_flat_text(pdf)


def test_an_empty_period_prints_the_no_data_line() -> None:
    pdf = ro.report_pdf_bytes(
        rs.TCD_RESULT, rs.OFFICE, signed_on=dt.date(2026, 3, 16), monthly=list(rs.MONTHLY), by_field=[],
        timeliness=[("Xong đúng hạn", 0), ("Xong nhưng trễ hạn", 0), ("Quá hạn, chưa xong", 0)],
    )  # fmt: skip
    assert pdf_page_count(pdf) == 3
    assert pdf_flat_text(pdf).count("Không có số liệu trong kỳ.") == 2
