"""A saved visit prints as Giấy biên nhận 02/TCD and Phiếu hẹn with every field, diacritics intact."""

from __future__ import annotations

import datetime as dt

from desk_app.documents.visits import appointment_pdf, receipt_pdf
from desk_app.domain.enums import Category, DocCondition, Gender
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.services.registry import Services
from tests.helpers.acting import acting_as
from tests.helpers.pdf import pdf_text


def _visit(sv: Services) -> int:
    return sv.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 20),
            time=dt.time(8, 41),
            visitor=PersonInput(
                full_name="Nguyễn Thị Hồng Nhung",
                id_number="001199012345",
                gender=Gender.NU,
                birth_year=1999,
                id_issue_date=dt.date(2021, 8, 15),
                id_issue_place="Cục Cảnh sát QLHC về TTXH",
                address="thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
            ),
            summary="Khiếu nại việc thu hồi đất",
            category=Category.KHIEU_NAI,
            documents=(
                DocumentInput("Đơn khiếu nại đề ngày 15/11/2026", 2),
                DocumentInput(
                    "Bản sao Giấy chứng nhận quyền sử dụng đất", 4, DocCondition.BAN_SAO_CONG_CHUNG
                ),
            ),
        )
    ).id


def test_receipt_carries_every_field(office_services: Services) -> None:
    # Lines wrap where the page ends them: compare with single spaces.
    text = " ".join(pdf_text(receipt_pdf(office_services, _visit(office_services))).split())
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ AN PHÚ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Phú, ngày 20 tháng 11 năm 2026",
        "GIẤY BIÊN NHẬN",
        "08 giờ 41 phút",
        "Phòng tiếp công dân xã An Phú",
        "Phạm Thị Dung",
        "Công chức tiếp công dân",
        "Nguyễn Thị Hồng Nhung",
        "001199012345",
        "15/08/2021",
        "thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
        "1. Đơn khiếu nại đề ngày 15/11/2026 (2 trang, bản phô tô)",
        "(4 trang, bản sao có chứng thực)",
        "02 bản",
        "NGƯỜI NHẬN",
        "STT 1/2026",
    ):
        assert expected in text, expected


def test_appointment_slip(office_services: Services) -> None:
    visit_id = _visit(office_services)
    pdf = appointment_pdf(
        office_services, visit_id, dt.datetime(2026, 11, 26, 14, 0), "ông Trần Văn Bình, Chủ tịch UBND xã"
    )
    text = " ".join(pdf_text(pdf).split())
    for expected in (
        "PHIẾU HẸN",
        "Nguyễn Thị Hồng Nhung",
        "14 giờ 00 phút",
        "26/11/2026",
        "ông Trần Văn Bình",
    ):
        assert expected in text, expected


def test_an_office_without_a_reception_place_names_itself_in_sentence_case(services: Services) -> None:
    from desk_app.domain.enums import OfficeKind
    from desk_app.services.documents import DocumentService
    from desk_app.services.office.service import OfficeInfo

    with acting_as(services):
        services.office.save(
            OfficeInfo(name="ỦY BAN NHÂN DÂN XÃ AN PHÚ", parent_name=None, abbreviation="UBND",
                       kind=OfficeKind.UBND_XA, place_name="An Phú", head_title="CHỦ TỊCH")
        )  # fmt: skip
    visit_id = services.intake.save(
        VisitInput(date=dt.date(2026, 11, 20), visitor=PersonInput("Nguyễn Văn An"),
                   category=Category.KHIEU_NAI, summary="Khiếu nại việc thu hồi đất")
    ).id  # fmt: skip
    source = DocumentService(services.ctx).visit_source(visit_id)
    assert source.place == "Ủy ban nhân dân xã An Phú"  # not "Ủy Ban Nhân Dân Xã An Phú"
    assert "tại: Ủy ban nhân dân xã An Phú" in " ".join(pdf_text(receipt_pdf(services, visit_id)).split())
