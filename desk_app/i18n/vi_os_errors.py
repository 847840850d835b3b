"""Vietnamese text of a file or disk problem, worded by what failed (desk_app.os_failures)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

REASONS: Final[Mapping[str, str]] = {
    "NOT_FOUND": "không tìm thấy tệp hoặc thư mục",
    "NOT_A_FOLDER": "trên đường dẫn có một tệp nằm ở chỗ của thư mục",
    "NO_PERMISSION": "không có quyền truy cập",
    "DISK_FULL": "ổ đĩa đã đầy",
    "READ_ONLY": "ổ đĩa chỉ cho phép đọc, không ghi được",
    "IN_USE": "tệp đang được một chương trình khác mở",
}
REASON_OTHER: Final = "lỗi hệ thống ({detail})"

DATA_FOLDER: Final = "Không ghi được vào thư mục dữ liệu {folder}: {reason}."
DATA_FOLDER_FILE: Final = "Không đọc hoặc ghi được tệp {name} trong thư mục dữ liệu {folder}: {reason}."
CHOSEN_FILE: Final = "Không đọc hoặc ghi được tệp {path}: {reason}."
DISK_FULL: Final = "Ổ đĩa chứa thư mục {folder} đã đầy. Hãy giải phóng dung lượng rồi làm lại; dữ liệu đã lưu trước đó không bị ảnh hưởng."
DISK_FULL_NO_FOLDER: Final = (
    "Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi làm lại; dữ liệu đã lưu trước đó không bị ảnh hưởng."
)
INSTALLATION: Final = (
    "Ứng dụng thiếu tệp cài đặt hoặc tệp cài đặt bị hỏng ({name}: {reason}). "
    "Hãy cài lại ứng dụng; dữ liệu của cơ quan không bị ảnh hưởng."
)
INSTALLATION_NO_NAME: Final = "Ứng dụng thiếu tệp cài đặt hoặc tệp cài đặt bị hỏng. Hãy cài lại ứng dụng; dữ liệu của cơ quan không bị ảnh hưởng."
UNKNOWN: Final = "Lỗi khi đọc hoặc ghi tệp: {reason}."
READ_CHOSEN_FILE: Final = "Không đọc được tệp {name}: {reason}."
