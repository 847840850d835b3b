"""Parts shared by the petition letters: signer lines, the letter skeleton, and the denouncer guard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk_app.domain.enums import Category
from desk_app.i18n import vi_petition_forms as vf
from desk_app.printing.fonts import BOLD
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSpec, build_pdf, doc_styles, markup, page_spec


class ThirdPartyDisclosureError(ValueError):
    """A letter to a denouncer was to be copied to someone else: the denouncer's identity would leak (LTC Điều 8)."""


@dataclass(frozen=True, slots=True)
class SignerLines:
    """Box 7 of NĐ 30: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / the name (blank: written by hand); `authority` may hold
    several lines ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"), each printed on its own."""

    authority: str
    title: str
    name: str = ""

    @property
    def title_lines(self) -> tuple[str, ...]:
        return tuple(x for x in (self.authority, self.title) if x.strip())


def guard_denouncer(category: Category, recipients: Sequence[str]) -> None:
    """A letter that names a denouncer goes to the denouncer and the archive only."""
    if category is not Category.TO_CAO:
        return
    for line in recipients:
        text = line.strip()
        if text and not text.startswith((vf.AS_ABOVE, vf.ARCHIVE_PREFIX)):
            raise ThirdPartyDisclosureError(text)


def sentence(text: str) -> str:
    """Ends with a full stop (NĐ 30 body text is written in sentences)."""
    body = " ".join(text.split())
    return body if body.endswith((".", "!", "?", ":", "./.")) else f"{body}."


@dataclass(frozen=True, slots=True)
class Letter:
    """A one-addressee letter: header, tên loại and trích yếu, Kính gửi, field lines, body paragraphs, signature."""

    letterhead: Letterhead
    issued_on: dt.date
    title: str
    subtitle: str | None
    addressee: str
    fields: tuple[str, ...]
    paragraphs: tuple[str, ...]
    signer: SignerLines
    recipients: tuple[str, ...]
    doc_title: str
    form_mark: str | None = None


def letter_story(letter: Letter, spec: PageSpec) -> list[Flowable]:
    styles = doc_styles(spec)
    story: list[Flowable] = []
    if letter.form_mark:
        mark = ParagraphStyle("mark", parent=styles.center, fontName=BOLD, alignment=2, fontSize=spec.note)
        story.append(Paragraph(markup(letter.form_mark), mark))
    story += [
        letterhead_block(letter.letterhead, spec, letter.issued_on),
        *title_block(letter.title, spec, letter.subtitle),
        Paragraph(markup(vf.KINH_GUI.format(recipient=letter.addressee.strip())), styles.center),
        Spacer(1, spec.body * 0.5),
    ]
    # field lines carry their own punctuation: Mẫu 01/TCD runs one sentence over several of them
    story += [Paragraph(markup(line), styles.body) for line in letter.fields if line.strip()]
    story += [Paragraph(markup(sentence(p)), styles.body) for p in letter.paragraphs if p.strip()]
    signature = signature_block(
        [SignatureColumn(letter.signer.title_lines, letter.signer.name, hint=None)], spec, letter.recipients
    )
    story.append(KeepTogether([Spacer(1, spec.body * 0.6), signature]))
    return story


def render_letter(letter: Letter) -> bytes:
    spec = page_spec("A4")
    author = " ".join(letter.letterhead.office_name.split())
    return build_pdf(letter_story(letter, spec), spec, title=letter.doc_title, author=author)
