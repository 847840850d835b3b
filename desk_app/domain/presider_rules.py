"""Who presides over the head's periodic reception, as dated data: a deputy on the head's behalf, then the head only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.enums import ReceptionKind

LTCD_IN_FORCE = dt.date(2014, 7, 1)
BASELINE_2026 = dt.date(2026, 7, 1)


@dataclass(frozen=True, slots=True)
class PresiderRule:
    """One version of the rule: whether the head may have someone else preside a periodic session in his stead.

    `short_basis` is how a warning names the text ("Luật 136/2025"); `tag` is how well DOMAIN §2.2 could confirm it:
    "V" verified, "S" secondary source, "U" unverified, "V-old" verified but repealed.
    """

    delegation_allowed: bool
    legal_basis: str
    short_basis: str
    effective_from: dt.date
    tag: str


PRESIDER_RULES: Sequence[PresiderRule] = (
    # Before 01/7/2026 the head could delegate a deputy (01/TCD's "Ủy quyền tiếp" columns count those sessions).
    PresiderRule(
        True,
        "Luật Tiếp công dân số 42/2013/QH13 và Nghị định số 64/2014/NĐ-CP",
        "Luật Tiếp công dân 2013",
        LTCD_IN_FORCE,
        "V-old",
    ),
    # Luật 136/2025 is reported to let no one preside over the head's periodic reception in his stead (DOMAIN §0, §2.2).
    PresiderRule(
        False,
        "Luật Tiếp công dân số 42/2013/QH13, sửa đổi, bổ sung bởi Luật số 136/2025/QH15",
        "Luật 136/2025",
        BASELINE_2026,
        "S",
    ),
)


def presider_rule(on: dt.date) -> PresiderRule:
    """The version in force on `on`; before the first one, the first (old registers are read by the earliest rule)."""
    versions = sorted(PRESIDER_RULES, key=lambda r: r.effective_from)
    in_force = [r for r in versions if r.effective_from <= on]
    return in_force[-1] if in_force else versions[0]


def presider_breaks(kind: ReceptionKind, on: dt.date, presider_is_head: bool) -> PresiderRule | None:
    """The rule in force on `on` that a session breaks when someone other than the head presides a periodic one
    (nobody presiding counts as not the head); None when the session is fine by the rule of its own date."""
    if kind is not ReceptionKind.DINH_KY or presider_is_head:
        return None
    rule = presider_rule(on)
    return None if rule.delegation_allowed else rule
