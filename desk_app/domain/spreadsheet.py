"""Text that a spreadsheet would run as a formula (=, +, -, @ first), and the apostrophe that keeps it text in a CSV."""

from __future__ import annotations

from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@")
TEXT_MARK: Final = "'"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def guard_csv_text(text: str) -> str:
    """ "=1+1" → "'=1+1": Excel and LibreOffice show the text instead of computing it."""
    return TEXT_MARK + text if looks_like_formula(text) else text


def unguard_csv_text(text: str) -> str:
    """The inverse of guard_csv_text, for reading back a CSV this app (or Excel) wrote."""
    if text.startswith(TEXT_MARK) and looks_like_formula(text[1:]):
        return text[1:]
    return text
