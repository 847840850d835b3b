"""Turn a visit's document source into PDF bytes (no Qt here: the cli's self-test uses it too)."""

from __future__ import annotations

from typing import Literal

from desk_app.services.registry import Services

PageSize = Literal["A4", "A5"]


def receipt_pdf(services: Services, visit_id: int, page_size: PageSize = "A4") -> bytes:
    """Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD) for a visit's received documents."""
    raise NotImplementedError  # wired once desk_app.printing.forms.receipt_02tcd lands


def appointment_pdf(services: Services, visit_id: int, when: object, meet_whom: str, page_size: PageSize = "A4") -> bytes:
    """Phiếu hẹn for a visit."""
    raise NotImplementedError
