"""Legal values of the desk as dated data: refusal grounds and group-representative limits (DOMAIN §3, §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.enums import Category, RefusalReason

BASELINE_2026 = dt.date(2026, 7, 1)


@dataclass(frozen=True, slots=True)
class RefusalGround:
    """One ground for refusing a citizen, with its legal basis and whether Mẫu 01/TCD is due."""

    reason: RefusalReason
    legal_basis: str
    needs_written_notice: bool
    notice_working_days: int
    effective_from: dt.date
    categories: frozenset[Category] | None = None
    """The matters the ground can be about (None: any); LTCD 9.3 speaks of complaints and denunciations only."""


@dataclass(frozen=True, slots=True)
class GroupRule:
    """How many representatives a group of a given size appoints (LTCD Điều 29)."""

    min_size: int
    max_size: int | None
    min_reps: int
    max_reps: int
    legal_basis: str
    effective_from: dt.date


_ND154 = "Nghị định số 154/2026/NĐ-CP"
_KN_TC = frozenset({Category.KHIEU_NAI, Category.TO_CAO})
_KNPA = frozenset({Category.KIEN_NGHI_PHAN_ANH})

REFUSAL_GROUNDS: Sequence[RefusalGround] = (
    RefusalGround(RefusalReason.SAY_TAM_THAN, "khoản 1 Điều 9 Luật Tiếp công dân", False, 0, BASELINE_2026),
    RefusalGround(
        RefusalReason.DE_DOA_VI_PHAM_NOI_QUY, "khoản 2 Điều 9 Luật Tiếp công dân", False, 0, BASELINE_2026
    ),
    RefusalGround(
        RefusalReason.KHIEU_TO_KEO_DAI, "khoản 3 Điều 9 Luật Tiếp công dân", True, 3, BASELINE_2026, _KN_TC
    ),
    RefusalGround(RefusalReason.VU_KHI, f"điểm a khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026),
    RefusalGround(
        RefusalReason.KHONG_KIEM_TRA_AN_NINH, f"điểm b khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026
    ),
    RefusalGround(RefusalReason.GHI_AM_GHI_HINH, f"điểm c khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026),
    RefusalGround(
        RefusalReason.KICH_DONG_GAY_ROI, f"điểm d khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026
    ),
    RefusalGround(
        RefusalReason.MAT_NANG_LUC_HVDS, f"điểm đ khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026
    ),
    RefusalGround(
        RefusalReason.DAI_DIEN_KHONG_HOP_PHAP, f"điểm e khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026
    ),
    RefusalGround(RefusalReason.NGOAI_PHAM_VI, f"điểm g khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026),
    RefusalGround(
        RefusalReason.KNPA_DA_TRA_LOI, f"điểm h khoản 1 Điều 4 {_ND154}", True, 3, BASELINE_2026, _KNPA
    ),
    RefusalGround(RefusalReason.DA_CO_BAN_AN, f"điểm i khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026),
    RefusalGround(RefusalReason.DANG_DUOC_THU_LY, f"điểm k khoản 1 Điều 4 {_ND154}", False, 0, BASELINE_2026),
)

GROUP_RULES: Sequence[GroupRule] = (
    GroupRule(1, 4, 0, 0, "Điều 29 Luật Tiếp công dân", dt.date(2014, 7, 1)),
    GroupRule(5, 10, 1, 2, "Điều 29 Luật Tiếp công dân", dt.date(2014, 7, 1)),
    GroupRule(11, None, 1, 5, "Điều 29 Luật Tiếp công dân", dt.date(2014, 7, 1)),
)

DELEGATION_THRESHOLD = 5
"""A visit of this many people or more is a "đoàn đông người" in the statistics (DOMAIN §4, §16.1)."""


def refusal_ground(reason: RefusalReason, on: dt.date) -> RefusalGround:
    """The ground in force on a date (the latest effective one)."""
    candidates = [g for g in REFUSAL_GROUNDS if g.reason == reason and g.effective_from <= on]
    if not candidates:
        candidates = [g for g in REFUSAL_GROUNDS if g.reason == reason]
    return max(candidates, key=lambda g: g.effective_from)


def ground_fits(reason: RefusalReason, category: Category | None, on: dt.date) -> bool:
    """Whether the ground can be used for a matter of `category` (an unclassified matter fits only the general ones)."""
    allowed = refusal_ground(reason, on).categories
    return allowed is None or category in allowed


def fitting_reasons(category: Category | None, on: dt.date) -> tuple[RefusalReason, ...]:
    """The grounds an officer may choose for a matter of `category`, in the order of the law."""
    return tuple(r for r in RefusalReason if ground_fits(r, category, on))


def group_rule(size: int, on: dt.date) -> GroupRule:
    """The representative rule for a group of `size` people in force on a date."""
    for rule in sorted(GROUP_RULES, key=lambda r: r.effective_from, reverse=True):
        if (
            rule.effective_from <= on
            and rule.min_size <= size
            and (rule.max_size is None or size <= rule.max_size)
        ):
            return rule
    return GROUP_RULES[0]
