"""The Vietnamese sentence for a FieldError, worded for the form section it belongs to."""

from __future__ import annotations

from desk_app.errors import FieldError
from desk_app.i18n import vi, vi_ui


def _group(prefix: str) -> str:
    """ "rep2" → "rep", "doc1" → "document"; the visitor's fields use the bare field name."""
    if prefix.startswith("rep") and prefix[3:].isdigit():
        return "rep"
    if prefix.startswith("doc") and prefix[3:].isdigit():
        return "document"
    return ""


def error_message(err: FieldError) -> str:
    """The most specific message known: the exact key, then the section's wording, then the field, then the code."""
    if err.key in vi_ui.FIELD_ERRORS:
        return vi_ui.FIELD_ERRORS[err.key]
    if err.key in vi.ERRORS:
        return vi.ERRORS[err.key]
    prefix, _, rest = err.field.partition(".")
    if rest:
        group = _group(prefix)
        for key in (f"{group}.{rest}.{err.code}" if group else "", f"{rest}.{err.code}"):
            if key in vi_ui.FIELD_ERRORS:
                return vi_ui.FIELD_ERRORS[key]
            if key in vi.ERRORS:
                return vi.ERRORS[key]
    return vi.error_text(err.key)
