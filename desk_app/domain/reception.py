"""Reception rules on group visits: representatives (LTCD Điều 29) and the delegation flag (DOMAIN §4)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from desk_app.domain.legal_rules import DELEGATION_THRESHOLD, group_rule

# Error codes for the field "representatives" (keys "representatives.<code>" in desk_app.i18n.errors.MESSAGES).
TOO_FEW: Final = "too_few"
TOO_MANY: Final = "too_many"


def representative_problem(group_size: int, reps: int, on: dt.date) -> str | None:
    """ "too_few", "too_many" or None for `reps` representatives of a group of `group_size` on a date.

    A group that needs no representatives (fewer than 5 people) may name any number of its members,
    but not more than are present. A negative count is "too_few". A group size below 1 is reported
    elsewhere ("group_size.min") and gives None here.
    """
    if group_size < 1:
        return None
    if reps < 0:
        return TOO_FEW
    rule = group_rule(group_size, on)
    max_reps = rule.max_reps if rule.max_reps > 0 else group_size
    if reps < rule.min_reps:
        return TOO_FEW
    if reps > max_reps:
        return TOO_MANY
    return None


def is_delegation(group_size: int) -> bool:
    """A "đoàn đông người" in the statistics: DELEGATION_THRESHOLD (5) people or more."""
    return group_size >= DELEGATION_THRESHOLD
