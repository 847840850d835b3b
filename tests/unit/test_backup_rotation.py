"""Which automatic backups are kept (DOMAIN §16.7): at least 7 daily, 4 weekly, 12 monthly; never the newest."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.backup_rotation import Rotation, to_keep

NOW = dt.datetime(2026, 12, 5, 17, 0)


def hourly(days: int) -> list[dt.datetime]:
    """A backup every working hour (08–17) of every day for `days` days back."""
    return [
        dt.datetime.combine(NOW.date() - dt.timedelta(days=d), dt.time(h))
        for d in range(days)
        for h in range(8, 18)
    ]


def test_a_year_of_hourly_backups_keeps_two_days_then_days_weeks_and_months() -> None:
    stamps = hourly(400)
    keep = to_keep(stamps, NOW)
    recent = {s for s in stamps if NOW - s <= dt.timedelta(days=2)}
    assert recent <= keep  # every backup of the last two days
    days = {s.date() for s in keep}
    assert {NOW.date() - dt.timedelta(days=d) for d in range(7)} <= days  # the last 7 days
    weeks = {s.isocalendar()[:2] for s in keep}
    assert len({(NOW.date() - dt.timedelta(weeks=w)).isocalendar()[:2] for w in range(4)} & weeks) == 4
    months = {(s.year, s.month) for s in keep}
    assert len(months) >= 12
    # and it thins: far fewer than the 4,000 there were
    assert len(keep) < len(recent) + 7 + 4 + 12


def test_the_kept_backup_of_a_day_is_its_newest() -> None:
    stamps = hourly(20)
    keep = to_keep(stamps, NOW)
    ten_days_ago = NOW.date() - dt.timedelta(days=5)
    of_that_day = [s for s in keep if s.date() == ten_days_ago]
    assert of_that_day == [dt.datetime.combine(ten_days_ago, dt.time(17))]


def test_the_newest_is_kept_however_old() -> None:
    old = dt.datetime(2020, 1, 1, 8, 0)
    assert to_keep([old], NOW) == {old}
    assert to_keep([], NOW) == set()


def test_a_tighter_rotation_keeps_less() -> None:
    stamps = hourly(60)
    loose = to_keep(stamps, NOW)
    tight = to_keep(stamps, NOW, Rotation(daily=2, weekly=1, monthly=1, recent=dt.timedelta(0)))
    assert tight < loose
    assert max(stamps) in tight
