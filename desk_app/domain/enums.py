"""Enumerations of the reception desk (DOMAIN §5–§6); labels live in desk_app.i18n.vi."""

from __future__ import annotations

from enum import StrEnum


class OfficeKind(StrEnum):
    UBND_XA = "UBND_XA"
    UBND_TINH = "UBND_TINH"
    SO = "SO"
    DON_VI_SU_NGHIEP = "DON_VI_SU_NGHIEP"
    KHAC = "KHAC"


class ReceptionKind(StrEnum):
    THUONG_XUYEN = "THUONG_XUYEN"
    DINH_KY = "DINH_KY"
    DOT_XUAT = "DOT_XUAT"


class ReceptionMode(StrEnum):
    TRUC_TIEP = "TRUC_TIEP"
    TRUC_TUYEN = "TRUC_TUYEN"


class Category(StrEnum):
    KHIEU_NAI = "KHIEU_NAI"
    TO_CAO = "TO_CAO"
    KIEN_NGHI_PHAN_ANH = "KIEN_NGHI_PHAN_ANH"
    NHIEU_NOI_DUNG = "NHIEU_NOI_DUNG"


class SubjectField(StrEnum):
    HC_CHINH_SACH = "HC_CHINH_SACH"
    HC_DAT_DAI_NHA_CUA = "HC_DAT_DAI_NHA_CUA"
    HC_CONG_CHUC_CONG_VU = "HC_CONG_CHUC_CONG_VU"
    HC_KHAC = "HC_KHAC"
    THAM_NHUNG = "THAM_NHUNG"
    TU_PHAP = "TU_PHAP"
    DANG_DOAN_THE = "DANG_DOAN_THE"
    KHAC = "KHAC"


class Handling(StrEnum):
    """Hướng xử lý (DOMAIN §6.3); the desk uses all of them, petitions all but the desk-only ones."""

    THU_LY = "THU_LY"
    HUONG_DAN = "HUONG_DAN"
    CHUYEN_DON = "CHUYEN_DON"
    TRA_LAI_DON = "TRA_LAI_DON"
    LUU_DON = "LUU_DON"
    DON_DOC = "DON_DOC"
    TRA_LOI_TRUC_TIEP = "TRA_LOI_TRUC_TIEP"
    TU_CHOI_TIEP = "TU_CHOI_TIEP"
    CHUYEN_CQ_DIEU_TRA = "CHUYEN_CQ_DIEU_TRA"


class RefusalReason(StrEnum):
    SAY_TAM_THAN = "SAY_TAM_THAN"
    DE_DOA_VI_PHAM_NOI_QUY = "DE_DOA_VI_PHAM_NOI_QUY"
    KHIEU_TO_KEO_DAI = "KHIEU_TO_KEO_DAI"
    VU_KHI = "VU_KHI"
    KHONG_KIEM_TRA_AN_NINH = "KHONG_KIEM_TRA_AN_NINH"
    GHI_AM_GHI_HINH = "GHI_AM_GHI_HINH"
    KICH_DONG_GAY_ROI = "KICH_DONG_GAY_ROI"
    MAT_NANG_LUC_HVDS = "MAT_NANG_LUC_HVDS"
    DAI_DIEN_KHONG_HOP_PHAP = "DAI_DIEN_KHONG_HOP_PHAP"
    NGOAI_PHAM_VI = "NGOAI_PHAM_VI"
    KNPA_DA_TRA_LOI = "KNPA_DA_TRA_LOI"
    DA_CO_BAN_AN = "DA_CO_BAN_AN"
    DANG_DUOC_THU_LY = "DANG_DUOC_THU_LY"


class IdType(StrEnum):
    CAN_CUOC = "CAN_CUOC"
    CCCD = "CCCD"
    GCN_CAN_CUOC = "GCN_CAN_CUOC"
    SO_DINH_DANH = "SO_DINH_DANH"
    HO_CHIEU = "HO_CHIEU"
    CMND = "CMND"
    KHAC = "KHAC"


class Gender(StrEnum):
    NAM = "NAM"
    NU = "NU"
    KHAC = "KHAC"


class PriorDecisionLevel(StrEnum):
    CHUA = "CHUA"
    LAN_DAU = "LAN_DAU"
    LAN_HAI = "LAN_HAI"
    BAN_AN = "BAN_AN"
    KET_LUAN_TC = "KET_LUAN_TC"


class SignatureKind(StrEnum):
    KY = "KY"
    DIEM_CHI = "DIEM_CHI"
    KHONG = "KHONG"


class VisitStatus(StrEnum):
    NHAP = "NHAP"
    DA_VAO_SO = "DA_VAO_SO"
    DA_XU_LY_TAI_CHO = "DA_XU_LY_TAI_CHO"
    CHO_THONG_BAO = "CHO_THONG_BAO"
    DA_THONG_BAO = "DA_THONG_BAO"
    DANG_THEO_DOI = "DANG_THEO_DOI"
    KET_THUC = "KET_THUC"
    TU_CHOI = "TU_CHOI"


class VisitOrder(StrEnum):
    LAN_DAU = "LAN_DAU"
    NHIEU_LAN = "NHIEU_LAN"


class DocCondition(StrEnum):
    BAN_SAO_CONG_CHUNG = "BAN_SAO_CONG_CHUNG"
    BAN_PHOTO = "BAN_PHOTO"
    BAN_CHINH = "BAN_CHINH"
    KHAC = "KHAC"


class CaseStatus(StrEnum):
    DANG_XU_LY = "DANG_XU_LY"
    DANG_GIAI_QUYET = "DANG_GIAI_QUYET"
    DA_TRA_LOI = "DA_TRA_LOI"
    KET_THUC = "KET_THUC"


class Role(StrEnum):
    TIEP_CONG_DAN = "TIEP_CONG_DAN"
    XU_LY_DON = "XU_LY_DON"
    LANH_DAO = "LANH_DAO"
    VAN_THU = "VAN_THU"
    QUAN_TRI = "QUAN_TRI"
    XEM_BAO_CAO = "XEM_BAO_CAO"


class ReceptionSessionStatus(StrEnum):
    """The life of a reception session (DOMAIN §6.1, §7.6)."""

    DU_KIEN = "DU_KIEN"
    DA_CONG_BO = "DA_CONG_BO"
    DA_TIEP = "DA_TIEP"
    HOAN = "HOAN"
    HUY = "HUY"
    KHONG_CO_CONG_DAN = "KHONG_CO_CONG_DAN"


class DeadlineStatus(StrEnum):
    """A tracked time limit (DOMAIN §5.13)."""

    DANG_CHAY = "DANG_CHAY"
    SAP_HET_HAN = "SAP_HET_HAN"
    QUA_HAN = "QUA_HAN"
    HOAN_THANH = "HOAN_THANH"


class DialogueKind(StrEnum):
    """Đối thoại định kỳ, đột xuất, chuyên đề (the commune's dialogue rules)."""

    DINH_KY = "DINH_KY"
    DOT_XUAT = "DOT_XUAT"
    CHUYEN_DE = "CHUYEN_DE"


class PetitionStatus(StrEnum):
    """The petition state machine (DOMAIN §6.2, §7.2)."""

    MOI_TIEP_NHAN = "MOI_TIEP_NHAN"
    DA_VAO_SO = "DA_VAO_SO"
    DANG_XU_LY = "DANG_XU_LY"
    CHO_DUYET = "CHO_DUYET"
    DA_XU_LY = "DA_XU_LY"
    DANG_GIAI_QUYET = "DANG_GIAI_QUYET"
    TAM_DINH_CHI = "TAM_DINH_CHI"
    DINH_CHI = "DINH_CHI"
    DA_GIAI_QUYET = "DA_GIAI_QUYET"
    LUU_DON = "LUU_DON"
    RUT_DON = "RUT_DON"


class PetitionSource(StrEnum):
    """Nguồn đơn (DOMAIN §6.5)."""

    TRUC_TIEP_TCD = "TRUC_TIEP_TCD"
    BUU_CHINH = "BUU_CHINH"
    NOP_TRUC_TIEP = "NOP_TRUC_TIEP"
    HOP_THU = "HOP_THU"
    TRUC_TUYEN = "TRUC_TUYEN"
    DBQH_HDND = "DBQH_HDND"
    MTTQ = "MTTQ"
    BAO_CHI = "BAO_CHI"
    CO_QUAN_CAP_TREN = "CO_QUAN_CAP_TREN"
    LANH_DAO_CHUYEN = "LANH_DAO_CHUYEN"
    KHAC = "KHAC"

    @property
    def is_forwarded(self) -> bool:
        """Sent on by another body, whose document number and date the register records."""
        return self in _FORWARDED


_FORWARDED = frozenset(
    {
        PetitionSource.DBQH_HDND,
        PetitionSource.MTTQ,
        PetitionSource.BAO_CHI,
        PetitionSource.CO_QUAN_CAP_TREN,
        PetitionSource.LANH_DAO_CHUYEN,
    }
)
