"""The printed registers: Sổ tiếp công dân (Mẫu 03/TCD) and Sổ theo dõi xử lý đơn, read back from the PDF."""

from __future__ import annotations

import datetime as dt

from desk_app.documents import books
from desk_app.domain.enums import Category, Handling, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_transfer as vt
from desk_app.printing.forms.book_layout import BookCover
from desk_app.printing.forms.visit_register import VisitBookLine, render_visit_register
from desk_app.services.registry import Services
from tests.helpers.pdf import pdf_flat_text, pdf_page_count, pdf_page_sizes, pdf_page_texts


def _visit(name: str, day: dt.date, summary: str, category: Category, **extra: object) -> VisitInput:
    person = PersonInput(full_name=name, id_number=extra.pop("id_number", None), address="Ấp 4, xã An Phú")  # type: ignore[arg-type]
    return VisitInput(date=day, visitor=person, summary=summary, category=category, **extra)  # type: ignore[arg-type]


def seed(sv: Services) -> None:
    sv.intake.save(_visit("Nguyễn Văn An", dt.date(2026, 2, 3), "Khiếu nại việc thu hồi đất nông nghiệp",
                          Category.KHIEU_NAI, id_number="001099012345", handling=Handling.THU_LY,
                          within_competence=True))  # fmt: skip
    sv.intake.save(_visit("Lê Văn Cường", dt.date(2026, 2, 4), "Tố cáo cán bộ địa chính nhận tiền",
                          Category.TO_CAO, id_number="079088001122", handling=Handling.CHUYEN_DON,
                          transfer_target="Thanh tra huyện", transfer_doc_no="12/PC-UBND"))  # fmt: skip


def test_the_visit_book_has_its_cover_13_columns_rows_and_masks_a_denouncer(
    office_services: Services,
) -> None:
    sv = office_services
    seed(sv)
    pdf, rows = books.visit_book_pdf(sv, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert rows == 2
    width, height = pdf_page_sizes(pdf)[0]
    assert width > height  # A4 landscape
    pages = pdf_page_texts(pdf)
    cover = " ".join(pages[0].split())
    for text in ("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "SỔ TIẾP CÔNG DÂN", "Mẫu số 03/TCD", "Năm 2026",
                 "Từ ngày 01/01/2026 đến ngày 31/12/2026", f"Tổng số trang: {len(pages)}", "Quyển số", "CHỦ TỊCH"):  # fmt: skip
        assert text in cover
    body = " ".join(" ".join(pages[1:]).split())
    for heading in vt.VISIT_COLUMNS:
        for word in heading.split():
            assert word in body
    for number in range(1, 14):
        assert f"({number})" in body
    assert "Hướng xử lý" in body
    assert "Nguyễn Văn An, Ấp 4, xã An Phú" in body and "001099012345" in body  # the book prints the full ID
    assert "Khiếu nại việc thu hồi đất nông nghiệp" in body and "03/02/2026" in body
    # the officer's copy: the denouncer is masked, the matter and the transfer are not
    assert "Lê Văn Cường" not in body and "079088001122" not in body and "[Bảo mật]" in body
    assert "Tố cáo cán bộ địa chính nhận tiền" in body and "Thanh tra huyện – 12/PC-UBND" in body
    assert f"Trang 2/{len(pages)}" in body


def test_a_leader_sees_the_denouncer_in_the_book(office_services: Services) -> None:
    seed(office_services)
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    pdf, _rows = books.visit_book_pdf(office_services, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert "Lê Văn Cường" in pdf_flat_text(pdf) and "079088001122" in pdf_flat_text(pdf)


def test_a_long_book_repeats_its_header_on_every_page() -> None:
    cover = BookCover(None, "UBND XÃ AN PHÚ", "An Phú", "CHỦ TỊCH", vt.BOOK_TITLE_VISITS,
                      dt.date(2026, 1, 1), dt.date(2026, 12, 31), 300, "Mẫu số 03/TCD")  # fmt: skip
    lines = (
        VisitBookLine(i, dt.date(2026, 1, 1) + dt.timedelta(days=i % 300), f"Người thứ {i}, Ấp {i % 9}", "",
                      f"Nội dung vụ việc số {i} " * 3, "Khiếu nại", 1, "", i % 2 == 0, "", "", "", "")
        for i in range(1, 301)
    )  # fmt: skip
    seen: list[int] = []
    pdf = render_visit_register(cover, lines, lambda done, total: seen.append(done))
    pages = pdf_page_texts(pdf)
    assert len(pages) == pdf_page_count(pdf) > 5
    for page in pages[1:]:
        assert "Nội dung vụ việc" in page and "(13)" in page
    assert "Người thứ 300" in pages[-1] and seen[-1] == 300
    assert f"Tổng số trang: {len(pages)}" in pages[0]


def test_the_petition_book(office_services: Services) -> None:
    sv = office_services
    sv.petitions.register(
        PetitionInput(received_date=dt.date(2026, 5, 4), source=PetitionSource.BUU_CHINH,
                      summary="Khiếu nại việc cấp giấy chứng nhận", category=Category.KHIEU_NAI,
                      main=PersonInput(full_name="Võ Thị Hoa", address="Ấp 3"))
    )  # fmt: skip
    sv.petitions.register(
        PetitionInput(received_date=dt.date(2026, 5, 6), source=PetitionSource.HOP_THU,
                      summary="Tố cáo trưởng ấp thu tiền", category=Category.TO_CAO,
                      main=PersonInput(full_name="Đặng Văn Sơn"))
    )  # fmt: skip
    pdf, rows = books.petition_book_pdf(sv, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    text = pdf_flat_text(pdf)
    assert rows == 2
    assert "SỔ THEO DÕI XỬ LÝ ĐƠN" in text and "Từ ngày 01/05/2026 đến ngày 31/05/2026" in text
    assert "Võ Thị Hoa, Ấp 3" in text and "Qua dịch vụ bưu chính" in text and "1/2026" in text
    assert "Đặng Văn Sơn" not in text and "[Bảo mật]" in text and "Tố cáo trưởng ấp thu tiền" in text
