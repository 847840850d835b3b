"""Read rendered PDFs in tests: NFC text of all pages (pypdf), page count, page sizes, text near the page top."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    """The text of every page joined by newlines, NFC-normalised (assert substrings, never line order)."""
    pages = (page.extract_text() or "" for page in _reader(data).pages)
    return unicodedata.normalize("NFC", "\n".join(pages))


def pdf_page_texts(data: bytes) -> list[str]:
    """The NFC text of each page."""
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in _reader(data).pages]


def pdf_page_count(data: bytes) -> int:
    """How many pages the PDF has."""
    return len(_reader(data).pages)


def pdf_page_sizes(data: bytes) -> list[tuple[float, float]]:
    """(width, height) of each page's media box, in points."""
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in _reader(data).pages]


def pdf_text_spans(data: bytes, page_index: int) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text run drawn on one page, y measured from the bottom edge."""
    spans: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            # the run's position: the text matrix mapped through the current transformation matrix
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            spans.append((unicodedata.normalize("NFC", text.strip()), x, y))

    _reader(data).pages[page_index].extract_text(visitor_text=visit)
    return spans


def pdf_font_names(data: bytes) -> set[str]:
    """Base names of the fonts used on all pages (subset prefixes removed)."""
    names: set[str] = set()
    for page in _reader(data).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            base = str(ref.get_object().get("/BaseFont", ""))
            names.add(base.split("+", 1)[-1].lstrip("/"))
    return names
