"""Wording of the sign-in dialog (choose who works at this desk)."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Người làm việc"
PROMPT: Final = "Chọn cán bộ làm việc tại máy này. Quyền xem, duyệt và sửa theo vai trò của cán bộ."
LABEL_STAFF: Final = "Cán bộ"
LABEL_ROLES: Final = "Vai trò"
NO_ROLES: Final = "(chưa gán vai trò)"
BTN_SIGN_IN: Final = "Bắt đầu làm việc"
BTN_SWITCH: Final = "Đổi người…"
SWITCH_TIP: Final = "Đổi cán bộ làm việc tại máy này"
