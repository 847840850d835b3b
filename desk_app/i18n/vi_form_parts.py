"""The printed forms' paragraphs an office may reword (Cài đặt › Mẫu văn bản); defaults are the forms' own wording."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desk_app.domain.documents import DocumentKind
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n import vi_petition_print as vpprint
from desk_app.i18n import vi_schedule_page as vsched

# Form keys (form_text.form_key) and part keys (form_text.part_key): stored, never rename.
# A petition letter's form key is its DocumentKind's value; the schedule notice's key predates the enum.
PROPOSAL: Final = DocumentKind.PROPOSAL.value
GUIDANCE: Final = DocumentKind.GUIDANCE.value
TRANSFER: Final = DocumentKind.TRANSFER.value
RESULT: Final = DocumentKind.RESULT.value
ACCEPTANCE: Final = DocumentKind.ACCEPTANCE.value
SCHEDULE: Final = "tb_lich_tiep"

BASIS: Final = "basis"
ONCE: Final = "once"
CLOSING: Final = "closing"
LEAD_IN: Final = "lead_in"
REQUEST_KNPA: Final = "request_knpa"
REQUEST_TC: Final = "request_tc"
ARCHIVE: Final = "archive"
RECIPIENTS: Final = "recipients"


@dataclass(frozen=True, slots=True)
class PartSpec:
    key: str
    label: str
    default: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class FormSpec:
    key: str
    label: str
    parts: tuple[PartSpec, ...]


_ARCHIVE_HINT: Final = "Dòng cuối của phần Nơi nhận; phải bắt đầu bằng “Lưu”."
_ARCHIVE_LABEL: Final = "Nơi nhận: dòng lưu văn bản"

FORMS: Final[tuple[FormSpec, ...]] = (
    FormSpec(
        PROPOSAL,
        vf.PROPOSAL_DOC_TITLE,
        (
            PartSpec(
                BASIS,
                "Mục 4. Căn cứ pháp lý (khi đề xuất chưa ghi căn cứ)",
                vf.BASIS_BLANK,
                "Ví dụ: Luật Tiếp công dân năm 2025; Thông tư số 05/2021/TT-TTCP.",
            ),
        ),
    ),
    FormSpec(
        GUIDANCE,
        vf.GUIDANCE_DOC_TITLE,
        (
            PartSpec(BASIS, "Căn cứ hướng dẫn (khi đề xuất chưa ghi căn cứ)", vf.GUIDANCE_BASIS_DEFAULT),
            PartSpec(ONCE, "Câu kết: hướng dẫn chỉ một lần", vf.GUIDANCE_ONCE),
            PartSpec(ARCHIVE, _ARCHIVE_LABEL, vf.DEFAULT_RECIPIENTS[-1], _ARCHIVE_HINT),
        ),
    ),
    FormSpec(
        TRANSFER,
        vpprint.TRANSFER_DOC_TITLE,
        (
            PartSpec(REQUEST_KNPA, "Câu chuyển đơn kiến nghị, phản ánh", vpprint.TRANSFER_KNPA),
            PartSpec(REQUEST_TC, "Câu chuyển đơn tố cáo", vpprint.TRANSFER_TC),
            PartSpec(ARCHIVE, _ARCHIVE_LABEL, vpprint.DEFAULT_RECIPIENTS[-1], _ARCHIVE_HINT),
        ),
    ),
    FormSpec(
        RESULT,
        vf.RESULT_DOC_TITLE,
        (
            PartSpec(LEAD_IN, "Câu dẫn trước kết quả xử lý", vf.RESULT_LEAD_IN),
            PartSpec(CLOSING, "Câu kết", vf.CLOSING_INFORM),
            PartSpec(ARCHIVE, _ARCHIVE_LABEL, vf.DEFAULT_RECIPIENTS[-1], _ARCHIVE_HINT),
        ),
    ),
    FormSpec(
        ACCEPTANCE,
        vf.ACCEPT_DOC_TITLE,
        (PartSpec(ARCHIVE, _ARCHIVE_LABEL, vf.DEFAULT_RECIPIENTS[-1], _ARCHIVE_HINT),),
    ),
    FormSpec(
        SCHEDULE,
        "Thông báo lịch tiếp công dân",
        (
            PartSpec(
                BASIS,
                "Các dòng căn cứ (mỗi dòng một căn cứ)",
                "\n".join(vsched.LEGAL_BASIS),
                "Ví dụ thêm: Căn cứ Nghị định số 154/2026/NĐ-CP …; Căn cứ Quy chế tiếp công dân của cơ quan.",
            ),
            PartSpec(RECIPIENTS, "Nơi nhận (mỗi dòng một nơi)", "\n".join(vsched.RECIPIENTS)),
        ),
    ),
)

_BY_KEY: Final[Mapping[str, FormSpec]] = {f.key: f for f in FORMS}


def form(key: str) -> FormSpec | None:
    return _BY_KEY.get(key)


def part(form_key: str, part_key: str) -> PartSpec | None:
    spec = _BY_KEY.get(form_key)
    return next((p for p in spec.parts if p.key == part_key), None) if spec else None


def placeholders(text: str) -> frozenset[str]:
    """The {names} a text fills in when printed ("{office}", "{recipient}")."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError:
        return frozenset({"{"})  # an unbalanced brace can never match a default's placeholders


PLACEHOLDER_MEANING: Final[Mapping[str, str]] = {
    "office": "tên cơ quan",
    "recipient": "cơ quan nhận đơn chuyển",
}


def placeholder_list(names: frozenset[str], *, explained: bool = False) -> str:
    """ "{office}, {recipient}"; `explained` adds what each one prints: "{office} (tên cơ quan)"."""
    return ", ".join(
        f"{{{n}}} ({PLACEHOLDER_MEANING[n]})" if explained and n in PLACEHOLDER_MEANING else f"{{{n}}}"
        for n in sorted(names)
    )


# --- The settings tab ---------------------------------------------------------------------------------------
TAB_TITLE: Final = "Mẫu văn bản"
INTRO: Final = (
    "Chọn văn bản và đoạn cần sửa lời văn. Giữ nguyên các chỗ trong ngoặc nhọn như {office}, {recipient}: "
    "khi in, ứng dụng thay bằng tên cơ quan, nơi nhận… Để trống rồi bấm Lưu thì dùng lại lời văn mặc định."
)
FORM_LABEL: Final = "Văn bản"
PARTS_LABEL: Final = "Các đoạn có thể sửa"
TEXT_LABEL: Final = "Lời văn của cơ quan"
DEFAULT_LABEL: Final = "Lời văn mặc định"
PLACEHOLDERS_NOTE: Final = "Phải giữ: {names}"
NO_PLACEHOLDERS: Final = "Đoạn này không có chỗ thay tự động."
CUSTOM_MARK: Final = "{label} (đã sửa)"
SAVE: Final = "Lưu"
RESET: Final = "Khôi phục mặc định"
SAVED: Final = "Đã lưu lời văn. Các văn bản in từ nay dùng lời văn này."
RESET_DONE: Final = "Đã khôi phục lời văn mặc định."
UNCHANGED: Final = "Lời văn không thay đổi."
