"""Building the demo office's year through the real services, timed: under 30 s on the office PC.

Run with `DESK_APP_PERF=1 pytest -s tests/perf/test_demo_perf.py` (or `-m perf`); the default run deselects it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desk_app.paths import AppPaths
from desk_app.services.demo.service import fill_demo
from desk_app.services.registry import open_services
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.perf

LIMIT_S = 30.0


def test_a_demo_year_builds_in_under_half_a_minute(tmp_path: Path) -> None:
    services = open_services(AppPaths(tmp_path / "data"))
    services.ctx.clock = lambda: FIXED_NOW
    try:
        started = time.perf_counter()
        summary = fill_demo(services, seed=1)
        seconds = time.perf_counter() - started
    finally:
        services.close()
    print(f"demo year: {summary.visits} visits, {summary.petitions} petitions in {seconds:.1f} s")
    assert summary.visits > 300
    assert seconds < LIMIT_S
