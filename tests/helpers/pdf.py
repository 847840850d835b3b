"""Read rendered PDFs in tests (pypdf): NFC text, page count, page sizes, text positions, fonts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes, normalise: bool = True) -> str:
    """The text of every page joined by newlines, NFC-normalised (assert substrings, never line order).

    normalise=False returns the text as drawn, to check that the PDF itself carries composed (NFC) letters.
    """
    text = "\n".join(page.extract_text() or "" for page in _reader(data).pages)
    return unicodedata.normalize("NFC", text) if normalise else text


def pdf_flat_text(data: bytes) -> str:
    """pdf_text with every run of whitespace made one space, so that a sentence wrapped over lines matches."""
    return " ".join(pdf_text(data).split())


def pdf_metadata(data: bytes) -> dict[str, str]:
    """The document information dictionary (/Title, /Author, …) as plain strings."""
    info = _reader(data).metadata
    return {} if info is None else {str(k): str(v) for k, v in info.items()}


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


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """PDF matrix product a × b of [a b c d e f] matrices."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def pdf_line_segments(data: bytes, page_index: int) -> list[tuple[float, float, float, float]]:
    """Straight segments drawn with "m … l" on one page, in page coordinates (x1, y1, x2, y2)."""
    reader = _reader(data)
    page = reader.pages[page_index]
    ops = ContentStream(page.get_contents(), reader).operations
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    start: tuple[float, float] | None = None
    segments: list[tuple[float, float, float, float]] = []

    def to_page(x: float, y: float) -> tuple[float, float]:
        return x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5]

    for operands, operator in ops:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif operator == b"m":
            start = to_page(float(operands[0]), float(operands[1]))
        elif operator == b"l" and start is not None:
            end = to_page(float(operands[0]), float(operands[1]))
            segments.append((start[0], start[1], end[0], end[1]))
            start = end
    return segments


def keep_shot(data: bytes, stem: str) -> None:
    """Keep the PDF (and a 70 dpi PNG when pdftoppm is installed) in $DESK_APP_SHOTS to look at; nothing otherwise.

    Looking is a person's job: a test run on a machine without poppler or without the folder must not fail for it.
    """
    folder = os.environ.get("DESK_APP_SHOTS")
    if not folder:
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{stem}.pdf"
    target.write_bytes(data)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:
        subprocess.run([pdftoppm, "-png", "-r", "70", str(target), str(out / stem)], check=True)
