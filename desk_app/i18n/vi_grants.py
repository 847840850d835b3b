"""Vietnamese text of the access grants dialog (Cho phép xem danh tính, DOMAIN §13.3.2)."""

from __future__ import annotations

from typing import Final

OPEN_BUTTON: Final = "Cho phép xem &danh tính…"
OPEN_TIP: Final = (
    "Lãnh đạo cho phép một cán bộ khác xem danh tính người gửi đơn này (hoặc cả vụ việc), ghi rõ lý do; "
    "thu hồi được bất cứ lúc nào."
)
TITLE: Final = "Cho phép xem danh tính — đơn số {label}"
INTRO: Final = (
    "Danh tính người tố cáo và hồ sơ bảo mật chỉ hiện với người xử lý, lãnh đạo và cán bộ được cho phép dưới đây. "
    "Mỗi lần cho phép, thu hồi và mỗi lần cán bộ xem đều được ghi vào nhật ký hệ thống."
)
LIST_HEADER: Final = "Cán bộ đang và đã được cho phép"
COLUMNS: Final = ("Cán bộ", "Phạm vi", "Lý do", "Cho phép", "Tình trạng")
SCOPE_PETITION: Final = "Đơn số {label}"
SCOPE_CASE: Final = "Cả vụ việc {code}"
GIVEN: Final = "{at} — {by}"
LIVE: Final = "Đang được xem"
REVOKED: Final = "Đã thu hồi {at} — {by}: {reason}"
NONE: Final = "Chưa cho phép cán bộ nào."
REVOKE_BUTTON: Final = "Thu &hồi…"
REVOKE_TIP: Final = "Thu hồi quyền xem của cán bộ đang chọn trong danh sách (ghi lý do)."
ADD_HEADER: Final = "Cho phép thêm một cán bộ"
GRANTEE: Final = "Cán bộ được xem"
CHOOSE: Final = "— Chọn cán bộ —"
GRANTEE_ITEM: Final = "{name} ({login})"
NO_GRANTEES: Final = "Không có cán bộ nào để cho phép: cán bộ cần có tài khoản với vai trò xem hồ sơ vụ việc."
SCOPE: Final = "Phạm vi"
ONLY_PETITION: Final = "Chỉ đơn này (và lượt tiếp đã lập đơn)"
WHOLE_CASE: Final = "Cả vụ việc {code} (mọi lượt tiếp và đơn của vụ việc)"
REASON: Final = "Lý do cho phép"
REASON_PLACEHOLDER: Final = "Ví dụ: phối hợp xác minh nội dung tố cáo theo phân công của Chủ tịch"
ADD_BUTTON: Final = "&Thêm"
CLOSE: Final = "Đóng"
ADDED: Final = "Đã cho phép {name} xem danh tính ({scope})."
REVOKED_DONE: Final = "Đã thu hồi quyền xem của {name}."
REVOKE_TITLE: Final = "Thu hồi quyền xem danh tính — {name}"
REVOKE_REASON: Final = "Lý do thu hồi"
REVOKE_OK: Final = "Thu hồi"
