"""Whatever a form stores exports to XLSX and prints to PDF (issue 12): arbitrary Unicode typed or pasted into the
free-text fields of a visit and a petition (control characters, emoji, right-to-left marks, formula-looking text,
text as long as the fields allow) is saved through the services, which drop what no export could hold; the
registers then export to XLSX and the books, the receipt and the appointment slip print, and the stored text reads
back from both (in the PDFs, every character the font can draw, in order).

Derandomised like the import fuzzing (tests/integration/test_import_fuzz.py); DESK_APP_FUZZ=<n> runs n fresh examples.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desk_app.documents.books import petition_book_pdf, visit_book_pdf
from desk_app.documents.registers import export_petition_ids, export_visit_ids
from desk_app.documents.visits import appointment_pdf, receipt_pdf
from desk_app.domain.enums import Category, Handling, PetitionSource
from desk_app.domain.petition import PetitionInput
from desk_app.domain.spreadsheet import xlsx_text
from desk_app.domain.text import nfc, unstorable
from desk_app.domain.visit import (
    ADDRESS_LIMIT,
    NAME_LIMIT,
    SUMMARY_LIMIT,
    DocumentInput,
    PersonInput,
    VisitInput,
)
from desk_app.errors import ValidationError
from desk_app.i18n import vi_transfer as vt
from desk_app.printing import fonts
from desk_app.services.registry import Services
from tests.conftest import FIXED_NOW
from tests.helpers.pdf import pdf_text
from tests.integration.test_import_fuzz import FUZZ

# What people paste: control characters (from old files), line and paragraph separators, byte-order and
# non-characters, lone surrogates, bidi marks and overrides, zero-width joiners, emoji sequences, other scripts,
# decomposed Vietnamese, text that looks like a formula or markup.
PASTED = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
    "\ufffe", "\uffff", "\ud800", "\udfff", "\t", "\r", "\n", "\r\n", "\u200e", "\u200f", "\u202a", "\u202e",
    "\u2066", "\u061c", "\u200b", "\u200d", "\u00ad", "😀", "👨‍👩‍👧", "🇻🇳", "שלום", "مرحبا", "e\u0301", "Nguye\u0303\u0302n",
    "Đ", "=1+1", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1)", "=HYPERLINK(\"x\")", "_x0000_", "&amp;", "<b>", "\\",
    "%PDF", "()", " ", "  ", "ﬁ", "\U0001d400", "\U000e0001", "\U0010ffff",
]  # fmt: skip
piece = st.sampled_from(PASTED) | st.text(st.characters(), max_size=6)
typed = st.lists(piece, max_size=10).map("".join)


def long_text(limit: int) -> st.SearchStrategy[str]:
    """Mostly typed text; sometimes a pasted block repeated to the field's limit, one past it (refused), or a few
    thousand characters."""
    size = st.sampled_from([limit, limit + 1]) | st.integers(1, min(limit, 3000))
    block = st.builds(lambda text, n: ((text or "x") * n)[:n], typed, size)
    return st.one_of(typed, typed, typed, typed, typed, block)


def refused_rightly(refused: ValidationError, fields: dict[str, tuple[str, int]]) -> None:
    """Only text that is blank once cleaned, or longer than its limit once cleaned, is refused, by its field."""
    assert refused.errors
    for error in refused.errors:
        text, limit = fields[error.field]
        if error.code == "required":
            assert nfc(text) == "", error
        else:
            assert error.code == "too_long" and len(nfc(text)) > limit, error


examples = itertools.count()


@functools.cache
def drawable() -> frozenset[int]:
    """The code points the documents' font has a glyph for."""
    faces = fonts.load_faces(fonts.register_fonts())
    assert faces
    return frozenset(faces[0].face.charToGlyph)


# pypdf gives right-to-left runs in visual order, and zero-width or format characters (soft hyphen, bidi marks,
# joiners) are break points or invisible: those are checked to be present, not in order.
_UNORDERED_BIDI = frozenset({"R", "AL", "AN"})


def _ordered(ch: str) -> bool:
    return (
        not ch.isspace()
        and unicodedata.category(ch) != "Cf"
        and unicodedata.bidirectional(ch) not in _UNORDERED_BIDI
    )


def covered(text: str) -> str:
    """The characters of `text` the PDF font draws (others print as a box) that keep their order, without spacing."""
    chars = drawable()
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ord(ch) in chars and _ordered(ch))


def right_to_left(text: str) -> set[str]:
    chars = drawable()
    return {ch for ch in text if ord(ch) in chars and unicodedata.bidirectional(ch) in _UNORDERED_BIDI}


def in_order(needle: str, haystack: str) -> bool:
    """Every character of needle appears in haystack in the same order (table cells wrap, and pypdf reads a
    wrapped row line by line across its columns)."""
    it = iter(haystack)
    return all(ch in it for ch in needle)


def prints(stored: str, text: str) -> bool:
    """The stored text is in the extracted PDF text, in order; text with right-to-left letters (which pypdf gives in
    visual order, with the punctuation around them) only character by character."""
    if right_to_left(unicodedata.normalize("NFC", stored)):
        return set(covered(stored)) | right_to_left(stored) <= set(text)
    return in_order(covered(stored), text)


def printed(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return "".join(pdf_text(pdf).split())


def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def cell_text(value: object) -> str:
    return "" if value is None else str(value)


SETTINGS = settings(
    max_examples=FUZZ or 40,
    derandomize=not FUZZ,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    database=None,
)


# Visits ---------------------------------------------------------------------------------------------------------
def visit_example(sv: Services, folder: Path, seen: dict[str, int], name: str, address: str, summary: str,
                  remarks: str, document: str) -> None:  # fmt: skip
    day = FIXED_NOW.date() - dt.timedelta(days=next(examples))
    visit = VisitInput(
        date=day, visitor=PersonInput(full_name=name, address=address), summary=summary,
        category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.HUONG_DAN, guidance_target="UBND huyện",
        remarks=remarks, documents=(DocumentInput(title=document or "Đơn"),),
    )  # fmt: skip
    try:
        saved = sv.intake.save(visit)
    except ValidationError as refused:
        refused_rightly(refused, {"visitor.full_name": (name, NAME_LIMIT), "visitor.address": (address, ADDRESS_LIMIT),
                                  "summary": (summary, SUMMARY_LIMIT), "doc1.title": (document or "Đơn", 500)})  # fmt: skip
        seen["refused"] += 1
        return
    stored = {"name": nfc(name), "address": nfc(address), "summary": nfc(summary), "remarks": nfc(remarks)}
    assert all(unstorable(t) is None for t in stored.values())
    target = folder / f"so-{saved.id}.xlsx"
    export_visit_ids(sv.ctx, [saved.id], target)
    header, row = sheet_rows(target)
    cells = dict(zip(header, row, strict=True))
    assert header == vt.VISIT_HEADERS
    assert cell_text(cells[vt.V_NAME]) == xlsx_text(stored["name"])
    assert cell_text(cells[vt.V_ADDRESS]) == xlsx_text(stored["address"])
    assert cell_text(cells[vt.V_SUMMARY]) == xlsx_text(stored["summary"])
    assert cell_text(cells[vt.V_REMARKS]) == xlsx_text(stored["remarks"])
    book, lines = visit_book_pdf(sv, day, day)
    assert lines == 1
    text = printed(book)
    for field in ("name", "address", "summary"):
        assert prints(stored[field], text), field
    receipt = printed(receipt_pdf(sv, saved.id))
    for field in ("name", "address"):
        assert prints(stored[field], receipt), field
    assert prints(nfc(document or "Đơn"), receipt)
    slip = printed(appointment_pdf(sv, saved.id, FIXED_NOW + dt.timedelta(days=3), "Ông Trần Văn Bình"))
    assert prints(stored["summary"], slip)
    seen["stored"] += 1
    seen["long"] += len(stored["summary"]) > 5000 or len(stored["name"]) > 150
    seen["odd"] += any(not t.isprintable() or any(ord(c) > 0xFFFF for c in t) for t in stored.values())


def test_what_a_visit_form_stores_exports_and_prints(office_services: Services, tmp_path: Path) -> None:
    seen = {"stored": 0, "refused": 0, "long": 0, "odd": 0}

    @SETTINGS
    @given(name=long_text(NAME_LIMIT), address=long_text(ADDRESS_LIMIT), summary=long_text(SUMMARY_LIMIT),
           remarks=typed, document=typed)  # fmt: skip
    def one(name: str, address: str, summary: str, remarks: str, document: str) -> None:
        visit_example(office_services, tmp_path, seen, name, address, summary, remarks, document)

    one()
    # not vacuous: text is stored (long and odd text among it) and some is refused
    assert seen["stored"] >= 10 and min(seen.values()) >= 2, seen


# Petitions ------------------------------------------------------------------------------------------------------
def petition_example(sv: Services, folder: Path, seen: dict[str, int], name: str, address: str, summary: str,
                     forwarded_by: str) -> None:  # fmt: skip
    day = FIXED_NOW.date() - dt.timedelta(days=next(examples))
    petition = PetitionInput(
        received_date=day, source=PetitionSource.CO_QUAN_CAP_TREN, summary=summary,
        category=Category.KIEN_NGHI_PHAN_ANH, main=PersonInput(full_name=name, address=address),
        forwarded_by_org=forwarded_by or "UBND huyện",
    )  # fmt: skip
    try:
        saved = sv.petitions.register(petition)
    except ValidationError as refused:
        refused_rightly(refused, {"main.full_name": (name, NAME_LIMIT), "main.address": (address, ADDRESS_LIMIT),
                                  "summary": (summary, SUMMARY_LIMIT),
                                  "forwarded_by_org": (forwarded_by or "UBND huyện", 0)})  # fmt: skip
        seen["refused"] += 1
        return
    stored = {"name": nfc(name), "address": nfc(address), "summary": nfc(summary)}
    target = folder / f"don-{saved.id}.xlsx"
    export_petition_ids(sv.ctx, [saved.id], target)
    header, row = sheet_rows(target)
    cells = dict(zip(header, row, strict=True))
    assert header == vt.PETITION_HEADERS
    assert cell_text(cells[vt.P_SENDER]) == xlsx_text(stored["name"])
    assert cell_text(cells[vt.P_ADDRESS]) == xlsx_text(stored["address"])
    assert cell_text(cells[vt.P_SUMMARY]) == xlsx_text(stored["summary"])
    assert cell_text(cells[vt.P_FORWARDED_BY]) == xlsx_text(nfc(forwarded_by or "UBND huyện"))
    book, lines = petition_book_pdf(sv, day, day)
    assert lines == 1
    text = printed(book)
    for field in ("name", "address", "summary"):
        assert prints(stored[field], text), field
    seen["stored"] += 1


def test_what_a_petition_form_stores_exports_and_prints(office_services: Services, tmp_path: Path) -> None:
    seen = {"stored": 0, "refused": 0}

    @SETTINGS
    @given(name=long_text(NAME_LIMIT), address=long_text(ADDRESS_LIMIT), summary=long_text(SUMMARY_LIMIT),
           forwarded_by=typed)  # fmt: skip
    def one(name: str, address: str, summary: str, forwarded_by: str) -> None:
        petition_example(office_services, tmp_path, seen, name, address, summary, forwarded_by)

    one()
    assert seen["stored"] >= 10 and seen["refused"] >= 2, seen


# What the property tests found -----------------------------------------------------------------------------------
def test_a_name_or_summary_blank_once_cleaned_is_refused(office_services: Services) -> None:
    """ "\\x00" passed the blank check on the raw text and was stored as an empty name and summary."""
    visit = VisitInput(date=FIXED_NOW.date(), visitor=PersonInput(full_name="\x00 "), summary="\x01\ufffe",
                       category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP)  # fmt: skip
    try:
        office_services.intake.save(visit)
    except ValidationError as refused:
        assert {e.key for e in refused.errors} == {"visitor.full_name.required", "summary.required"}
    else:
        raise AssertionError("a blank name was saved")


def test_a_petition_summary_with_a_lone_surrogate_is_stored(office_services: Services) -> None:
    """The search key was computed from the raw summary and kept the surrogate: the database refused to encode it."""
    saved = office_services.petitions.register(
        PetitionInput(received_date=FIXED_NOW.date(), source=PetitionSource.BUU_CHINH, summary="\ud800Đất\u200e",
                      category=Category.KIEN_NGHI_PHAN_ANH, main=PersonInput(full_name="Lê\udfff Văn A"))
    )  # fmt: skip
    assert saved.id


def test_a_summary_longer_than_a_page_prints_over_the_next_pages(office_services: Services) -> None:
    """A book line taller than a page raised LayoutError (reportlab cannot place it): it now splits."""
    summary = "Khiếu nại việc thu hồi đất " * 600
    day = FIXED_NOW.date()
    office_services.intake.save(
        VisitInput(date=day, visitor=PersonInput(full_name="Ngô Văn Dài"), summary=summary,
                   category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP)
    )  # fmt: skip
    pdf, lines = visit_book_pdf(office_services, day, day)
    assert lines == 1 and prints(nfc(summary), printed(pdf))
