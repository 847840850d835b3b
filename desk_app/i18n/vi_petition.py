"""Vietnamese labels of the petition register: statuses, sources, actions, classification grounds (DOMAIN §6.2–6.5)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.enums import PetitionSource, PetitionStatus
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.petition_rules import NotProcessable, RepeatRefused

PETITION_STATUS: Final[Mapping[PetitionStatus, str]] = {
    PetitionStatus.MOI_TIEP_NHAN: "Mới tiếp nhận",
    PetitionStatus.DA_VAO_SO: "Đã vào sổ",
    PetitionStatus.DANG_XU_LY: "Đang xử lý (phân loại, đề xuất)",
    PetitionStatus.CHO_DUYET: "Chờ lãnh đạo duyệt",
    PetitionStatus.DA_XU_LY: "Đã xử lý",
    PetitionStatus.DANG_GIAI_QUYET: "Đang giải quyết",
    PetitionStatus.TAM_DINH_CHI: "Tạm đình chỉ",
    PetitionStatus.DINH_CHI: "Đình chỉ",
    PetitionStatus.DA_GIAI_QUYET: "Đã giải quyết",
    PetitionStatus.LUU_DON: "Lưu đơn",
    PetitionStatus.RUT_DON: "Đã rút đơn",
}

PETITION_SOURCE: Final[Mapping[PetitionSource, str]] = {
    PetitionSource.TRUC_TIEP_TCD: "Qua tiếp công dân",
    PetitionSource.BUU_CHINH: "Qua dịch vụ bưu chính",
    PetitionSource.NOP_TRUC_TIEP: "Gửi trực tiếp tại bộ phận tiếp nhận",
    PetitionSource.HOP_THU: "Hộp thư góp ý",
    PetitionSource.TRUC_TUYEN: "Cổng/hệ thống trực tuyến",
    PetitionSource.DBQH_HDND: "Đại biểu Quốc hội, đại biểu HĐND chuyển đến",
    PetitionSource.MTTQ: "Mặt trận Tổ quốc và tổ chức thành viên chuyển đến",
    PetitionSource.BAO_CHI: "Cơ quan báo chí chuyển đến",
    PetitionSource.CO_QUAN_CAP_TREN: "Cơ quan cấp trên/khác chuyển đến",
    PetitionSource.LANH_DAO_CHUYEN: "Lãnh đạo cơ quan chuyển",
    PetitionSource.KHAC: "Nguồn khác",
}

PETITION_ACTION: Final[Mapping[PetitionAction, str]] = {
    PetitionAction.REGISTER: "Vào sổ",
    PetitionAction.CLASSIFY: "Phân loại",
    PetitionAction.PROPOSE: "Trình đề xuất",
    PetitionAction.RETURN: "Trả lại để xử lý lại",
    PetitionAction.APPROVE: "Duyệt đề xuất",
    PetitionAction.SUSPEND: "Tạm đình chỉ",
    PetitionAction.CONTINUE: "Tiếp tục giải quyết",
    PetitionAction.TERMINATE: "Đình chỉ",
    PetitionAction.RESOLVE: "Đã giải quyết xong",
    PetitionAction.WITHDRAW: "Rút đơn",
    PetitionAction.REOPEN: "Mở lại đơn",
}

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
