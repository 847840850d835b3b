"""A printed Sổ tiếp công dân names the form and the text in force on the dates it covers (issue 14, DOMAIN §9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desk_app.documents import books
from desk_app.domain.enums import Category, Handling
from desk_app.domain.form_versions import FORM_VERSIONS, OfficialForm, form_version, form_versions
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from tests.helpers.pdf import pdf_flat_text

TT04, ND154 = "Thông tư số 04/2021/TT-TTCP", "Nghị định số 154/2026/NĐ-CP"


def _visit(sv: Services, day: dt.date, name: str) -> None:
    sv.intake.save(
        VisitInput(date=day, visitor=PersonInput(full_name=name, address="Thôn Đông"), summary="Tranh chấp lối đi",
                   category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP)
    )  # fmt: skip


def _cover(sv: Services, first: dt.date, last: dt.date, out: Path | None = None) -> str:
    pdf, _rows = books.visit_book_pdf(sv, first, last)
    if out is not None:
        out.write_bytes(pdf)
    return pdf_flat_text(pdf)


@pytest.mark.parametrize(
    ("day", "expected"),
    [(dt.date(2019, 3, 5), TT04), (dt.date(2026, 6, 30), TT04), (dt.date(2026, 7, 1), ND154)],
)
def test_the_version_in_force_on_a_date(day: dt.date, expected: str) -> None:
    assert form_version(OfficialForm.VISIT_BOOK, day).issued_with == expected
    assert all(v.effective_from.year >= 2021 for v in FORM_VERSIONS)


def test_a_book_of_2019_to_2023_is_on_the_form_of_tt_04_2021(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    _visit(sv, dt.date(2019, 3, 5), "Nguyễn Văn Tư")
    _visit(sv, dt.date(2023, 6, 1), "Trần Thị Năm")
    text = _cover(sv, dt.date(2019, 1, 1), dt.date(2023, 12, 31), tmp_path / "old.pdf")
    assert f"Mẫu số 03 (Ban hành kèm theo {TT04})" in text
    assert "154/2026" not in text and "03/TCD" not in text
    assert "Nguyễn Văn Tư" in text and "Trần Thị Năm" in text


def test_a_book_of_september_2026_is_on_the_form_of_nd_154(office_services: Services) -> None:
    sv = office_services
    _visit(sv, dt.date(2026, 9, 10), "Lê Văn Sáu")
    text = _cover(sv, dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    assert f"Mẫu số 03/TCD (Ban hành kèm theo {ND154})" in text
    assert "04/2021" not in text


def test_a_book_spanning_01_07_2026_names_both_forms_and_the_day_between(office_services: Services) -> None:
    sv = office_services
    _visit(sv, dt.date(2026, 3, 2), "Phạm Văn Bảy")
    _visit(sv, dt.date(2026, 9, 10), "Lê Văn Sáu")
    text = _cover(sv, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert "Mẫu số 03 và Mẫu số 03/TCD" in text
    assert f"đến ngày 30/06/2026: Mẫu số 03 ban hành kèm theo {TT04}" in text
    assert f"từ ngày 01/07/2026: Mẫu số 03/TCD ban hành kèm theo {ND154}" in text
    assert (
        form_versions(OfficialForm.VISIT_BOOK, dt.date(2026, 1, 1), dt.date(2026, 12, 31))[0].issued_with
        == TT04
    )
