"""Vietnamese text of the audit log (Nhật ký hệ thống): actions, what they concern, the check of its integrity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

MASKED: Final = "[Bảo mật]"
MASKED_FIELDS: Final = "Không ghi rõ (bảo mật người tố cáo): {fields}"
TERM_NOT_KEPT: Final = "Từ khóa: không lưu rõ (dùng ô «Ai đã tra cứu» để kiểm tra một từ khóa)"
# Case content an administrator's role does not show (QUAN_TRI sees no case content, DOMAIN §13.3).
NOT_FOR_ROLE: Final = "[Không hiển thị]"
NOT_FOR_ROLE_FIELDS: Final = "Nội dung hồ sơ, không hiển thị với vai trò của bạn: {fields}"
OTHER_ACTION: Final = "Thao tác khác"
OTHER_ENTITY: Final = "Dữ liệu khác"

# What was done, by its logged code: changes, then reads, sessions and administration (reliability.md §4.3).
ACTIONS: Final[Mapping[str, str]] = {
    "create": "Tạo mới",
    "update": "Sửa",
    "void": "Hủy",
    "import": "Nhập từ tệp",
    "export": "Xuất tệp",
    "print": "In",
    "view": "Xem hồ sơ bảo mật",
    "reveal": "Xem danh tính được bảo mật",
    "search": "Tìm kiếm",
    "denied": "Bị từ chối quyền",
    "attach": "Đính kèm tệp",
    "classify": "Phân loại đơn",
    "propose": "Trình đề xuất",
    "approve": "Duyệt đề xuất",
    "return": "Trả lại đề xuất",
    "reopen": "Mở lại đơn",
    "follow_up": "Ghi nhận theo dõi",
    "result": "Ghi kết quả giải quyết vụ việc",
    "correct_result": "Sửa kết quả giải quyết",
    "void_result": "Hủy kết quả giải quyết",
    "number": "Cấp số",
    "sign_override": "Ký thay (ghi lý do)",
    "publish": "Thông báo lịch tiếp",
    "postpone": "Hoãn buổi tiếp",
    "cancel": "Hủy buổi tiếp",
    "held": "Đã tiếp",
    "no_citizen": "Không có công dân đến",
    "complete": "Hoàn thành",
    "recompute": "Tính lại thời hạn",
    "confirm": "Xác nhận lịch làm việc",
    "lock": "Khóa số liệu báo cáo",
    "unlock": "Mở khóa số liệu báo cáo",
    "sign_in": "Đăng nhập",
    "recovery_sign_in": "Mở bằng khóa khôi phục",
    "sign_in_failed": "Đăng nhập không thành công",
    "sign_out": "Đăng xuất",
    "screen_lock": "Khóa màn hình",
    "screen_unlock": "Mở khóa màn hình",
    "user_create": "Tạo tài khoản",
    "user_disable": "Khóa tài khoản",
    "deactivate": "Ngừng tài khoản",
    "role_change": "Đổi vai trò",
    "reset_password": "Đặt lại mật khẩu",
    "password_reset": "Đặt lại mật khẩu",
    "change_password": "Đổi mật khẩu",
    "clear_lockout": "Gỡ khóa đăng nhập (nhập sai quá số lần)",
    "backup": "Sao lưu",
    "restore": "Khôi phục bản sao lưu",
    "settings": "Đổi cài đặt",
    "check_run": "Kiểm tra nhật ký",
    "command": "Chạy lệnh desk-app",
    "key_change": "Đổi khóa bảo vệ nhật ký",
    "grant": "Cho phép xem danh tính",
    "revoke": "Thu hồi quyền xem danh tính",
}

# What an entry concerns, by logged entity: the label when it names no one record (an export, a search).
ENTITIES: Final[Mapping[str, str]] = {
    "visit": "Sổ tiếp công dân",
    "petition": "Sổ theo dõi đơn",
    "citizen": "Công dân",
    "case": "Vụ việc",
    "intake": "Tìm người đã đến (màn hình Tiếp công dân)",
    "processing_decision": "Phiếu đề xuất xử lý đơn",
    "reception_session": "Buổi tiếp công dân",
    "leader_schedule_rule": "Lịch tiếp định kỳ",
    "session_registrant": "Đăng ký tiếp",
    "session_conclusion_item": "Kết luận buổi tiếp",
    "dialogue": "Đối thoại",
    "dialogue_answer": "Ý kiến đối thoại",
    "deadline": "Thời hạn",
    "deadline_rule": "Quy định thời hạn",
    "calendar_day": "Ngày làm việc, ngày nghỉ",
    "calendar_year": "Lịch làm việc năm",
    "outgoing_document": "Văn bản đi",
    "document": "Văn bản đã in",
    "form_text": "Nội dung mẫu văn bản",
    "report_run": "Báo cáo",
    "report": "Báo cáo",
    "office": "Thông tin cơ quan",
    "place": "Nơi tiếp công dân",
    "staff": "Cán bộ",
    "user": "Tài khoản",
    "search": "Tra cứu",
    "audit_log": "Nhật ký hệ thống",
    "command": "Dòng lệnh",
    "access_grant": "Quyền xem danh tính",
}

# One record of an entity when its name is not shown; an entity missing here reads as ENTITIES says.
ONE_RECORD: Final[Mapping[str, str]] = {
    "visit": "Lượt tiếp",
    "petition": "Đơn",
    "citizen": "Công dân",
    "case": "Vụ việc",
    "reception_session": "Buổi tiếp",
    "outgoing_document": "Văn bản đi",
}

# One record, named as the registers name it (no database number is shown).
SUBJECT_VISIT: Final = "Lượt tiếp số {no}/{year}"
SUBJECT_PETITION: Final = "Đơn số {no}/{year}"
SUBJECT_CASE: Final = "Vụ việc {code}"
SUBJECT_CITIZEN: Final = "Công dân {name}"
SUBJECT_STAFF: Final = "Cán bộ {name}"
SUBJECT_USER: Final = "Tài khoản {login}"
SUBJECT_SESSION: Final = "Buổi tiếp ngày {date}"
SUBJECT_OUTGOING: Final = "Văn bản số {number}"
SUBJECT_DEADLINE: Final = "Thời hạn — {owner}"

# Groups of the "Nội dung" filter: label → the entities it covers.
ENTITY_GROUPS: Final[Mapping[str, tuple[str, ...]]] = {
    "Lượt tiếp công dân": ("visit",),
    "Đơn thư": ("petition", "processing_decision"),
    "Công dân": ("citizen",),
    "Vụ việc": ("case",),
    "Lịch tiếp, đối thoại": ("reception_session", "leader_schedule_rule", "session_registrant",
                             "session_conclusion_item", "dialogue", "dialogue_answer"),
    "Thời hạn, lịch làm việc": ("deadline", "deadline_rule", "calendar_day", "calendar_year"),
    "Văn bản, báo cáo": ("outgoing_document", "document", "form_text", "report_run", "report"),
    "Tài khoản, cán bộ, cơ quan": ("user", "staff", "office", "place"),
    "Tra cứu": ("search",),
    "Nhật ký hệ thống": ("audit_log",),
    "Quyền xem danh tính": ("access_grant",),
}  # fmt: skip

# Field labels of entries that the registers' history dialogs do not already name.
FIELD_LABELS: Final[Mapping[str, str]] = {
    "full_name": "Họ và tên",
    "name_key": "Họ và tên (tra cứu)",
    "gender": "Giới tính",
    "birth_year": "Năm sinh",
    "id_type": "Loại giấy tờ",
    "id_number": "Số giấy tờ",
    "id_issue_date": "Ngày cấp",
    "id_issue_place": "Nơi cấp",
    "address": "Địa chỉ",
    "address_key": "Địa chỉ (tra cứu)",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
    "code": "Mã vụ việc",
    "rows": "Số dòng",
    "from": "Từ ngày",
    "to": "Đến ngày",
    "full_identity": "Đủ danh tính",
    "term": "Từ khóa",
    "where": "Tra cứu trong",
    "found": "Số kết quả",
    "permission": "Quyền cần có",
    "confidential": "Hồ sơ bảo mật",
    "identity": "Danh tính",
    "roles": "Vai trò",
    "login": "Tên đăng nhập",
    "staff_id": "Cán bộ",
    "author": "Danh tính người gửi",
    "chain": "Chuỗi kiểm tra",
    "entries": "Số mục",
    "broken_entry": "Mục thứ (hỏng)",
    "broken_reason": "Lý do hỏng",
    "result": "Kết quả",
    "rule_code": "Quy định",
    "due_date": "Hạn",
    "completed_on": "Ngày hoàn thành",
    "internal_no": "Số nội bộ",
    "number": "Số văn bản",
    "attachment": "Tệp đính kèm",
    "events": "Số sự việc",
    "command": "Lệnh",
    "petition": "Đơn",
    "revoked_at": "Thu hồi lúc",
}

# Words some entries log as values (what was shown, how the chain was sealed).
VALUES: Final[Mapping[str, str]] = {
    "shown": "Đã hiển thị",
    "printed": "Đã in",
    "found": "Tìm thấy",
    "resealed": "Niêm phong lại bằng khóa dữ liệu của cơ quan",
}

# The viewer (a tab of Danh mục & cài đặt) ----------------------------------------------------------------------
TAB_TITLE: Final = "Nhật ký hệ thống"
INTRO: Final = (
    "Mọi thao tác thêm, sửa, hủy, xem hồ sơ bảo mật, tra cứu, in, xuất tệp và đăng nhập đều được ghi lại ở đây; "
    "không ai sửa hay xóa được. Danh tính người tố cáo không được ghi rõ."
)
FROM: Final = "Từ ngày"
TO: Final = "Đến ngày"
WHO: Final = "Người thực hiện"
ACTION: Final = "Thao tác"
ENTITY: Final = "Nội dung"
TERM: Final = "Ai đã tra cứu"
TERM_PLACEHOLDER: Final = "họ tên, số giấy tờ… đã được tìm"
TERM_TIP: Final = (
    "Nhật ký không lưu rõ từ khóa tra cứu. Gõ một họ tên hoặc số giấy tờ để xem ai đã tìm đúng từ khóa đó "
    "(không phân biệt hoa thường, có dấu hay không dấu)."
)
ALL: Final = "Tất cả"
FILTER: Final = "Lọc"
EXPORT: Final = "Xuất Excel/CSV…"
EXPORT_TITLE: Final = "Xuất nhật ký hệ thống"
EXPORT_FILTER: Final = "Excel (*.xlsx);;CSV (*.csv)"
EXPORT_NAME: Final = "nhat-ky-he-thong.xlsx"
EXPORTED: Final = "Đã xuất {count} mục vào {name}."
EXPORTING: Final = "Đang xuất…"
VERIFY: Final = "Kiểm tra tính toàn vẹn"
VERIFYING: Final = "Đang kiểm tra…"
COLUMNS: Final = ("Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Chi tiết")
SHOWN: Final = "{shown} / {total} mục"
SHOWN_ALL: Final = "{total} mục"
MORE: Final = "Xem thêm"
EMPTY: Final = "Không có mục nào khớp với bộ lọc."
DATE_INVALID: Final = "Ngày không hợp lệ — nhập theo dạng dd/mm/yyyy."
RANGE_INVALID: Final = "«Từ ngày» phải trước «Đến ngày»."
DATETIME: Final = "{day:02d}/{month:02d}/{year:04d} {hour:02d}:{minute:02d}:{second:02d}"
REASON: Final = "Lý do: {reason}"
SHEET: Final = "Nhat ky he thong"
EXPORT_REASON: Final = "Xuất nhật ký hệ thống ra tệp {name}"

# The check ------------------------------------------------------------------------------------------------------
CHECK_OK: Final = (
    "Nhật ký toàn vẹn: {count} mục, không mục nào bị sửa, xóa hay chèn thêm.\n"
    "Mã kiểm tra hiện tại: {head} (ghi lại mã này và số mục; lần kiểm tra sau, nếu số mục ít hơn hoặc mã "
    "của mục thứ {count} khác đi thì nhật ký đã bị cắt bớt)."
)
CHECK_BROKEN: Final = "Nhật ký KHÔNG còn toàn vẹn ({count} mục). {what}"
CHECK_ENTRY: Final = "Mục thứ {id}, ghi lúc {at} ({actor} — {action}): "
CHECK_REASONS: Final[Mapping[str, str]] = {
    "altered": "nội dung của mục này đã bị sửa sau khi ghi.",
    "missing_before": "có mục ngay trước mục này đã bị xóa, chèn thêm hoặc đổi chỗ.",
    "unreadable": "mục này đã bị sửa đến mức không đọc được.",
    "no_key": "Không có khóa để kiểm tra nhật ký (cơ sở dữ liệu chưa được mở bằng mật khẩu).",
    "cut": "Nhật ký ít mục hơn, hoặc khác với mã kiểm tra đã ghi lại: có mục ở cuối đã bị xóa.",
}
CHECK_TITLE: Final = "Kiểm tra tính toàn vẹn của nhật ký"
CHECK_RESULTS: Final[Mapping[str, str]] = {
    "ok": "Toàn vẹn",
    "altered": "Có mục bị sửa",
    "missing_before": "Có mục bị xóa, chèn hoặc đổi chỗ",
    "unreadable": "Có mục không đọc được",
    "no_key": "Không có khóa để kiểm tra",
    "cut": "Bị cắt bớt ở cuối",
}
