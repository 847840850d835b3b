"""Every DocumentKind has a Vietnamese name, and the stored values never change."""

from __future__ import annotations

from desk_app.domain.documents import PETITION_LETTERS, DocumentKind
from desk_app.i18n.labels import DOCUMENT_KIND
from desk_app.i18n.vi_petitions_page import PRINT_DOCS

# printed_document.kind and outgoing_document.related_type hold these: a renamed value orphans kept records.
STORED = {
    "bien_nhan_02tcd", "phieu_hen", "phieu_de_xuat", "huong_dan", "phieu_chuyen_don", "tb_ket_qua_xu_ly",
    "tb_thu_ly_kn", "tb_khong_thu_ly_kn", "tb_tu_choi_tiep", "ho_so_vu_viec", "so_tiep_cong_dan",
    "so_theo_doi_don", "thong_bao_lich_tiep", "danh_sach_dang_ky_tiep", "ket_luan_tcd", "ket_luan_doi_thoai",
    "bao-cao",
}  # fmt: skip


def test_every_kind_has_a_vietnamese_name() -> None:
    assert set(DOCUMENT_KIND) == set(DocumentKind)
    names = list(DOCUMENT_KIND.values())
    assert all(name.strip() and name[0].isupper() for name in names)
    assert len(set(names)) == len(names), "two kinds read alike"


def test_the_stored_values_are_the_ones_kept_records_hold() -> None:
    assert {kind.value for kind in DocumentKind} == STORED


def test_the_petition_menu_names_its_documents_as_the_enum_does() -> None:
    assert set(PETITION_LETTERS) <= set(DocumentKind)
    for key, name in PRINT_DOCS.items():
        assert DOCUMENT_KIND[DocumentKind(key)] == name
