"""The "Tùy chọn hiển thị và in" dialog: the font size of this user and what "In" does on this PC."""

from __future__ import annotations

from typing import Final

MENU: Final = "Tùy chọn hiển thị và in…"
TITLE: Final = "Tùy chọn hiển thị và in"
FONT_SIZE: Final = "Cỡ chữ:"
FONT_PERCENT: Final = "{percent} %"
FONT_TIP: Final = "Chữ to hơn cho dễ đọc (100 % là cỡ chữ thường); chỉ áp dụng cho tài khoản của bạn."
SAMPLE: Final = "Chữ mẫu: Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập, Tự do, Hạnh phúc"
WHEN_PRINTING: Final = "Khi bấm In"
WHEN_PRINTING_TIP: Final = "Áp dụng cho mọi người dùng máy tính này (máy in là của máy tính)."
PRINT_DIALOG: Final = "Mở hộp thoại In (chọn máy in, số bản)"
PRINT_PREVIEW: Final = "Xem trước rồi mới in"
PRINT_DEFAULT_PRINTER: Final = "In thẳng ra máy in mặc định"
