"""Vietnamese text of Sao lưu & phục hồi: the page, a restore's preview and report, the damaged-database dialog.

`lost_changes` words the changes made after a backup (grouped by kind, with times): the window's dialogs and the
command line say them alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from desk_app.i18n import vi_audit
from desk_app.i18n.formatting import fmt_date, fmt_int

PAGE_TITLE: Final = "Sao lưu & phục hồi"
INTRO: Final = (
    "Chương trình tự sao lưu trong vòng một giờ sau mỗi thay đổi, khi đóng cửa sổ và trước khi nhập dữ liệu. "
    "Mỗi bản được kiểm tra trước khi giữ lại; chỉ bản đã kiểm tra mới dùng để phục hồi được."
)

# Why a backup was made, by the reason written in its file name (the last one: copies made before manifests existed).
REASONS: Final[Mapping[str, str]] = {
    "thu-cong": "Thủ công",
    "tu-dong": "Tự động",
    "dong-cua-so": "Khi đóng cửa sổ",
    "truoc-nhap": "Trước khi nhập dữ liệu",
    "truoc-phuc-hoi": "Trước khi phục hồi",
    "truoc-nang-cap": "Trước khi nâng cấp",
    "truoc-ma-hoa": "Trước khi mã hóa",
}
REASON_OTHER: Final = "Khác"

# --------------------------------------------------------------------------- the page
COLUMNS: Final = ("Thời điểm", "Lý do", "Dung lượng", "Đã kiểm tra", "Số lượt tiếp", "Số đơn")
VERIFIED_YES: Final = "Có"
VERIFIED_NO: Final = "Chưa"
VERIFIED_NO_TIP: Final = "Bản này chưa được kiểm tra (hoặc không đạt) nên không dùng để phục hồi."
EMPTY: Final = "Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên."

STATUS_LAST: Final = "Bản sao lưu đã kiểm tra gần nhất: {when}."
STATUS_NONE: Final = "Chưa có bản sao lưu nào đã kiểm tra."
STATUS_STALE: Final = " Đã hơn một ngày chưa sao lưu: bấm «Sao lưu ngay»."
STATUS_UNSAVED: Final = " Có thay đổi chưa được sao lưu."
STATUS_CHECKED: Final = " Kiểm tra toàn vẹn lần cuối: {when}."
STATUS_NEVER_CHECKED: Final = " Chưa kiểm tra toàn vẹn lần nào."

SECOND_LABEL: Final = "Thư mục sao lưu thứ hai:"
SECOND_NONE: Final = "chưa chọn (nên chọn một USB hoặc ổ mạng để có thêm một bản ở nơi khác)"
SECOND_BUTTON: Final = "Thư mục sao lưu thứ hai…"
SECOND_CLEAR: Final = "Bỏ thư mục thứ hai"
SECOND_TITLE: Final = "Chọn thư mục sao lưu thứ hai (USB hoặc ổ mạng)"
SECOND_CHECKING: Final = "Đang thử ghi vào thư mục đã chọn…"
SECOND_SAVED: Final = "Từ nay mỗi bản sao lưu được chép thêm vào {folder}."
SECOND_CLEARED: Final = "Đã bỏ thư mục sao lưu thứ hai."
SECOND_DOWN: Final = (
    "Không chép được bản sao lưu vào thư mục thứ hai từ {date} (đã hơn một tuần): cắm lại USB hoặc kết nối lại ổ "
    "mạng, hoặc chọn thư mục khác."
)

BACK_UP: Final = "Sao lưu ngay"
BACK_UP_TIP: Final = "Tạo một bản sao lưu đã kiểm tra ngay bây giờ (Ctrl+B)"
BACKING_UP: Final = "Đang sao lưu…"
BACKED_UP: Final = "Đã sao lưu lúc {when}: {figures}."
RESTORE: Final = "Phục hồi bản đã chọn…"
RESTORE_TIP: Final = (
    "Thay dữ liệu hiện nay bằng bản sao lưu đã chọn (chỉ bản đã kiểm tra). Trước đó chương trình xem trước "
    "những gì sẽ thay đổi và hỏi lại."
)
PREVIEWING: Final = "Đang kiểm tra bản sao lưu đã chọn…"
CHECK: Final = "Kiểm tra toàn vẹn"
CHECK_TIP: Final = "Kiểm tra toàn bộ cơ sở dữ liệu xem có chỗ nào bị hỏng không (có thể mất vài phút)."
CHECKING: Final = "Đang kiểm tra toàn vẹn dữ liệu…"
CHECK_OK: Final = "Dữ liệu nguyên vẹn: lần kiểm tra lúc {when} không phát hiện lỗi nào."
CHECK_DAMAGED: Final = (
    "Phát hiện {count} lỗi trong cơ sở dữ liệu. Đừng nhập thêm dữ liệu và báo ngay quản trị viên: lần mở chương "
    "trình sau sẽ đề nghị phục hồi bản sao lưu gần nhất đã kiểm tra."
)
FAILED: Final = "Chưa làm được: {reason}"

# --------------------------------------------------------------------------- figures and times
FIGURES: Final = "{visits} lượt tiếp, {petitions} đơn, {citizens} công dân"
FIGURES_UNKNOWN: Final = "chưa biết số liệu (bản chưa kiểm tra)"
AT: Final = "{time} ngày {date}"
SIZE_MB: Final = "{mb} MB"
VISITS: Final = "{n} lượt tiếp"
PETITIONS: Final = "{n} đơn"
CITIZENS: Final = "{n} công dân"

# --------------------------------------------------------------------------- preview of a restore
PREVIEW_TITLE: Final = "Phục hồi bản sao lưu"
PREVIEW_BACKUP: Final = "Bản sao lưu lúc {when}: {figures}."
PREVIEW_NOW: Final = "Hiện nay: {figures}."
PREVIEW_FEWER: Final = "Sau khi phục hồi sẽ ít hơn hiện nay: {what}."
PREVIEW_MORE: Final = "Sau khi phục hồi sẽ nhiều hơn hiện nay: {what}."
PREVIEW_SAME: Final = "Số lượt tiếp, số đơn và số công dân như hiện nay."
PREVIEW_LOST: Final = "Những thay đổi sau bản sao lưu này sẽ mất và phải nhập lại:"
PREVIEW_SAFE: Final = (
    "Trước khi phục hồi, chương trình sao lưu dữ liệu hiện nay; tệp dữ liệu đang dùng được cất sang thư mục "
    "damaged/ trong thư mục dữ liệu, không bị xóa. Chương trình sẽ đăng xuất để phục hồi; sau đó đăng nhập lại."
)
PREVIEW_CONFIRM: Final = "Phục hồi"

# --------------------------------------------------------------------------- after a restore
REPORT_TITLE: Final = "Đã phục hồi bản sao lưu"
REPORT_IN_PLACE: Final = "Dữ liệu hiện nay là bản sao lưu lúc {when} ({reason}): {figures}."
REPORT_KEPT: Final = "Tệp dữ liệu bị thay thế được cất tại (không bị xóa):"
REPORT_SAFETY: Final = "Bản sao lưu dữ liệu ngay trước khi phục hồi:"
REPORT_LOST: Final = "Những việc cần nhập lại"
COPY: Final = "Sao chép"
COPY_TIP: Final = "Chép toàn bộ nội dung này để dán vào sổ tay hoặc tin nhắn"
COPIED: Final = "Đã chép vào bộ nhớ tạm."

# --------------------------------------------------------------------------- the database is damaged
DAMAGED_TITLE: Final = "Dữ liệu của cơ quan bị hỏng"
DAMAGED_OFFER: Final = "Bản sao lưu gần nhất đã kiểm tra: lúc {when} — {figures}."
DAMAGED_CHOSEN: Final = "Bản sẽ phục hồi: lúc {when} — {figures}."
DAMAGED_AFTER: Final = (
    "Những gì nhập sau thời điểm đó sẽ phải nhập lại: sau khi phục hồi, chương trình liệt kê từng việc. "
    "Tệp hỏng được cất sang thư mục damaged/, không bị xóa."
)
DAMAGED_NONE: Final = (
    "Không có bản sao lưu nào đã kiểm tra để phục hồi. Đừng xóa hay sửa gì trong thư mục dữ liệu; hãy gọi quản "
    "trị viên và báo thư mục dữ liệu này:"
)
DAMAGED_RESTORE: Final = "Phục hồi bản sao lưu này"
DAMAGED_OTHER: Final = "Chọn bản khác…"
DAMAGED_QUIT: Final = "Thoát"
DAMAGED_LIST: Final = "Các bản sao lưu đã kiểm tra (mới nhất trước):"
DAMAGED_FOLDER: Final = "Thư mục dữ liệu:"

# --------------------------------------------------------------------------- what was lost
NO_LOST: Final = "Không có thay đổi nào sau bản sao lưu này."
LOST_GROUP: Final = "{what}: {count} thay đổi"
LOST_LINE: Final = "{when} — {action}"
LOST_BY: Final = " (tài khoản {login})"
LOST_MORE: Final = "… và {count} thay đổi khác (xem tệp logs/changes.log trong thư mục dữ liệu)"
MAX_LINES: Final = 50
"""Lines listed per kind; the rest are counted."""
_FIRST: Final = ("visit", "petition", "citizen", "case")
"""The kinds an officer re-enters first, listed in this order; the others as they first appear."""


class Change(Protocol):
    """One line of the changes journal (services.backup.journal.JournalEntry)."""

    @property
    def at(self) -> dt.datetime: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def login(self) -> str: ...


@dataclass(frozen=True, slots=True)
class LostGroup:
    title: str
    """ "Lượt tiếp: 3 thay đổi"."""
    lines: tuple[str, ...]
    """ "20/11/2026 09:40 — Tạo mới (tài khoản tiepdan)", oldest first; past MAX_LINES a last line counts the rest."""


def when(moment: dt.datetime) -> str:
    """ "09:40 ngày 20/11/2026", inside a sentence."""
    return AT.format(time=f"{moment:%H:%M}", date=fmt_date(moment.date()))


def stamp(moment: dt.datetime) -> str:
    """ "20/11/2026 09:40", in a table or a list."""
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


def reason_label(reason: str) -> str:
    return REASONS.get(reason, REASON_OTHER)


def size_text(size: int) -> str:
    """Megabytes with one decimal and a decimal comma: "1,2 MB" (never "0,0 MB" for a file that exists)."""
    tenths = max(1, round(size / (1024 * 1024) * 10)) if size > 0 else 0
    whole, part = divmod(tenths, 10)
    return SIZE_MB.format(mb=f"{fmt_int(whole)},{part}")


def figures_text(visits: int, petitions: int, citizens: int) -> str:
    return FIGURES.format(visits=fmt_int(visits), petitions=fmt_int(petitions), citizens=fmt_int(citizens))


def difference_text(before: tuple[int, int, int], now: tuple[int, int, int]) -> list[str]:
    """What a restore would change in the counts (visits, petitions, citizens): sentences, or one saying none."""
    fewer: list[str] = []
    more: list[str] = []
    for old, new, template in zip(before, now, (VISITS, PETITIONS, CITIZENS), strict=True):
        if new > old:
            fewer.append(template.format(n=fmt_int(new - old)))
        elif old > new:
            more.append(template.format(n=fmt_int(old - new)))
    sentences = []
    if fewer:
        sentences.append(PREVIEW_FEWER.format(what=", ".join(fewer)))
    if more:
        sentences.append(PREVIEW_MORE.format(what=", ".join(more)))
    return sentences or [PREVIEW_SAME]


def kind_label(entity: str) -> str:
    return vi_audit.ONE_RECORD.get(entity) or vi_audit.ENTITIES.get(entity) or vi_audit.OTHER_ENTITY


def lost_changes(entries: Iterable[Change]) -> list[LostGroup]:
    """The changes made after a backup, grouped by kind (visits, petitions, citizens, cases first), with times."""
    by_kind: dict[str, list[Change]] = {}
    for entry in sorted(entries, key=lambda e: e.at):
        by_kind.setdefault(kind_label(entry.entity), []).append(entry)
    first = [kind_label(e) for e in _FIRST]
    order = sorted(by_kind, key=lambda k: first.index(k) if k in first else len(first))
    groups = []
    for kind in order:
        items = by_kind[kind]
        lines = [
            LOST_LINE.format(when=stamp(e.at), action=vi_audit.ACTIONS.get(e.action, vi_audit.OTHER_ACTION))
            + (LOST_BY.format(login=e.login) if e.login else "")
            for e in items[:MAX_LINES]
        ]
        if len(items) > MAX_LINES:
            lines.append(LOST_MORE.format(count=fmt_int(len(items) - MAX_LINES)))
        groups.append(LostGroup(LOST_GROUP.format(what=kind, count=fmt_int(len(items))), tuple(lines)))
    return groups


def lost_text(entries: Iterable[Change]) -> str:
    """The groups as plain text (the dialogs' Sao chép, the command line), or NO_LOST."""
    groups = lost_changes(entries)
    if not groups:
        return NO_LOST
    return "\n".join(f"{g.title}\n" + "\n".join(f"  - {line}" for line in g.lines) for g in groups)
