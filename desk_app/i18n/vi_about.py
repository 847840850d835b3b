"""The "Giới thiệu" dialog: what is installed and where the office's data is."""

from __future__ import annotations

from typing import Final

MENU: Final = "Giới thiệu…"
TITLE: Final = "Giới thiệu"
VERSION: Final = "Phiên bản {version}"
PURPOSE: Final = (
    "Phần mềm quản lý việc tiếp công dân, xử lý đơn và báo cáo theo Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo "
    "và các văn bản hướng dẫn; làm việc không cần mạng, dữ liệu được mã hóa trên máy này."
)
DATA_FOLDER: Final = "Thư mục dữ liệu:"
DATABASE_SIZE: Final = "Dung lượng cơ sở dữ liệu:"
LAST_BACKUP: Final = "Sao lưu gần nhất đã kiểm tra:"
NO_BACKUP: Final = "chưa có"
COPY: Final = "Sao chép"
