"""Classification rules of a petition (DOMAIN §7.2): is it processable, and may this handling be repeated."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SignatureKind


class NotProcessable(StrEnum):
    """Why a petition is not processable (đơn không đủ điều kiện xử lý); labels in i18n."""

    THIEU_NGAY = "THIEU_NGAY"
    THIEU_HO_TEN_DIA_CHI = "THIEU_HO_TEN_DIA_CHI"
    KHONG_KY = "KHONG_KY"
    KHONG_RO_NGUOI_BI_KHIEU_NAI = "KHONG_RO_NGUOI_BI_KHIEU_NAI"
    KHONG_RO_NOI_DUNG = "KHONG_RO_NOI_DUNG"
    KHONG_RO_NGUOI_BI_TO_CAO = "KHONG_RO_NGUOI_BI_TO_CAO"
    GUI_NHIEU_NOI = "GUI_NHIEU_NOI"
    DA_HUONG_DAN = "DA_HUONG_DAN"
    DA_GIAI_QUYET_LAN_HAI = "DA_GIAI_QUYET_LAN_HAI"
    TOA_AN_DA_THU_LY = "TOA_AN_DA_THU_LY"
    HET_THOI_HIEU = "HET_THOI_HIEU"
    NAC_DANH = "NAC_DANH"


@dataclass(frozen=True, slots=True)
class PetitionFacts:
    """What the handler checks on the letter; every flag defaults to the letter being in order."""

    category: Category
    has_date: bool = True
    has_name_and_address: bool = True
    signature: SignatureKind = SignatureKind.KY
    has_respondent: bool = True
    has_content: bool = True
    is_anonymous: bool = False
    is_impersonation: bool = False
    sent_to_several_including_competent: bool = False
    guided_before: bool = False
    prior_level: PriorDecisionLevel | None = None
    court_accepted: bool = False
    past_time_limit: bool = False


def not_processable_reasons(f: PetitionFacts) -> list[NotProcessable]:
    """Every ground that makes the petition not processable, in the order of DOMAIN §7.2; empty when it is."""
    reasons: list[NotProcessable] = []
    if f.is_anonymous or f.is_impersonation:
        # An anonymous or impersonated denunciation is not handled under the Law on Denunciation (LTC Điều 25).
        reasons.append(NotProcessable.NAC_DANH)
    if not f.has_date:
        reasons.append(NotProcessable.THIEU_NGAY)
    if not f.has_name_and_address and NotProcessable.NAC_DANH not in reasons:
        reasons.append(NotProcessable.THIEU_HO_TEN_DIA_CHI)
    if f.signature is SignatureKind.KHONG:
        reasons.append(NotProcessable.KHONG_KY)
    if not f.has_content:
        reasons.append(NotProcessable.KHONG_RO_NOI_DUNG)
    if f.category is Category.KHIEU_NAI:
        if not f.has_respondent:
            reasons.append(NotProcessable.KHONG_RO_NGUOI_BI_KHIEU_NAI)
        if f.prior_level is PriorDecisionLevel.LAN_HAI:
            reasons.append(NotProcessable.DA_GIAI_QUYET_LAN_HAI)
        if f.court_accepted or f.prior_level is PriorDecisionLevel.BAN_AN:
            reasons.append(NotProcessable.TOA_AN_DA_THU_LY)
        if f.past_time_limit:
            reasons.append(NotProcessable.HET_THOI_HIEU)
    if f.category is Category.TO_CAO and not f.has_respondent:
        reasons.append(NotProcessable.KHONG_RO_NGUOI_BI_TO_CAO)
    if f.sent_to_several_including_competent:
        reasons.append(NotProcessable.GUI_NHIEU_NOI)
    if f.guided_before:
        reasons.append(NotProcessable.DA_HUONG_DAN)
    return reasons


class RepeatRefused(StrEnum):
    """A handling the law allows only once for the same content."""

    GUIDED_ONCE = "GUIDED_ONCE"
    TRANSFERRED_ONCE = "TRANSFERRED_ONCE"


@dataclass(frozen=True, slots=True)
class EarlierHandling:
    """A handling already decided for the same content (same case or a petition it duplicates)."""

    handling: Handling
    category: Category
    petition_label: str


def repeat_refused(
    handling: Handling, category: Category, earlier: Iterable[EarlierHandling]
) -> tuple[RepeatRefused, EarlierHandling] | None:
    """Guide only once (any category); transfer a denunciation only once (TT05 Điều 14.1). None when allowed."""
    for prior in earlier:
        if handling is Handling.HUONG_DAN and prior.handling is Handling.HUONG_DAN:
            return RepeatRefused.GUIDED_ONCE, prior
        if (
            handling is Handling.CHUYEN_DON
            and category is Category.TO_CAO
            and prior.handling is Handling.CHUYEN_DON
            and prior.category is Category.TO_CAO
        ):
            return RepeatRefused.TRANSFERRED_ONCE, prior
    return None


RECEIVING_BODY_HANDLINGS: frozenset[Handling] = frozenset(
    {Handling.HUONG_DAN, Handling.CHUYEN_DON, Handling.CHUYEN_CQ_DIEU_TRA, Handling.DON_DOC}
)
"""Handlings that name a receiving body (DOMAIN §6.3): where the citizen is guided, where the letter is sent, which
investigation body, which subordinate is urged. The proposal form asks for it and the service requires it."""


def needs_receiving_body(handling: Handling) -> bool:
    return handling in RECEIVING_BODY_HANDLINGS


def implied_handling(
    category: Category, within_competence: bool | None, *, duplicate: bool = False
) -> Handling | None:
    """The handling a classification points to (DOMAIN §6.3), a proposal's starting value; None before classifying.

    A duplicate is filed with the letter it repeats; within competence it is accepted; outside it a complaint is
    guided to the competent body and a denunciation or a kiến nghị, phản ánh is sent on to it.
    """
    if duplicate:
        return Handling.LUU_DON
    if within_competence is None:
        return None
    if within_competence:
        return Handling.THU_LY
    return Handling.HUONG_DAN if category is Category.KHIEU_NAI else Handling.CHUYEN_DON
