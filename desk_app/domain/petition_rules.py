"""Classification rules of a petition (DOMAIN §7.2, §6.3): is it processable, what a handling needs, may it repeat."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from desk_app.domain.documents import DocumentKind
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


DESK_ONLY_HANDLINGS: frozenset[Handling] = frozenset({Handling.TRA_LOI_TRUC_TIEP, Handling.TU_CHOI_TIEP})
"""Answering on the spot and refusing to receive happen at the desk, never to a letter."""
PETITION_HANDLINGS: tuple[Handling, ...] = tuple(h for h in Handling if h not in DESK_ONLY_HANDLINGS)
"""The handlings a petition may be given (DOMAIN §6.3), in the order the proposal offers them."""

RECEIVING_BODY_HANDLINGS: frozenset[Handling] = frozenset(
    {Handling.HUONG_DAN, Handling.CHUYEN_DON, Handling.CHUYEN_CQ_DIEU_TRA, Handling.DON_DOC}
)
"""Handlings that name a receiving body (DOMAIN §6.3): where the citizen is guided, where the letter is sent, which
investigation body, which subordinate is urged. The proposal form asks for it and the service requires it."""


HANDLING_LETTERS: Mapping[Handling, DocumentKind] = MappingProxyType(
    {Handling.HUONG_DAN: DocumentKind.GUIDANCE, Handling.CHUYEN_DON: DocumentKind.TRANSFER}
)
"""The letter an approved handling is carried out with: Phiếu hướng dẫn, Phiếu chuyển đơn (DOMAIN §9)."""


@dataclass(frozen=True, slots=True)
class HandlingNeeds:
    """What a proposed handling needs before and after the leader's approval."""

    receiving_body: bool
    """The proposal names the body the citizen is guided to, the letter is sent to, or that is urged."""
    letter: DocumentKind | None
    """The letter that carries the approved handling out, if it has its own."""
    leader_approval: bool = True
    """Every handling of a petition takes effect only when the leader approves it (DOMAIN §5.10)."""


def handling_needs(handling: Handling) -> HandlingNeeds:
    return HandlingNeeds(needs_receiving_body(handling), HANDLING_LETTERS.get(handling))


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
