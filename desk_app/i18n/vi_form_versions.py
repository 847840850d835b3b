"""The form mark of a printed book's cover: the form number and the text it is issued with, by the dates covered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from desk_app.domain.form_versions import FormVersion
from desk_app.i18n.formatting import fmt_date

FORM_BASIS: Final = "(Ban hành kèm theo {issued_with})"
NUMBERS_JOINED: Final = " và "
SPAN_FIRST: Final = "đến ngày {until}: {number} ban hành kèm theo {issued_with}"
SPAN_MIDDLE: Final = "từ ngày {since} đến ngày {until}: {number} ban hành kèm theo {issued_with}"
SPAN_LAST: Final = "từ ngày {since}: {number} ban hành kèm theo {issued_with}"
SPAN_WRAP: Final = "(Sổ ghi {parts})"
SPAN_SEPARATOR: Final = "; "


def form_mark(versions: Sequence[FormVersion]) -> tuple[str, str]:
    """(form number line, basis line) for a book covering these versions, oldest first; a book that spans a change of
    form names both and the day each applies from, so no page claims a text that was not yet (or no longer) in force."""
    if len(versions) == 1:
        only = versions[0]
        return only.number, FORM_BASIS.format(issued_with=only.issued_with)
    numbers = NUMBERS_JOINED.join(dict.fromkeys(v.number for v in versions))
    parts: list[str] = []
    for index, version in enumerate(versions):
        since = fmt_date(version.effective_from)
        until = (
            fmt_date(versions[index + 1].effective_from - dt.timedelta(days=1))
            if index + 1 < len(versions)
            else ""
        )
        template = SPAN_FIRST if index == 0 else SPAN_LAST if index == len(versions) - 1 else SPAN_MIDDLE
        parts.append(
            template.format(since=since, until=until, number=version.number, issued_with=version.issued_with)
        )
    return numbers, SPAN_WRAP.format(parts=SPAN_SEPARATOR.join(parts))
