"""The kinds of document the desk prints and keeps: one enum for the kept PDFs, their numbers and the print menus."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class DocumentKind(StrEnum):
    """The value is stored (printed_document.kind, outgoing_document.related_type): never rename one."""

    RECEIPT = "bien_nhan_02tcd"
    APPOINTMENT = "phieu_hen"
    PROPOSAL = "phieu_de_xuat"
    GUIDANCE = "huong_dan"
    TRANSFER = "phieu_chuyen_don"
    RESULT = "tb_ket_qua_xu_ly"
    ACCEPTANCE = "tb_thu_ly_kn"
    NOT_ACCEPTED = "tb_khong_thu_ly_kn"
    """A menu entry only: the notice not to accept is kept as ACCEPTANCE (one number for either answer)."""
    REFUSAL = "tb_tu_choi_tiep"
    CASE_FILE = "ho_so_vu_viec"
    VISIT_BOOK = "so_tiep_cong_dan"
    PETITION_BOOK = "so_theo_doi_don"
    SCHEDULE_NOTICE = "thong_bao_lich_tiep"
    DAY_SHEET = "danh_sach_dang_ky_tiep"
    CONCLUSION = "ket_luan_tcd"
    DIALOGUE_CONCLUSION = "ket_luan_doi_thoai"
    REPORT = "bao-cao"


PETITION_LETTERS: Final = (
    DocumentKind.PROPOSAL,
    DocumentKind.GUIDANCE,
    DocumentKind.TRANSFER,
    DocumentKind.RESULT,
    DocumentKind.ACCEPTANCE,
    DocumentKind.REFUSAL,
)
"""The documents the petition documents service words and numbers (DocKind before this enum)."""
