"""The office's NĐ 30 header (boxes 1–4) from the office's settings, for every document and report sheet."""

from __future__ import annotations

import re
from typing import Final

from desk_app.printing.layout import Letterhead
from desk_app.services.documents import OfficeHeader

# An UBND's name prints on two bold lines: "ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" (NĐ 30/2020, Phụ lục I).
_UBND: Final = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$", re.IGNORECASE)


def letterhead(office: OfficeHeader, number_line: str | None = None) -> Letterhead:
    name = office.office_name
    match = _UBND.match(name)
    if match:
        name = f"{match.group(1)}\n{match.group(2)}"
    return Letterhead(
        parent_name=office.parent_name,
        office_name=name,
        place_name=office.place_name,
        number_line=number_line,
    )
