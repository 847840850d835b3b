"""Vietnamese text of the unexpected-error dialog."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Lỗi ngoài dự kiến"
TEXT: Final = (
    "Đã xảy ra lỗi ngoài dự kiến ({kind}). Dữ liệu đã lưu không bị ảnh hưởng; "
    "nội dung đang nhập được giữ trong bản nháp."
)
LOGGED: Final = (
    "Chi tiết đã được ghi vào nhật ký:\n{log}\n"
    "Nếu lỗi lặp lại, hãy bấm «Sao chép chi tiết» và gửi cho cán bộ kỹ thuật."
)
NOT_LOGGED: Final = "Hãy bấm «Sao chép chi tiết» và gửi cho cán bộ kỹ thuật."
BTN_COPY: Final = "Sao chép chi tiết"
COPIED: Final = "Đã sao chép"
