"""Sample documents full of Vietnamese diacritics, shared by the printing tests and the sample renderer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desk_app.domain.enums import DocCondition, IdType
from desk_app.printing.forms.appointment import AppointmentData
from desk_app.printing.forms.receipt_02tcd import ReceiptData, ReceiptItem
from desk_app.printing.layout import Letterhead

XA_AN_PHU = Letterhead(parent_name=None, office_name="Ủy ban nhân dân\nxã An Phú", place_name="An Phú")
SO_TU_PHAP = Letterhead(
    parent_name="UBND tỉnh An Giang",
    office_name="Sở Tư pháp",
    place_name="An Giang",
    number_line="05/TB-STP",
)

ITEMS = (
    ReceiptItem("Đơn khiếu nại về việc thu hồi đất ở thôn Hiệu Châu", 3, DocCondition.BAN_CHINH),
    ReceiptItem("Giấy chứng nhận quyền sử dụng đất số BĐ 123456", 2, DocCondition.BAN_SAO_CONG_CHUNG),
    ReceiptItem("Quyết định số 15/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân xã", 4, DocCondition.BAN_PHOTO),
    ReceiptItem("Ảnh chụp hiện trạng thửa đất", None, DocCondition.KHAC, quantity=6),
)

RECEIPT = ReceiptData(
    letterhead=XA_AN_PHU,
    received_at=dt.datetime(2026, 2, 5, 9, 5),
    place="Trụ sở tiếp công dân xã An Phú",
    receiver_name="Đặng Văn Ẩn",
    receiver_position="Công chức Văn phòng - Thống kê",
    provider_name="Nguyễn Thị Hồng Nhung",
    provider_id_number="001186012345",
    provider_id_issue_date=dt.date(2021, 8, 10),
    provider_id_issue_place="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    provider_address="thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
    items=ITEMS,
    internal_no="BN-2026-0042",
    provider_id_type=IdType.CAN_CUOC,
)

NO_ID_RECEIPT = dataclasses.replace(
    RECEIPT,
    provider_id_number=None,
    provider_id_issue_date=None,
    provider_id_issue_place=None,
    provider_address=None,
    provider_id_type=None,
    internal_no=None,
)


def many_items(count: int, long_titles: bool = True) -> tuple[ReceiptItem, ...]:
    """`count` items cycling through the conditions; long titles take two lines each on A4."""
    conditions = list(DocCondition)
    return tuple(
        ReceiptItem(
            f"Văn bản số {n}: Biên bản làm việc ngày {n:02d}/6/2025 về việc đo đạc thửa đất "
            "của hộ ông Lê Văn Đức"
            if long_titles
            else f"Biên bản làm việc số {n:02d} về việc đo đạc thửa đất",
            n + 1,
            conditions[n % len(conditions)],
        )
        for n in range(1, count + 1)
    )


APPOINTMENT = AppointmentData(
    letterhead=XA_AN_PHU,
    citizen_name="Nguyễn Thị Hồng Nhung",
    citizen_address="thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
    citizen_id_number="001186012345",
    matter="Khiếu nại việc thu hồi đất ở thôn Hiệu Châu để mở rộng đường liên xã",
    appointment_at=dt.datetime(2026, 11, 26, 8, 30),
    place="Phòng tiếp công dân, Trụ sở Ủy ban nhân dân xã An Phú",
    meet_whom="ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã",
    documents_to_bring=(
        "Bản chính Giấy chứng nhận quyền sử dụng đất",
        "Các văn bản trả lời trước đây của Ủy ban nhân dân xã (nếu có)",
    ),
    officer_name="Đặng Văn Ẩn",
    officer_position="Công chức Văn phòng - Thống kê",
    issued_on=dt.date(2026, 11, 22),
)
