"""Wording of signing in, the first administrator, the recovery key, the idle lock and the users tab (the window)."""

from __future__ import annotations

from typing import Final

# Sign-in (a login and a password; no one's name or role is listed) ----------------------------------------
TITLE: Final = "Đăng nhập"
PROMPT: Final = "Nhập tên đăng nhập và mật khẩu của đồng chí để làm việc tại máy này."
LABEL_LOGIN: Final = "Tên đăng nhập"
LABEL_PASSWORD: Final = "Mật khẩu"
BTN_SIGN_IN: Final = "Đăng nhập"
BTN_QUIT: Final = "Thoát"
SIGN_IN_HINT: Final = (
    "Enter: đăng nhập · Esc: thoát. Mỗi cán bộ dùng tài khoản riêng, không cho mượn mật khẩu."
)
WRONG: Final = "Tên đăng nhập hoặc mật khẩu không đúng."
LOCKED: Final = "Tài khoản tạm khóa vì nhập sai nhiều lần.\nThử lại sau {until},\nhoặc nhờ quản trị viên đặt lại mật khẩu."
LOGIN_REQUIRED: Final = "Nhập tên đăng nhập."
PASSWORD_REQUIRED: Final = "Nhập mật khẩu."
SIGNING_IN: Final = "Đang mở dữ liệu…"
FORGOT: Final = "Quên mật khẩu?"
FORGOT_TITLE: Final = "Quên mật khẩu"
FORGOT_TEXT: Final = (
    "Không ai xem lại được mật khẩu, kể cả quản trị viên.\n\n"
    "Đồng chí nhờ quản trị viên của cơ quan đặt mật khẩu mới (Danh mục & cài đặt › Người dùng › Đặt lại mật khẩu). "
    "Lần đăng nhập tiếp theo, ứng dụng yêu cầu đồng chí đổi sang mật khẩu của riêng mình.\n\n"
    "Khi không còn quản trị viên nào đăng nhập được, người giữ mã khôi phục (in lúc thiết lập) "
    "chọn «Dùng mã khôi phục…» để mở dữ liệu."
)
RECOVER: Final = "Dùng mã khôi phục…"

# Recovery: the key opens the office, then an administrator gets a new password ------------------------------
RECOVERY_TITLE: Final = "Mở dữ liệu bằng mã khôi phục"
RECOVERY_PROMPT: Final = (
    "Nhập mã khôi phục (tờ giấy in lúc thiết lập, cất trong tủ hồ sơ mật), "
    "rồi đặt mật khẩu mới cho một tài khoản quản trị."
)
LABEL_RECOVERY_KEY: Final = "Mã khôi phục"
RECOVERY_KEY_HINT: Final = "Gõ như trên giấy; chữ hoa, chữ thường và dấu gạch không quan trọng"
LABEL_ADMIN_LOGIN: Final = "Tài khoản quản trị"
RECOVERY_KEY_REQUIRED: Final = "Nhập mã khôi phục."
RECOVERY_WRONG: Final = "Mã khôi phục không đúng."
BTN_RECOVER: Final = "Mở dữ liệu"
BTN_SET_AND_SIGN_IN: Final = "Đặt mật khẩu và đăng nhập"
RECOVERING: Final = "Đang mở dữ liệu…"
NO_ADMIN: Final = "Cơ quan không còn tài khoản quản trị nào đang dùng."

# Account fields (first administrator, new user, new password) -------------------------------------------------
LABEL_FULL_NAME: Final = "Họ và tên"
LABEL_NEW_PASSWORD: Final = "Mật khẩu mới"
LABEL_REPEAT_PASSWORD: Final = "Nhập lại mật khẩu"
LABEL_CURRENT_PASSWORD: Final = "Mật khẩu hiện tại"
LOGIN_PLACEHOLDER: Final = "Ví dụ: dung.pt (chữ không dấu, không cách)"
FULL_NAME_PLACEHOLDER: Final = "Ví dụ: Phạm Thị Dung"
# Lines broken by hand: a wrapping label in a form makes the window's height guess wrong and its rows overlap.
PASSWORD_HINT: Final = (
    "Ít nhất 8 ký tự, nên là một câu dễ nhớ: «Tiếp dân sáng thứ Năm».\n"
    "Không dùng 123456, matkhau, tên đăng nhập hay tên cơ quan."
)
FULL_NAME_REQUIRED: Final = "Nhập họ và tên."
PASSWORDS_DIFFER: Final = "Hai lần nhập mật khẩu không giống nhau."
SHOW_PASSWORD: Final = "Hiện mật khẩu"

# The first administrator and the conversion of an office from before ----------------------------------------
ADMIN_TITLE: Final = "Tạo tài khoản quản trị"
ADMIN_INTRO_NEW: Final = (
    "Bước cuối: tạo tài khoản quản trị của cơ quan. Từ nay mỗi cán bộ đăng nhập bằng tài khoản riêng; "
    "quản trị viên thêm tài khoản cho cán bộ khác và đặt lại mật khẩu khi họ quên."
)
ADMIN_INTRO_CONVERT: Final = (
    "Từ phiên bản này, mỗi cán bộ đăng nhập bằng tài khoản và mật khẩu riêng, dữ liệu trên máy được mã hóa. "
    "Hãy tạo tài khoản quản trị đầu tiên. Sau đó ứng dụng sao lưu rồi mã hóa dữ liệu của cơ quan "
    "(có thể mất vài phút; không tắt máy trong lúc này)."
)
BTN_CREATE_ADMIN: Final = "Tạo tài khoản"
BTN_CREATE_AND_CONVERT: Final = "Tạo tài khoản và mã hóa dữ liệu"
SECURING: Final = "Đang tạo tài khoản và khóa mã hóa…"
CONVERTING: Final = "Đang sao lưu và mã hóa dữ liệu. Không tắt máy…"
SECURE_FAILED: Final = "Chưa thiết lập được: {detail}\nDữ liệu cũ không bị thay đổi; đồng chí có thể thử lại."

# The recovery key, shown once --------------------------------------------------------------------------------
KEY_TITLE: Final = "Mã khôi phục của cơ quan"
KEY_INTRO: Final = (
    "Đây là mã khôi phục. Mã chỉ hiện MỘT LẦN này. Khi mọi quản trị viên đều quên mật khẩu, "
    "chỉ mã này mở được dữ liệu của cơ quan; mất mã thì không ai lấy lại được dữ liệu."
)
KEY_ADVICE: Final = (
    "In ra hoặc chép tay vào giấy, cho vào phong bì niêm phong và cất trong tủ hồ sơ mật. "
    "Ai có mã này đọc được toàn bộ dữ liệu: không lưu mã trong máy tính, không chụp ảnh, không gửi qua mạng."
)
KEY_CONFIRM: Final = "Tôi đã cất giữ mã khôi phục"
BTN_PRINT_KEY: Final = "In mã khôi phục…"
BTN_CONTINUE: Final = "Tiếp tục"
KEY_PRINT_TITLE: Final = "MÃ KHÔI PHỤC DỮ LIỆU"
KEY_PRINT_OFFICE: Final = "Cơ quan: {office}"
KEY_PRINT_DATE: Final = "Ngày lập: {date}"
KEY_PRINT_USE: Final = (
    "Dùng khi không còn quản trị viên nào đăng nhập được: trên màn hình đăng nhập, chọn «Dùng mã khôi phục…», "
    "nhập mã này rồi đặt mật khẩu mới cho tài khoản quản trị."
)
KEY_PRINT_KEEP: Final = "TÀI LIỆU MẬT — niêm phong, cất trong tủ hồ sơ mật. Không sao chụp."
KEY_PRINT_SIGN: Final = "Người cất giữ (ký, ghi rõ họ tên)"
KEY_PRINTED: Final = "Đã gửi mã khôi phục tới máy in."

# Change password ----------------------------------------------------------------------------------------------
CHANGE_TITLE: Final = "Đổi mật khẩu"
CHANGE_PROMPT: Final = "Đổi mật khẩu của tài khoản «{login}»."
CHANGE_FORCED: Final = (
    "Mật khẩu của đồng chí vừa được quản trị viên đặt lại. Hãy đặt mật khẩu mới mà chỉ đồng chí biết."
)
CHANGED: Final = "Đã đổi mật khẩu."
CURRENT_WRONG: Final = "Mật khẩu hiện tại không đúng."

# Main window --------------------------------------------------------------------------------------------------
MENU_ACCOUNT: Final = "Tài khoản"
ACCOUNT_TIP: Final = "Đổi mật khẩu, khóa màn hình (Ctrl+L) hoặc đăng xuất"
MENU_CHANGE_PASSWORD: Final = "Đổi mật khẩu…"
MENU_LOCK: Final = "Khóa màn hình (Ctrl+L)"
MENU_SIGN_OUT: Final = "Đăng xuất"
BTN_SIGN_OUT: Final = "Đăng xuất"
SIGN_OUT_TIP: Final = "Đăng xuất để cán bộ khác đăng nhập (nội dung đang nhập dở được giữ lại)"

# Idle lock ----------------------------------------------------------------------------------------------------
LOCK_TITLE: Final = "Màn hình đã khóa"
LOCK_PROMPT: Final = (
    "Để bảo vệ thông tin của công dân, màn hình tự khóa sau {minutes} phút không thao tác. "
    "Nội dung đang nhập dở vẫn được giữ nguyên."
)
LOCK_WHO: Final = "Đang làm việc: {name} ({login})"
LOCK_PASSWORD: Final = "Nhập mật khẩu để mở khóa"
BTN_UNLOCK: Final = "Mở khóa"
LOCK_WRONG: Final = "Mật khẩu không đúng."
LOCK_WAIT: Final = "Màn hình đang khóa — mở khóa ở cửa sổ phía trước."

# Settings › Người dùng ---------------------------------------------------------------------------------------
TAB_USERS: Final = "Người dùng"
USERS_INTRO: Final = (
    "Mỗi cán bộ dùng một tài khoản riêng. Vai trò quyết định những gì cán bộ được xem và làm; "
    "không ai tự đổi vai trò của mình."
)
COL_LOGIN: Final = "Tên đăng nhập"
COL_NAME: Final = "Họ và tên"
COL_ROLES: Final = "Vai trò"
COL_STATE: Final = "Trạng thái"
COL_LAST: Final = "Đăng nhập gần nhất"
STATE_ACTIVE: Final = "Đang dùng"
STATE_INACTIVE: Final = "Đã khóa"
STATE_MUST_CHANGE: Final = "Chờ đổi mật khẩu"
NEVER: Final = "Chưa đăng nhập"
BTN_ADD_USER: Final = "Thêm người dùng…"
BTN_ROLES: Final = "Đổi vai trò…"
BTN_RESET_PASSWORD: Final = "Đặt lại mật khẩu…"
BTN_DEACTIVATE: Final = "Khóa tài khoản…"
ADD_TITLE: Final = "Thêm người dùng"
ROLES_TITLE: Final = "Đổi vai trò của «{name}» ({login})"
LABEL_ROLES: Final = "Vai trò"
ROLES_REQUIRED: Final = "Chọn ít nhất một vai trò."
LABEL_LEADER_PASSWORD: Final = "Mật khẩu của đồng chí"
LEADER_CONFIRM_HINT: Final = (
    "Giao hoặc bỏ vai trò Lãnh đạo cần một lãnh đạo xác nhận: người đang đăng nhập phải là lãnh đạo "
    "và nhập lại mật khẩu của mình."
)
LEADER_RESET_HINT: Final = "Đây là tài khoản lãnh đạo: người đang đăng nhập phải là lãnh đạo\nvà nhập lại mật khẩu của mình để xác nhận."
BTN_CLEAR_LOCKOUT: Final = "Bỏ tạm khóa"
CLEAR_LOCKOUT_TIP: Final = (
    "Cho cán bộ bị tạm khóa vì nhập sai mật khẩu đăng nhập lại ngay (mật khẩu giữ nguyên)"
)
LOCKOUT_CLEARED: Final = "«{login}» đăng nhập lại được ngay."
USER_ADDED: Final = "Đã thêm tài khoản «{login}»."
ROLES_SAVED: Final = "Đã đổi vai trò của «{login}»."
RESET_TITLE: Final = "Đặt lại mật khẩu"
RESET_PROMPT: Final = (
    "Đặt mật khẩu tạm cho «{name}» ({login}). Báo mật khẩu này trực tiếp cho cán bộ; "
    "lần đăng nhập sau họ phải đổi sang mật khẩu của mình."
)
PASSWORD_RESET: Final = "Đã đặt lại mật khẩu của «{login}»."
DEACTIVATE_CONFIRM: Final = (
    "Khóa tài khoản «{name}» ({login})?\n\nCán bộ này sẽ không đăng nhập được nữa. "
    "Sổ sách và nhật ký vẫn giữ tên của họ."
)
DEACTIVATED: Final = "Đã khóa tài khoản «{login}»."
LABEL_IDLE: Final = "Tự khóa màn hình sau"
IDLE_SUFFIX: Final = " phút không thao tác"
IDLE_SAVED: Final = "Đã lưu: màn hình tự khóa sau {minutes} phút."
BTN_SAVE_IDLE: Final = "Lưu"
