"""Wording about accounts: the users tab, the first set-up, the recovery key sheet, password changes, the idle lock."""

from __future__ import annotations

from typing import Final

RECOVERY_ACTOR: Final = "Mã khôi phục"
"""Who the change log names for what was done in a session opened with the recovery key."""

# First set-up (window or `init`)
SET_UP_TITLE: Final = "Thiết lập tài khoản quản trị"
SET_UP_PROMPT: Final = (
    "Tạo tài khoản đầu tiên để bảo vệ dữ liệu. Người này quản trị tài khoản của cán bộ; dữ liệu chỉ mở được "
    "bằng mật khẩu của một tài khoản hoặc bằng mã khôi phục."
)
SET_UP_IS_HEAD: Final = "Tôi là người đứng đầu cơ quan (được giao cả vai trò Lãnh đạo)"
LABEL_LOGIN: Final = "Tên đăng nhập"
LABEL_FULL_NAME: Final = "Họ và tên"
LABEL_PASSWORD: Final = "Mật khẩu"
LABEL_PASSWORD_AGAIN: Final = "Nhập lại mật khẩu"
LABEL_OLD_PASSWORD: Final = "Mật khẩu hiện tại"
LABEL_NEW_PASSWORD: Final = "Mật khẩu mới"
LABEL_LEADER_PASSWORD: Final = "Mật khẩu của lãnh đạo (xác nhận)"
LABEL_ROLES: Final = "Vai trò"
LABEL_STAFF: Final = "Cán bộ"
LOGIN_HINT: Final = "Chữ không dấu, số, dấu chấm hoặc gạch, ví dụ: dung.pt"
PASSWORD_HINT: Final = (
    "Từ 8 ký tự trở lên; nên dùng một câu dễ nhớ. Không dùng mật khẩu phổ biến hay tên đăng nhập."
)
PASSWORD_MISMATCH: Final = "Hai lần nhập mật khẩu không giống nhau."

# The recovery key, shown and printed once
RECOVERY_TITLE: Final = "Mã khôi phục"
RECOVERY_EXPLAIN: Final = (
    "Đây là mã khôi phục của cơ quan. Mã chỉ hiện MỘT LẦN: hãy in hoặc chép ra giấy, niêm phong và cất vào tủ "
    "của cơ quan. Khi không còn quản trị viên nào đăng nhập được, mã này mở được dữ liệu. Ai có mã này đọc được "
    "toàn bộ dữ liệu: không lưu mã trên máy tính, không gửi qua mạng."
)
RECOVERY_CONFIRM: Final = "Tôi đã in hoặc chép mã khôi phục và cất giữ an toàn"
RECOVERY_PROMPT: Final = "Nhập mã khôi phục (8 nhóm, mỗi nhóm 5 ký tự; không phân biệt chữ hoa, chữ thường)"

# Users tab
USERS_TITLE: Final = "Người dùng"
COL_LOGIN: Final = "Tên đăng nhập"
COL_NAME: Final = "Họ và tên"
COL_ROLES: Final = "Vai trò"
COL_ACTIVE: Final = "Trạng thái"
COL_LAST_SIGN_IN: Final = "Đăng nhập gần nhất"
ACTIVE: Final = "Đang dùng"
INACTIVE: Final = "Đã khóa"
BTN_ADD: Final = "Thêm người dùng…"
BTN_ROLES: Final = "Đổi vai trò…"
BTN_RESET: Final = "Đặt lại mật khẩu…"
BTN_DEACTIVATE: Final = "Khóa tài khoản"
BTN_CHANGE_PASSWORD: Final = "Đổi mật khẩu…"
DEACTIVATE_CONFIRM: Final = "Khóa tài khoản {login}? Mật khẩu của tài khoản này sẽ không mở được dữ liệu nữa."
LEADER_CONFIRM_NOTE: Final = "Giao hoặc bỏ vai trò Lãnh đạo cần lãnh đạo nhập mật khẩu của mình để xác nhận."
RESET_DONE: Final = "Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu khi đăng nhập lần sau."
MUST_CHANGE: Final = "Mật khẩu của bạn do quản trị viên đặt lại: hãy đổi mật khẩu mới trước khi làm việc."
PASSWORD_CHANGED: Final = "Đã đổi mật khẩu."
NEVER_SIGNED_IN: Final = "Chưa đăng nhập"
