"""Text normalisation: NFC for storage (without characters a spreadsheet or PDF cannot hold), a search key."""

from __future__ import annotations

import re
import unicodedata

from desk_app.errors import FieldError, ValidationError

_SPACES = re.compile(r"\s+")
# What an XLSX sheet (XML 1.0) or a PDF text run cannot hold: the C0 control characters other than tab, line feed and
# carriage return (NUL among them; openpyxl refuses the sheet), lone UTF-16 surrogates (no UTF-8 form: the database
# driver and every writer fail) and the non-characters U+FFFE and U+FFFF (invalid XML). A keyboard never types them;
# they arrive from pasted text and from old files.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def unstorable(text: str) -> str | None:
    """The first character of `text` that cannot be stored ("U+0000"), or None when every one can."""
    if text.isprintable():  # nearly always: no control character at all
        return None
    found = _UNSTORABLE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def without_unstorable(text: str) -> str:
    """`text` with the characters `unstorable` names dropped; everything else (tabs, line breaks) kept."""
    return _UNSTORABLE.sub("", text) if unstorable(text) else text


def nfc(text: str) -> str:
    """NFC-normalise and trim; Vietnamese input methods may send decomposed text. Characters no export could
    hold are dropped, so a form's text always exports to XLSX and prints (every service saves through here)."""
    return without_unstorable(unicodedata.normalize("NFC", text)).strip()


def void_reason(text: str) -> str:
    """The reason given for voiding a record, as stored; a blank one is refused (a void always says why)."""
    reason = nfc(text)
    if not reason:
        raise ValidationError([FieldError("void_reason", "required")])
    return reason


def blank(text: str | None) -> bool:
    """Nothing left once cleaned as it would be stored ("\x00" or spaces alone are blank)."""
    return not text or not nfc(text)


def stored_length(text: str | None) -> int:
    """The length of `text` as it would be stored."""
    return len(nfc(text)) if text else 0


def nfc_opt(text: str | None) -> str | None:
    """NFC for optional text; blank becomes None."""
    if text is None:
        return None
    value = nfc(text)
    return value or None


def search_key(text: str | None) -> str:
    """Lowercase, no diacritics, đ→d, single spaces: "Nguyễn  Văn Ân" → "nguyen van an"."""
    if not text:
        return ""
    # from the cleaned text: a key computed from the raw input kept a lone surrogate the database cannot encode
    lowered = nfc(text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()
