"""The status bar's word on backups and the window's messages when a check finds damage while it is open."""

from __future__ import annotations

from typing import Final

STATUS_NONE: Final = "Chưa có bản sao lưu"
STATUS_LAST: Final = "Sao lưu: {when}"
STATUS_STALE: Final = "Sao lưu gần nhất: {when} — đã quá 1 ngày"
STATUS_SECOND_DOWN: Final = " · Thư mục sao lưu thứ hai không ghi được từ {since}"
STATUS_TIP: Final = (
    "Bản sao lưu đã kiểm tra gần nhất. Ứng dụng tự sao lưu trong vòng một giờ sau mỗi thay đổi, khi đóng cửa sổ "
    "và trước mỗi lần nhập dữ liệu. Xem và phục hồi ở trang Sao lưu & phục hồi."
)
STATUS_BACKING_UP: Final = "Đang sao lưu…"
BACKUP_FAILED: Final = "Chưa sao lưu được: {reason}"
CLOSING_BACKUP: Final = "Đang sao lưu trước khi đóng…"
DAMAGE_FOUND_TITLE: Final = "Cơ sở dữ liệu bị hỏng"
DAMAGE_FOUND: Final = (
    "Lần kiểm tra toàn vẹn định kỳ phát hiện cơ sở dữ liệu bị hỏng. Để không ghi thêm vào tệp hỏng, ứng dụng sẽ "
    "đăng xuất. Khi đăng nhập lại, ứng dụng đề nghị phục hồi bản sao lưu gần nhất và cho biết những việc cần nhập "
    "lại."
)

BUSY_TITLE: Final = "Xin chờ"
BUSY_BACKUP: Final = "Đang sao lưu dữ liệu trước khi đóng chương trình…"
BUSY_RESTORE: Final = "Đang phục hồi dữ liệu từ bản sao lưu, kiểm tra toàn vẹn…"
