"""Sổ theo dõi xử lý đơn: the petition register's columns on A4 landscape, with its cover page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.forms.book_layout import BookCover, BookHeader, Progress, render_book

# Số, ngày nhận, nguồn, người gửi, CCCD, nội dung, phân loại, hướng xử lý, tình trạng, hạn, ghi chú
SHARES: Final = (0.055, 0.07, 0.11, 0.14, 0.085, 0.2, 0.075, 0.085, 0.08, 0.06, 0.04)
HEADER: Final = BookHeader(rows=(vt.PETITION_COLUMNS,), spans=(), shares=SHARES, centred_columns=(0, 1, 6, 9))


@dataclass(frozen=True, slots=True)
class PetitionBookLine:
    """One petition as printed; the sender is already "[Bảo mật]" where the reader may not see it."""

    label: str
    received_date: dt.date
    source: str
    sender: str
    id_document: str
    summary: str
    category: str
    handling: str
    status: str
    next_due: dt.date | None
    remarks: str = ""


def cells(line: PetitionBookLine) -> tuple[str, ...]:
    return (
        line.label,
        fmt_date(line.received_date),
        line.source,
        line.sender,
        line.id_document,
        line.summary,
        line.category,
        line.handling,
        line.status,
        fmt_date(line.next_due) if line.next_due else "",
        line.remarks,
    )


def render_petition_register(
    cover: BookCover, lines: Iterable[PetitionBookLine], progress: Progress | None = None
) -> bytes:
    return render_book(
        cover,
        HEADER,
        (cells(line) for line in lines),
        doc_title=vt.BOOK_DOC_TITLE_PETITIONS,
        empty_text=vt.BOOK_EMPTY,
        progress=progress,
    )
