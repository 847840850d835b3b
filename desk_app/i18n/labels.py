"""The label of every member of every enum a person sees (lists, filters, registers, papers); one map per enum."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import (
    CaseStatus,
    Category,
    DeadlineStatus,
    DialogueKind,
    DocCondition,
    Gender,
    Handling,
    IdType,
    OfficeKind,
    PetitionSource,
    PetitionStatus,
    PriorDecisionLevel,
    ReceptionKind,
    ReceptionMode,
    ReceptionSessionStatus,
    RefusalReason,
    Role,
    SignatureKind,
    SubjectField,
    VisitOrder,
    VisitStatus,
)
from desk_app.domain.frequency_rules import FrequencyUnit
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.schedule import HolidayShift, PartOfDay
from desk_app.domain.working_calendar import DayKind, DayType

DOCUMENT_KIND: Final[Mapping[DocumentKind, str]] = {
    DocumentKind.RECEIPT: "Giấy biên nhận thông tin, tài liệu",
    DocumentKind.APPOINTMENT: "Phiếu hẹn",
    DocumentKind.PROPOSAL: "Phiếu đề xuất xử lý đơn",
    DocumentKind.GUIDANCE: "Phiếu hướng dẫn",
    DocumentKind.TRANSFER: "Phiếu chuyển đơn",
    DocumentKind.RESULT: "Thông báo kết quả xử lý đơn",
    DocumentKind.ACCEPTANCE: "Thông báo thụ lý giải quyết khiếu nại",
    DocumentKind.NOT_ACCEPTED: "Thông báo không thụ lý giải quyết khiếu nại",
    DocumentKind.REFUSAL: "Thông báo từ chối tiếp công dân",
    DocumentKind.CASE_FILE: "Hồ sơ vụ việc (toàn bộ quá trình)",
    DocumentKind.VISIT_BOOK: "Sổ tiếp công dân",
    DocumentKind.PETITION_BOOK: "Sổ theo dõi xử lý đơn",
    DocumentKind.SCHEDULE_NOTICE: "Thông báo lịch tiếp công dân",
    DocumentKind.DAY_SHEET: "Danh sách công dân đăng ký tiếp",
    DocumentKind.CONCLUSION: "Thông báo kết luận việc tiếp công dân",
    DocumentKind.DIALOGUE_CONCLUSION: "Thông báo kết luận hội nghị đối thoại",
    DocumentKind.REPORT: "Báo cáo thống kê",
}

PART_OF_DAY: Final[Mapping[PartOfDay, str]] = {
    PartOfDay.SANG: "sáng",
    PartOfDay.CHIEU: "chiều",
    PartOfDay.CA_NGAY: "cả ngày",
}

HOLIDAY_SHIFT: Final[Mapping[HolidayShift, str]] = {
    HolidayShift.NEXT_WORKING_DAY: "Chuyển sang ngày làm việc kế tiếp",
    HolidayShift.PREVIOUS_WORKING_DAY: "Chuyển về ngày làm việc liền trước",
    HolidayShift.MANUAL: "Hỏi lại để chọn ngày khác",
}

FREQUENCY_UNIT: Final[Mapping[FrequencyUnit, str]] = {
    FrequencyUnit.PER_MONTH: "ngày/tháng",
    FrequencyUnit.PER_WEEK: "ngày/tuần",
}

DAY_KIND: Final[Mapping[DayKind, str]] = {
    DayKind.NGHI_LE: "Nghỉ lễ, tết",
    DayKind.NGHI_BU: "Nghỉ bù",
    DayKind.NGHI_HOAN_DOI: "Nghỉ hoán đổi",
    DayKind.LAM_BU: "Làm bù",
}

DAY_TYPE: Final[Mapping[DayType, str]] = {
    DayType.WORKING: "ngày làm việc",
    DayType.CALENDAR: "ngày",
}

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
    PetitionAction.VOID_RESULT: "Hủy kết quả giải quyết",
}

OFFICE_KIND: Final[Mapping[OfficeKind, str]] = {
    OfficeKind.UBND_XA: "UBND xã, phường, đặc khu",
    OfficeKind.UBND_TINH: "UBND tỉnh, thành phố",
    OfficeKind.SO: "Sở, cơ quan chuyên môn cấp tỉnh",
    OfficeKind.DON_VI_SU_NGHIEP: "Đơn vị sự nghiệp công lập",
    OfficeKind.KHAC: "Cơ quan, tổ chức khác",
}

RECEPTION_KIND: Final[Mapping[ReceptionKind, str]] = {
    ReceptionKind.THUONG_XUYEN: "Thường xuyên",
    ReceptionKind.DINH_KY: "Định kỳ",
    ReceptionKind.DOT_XUAT: "Đột xuất",
}

RECEPTION_MODE: Final[Mapping[ReceptionMode, str]] = {
    ReceptionMode.TRUC_TIEP: "Trực tiếp",
    ReceptionMode.TRUC_TUYEN: "Trực tuyến",
}

CATEGORY: Final[Mapping[Category, str]] = {
    Category.KHIEU_NAI: "Khiếu nại",
    Category.TO_CAO: "Tố cáo",
    Category.KIEN_NGHI_PHAN_ANH: "Kiến nghị, phản ánh",
    Category.NHIEU_NOI_DUNG: "Đơn có nhiều nội dung",
}

SUBJECT_FIELD: Final[Mapping[SubjectField, str]] = {
    SubjectField.HC_CHINH_SACH: "Chế độ, chính sách",
    SubjectField.HC_DAT_DAI_NHA_CUA: "Đất đai, nhà cửa",
    SubjectField.HC_CONG_CHUC_CONG_VU: "Công chức, công vụ",
    SubjectField.HC_KHAC: "Hành chính khác",
    SubjectField.THAM_NHUNG: "Tham nhũng",
    SubjectField.TU_PHAP: "Tư pháp",
    SubjectField.DANG_DOAN_THE: "Đảng, đoàn thể",
    SubjectField.KHAC: "Lĩnh vực khác",
}

HANDLING: Final[Mapping[Handling, str]] = {
    Handling.THU_LY: "Thụ lý giải quyết",
    Handling.HUONG_DAN: "Hướng dẫn",
    Handling.CHUYEN_DON: "Chuyển đơn",
    Handling.TRA_LAI_DON: "Trả lại đơn và giấy tờ, tài liệu gốc",
    Handling.LUU_DON: "Lưu đơn",
    Handling.DON_DOC: "Đôn đốc giải quyết",
    Handling.TRA_LOI_TRUC_TIEP: "Trả lời, giải thích trực tiếp",
    Handling.TU_CHOI_TIEP: "Từ chối tiếp",
    Handling.CHUYEN_CQ_DIEU_TRA: "Chuyển cơ quan điều tra, Viện kiểm sát",
}

REFUSAL_REASON: Final[Mapping[RefusalReason, str]] = {
    RefusalReason.SAY_TAM_THAN: "Trong tình trạng say do dùng chất kích thích, mắc bệnh tâm thần "
    "hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi",
    RefusalReason.DE_DOA_VI_PHAM_NOI_QUY: "Có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân "
    "hoặc vi phạm nội quy nơi tiếp công dân",
    RefusalReason.KHIEU_TO_KEO_DAI: "Vụ việc đã giải quyết đúng chính sách, pháp luật, đã được kiểm tra, "
    "rà soát, trả lời nhưng vẫn cố tình khiếu nại, tố cáo kéo dài",
    RefusalReason.VU_KHI: "Mang vũ khí, vật liệu nổ, công cụ hỗ trợ, vật dụng nguy hiểm và không chịu giao nộp",
    RefusalReason.KHONG_KIEM_TRA_AN_NINH: "Không chấp hành việc kiểm tra an ninh",
    RefusalReason.GHI_AM_GHI_HINH: "Ghi âm, ghi hình, phát trực tiếp khi chưa được phép",
    RefusalReason.KICH_DONG_GAY_ROI: "Kích động, lôi kéo, gây mất trật tự tại nơi tiếp công dân",
    RefusalReason.MAT_NANG_LUC_HVDS: "Mất năng lực hành vi dân sự mà không có người đại diện hợp pháp",
    RefusalReason.DAI_DIEN_KHONG_HOP_PHAP: "Người đại diện, người được ủy quyền không chứng minh được tư cách hợp pháp",
    RefusalReason.NGOAI_PHAM_VI: "Nội dung không phải là khiếu nại, tố cáo, kiến nghị, phản ánh",
    RefusalReason.KNPA_DA_TRA_LOI: "Kiến nghị, phản ánh đã được tiếp nhận, trả lời bằng văn bản, không có nội dung mới",
    RefusalReason.DA_CO_BAN_AN: "Vụ việc đã có bản án, quyết định có hiệu lực pháp luật của Tòa án",
    RefusalReason.DANG_DUOC_THU_LY: "Vụ việc đang được cơ quan có thẩm quyền khác thụ lý giải quyết",
}

ID_TYPE: Final[Mapping[IdType, str]] = {
    IdType.CAN_CUOC: "Thẻ căn cước",
    IdType.CCCD: "Thẻ căn cước công dân",
    IdType.GCN_CAN_CUOC: "Giấy chứng nhận căn cước",
    IdType.SO_DINH_DANH: "Số định danh cá nhân",
    IdType.HO_CHIEU: "Hộ chiếu",
    IdType.CMND: "Chứng minh nhân dân",
    IdType.KHAC: "Giấy tờ khác",
}

GENDER: Final[Mapping[Gender, str]] = {Gender.NAM: "Nam", Gender.NU: "Nữ", Gender.KHAC: "Khác"}

PRIOR_DECISION_LEVEL: Final[Mapping[PriorDecisionLevel, str]] = {
    PriorDecisionLevel.CHUA: "Chưa được giải quyết",
    PriorDecisionLevel.LAN_DAU: "Đã giải quyết lần đầu",
    PriorDecisionLevel.LAN_HAI: "Đã giải quyết lần hai",
    PriorDecisionLevel.BAN_AN: "Đã có bản án của Tòa án",
    PriorDecisionLevel.KET_LUAN_TC: "Đã có kết luận nội dung tố cáo",
}

SIGNATURE_KIND: Final[Mapping[SignatureKind, str]] = {
    SignatureKind.KY: "Ký tên",
    SignatureKind.DIEM_CHI: "Điểm chỉ",
    SignatureKind.KHONG: "Không ký",
}

VISIT_STATUS: Final[Mapping[VisitStatus, str]] = {
    VisitStatus.NHAP: "Đang nhập",
    VisitStatus.DA_VAO_SO: "Đã vào sổ",
    VisitStatus.DA_XU_LY_TAI_CHO: "Đã xử lý tại chỗ",
    VisitStatus.CHO_THONG_BAO: "Chờ thông báo",
    VisitStatus.DA_THONG_BAO: "Đã thông báo",
    VisitStatus.DANG_THEO_DOI: "Đang theo dõi",
    VisitStatus.KET_THUC: "Kết thúc",
    VisitStatus.TU_CHOI: "Từ chối tiếp",
}

VISIT_ORDER: Final[Mapping[VisitOrder, str]] = {
    VisitOrder.LAN_DAU: "Lần đầu",
    VisitOrder.NHIEU_LAN: "Nhiều lần",
}

# A desk takes copies only (DOMAIN §2.4, ND154 Điều 15.4); "Bản chính" stays for data stored before that rule.
DOC_CONDITION: Final[Mapping[DocCondition, str]] = {
    DocCondition.BAN_PHOTO: "Bản phô tô",
    DocCondition.BAN_SAO_CONG_CHUNG: "Bản sao có chứng thực",
    DocCondition.BAN_CHINH: "Bản chính",
    DocCondition.KHAC: "Khác",
}

CASE_STATUS: Final[Mapping[CaseStatus, str]] = {
    CaseStatus.DANG_XU_LY: "Đang xử lý",
    CaseStatus.DANG_GIAI_QUYET: "Đang giải quyết",
    CaseStatus.DA_TRA_LOI: "Đã trả lời",
    CaseStatus.KET_THUC: "Kết thúc",
}

ROLE: Final[Mapping[Role, str]] = {
    Role.TIEP_CONG_DAN: "Cán bộ tiếp công dân",
    Role.XU_LY_DON: "Cán bộ xử lý đơn",
    Role.LANH_DAO: "Lãnh đạo",
    Role.VAN_THU: "Văn thư",
    Role.QUAN_TRI: "Quản trị",
    Role.XEM_BAO_CAO: "Xem báo cáo",
}

# Validation and service errors: key "<field>.<code>" → message shown next to the field.
SESSION_STATUS: Final[Mapping[ReceptionSessionStatus, str]] = {
    ReceptionSessionStatus.DU_KIEN: "Dự kiến",
    ReceptionSessionStatus.DA_CONG_BO: "Đã niêm yết/công bố",
    ReceptionSessionStatus.DA_TIEP: "Đã tiếp",
    ReceptionSessionStatus.HOAN: "Hoãn/lùi lịch",
    ReceptionSessionStatus.HUY: "Hủy",
    ReceptionSessionStatus.KHONG_CO_CONG_DAN: "Không có công dân đến",
}

DEADLINE_STATUS: Final[Mapping[DeadlineStatus, str]] = {
    DeadlineStatus.DANG_CHAY: "Trong hạn",
    DeadlineStatus.SAP_HET_HAN: "Sắp đến hạn",
    DeadlineStatus.QUA_HAN: "Quá hạn",
    DeadlineStatus.HOAN_THANH: "Đã thực hiện",
}

DIALOGUE_KIND: Final[Mapping[DialogueKind, str]] = {
    DialogueKind.DINH_KY: "Đối thoại định kỳ",
    DialogueKind.DOT_XUAT: "Đối thoại đột xuất",
    DialogueKind.CHUYEN_DE: "Đối thoại chuyên đề",
}
