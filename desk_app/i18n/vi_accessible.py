"""Names a screen reader says for controls that show no caption of their own."""

from __future__ import annotations

from typing import Final

NAVIGATION: Final = "Các trang của chương trình"
DASHBOARD_SESSIONS: Final = "Lịch tiếp công dân tuần này"
DUPLICATES: Final = "Đơn có thể trùng"
DAY_SESSIONS: Final = "Các buổi tiếp trong ngày"
CASE_ENTRIES: Final = "Diễn biến vụ việc"
