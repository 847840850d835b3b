"""Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD, NĐ 154/2026): ReceiptData in, PDF bytes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import TopPadder

from desk_app.domain.enums import DocCondition, IdType
from desk_app.i18n import vi_print as vp
from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.labels import DOC_CONDITION, ID_TYPE
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSize, PageSpec, build_pdf_counted, doc_styles, markup, page_spec

BLANK_ITEM_LINES = 3  # numbered blank lines printed when no item was entered
MATTER_CHARS = 300  # a matter's summary on the receipt: its start names it (the book keeps it whole)


@dataclass(frozen=True, slots=True)
class ReceiptItem:
    """One document received: title, page count (None: written by hand), condition, number of copies."""

    title: str
    pages: int | None
    condition: DocCondition
    quantity: int = 1

    def __post_init__(self) -> None:
        if self.pages is not None and self.pages < 1:
            raise ValueError("pages must be positive")
        if self.quantity < 1:
            raise ValueError("quantity must be at least 1")


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """Everything printed on Mẫu 02/TCD; a missing ID or address is printed as a dotted leader."""

    letterhead: Letterhead
    received_at: datetime
    place: str
    receiver_name: str
    receiver_position: str
    provider_name: str
    provider_id_number: str | None
    provider_id_issue_date: date | None
    provider_id_issue_place: str | None
    provider_address: str | None
    items: tuple[ReceiptItem, ...]
    copies: int = 2
    internal_no: str | None = None
    provider_id_type: IdType | None = None  # printed after the number, e.g. "(Thẻ căn cước)"
    matters: tuple[str, ...] = ()
    """The summaries of a visit that raised several matters, each listed before the documents; empty for one."""

    def __post_init__(self) -> None:
        if not 2 <= self.copies <= 99:
            raise ValueError("a receipt is made in 2 to 99 copies")


def _id_line(data: ReceiptData) -> str:
    number = vp.value_or_leader(data.provider_id_number, 14)
    if data.provider_id_number and data.provider_id_type is not None:
        number = f"{number} ({ID_TYPE[data.provider_id_type]})"
    issued_on = fmt_date(data.provider_id_issue_date) if data.provider_id_issue_date else vp.leader(8)
    return vp.RECEIPT_ID.format(
        number=number, issued_on=issued_on, issued_by=vp.value_or_leader(data.provider_id_issue_place, 14)
    )


def _short(summary: str) -> str:
    text = " ".join(summary.split())
    return text if len(text) <= MATTER_CHARS else text[: MATTER_CHARS - 1].rstrip() + "…"


def _item_lines(items: tuple[ReceiptItem, ...]) -> list[str]:
    if not items:
        return [vp.receipt_blank_item(index) for index in range(1, BLANK_ITEM_LINES + 1)]
    return [
        vp.receipt_item_line(
            index, item.title.strip(), item.pages, DOC_CONDITION[item.condition], item.quantity
        )
        for index, item in enumerate(items, start=1)
    ]


def receipt_story(data: ReceiptData, spec: PageSpec) -> list[Flowable]:
    """The flowables of the receipt on one page spec."""
    styles = doc_styles(spec)
    received = data.received_at
    gap = "&nbsp;" * 6
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, received.date()),
        *title_block(vp.RECEIPT_TITLE, spec, vp.RECEIPT_SUBTITLE),
        Paragraph(
            markup(
                vp.receipt_when_where(received.hour, received.minute, received.date(), data.place.strip())
            ),
            styles.field,
        ),
        Paragraph(
            markup(vp.RECEIPT_RECEIVER.format(name=data.receiver_name.strip()))
            + gap
            + markup(vp.RECEIPT_POSITION.format(position=vp.value_or_leader(data.receiver_position, 12))),
            styles.field,
        ),
        Paragraph(markup(vp.RECEIPT_PROVIDER.format(name=data.provider_name.strip())), styles.field),
        Paragraph(markup(_id_line(data)), styles.field),
        Paragraph(
            markup(vp.RECEIPT_ADDRESS.format(address=vp.value_or_leader(data.provider_address, 30))),
            styles.field,
        ),
    ]
    if data.matters:
        story.append(Paragraph(markup(vp.RECEIPT_MATTERS_INTRO), styles.field))
        story += [
            Paragraph(markup(vp.RECEIPT_MATTER_LINE.format(index=n, summary=_short(summary))), styles.item)
            for n, summary in enumerate(data.matters, start=1)
        ]
    story.append(Paragraph(markup(vp.RECEIPT_ITEMS_INTRO), styles.field))
    items = [Paragraph(markup(line), styles.item) for line in _item_lines(data.items)]
    story += items[:-1]
    signatures = signature_block(
        [
            SignatureColumn((vp.RECEIPT_PROVIDER_SIGN,), data.provider_name, vp.SIGN_HINT),
            SignatureColumn((vp.RECEIPT_RECEIVER_SIGN,), data.receiver_name, vp.SIGN_HINT_STAMP),
        ],
        spec,
    )
    # the last item goes with the signatures, so that a page never carries the signatures alone
    closing: list[Flowable] = [
        items[-1],
        Spacer(1, spec.para_space - spec.item_space),
        Paragraph(markup(vp.receipt_copies(data.copies)), styles.body),
        Spacer(1, spec.para_space),
        signatures,
        Spacer(1, spec.para_space),
        TopPadder(Paragraph(markup(vp.RECEIPT_PRIVACY), styles.small_italic)),
    ]
    story.append(KeepTogether(closing))
    return story


def render_receipt(data: ReceiptData, page_size: PageSize = "A4") -> bytes:
    """The receipt as PDF bytes; the signatures are never split from the closing sentence.

    A list that spills onto a second page by a little is set once more a point smaller and single-spaced;
    when that fits on one page it is used, otherwise the regular layout flows onto the next pages.
    """
    spec = page_spec(page_size)
    footer = vp.RECEIPT_INTERNAL_NO.format(number=data.internal_no.strip()) if data.internal_no else None
    author = data.letterhead.office_name.replace("\n", " ")

    def build(at: PageSpec) -> tuple[bytes, int]:
        return build_pdf_counted(
            receipt_story(data, at), at, title=vp.RECEIPT_DOC_TITLE, author=author, footer=footer,
            form_mark=vp.RECEIPT_FORM_MARK,
        )  # fmt: skip

    pdf, pages = build(spec)
    if pages > 1:
        tight_pdf, tight_pages = build(spec.compacted())
        if tight_pages == 1:
            return tight_pdf
    return pdf
