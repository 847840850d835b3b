"""Text normalisation: NFC for storage, a folded search key for diacritic-free search."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """NFC-normalise and trim; Vietnamese input methods may send decomposed text."""
    return unicodedata.normalize("NFC", text).strip()


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
    lowered = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()
