"""Box 7 of NĐ 30/2020 (quyền hạn, chức vụ người ký) on every letter the office issues (DOMAIN §9, §11.3)."""

from __future__ import annotations

from typing import Final

COLLECTIVE: Final = "TM. {body}"
"""Signing on behalf of a body under the collective regime (thay mặt tập thể)."""
COLLECTIVE_BODY: Final = "ỦY BAN NHÂN DÂN"
COLLECTIVE_BODY_NAMES: Final = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND")
"""How an office's name may begin when the body is an Ủy ban nhân dân (both accent placements, the short form)."""
IN_PLACE: Final = "KT. {head_title}"
"""A deputy signing in place of the head (ký thay)."""
DEPUTY_TITLE: Final = "PHÓ {head_title}"
BY_ORDER: Final = "TL. {head_title}"
