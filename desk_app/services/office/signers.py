"""Who signs the office's letters and in whose name (NĐ 30/2020 Phụ lục I, box 7; DOMAIN §9, §11.3): one rule.

The head of a body under the collective regime signs on its behalf ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"), and a
deputy of such a body signs in the head's place under the same line ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
"PHÓ CHỦ TỊCH"); elsewhere the head signs with the title alone ("GIÁM ĐỐC") and a deputy "KT. GIÁM ĐỐC" /
"PHÓ GIÁM ĐỐC". Anyone else signs by order ("TL. …"). A staff member's own signature title is kept.
"""

from __future__ import annotations

from desk_app.i18n import vi_signers as vsig
from desk_app.services.schedule.conclusion_types import Signer
from desk_app.storage.records import OfficeRecord, StaffRecord


def collective_line(office: OfficeRecord) -> str:
    """ "TM. ỦY BAN NHÂN DÂN" for an office under the collective regime ("TM. <its name>" for another body), else ""."""
    if not office.collective_regime:
        return ""
    name = " ".join(office.name.upper().split())
    for start in vsig.COLLECTIVE_BODY_NAMES:
        if name == start or name.startswith(start + " "):
            return vsig.COLLECTIVE.format(body=vsig.COLLECTIVE_BODY)
    return vsig.COLLECTIVE.format(body=name)


def signer_for(office: OfficeRecord, staff: StaffRecord | None) -> Signer:
    """Box 7 for `staff` (None: the head's place, the name left blank to be written by hand).

    `Signer.authority` holds one line per quyền hạn, top first ("TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH").
    """
    head_title = " ".join(office.head_title.upper().split())
    collective = collective_line(office)
    if staff is None or staff.is_head:
        return Signer(collective, head_title, staff.full_name if staff else "")
    if staff.is_deputy_head:
        title = staff.signature_title or vsig.DEPUTY_TITLE.format(head_title=head_title)
        in_place = vsig.IN_PLACE.format(head_title=head_title)
        return Signer(join_lines(collective, in_place), title.upper(), staff.full_name)
    title = staff.signature_title or staff.position or ""
    return Signer(vsig.BY_ORDER.format(head_title=head_title), title.upper(), staff.full_name)


def join_lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line.strip())
