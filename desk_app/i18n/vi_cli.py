"""Vietnamese text of the command line: help, messages, and argparse's errors in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

PROG: Final = "desk-app"
DESCRIPTION: Final = (
    "Bàn tiếp công dân. Chạy không có lệnh để mở cửa sổ ứng dụng; các lệnh dưới đây chạy không cần cửa sổ."
)
EPILOG: Final = "Thư mục dữ liệu mặc định: biến môi trường DESK_APP_HOME, nếu không có thì thư mục dữ liệu của người dùng."
USAGE_PREFIX: Final = "Cách dùng: "
POSITIONALS_TITLE: Final = "Tham số"
OPTIONALS_TITLE: Final = "Tùy chọn"
COMMANDS_TITLE: Final = "Các lệnh"
COMMAND_METAVAR: Final = "LỆNH"

HELP_HELP: Final = "In hướng dẫn này rồi thoát."
HELP_DATA_DIR: Final = (
    "Thư mục dữ liệu của cơ quan (mặc định: DESK_APP_HOME hoặc thư mục dữ liệu người dùng)."
)
METAVAR_DIR: Final = "THƯ_MỤC"

HELP_INIT: Final = "Thiết lập hoặc cập nhật thông tin cơ quan không cần mở cửa sổ."
HELP_OFFICE_NAME: Final = 'Tên cơ quan, ví dụ "ỦY BAN NHÂN DÂN XÃ AN PHÚ" hoặc "SỞ TƯ PHÁP".'
HELP_OFFICE_KIND: Final = "Loại cơ quan: {choices}."
HELP_PARENT_NAME: Final = 'Tên cơ quan chủ quản trực tiếp, ví dụ "UBND TỈNH AN GIANG" (để trống với UBND xã).'
HELP_PLACE_NAME: Final = 'Địa danh ghi ở dòng ngày tháng, ví dụ "An Phú" (mặc định: lấy từ tên cơ quan).'
HELP_HEAD_TITLE: Final = (
    "Chức vụ người đứng đầu (mặc định: CHỦ TỊCH với UBND, GIÁM ĐỐC với Sở, THỦ TRƯỞNG với loại khác)."
)
HELP_ABBREVIATION: Final = (
    "Chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản (mặc định: UBND, hoặc chữ cái đầu)."
)
METAVAR_NAME: Final = "TÊN"
METAVAR_KIND: Final = "LOẠI"
METAVAR_TITLE: Final = "CHỨC_VỤ"
METAVAR_ABBR: Final = "VIẾT_TẮT"

HELP_DEMO: Final = "Điền dữ liệu mẫu (một năm tiếp công dân) vào thư mục dữ liệu chưa có lượt tiếp."
HELP_SEED: Final = "Hạt giống ngẫu nhiên: cùng số cho cùng dữ liệu (mặc định 1)."
HELP_SELF_TEST: Final = (
    "Tự kiểm tra: tạo cơ sở dữ liệu tạm, in thử mọi văn bản, mở và đóng cửa sổ; thoát 0 khi tất cả đạt."
)

HELP_IMPORT: Final = (
    "Nhập sổ tiếp công dân, sổ theo dõi đơn, các kỳ tiếp của lãnh đạo hoặc các cuộc đối thoại từ CSV/XLSX."
)
HELP_EXPORT: Final = "Xuất sổ tiếp công dân hoặc sổ theo dõi đơn ra CSV/XLSX."
HELP_REPORT: Final = "Lập báo cáo theo mẫu 01/TCD, 01/XLD …, hoặc bản tổng hợp TONG-HOP."
HELP_RULE: Final = "Mã quy tắc thời hạn."
HELP_START: Final = "Ngày bắt đầu tính (YYYY-MM-DD)."
HELP_COMPLEX: Final = "Dùng thời hạn của vụ việc phức tạp."
HELP_JSON: Final = "In kết quả dạng JSON."
HELP_WHAT: Final = "visits (sổ tiếp công dân) hoặc petitions (sổ theo dõi đơn)."
HELP_WHAT_IMPORT: Final = (
    "visits (sổ tiếp công dân), petitions (sổ theo dõi đơn), sessions (các kỳ tiếp của lãnh đạo, kể cả kỳ không "
    "tổ chức được) hoặc dialogues (các cuộc đối thoại)."
)
HELP_FILE: Final = "Đường dẫn tệp CSV hoặc XLSX."
HELP_FROM: Final = "Từ ngày (YYYY-MM-DD)."
HELP_TO: Final = "Đến ngày (YYYY-MM-DD)."
HELP_FORM: Final = "Mẫu báo cáo: 01/TCD, 01/XLD, 02/XLD, 03/XLD, 04/XLD, TONG-HOP."
HELP_PERIOD: Final = "Kỳ báo cáo: YYYY-Q1…Q4, YYYY-6T, YYYY-9T, YYYY hoặc YYYY-MM."
HELP_FORMAT: Final = "Định dạng: json, csv, xlsx hoặc pdf (TONG-HOP: json, txt, docx hoặc pdf)."
HELP_OUT: Final = "Tệp kết quả (mặc định: in JSON ra màn hình)."

# One-line messages --------------------------------------------------------------------------------
ERROR_PREFIX: Final = "Lỗi: "
INIT_CREATED: Final = (
    "Đã tạo thông tin cơ quan {name} ({kind}; viết tắt {abbreviation}; địa danh {place}; "
    "người đứng đầu: {head_title}) trong {folder}."
)
INIT_UPDATED: Final = (
    "Đã cập nhật thông tin cơ quan {name} ({kind}; viết tắt {abbreviation}; địa danh {place}; "
    "người đứng đầu: {head_title}) trong {folder}."
)
PLACE_UNKNOWN: Final = (
    'Không suy ra được địa danh từ tên cơ quan; hãy ghi rõ --place-name, ví dụ --place-name "Hà Nội".'
)
ABBREVIATION_UNKNOWN: Final = "Không suy ra được chữ viết tắt từ tên cơ quan; hãy ghi rõ --abbreviation."
DEMO_DONE: Final = (
    "Đã tạo dữ liệu mẫu trong {folder}: {visits} lượt tiếp từ {first} đến {last} ({refused} lượt từ chối, "
    "{delegations} đoàn đông người, {repeats} lượt tiếp nhiều lần), {cases} vụ việc, {citizens} công dân, "
    "{petitions} đơn trong sổ theo dõi đơn."
)
DEMO_EMPTY: Final = "Không có ngày làm việc nào trong khoảng thời gian đã chọn; không tạo lượt tiếp nào."
DEMO_PROGRESS: Final = "\rĐang tạo dữ liệu mẫu: {done}/{total} lượt tiếp"

FOLDER_IN_USE: Final = (
    "Thư mục dữ liệu {folder} đang được dùng (cửa sổ ứng dụng đang mở hoặc một lệnh khác đang chạy); "
    "hãy đợi lệnh kia xong hoặc đóng ứng dụng rồi chạy lại lệnh."
)
LOCK_NOT_WRITABLE: Final = "không tạo được tệp khóa"
FOLDER_UNWRITABLE: Final = "Không ghi được vào thư mục dữ liệu {folder}: {reason}."
DB_LOCKED: Final = (
    "Cơ sở dữ liệu trong {folder} đang bị một chương trình khác khóa (ứng dụng đang mở?); "
    "hãy đóng nó rồi thử lại."
)
DB_UNREADABLE: Final = "Không mở được cơ sở dữ liệu trong {folder}: tệp hỏng hoặc không phải của ứng dụng."
DB_ERROR: Final = "Lỗi cơ sở dữ liệu trong {folder}: {detail}."
UNKNOWN_ERROR: Final = "Giá trị không hợp lệ."

# argparse's errors, reworded ----------------------------------------------------------------------
ARG_UNKNOWN_COMMAND: Final = "Không có lệnh {value}. Các lệnh: {choices}. Xem: desk-app --help."
ARG_INVALID_CHOICE: Final = "Giá trị {value} không hợp lệ cho {argument}; chọn một trong: {choices}."
ARG_REQUIRED: Final = "Thiếu tham số bắt buộc: {arguments}."
ARG_UNRECOGNIZED: Final = "Tham số không nhận ra: {arguments}. Xem: desk-app --help."
ARG_INVALID_VALUE: Final = "Giá trị {value} của {argument} phải là {type}."
ARG_EXPECTED_VALUE: Final = "Tham số {argument} cần một giá trị."
ARG_NOT_ALLOWED: Final = "Không dùng {argument} cùng với {other}."
ARG_ONE_REQUIRED: Final = "Cần một trong các tham số: {arguments}."
ARG_AMBIGUOUS: Final = "Tùy chọn {option} không rõ, có thể là: {matches}."
ARG_OTHER: Final = "Dòng lệnh không hợp lệ ({detail}). Xem: desk-app --help."
TYPE_NAMES: Final[Mapping[str, str]] = {"int": "số nguyên", "float": "số", "str": "chuỗi ký tự"}

# staff --------------------------------------------------------------------------------------------
HELP_STAFF: Final = (
    "Danh sách cán bộ: thêm thủ trưởng, cấp phó, cán bộ (kể cả người đã nghỉ) hoặc xem danh sách."
)
HELP_STAFF_ADD: Final = "Thêm một cán bộ vào danh sách cán bộ của cơ quan."
HELP_STAFF_LIST: Final = "In danh sách cán bộ (thủ trưởng, cấp phó trước; người đã nghỉ sau cùng)."
HELP_STAFF_NAME: Final = 'Họ và tên đầy đủ, ví dụ "Trần Văn Bình".'
HELP_STAFF_TITLE: Final = 'Chức vụ, ví dụ "Chủ tịch UBND xã".'
HELP_STAFF_HEAD: Final = (
    "Là thủ trưởng (người đứng đầu) cơ quan; thủ trưởng cũ (nếu có) không còn là thủ trưởng."
)
HELP_STAFF_DEPUTY: Final = "Là cấp phó của thủ trưởng."
HELP_STAFF_FORMER: Final = (
    "Đã nghỉ hoặc chuyển công tác (vẫn nhận ra khi nhập sổ cũ ghi tên người này chủ trì, "
    "nhưng không còn trong danh sách chọn)."
)
STAFF_ACTIONS_TITLE: Final = "Việc"
STAFF_ACTION: Final = "add|list"
STAFF_ACTOR: Final = "desk-app (dòng lệnh)"
STAFF_ACTION_MISSING: Final = "Thiếu việc cần làm: desk-app staff add … hoặc desk-app staff list."
STAFF_NO_OFFICE: Final = (
    "Thư mục {folder} chưa có thông tin cơ quan; chạy desk-app init trước rồi thêm cán bộ."
)
STAFF_NAME_REQUIRED: Final = "Họ và tên (--name) không được để trống."
STAFF_TOO_LONG: Final = "Họ tên hoặc chức vụ dài quá {max} ký tự."
STAFF_FORMER_HEAD: Final = (
    "Người đã nghỉ (--former) không thể là thủ trưởng hiện tại (--head); bỏ một trong hai tùy chọn."
)
STAFF_EXISTS: Final = "Danh sách cán bộ đã có {name}; không thêm lần nữa (sửa trong Danh mục & cài đặt)."
STAFF_ADDED: Final = "Đã thêm {who}."
STAFF_HEAD_REPLACED: Final = " {name} không còn là thủ trưởng."
STAFF_NONE: Final = "Danh sách cán bộ còn trống; thêm bằng desk-app staff add --name …"
STAFF_WITH_TITLE: Final = "{name} ({title})"
STAFF_LINE: Final = "{who} — {marks}"
STAFF_MARK_HEAD: Final = "thủ trưởng"
STAFF_MARK_DEPUTY: Final = "cấp phó"
STAFF_MARK_FORMER: Final = "đã nghỉ"

# self-test ----------------------------------------------------------------------------------------
OK: Final = "OK"
FAIL: Final = "LỖI"
CHECK_DATABASE: Final = "Tạo và nâng cấp cơ sở dữ liệu tạm (phiên bản lược đồ {revision})"
CHECK_DATABASE_LABEL: Final = "Tạo và nâng cấp cơ sở dữ liệu tạm"
CHECK_DEMO: Final = "Dữ liệu mẫu: {visits} lượt tiếp, {cases} vụ việc"
CHECK_DEMO_LABEL: Final = "Dữ liệu mẫu"
CHECK_RECEIPT: Final = "In Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD)"
CHECK_APPOINTMENT: Final = "In Phiếu hẹn"
CHECK_PDF_SIZE: Final = "{label}: {size} byte PDF"
CHECK_WINDOW: Final = "Mở và đóng cửa sổ chính (không hiển thị)"
NOT_WIRED: Final = "chưa được lắp vào ứng dụng (NotImplementedError)"
NOT_PDF: Final = "kết quả không phải tệp PDF"
NO_VISIT_WITH_DOCUMENTS: Final = "không có lượt tiếp nào có tài liệu để in"
NO_VISIT: Final = "không có lượt tiếp nào để in"
APPOINTMENT_MEET: Final = "Đồng chí {name}, {title}"

# sign-in (DOMAIN §16.6) ---------------------------------------------------------------------------
HELP_USER: Final = "Tên đăng nhập của người chạy lệnh (hoặc biến môi trường DESK_APP_USER)."
METAVAR_LOGIN: Final = "TÊN_ĐĂNG_NHẬP"
CLI_ACTOR: Final = "desk-app (dòng lệnh)"
PASSWORD_PROMPT: Final = "Mật khẩu của {login}: "
NEW_PASSWORD_PROMPT: Final = "Mật khẩu cho {login} (ít nhất {min} ký tự): "
NEW_PASSWORD_AGAIN: Final = "Nhập lại mật khẩu: "
SIGN_IN_NEEDS_USER: Final = (
    "Cơ quan này có tài khoản đăng nhập: ghi --user TÊN_ĐĂNG_NHẬP (hoặc đặt DESK_APP_USER) "
    "và mật khẩu trong DESK_APP_PASSWORD hoặc gõ khi được hỏi."
)
SIGN_IN_NO_TERMINAL: Final = (
    "Không có cửa sổ dòng lệnh để hỏi mật khẩu; đặt mật khẩu trong biến môi trường DESK_APP_PASSWORD."
)
SIGN_IN_WRONG: Final = "Sai tên đăng nhập hoặc mật khẩu; lệnh không chạy."
SIGN_IN_LOCKED: Final = "Tài khoản {login} tạm khóa vì nhập sai nhiều lần, đến {until}; lệnh không chạy."
SIGN_IN_INACTIVE: Final = "Tài khoản {login} đã bị khóa; hãy hỏi quản trị viên."
DENIED: Final = "Tài khoản {login} ({roles}) không được phép chạy lệnh {command}; lệnh không chạy."
NOT_SECURED: Final = (
    "Cơ quan trong {folder} chưa có tài khoản đăng nhập; tạo quản trị viên đầu tiên bằng "
    "desk-app init … --admin TÊN_ĐĂNG_NHẬP --admin-name HỌ_TÊN."
)
PASSWORDS_DIFFER: Final = "Hai lần nhập mật khẩu không giống nhau; không tạo gì."

# init --admin -------------------------------------------------------------------------------------
HELP_ADMIN: Final = (
    "Tạo quản trị viên đầu tiên với tên đăng nhập này (mật khẩu từ DESK_APP_PASSWORD hoặc gõ khi được hỏi); "
    "từ đó mọi lệnh cần đăng nhập và dữ liệu được mã hóa."
)
HELP_ADMIN_NAME: Final = 'Họ và tên quản trị viên đầu tiên, ví dụ "Lê Văn Quản".'
ADMIN_NAME_MISSING: Final = "Ghi --admin và --admin-name cùng nhau (tên đăng nhập và họ tên quản trị viên)."
ALREADY_SECURED: Final = (
    "Cơ quan trong {folder} đã có tài khoản đăng nhập; thêm người dùng bằng desk-app user add."
)
ADMIN_CREATED: Final = "Đã tạo quản trị viên {login} ({name}); cơ sở dữ liệu đã được mã hóa."
RECOVERY_KEY: Final = (
    "KHÓA KHÔI PHỤC (chỉ in một lần — chép ra giấy, cất vào tủ an toàn; dùng khi mọi quản trị viên quên mật khẩu):\n"
    "    {key}"
)

# user ---------------------------------------------------------------------------------------------
HELP_USERS: Final = "Tài khoản đăng nhập: thêm người dùng, xem danh sách, đặt lại mật khẩu (quản trị viên)."
HELP_USER_ADD: Final = "Thêm người dùng; mật khẩu của người mới là dòng đầu tiên của đầu vào chuẩn (stdin)."
HELP_USER_LIST: Final = "In danh sách tài khoản: tên đăng nhập, họ tên, vai trò, còn dùng hay đã khóa."
HELP_USER_PASSWORD: Final = "Đặt lại mật khẩu của một người dùng; mật khẩu mới là dòng đầu tiên của stdin."
HELP_LOGIN: Final = "Tên đăng nhập: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."
HELP_USER_NAME: Final = 'Họ và tên người dùng, ví dụ "Nguyễn Thị Lan".'
HELP_ROLES: Final = "Vai trò, cách nhau bằng dấu phẩy: {choices}."
HELP_USER_STAFF: Final = "Họ tên cán bộ (trong danh sách cán bộ) dùng tài khoản này; mặc định: cán bộ cùng họ tên, nếu không có thì thêm mới."
METAVAR_ROLES: Final = "VAI_TRÒ"
USER_ACTION: Final = "add|list|password"
USER_ACTION_MISSING: Final = "Thiếu việc cần làm: desk-app user add …, user list hoặc user password …"
ROLES_UNKNOWN: Final = "Không có vai trò {value}; chọn trong: {choices}."
ROLES_MISSING: Final = "Cần ít nhất một vai trò (--roles)."
STAFF_UNKNOWN: Final = "Danh sách cán bộ không có {name}; thêm bằng desk-app staff add trước."
PASSWORD_STDIN_EMPTY: Final = "Không đọc được mật khẩu mới: dòng đầu tiên của stdin trống."
USER_ADDED: Final = "Đã thêm người dùng {login} ({name}; {roles})."
USER_PASSWORD_SET: Final = (
    "Đã đặt lại mật khẩu của {login}; người dùng phải đổi mật khẩu ở lần đăng nhập tới."
)
USER_NONE: Final = "Chưa có tài khoản nào."
USER_LINE: Final = "{login} — {name} — {roles}{state}"
USER_INACTIVE: Final = " — đã khóa"

# audit --------------------------------------------------------------------------------------------
HELP_AUDIT: Final = "Nhật ký truy cập và thay đổi (lãnh đạo, quản trị viên), mỗi dòng một mục."
HELP_VERIFY: Final = "Kiểm tra tính toàn vẹn của nhật ký; thoát 2 khi có mục bị xóa, sửa hoặc chèn thêm."
AUDIT_NONE: Final = "Nhật ký không có mục nào trong khoảng thời gian này."
AUDIT_LINE: Final = "{at} — {actor} — {action} — {subject}{detail}"
BAD_DATE: Final = "Ngày {value} không hợp lệ; viết YYYY-MM-DD."
DATE_RANGE: Final = "Từ ngày {start} sau đến ngày {end}."

# demo users ---------------------------------------------------------------------------------------
DEMO_ADMIN_NAME: Final = "Phạm Minh Quân"
DEMO_VIEWER_NAME: Final = "Đỗ Thu Trang"
DEMO_USERS: Final = (
    "Tài khoản mẫu (mật khẩu: {password}): truong — thủ trưởng, tiepdan — cán bộ tiếp công dân, "
    "xulydon — cán bộ xử lý đơn, quantri — quản trị viên, baocao — người xem báo cáo."
)
DEMO_SECURED_ALREADY: Final = "Cơ quan đã có tài khoản đăng nhập: không tạo thêm tài khoản mẫu."

# backup, restore, check (DOMAIN §16.7) ------------------------------------------------------------
HELP_BACKUP: Final = "Sao lưu ngay: ghi một bản sao lưu đã kiểm tra toàn vẹn rồi in đường dẫn của nó."
HELP_BACKUP_OUT: Final = (
    "Ghi bản sao lưu vào tệp này (hoặc vào thư mục này) thay vì thư mục backups/ của dữ liệu; "
    "không ghi đè tệp đã có."
)
HELP_RESTORE: Final = (
    "Phục hồi dữ liệu từ một bản sao lưu đã kiểm tra; tệp cơ sở dữ liệu đang dùng được giữ lại, không xóa."
)
HELP_RESTORE_FILE: Final = "Tệp sao lưu cần phục hồi (sao-luu-….sqlite3)."
HELP_LATEST: Final = "Dùng bản sao lưu mới nhất đã kiểm tra trong thư mục backups/ của dữ liệu."
HELP_CHECK: Final = (
    "Kiểm tra toàn vẹn cơ sở dữ liệu, tệp đính kèm, văn bản đã lưu và nhật ký hệ thống; "
    "thoát 0 khi tất cả đạt, 2 khi có lỗi."
)
NO_OFFICE_TO_BACK_UP: Final = "Thư mục {folder} chưa có dữ liệu của cơ quan: không có gì để sao lưu."
NO_OFFICE_TO_CHECK: Final = "Thư mục {folder} chưa có dữ liệu của cơ quan: không có gì để kiểm tra."
BACKUP_OUT_EXISTS: Final = "Tệp {path} đã có; chọn tên khác (bản sao lưu không ghi đè tệp nào)."
RESTORE_WHICH: Final = (
    "Ghi tệp sao lưu cần phục hồi, hoặc --latest để dùng bản mới nhất đã kiểm tra (chỉ một trong hai)."
)
RESTORE_SLOTS_MISSING: Final = (
    "Thiếu tệp keyslots.json trong {folder}: không có tệp này, dữ liệu đã mã hóa không mở được bằng mật khẩu nào. "
    "Bản sao lưu {name} có lưu một bản của tệp này (trong {manifest}); hãy nhờ quản trị viên chép lại "
    "keyslots.json vào thư mục dữ liệu rồi chạy lại lệnh. Chưa thay đổi gì."
)
RESTORED: Final = (
    "Đã phục hồi bản sao lưu lúc {when} ({name}): {visits} lượt tiếp, {petitions} đơn, {citizens} công dân."
)
RESTORED_KEPT: Final = "Tệp cơ sở dữ liệu bị thay thế được giữ lại (không xóa) tại {path}."
RESTORED_NOTHING_KEPT: Final = "Không có tệp cơ sở dữ liệu cũ nào để giữ lại."
RESTORED_SAFETY: Final = "Dữ liệu ngay trước khi phục hồi cũng đã được sao lưu tại {path}."
RESTORED_NOTHING_LOST: Final = "Không có thay đổi nào sau lúc {when}: không phải nhập lại gì."
RESTORED_LOST: Final = (
    "Các thay đổi sau lúc {when} không có trong bản sao lưu, cần nhập lại "
    "(theo nhật ký thay đổi logs/changes.log):"
)
DAMAGED_HINT: Final = (
    " Lệnh phục hồi: desk-app restore --latest (bản sao lưu mới nhất đã kiểm tra: lúc {when})."
)
DAMAGED_NO_BACKUP: Final = (
    " Thư mục backups/ chưa có bản sao lưu nào đã kiểm tra; nếu có bản ở nơi khác: desk-app restore TỆP."
)
CHECK_SOUND: Final = (
    "Dữ liệu nguyên vẹn: cơ sở dữ liệu đạt kiểm tra toàn vẹn ({visits} lượt tiếp, {petitions} đơn); "
    "{files} tệp đính kèm và văn bản đã lưu đều mở được, không bị thay đổi; {audit}."
)
CHECK_AUDIT_OK: Final = "nhật ký hệ thống {count} mục, không mục nào bị sửa, xóa hay chèn thêm"
CHECK_AUDIT_NO_KEY: Final = (
    "nhật ký hệ thống chưa có khóa bảo vệ (cơ quan chưa có tài khoản đăng nhập) nên chưa kiểm tra"
)
CHECK_FAILED: Final = "Kiểm tra dữ liệu trong {folder} không đạt: {parts}."
CHECK_PART_DATABASE: Final = "cơ sở dữ liệu bị hỏng"
CHECK_PART_FILES: Final = "{count} tệp đính kèm hoặc văn bản đã lưu có lỗi"
CHECK_PART_AUDIT: Final = "nhật ký hệ thống không toàn vẹn"
CHECK_DATABASE_LINE: Final = "- Cơ sở dữ liệu: {detail}"
CHECK_FILE_LINE: Final = "- {kind} {path}: {problem}."
CHECK_AUDIT_LINE: Final = "- Nhật ký hệ thống: {text}"
CHECK_NOT_CHECKED: Final = (
    "- Tệp đính kèm, văn bản đã lưu và nhật ký hệ thống chưa kiểm tra được vì cơ sở dữ liệu bị hỏng."
)
CHECK_MORE: Final = "- … và {count} vấn đề khác."
CHECK_MARKED: Final = (
    "Đã đánh dấu cơ sở dữ liệu là hỏng (damaged.json): cửa sổ và các lệnh không ghi gì vào nó nữa cho đến khi "
    "phục hồi bản sao lưu."
)
CHECK_LINES_SHOWN: Final = 12
FILE_KINDS: Final[Mapping[str, str]] = {"attachment": "Tệp đính kèm", "document": "Văn bản đã lưu"}
FILE_PROBLEMS: Final[Mapping[str, str]] = {
    "missing": "không còn trên đĩa",
    "unreadable": "không mở được (hỏng, hoặc không thuộc dữ liệu của cơ quan này)",
    "changed": "nội dung đã khác lúc lưu",
}
DAMAGE_DETAIL: Final[Mapping[str, str]] = {
    "missing": "không thấy tệp {detail}",
    "empty": "tệp {detail} rỗng (0 byte)",
    "not_a_database": "không đọc được tệp ({detail})",
    "malformed": "kiểm tra toàn vẹn phát hiện lỗi ({detail})",
}
