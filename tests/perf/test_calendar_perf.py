"""Counting deadlines over 25 years of registers, timed: each year's days off are computed once (issue 14).

Run with `DESK_APP_PERF=1 pytest -s tests/perf/test_calendar_perf.py` (or `-m perf`); the default run deselects it.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.perf

FIRST_COUNT_S = 5.0  # every year 2000-2025 loaded on the way
LATER_COUNTS_S = 1.0  # the same 6,000 counts again, the years in memory


def test_deadlines_of_twenty_five_years_count_quickly(tmp_path: Path) -> None:
    services = open_services(AppPaths(tmp_path / "data"))
    services.ctx.clock = lambda: FIXED_NOW
    try:
        starts = [dt.date(2000, 1, 3) + dt.timedelta(days=i * 3) for i in range(3000)]

        def count_all() -> float:
            began = time.perf_counter()
            calendar = services.working_calendar.load()
            for day in starts:
                calendar.add_working_days(day, 10)
                calendar.add_calendar_days(day, 30)
            return time.perf_counter() - began

        first, later = count_all(), count_all()
    finally:
        services.close()
    print(f"6,000 counts over {starts[0].year}-{starts[-1].year}: first {first:.2f} s, again {later:.2f} s")
    assert first < FIRST_COUNT_S and later < LATER_COUNTS_S
