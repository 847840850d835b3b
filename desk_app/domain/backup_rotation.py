"""Which automatic backups to keep (DOMAIN §16.7): recent ones, then the newest of each day, week and month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rotation:
    """At least the last 7 daily, 4 weekly and 12 monthly backups (§16.7); every backup of the last two days."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent: dt.timedelta = dt.timedelta(days=2)


DEFAULT_ROTATION = Rotation()


def _newest_per(
    stamps: list[dt.datetime], bucket: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    """The newest stamp of each of the newest `count` buckets (days, weeks, months) that hold a backup."""
    kept: dict[Hashable, dt.datetime] = {}
    for stamp in stamps:  # newest first: the first stamp of a bucket is its newest
        key = bucket(stamp)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = stamp
    return set(kept.values())


def to_keep(
    stamps: Iterable[dt.datetime], now: dt.datetime, rotation: Rotation = DEFAULT_ROTATION
) -> set[dt.datetime]:
    """The stamps to keep; the newest is always kept (the caller passes only verified backups)."""
    ordered = sorted(set(stamps), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    keep |= {s for s in ordered if now - s <= rotation.recent}
    keep |= _newest_per(ordered, lambda s: s.date(), rotation.daily)
    keep |= _newest_per(ordered, lambda s: s.isocalendar()[:2], rotation.weekly)
    keep |= _newest_per(ordered, lambda s: (s.year, s.month), rotation.monthly)
    return keep
