"""Sổ tiếp công dân (ND154 Mẫu 03/TCD): the 13 columns of DOMAIN §9.1 on A4 landscape, with its cover page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.forms.book_layout import BookCover, BookHeader, Progress, render_book

# STT, ngày, họ tên địa chỉ, CCCD, nội dung, phân loại, số người, cơ quan đã GQ, thụ lý, hướng dẫn, chuyển, theo dõi, ghi chú
SHARES: Final = (0.04, 0.065, 0.13, 0.085, 0.165, 0.065, 0.045, 0.08, 0.05, 0.08, 0.085, 0.065, 0.045)
_C = vt.VISIT_COLUMNS
# Columns 1–8, 12 and 13 span both heading rows; "Hướng xử lý" spans columns 9–11.
HEADER: Final = BookHeader(
    rows=(
        (*_C[:8], vt.HANDLING_GROUP, "", "", _C[11], _C[12]),
        ("", "", "", "", "", "", "", "", _C[8], _C[9], _C[10], "", ""),
    ),
    spans=(
        *(((i, 0), (i, 1)) for i in range(8)),
        ((8, 0), (10, 0)),
        ((11, 0), (11, 1)),
        ((12, 0), (12, 1)),
    ),
    shares=SHARES,
    centred_columns=(0, 1, 5, 6, 8),
)


@dataclass(frozen=True, slots=True)
class VisitBookLine:
    """One line of the book as printed: masking already decided by the caller (DOMAIN §9.1, §13)."""

    book_no: int
    date: dt.date
    name_address: str
    id_document: str
    summary: str
    category: str
    group_size: int
    prior_handling: str
    within_competence: bool
    guidance: str
    transfer: str
    follow_up: str
    remarks: str


def cells(line: VisitBookLine) -> tuple[str, ...]:
    return (
        str(line.book_no),
        fmt_date(line.date),
        line.name_address,
        line.id_document,
        line.summary,
        line.category,
        str(line.group_size),
        line.prior_handling,
        "x" if line.within_competence else "",
        line.guidance,
        line.transfer,
        line.follow_up,
        line.remarks,
    )


def render_visit_register(
    cover: BookCover, lines: Iterable[VisitBookLine], progress: Progress | None = None
) -> bytes:
    """The book as PDF bytes; `lines` may be a generator fed batch by batch from the database."""
    return render_book(
        cover,
        HEADER,
        (cells(line) for line in lines),
        doc_title=vt.BOOK_DOC_TITLE_VISITS,
        empty_text=vt.BOOK_EMPTY,
        progress=progress,
    )
