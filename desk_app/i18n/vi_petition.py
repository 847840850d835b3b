"""Vietnamese labels of the petition register: statuses, sources, actions, classification grounds (DOMAIN §6.2–6.5)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.petition_rules import NotProcessable, RepeatRefused

NOT_PROCESSABLE: Final[Mapping[NotProcessable, str]] = {
    NotProcessable.THIEU_NGAY: "Đơn không ghi ngày, tháng, năm viết đơn",
    NotProcessable.THIEU_HO_TEN_DIA_CHI: "Đơn không ghi rõ họ tên, địa chỉ của người viết đơn",
    NotProcessable.KHONG_KY: "Đơn không có chữ ký hoặc điểm chỉ",
    NotProcessable.KHONG_RO_NGUOI_BI_KHIEU_NAI: "Không rõ người, cơ quan bị khiếu nại",
    NotProcessable.KHONG_RO_NOI_DUNG: "Không rõ nội dung",
    NotProcessable.KHONG_RO_NGUOI_BI_TO_CAO: "Không rõ người bị tố cáo, hành vi vi phạm",
    NotProcessable.GUI_NHIEU_NOI: "Đơn gửi nhiều nơi, trong đó đã gửi đến cơ quan có thẩm quyền",
    NotProcessable.DA_HUONG_DAN: "Nội dung đã được hướng dẫn một lần",
    NotProcessable.DA_GIAI_QUYET_LAN_HAI: "Khiếu nại đã có quyết định giải quyết lần hai (khoản 7 Điều 11 Luật Khiếu nại)",
    NotProcessable.TOA_AN_DA_THU_LY: "Tòa án đã thụ lý hoặc đã có bản án, quyết định (khoản 9 Điều 11 Luật Khiếu nại)",
    NotProcessable.HET_THOI_HIEU: "Hết thời hiệu khiếu nại mà không có lý do chính đáng (khoản 6 Điều 11 Luật Khiếu nại)",
    NotProcessable.NAC_DANH: "Đơn nặc danh hoặc mạo danh (Điều 25 Luật Tố cáo)",
}

REPEAT_REFUSED: Final[Mapping[RepeatRefused, str]] = {
    RepeatRefused.GUIDED_ONCE: "Nội dung này đã được hướng dẫn ở {petition}; chỉ hướng dẫn một lần.",
    RepeatRefused.TRANSFERRED_ONCE: (
        "Đơn tố cáo cùng nội dung đã được chuyển ở {petition}; chỉ chuyển một lần (khoản 1 Điều 14 Thông tư 05/2021/TT-TTCP)."
    ),
}
