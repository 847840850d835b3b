"""Spreadsheet cells that cannot attack: text a spreadsheet would run as a formula, and the mark that keeps it text.

OWASP's CSV injection guidance (and ASVS 1.2.10): a cell whose first character is = + - @, a tab, a carriage return
or a NUL may be evaluated by Excel, LibreOffice or Google Sheets (=HYPERLINK, =cmd|…, @SUM, "\t=1"); a line feed is
guarded too, since an XLSX cell reads a carriage return back as one. A leading apostrophe makes every one of them
show the text as it is. Every CSV and XLSX writer of the app asks this module.
"""

from __future__ import annotations

import re
from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
TEXT_MARK: Final = "'"
# Characters an XLSX file cannot hold (openpyxl refuses them): C0 controls except tab, line feed and carriage return.
_NOT_IN_XLSX: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could evaluate `text` (or its guarded form would be read back wrong without a mark).

    Text that already starts with apostrophes before a dangerous character gets one more, so that reading it back
    (unguard_csv_text) removes exactly the mark this app added: "'=1" is written "''=1" and read as "'=1".
    """
    return text.lstrip(TEXT_MARK).startswith(FORMULA_STARTS)


def guard_csv_text(text: str) -> str:
    """ "=1+1" → "'=1+1": Excel and LibreOffice show the text instead of computing it."""
    return TEXT_MARK + text if looks_like_formula(text) else text


def unguard_csv_text(text: str) -> str:
    """The inverse of guard_csv_text, for reading back a CSV this app (or Excel) wrote; never adds anything."""
    if text.startswith(TEXT_MARK) and looks_like_formula(text[1:]):
        return text[1:]
    return text


def xlsx_text(text: str) -> str:
    """Text as an XLSX cell holds it: line breaks as line feeds (XML reads a CR back as LF), the control characters
    the format forbids dropped (openpyxl refuses them; a register never needs them)."""
    if text.isprintable():  # nearly every cell: no control character at all (a million-row register is quick)
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_IN_XLSX.sub("", text) if _NOT_IN_XLSX.search(text) else text
