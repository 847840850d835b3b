"""All user-visible Vietnamese text: enum labels, messages, screen and document wording."""

from __future__ import annotations

from typing import Final

APP_NAME: Final = "Bàn tiếp công dân"

"""The one label map of a clock's state (the register, its filter, the detail, the dashboard, conclusions)."""

WARN_ID_GENDER: Final = "Chữ số thứ 4 của số căn cước cho giới tính {expected}, khác với giới tính đã chọn."
WARN_ID_BIRTH_YEAR: Final = "Số căn cước cho năm sinh {expected}, khác với năm sinh đã nhập ({typed})."
WARN_DELEGATION: Final = "Đoàn {size} người: cần cử {min_reps}–{max_reps} người đại diện."
WARN_NOTICE_DUE: Final = "Lý do này phải ra Thông báo từ chối tiếp công dân (Mẫu 01/TCD) do người đứng đầu ký trong {days} ngày làm việc."

MASKED: Final = "[Bảo mật]"
ANONYMOUS: Final = "Đơn nặc danh"
