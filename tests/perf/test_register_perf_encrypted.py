"""The Sổ tiếp công dân at a million lines, encrypted against plain (issue 11: within 20 % of the plain file).

Every query of the plain benchmark is timed on a freshly opened office, first search after opening (cold) and again
(warm, best of two), on the plain file and on the same million visits in an SQLCipher file: once right after opening
(no warm-up, printed for the record: every page is decrypted and HMAC-checked on first read) and once after the
cache warm-up that sign-in starts (storage.warm), which is what an officer meets. Plain and encrypted runs alternate
and each takes its best of ROUNDS, so a busy machine slows both alike. Asserted: encrypted ≤ 1.2 × plain + MARGIN_S,
cold after the warm-up and warm. Then the plain benchmark's own tests (absolute limits) run on the encrypted office.

Run with `DESK_APP_PERF=1 pytest -s -n0 tests/perf/test_register_perf_encrypted.py`; DESK_APP_PERF_CACHE=<folder>
keeps the built databases between runs (tests.perf.million_cache).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterator

import pytest

from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.storage.cipher import is_encrypted
from desk_app.storage.warm import start_warming
from tests.perf import test_register_perf as plain
from tests.perf.test_register_perf import million_paths

pytestmark = pytest.mark.perf

KEY = hashlib.sha256(b"desk_app perf key").digest()
ROUNDS = 3
RATIO = 1.2
MARGIN_S = 0.010
"""Absolute slack for the scheduler's noise on queries of a few milliseconds."""
WARM_UP_LIMIT_S = 30.0

MONTH = RegisterFilter(date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31))
YEAR = RegisterFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
QUERIES: tuple[tuple[str, RegisterFilter | None, SortKey], ...] = (
    ("text 'nguyen van an'", RegisterFilter(text="nguyen van an"), SortKey.BOOK),
    ("text 'thu hoi'", RegisterFilter(text="thu hoi"), SortKey.BOOK),
    ("date October 2026", MONTH, SortKey.BOOK),
    ("date year 2026", YEAR, SortKey.BOOK),
    (
        "date year 2026 + text 'nguyen'",
        RegisterFilter(YEAR.date_from, YEAR.date_to, text="nguyen"),
        SortKey.BOOK,
    ),
    ("all (book order)", RegisterFilter(), SortKey.BOOK),
    ("all sorted by name", RegisterFilter(), SortKey.NAME),
    ("October 2026 sorted by name", MONTH, SortKey.NAME),
    ("count(all)", None, SortKey.BOOK),
)
"""The plain benchmark's queries: search_ids + the first 200 rows (None: count of the whole book)."""

SIDES = ("plain", "encrypted, no warm-up", "encrypted")


def _first_page(services: Services, query: RegisterFilter | None, sort: SortKey) -> float:
    began = time.perf_counter()
    if query is None:
        services.register.count(RegisterFilter())
    else:
        ids = services.register.search_ids(query, sort, True)
        assert len(services.register.rows(ids[:200])) == min(200, len(ids))
    return time.perf_counter() - began


def _cold_and_warm(
    paths: AppPaths, key: bytes | None, warm_up: bool, run: Callable[[Services], float]
) -> tuple[float, float, float]:
    """(cold, warm, warm-up seconds) of one query on a freshly opened office."""
    services = open_services(paths, key)
    try:
        warm_up_s = 0.0
        if warm_up:
            began = time.perf_counter()
            warmer = start_warming(services.ctx.db.engine)
            assert warmer is not None and warmer.wait(WARM_UP_LIMIT_S), "the warm-up did not finish"
            assert warmer.error is None, warmer.error
            warm_up_s = time.perf_counter() - began
        cold = run(services)
        warm = min(run(services) for _ in range(2))
        return cold, warm, warm_up_s
    finally:
        services.close()


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppPaths, AppPaths]:
    """The million visits plain and encrypted (each in its own data folder)."""
    encrypted = million_paths(tmp_path_factory, KEY)
    assert is_encrypted(encrypted.database)
    return million_paths(tmp_path_factory), encrypted


def test_encrypted_searches_within_20_percent_of_plain(both: tuple[AppPaths, AppPaths]) -> None:
    plain_paths, encrypted_paths = both
    sides = {
        SIDES[0]: (plain_paths, None, False),
        SIDES[1]: (encrypted_paths, KEY, False),
        SIDES[2]: (encrypted_paths, KEY, True),
    }
    best: dict[tuple[str, str], list[float]] = {}
    warm_ups: list[float] = []
    for label, query, sort in QUERIES:
        for _round in range(ROUNDS):
            for side, (paths, key, warm_up) in sides.items():
                cold, warm, warm_up_s = _cold_and_warm(
                    paths, key, warm_up, lambda s, q=query, o=sort: _first_page(s, q, o)
                )
                if warm_up:
                    warm_ups.append(warm_up_s)
                kept = best.setdefault((label, side), [cold, warm])
                kept[:] = [min(kept[0], cold), min(kept[1], warm)]
    failures = _print_table(best)
    print(
        f"  warm-up after opening: {min(warm_ups):.1f}–{max(warm_ups):.1f} s (in the background after sign-in)"
    )
    assert max(warm_ups) < WARM_UP_LIMIT_S
    assert not failures, "\n".join(failures)


def _print_table(best: dict[tuple[str, str], list[float]]) -> list[str]:
    """Print the times (ms, best of ROUNDS) and return the comparisons that miss 1.2 × plain + margin."""
    print(
        f"\n  {'ms, best of ' + str(ROUNDS):<32} {'plain':>13} {'no warm-up':>17} {'encrypted':>13} {'enc./plain':>17}"
    )
    print(
        f"  {'':<32} {'cold   warm':>13} {'cold     warm':>17} {'cold   warm':>13} {'raw   cold  warm':>17}"
    )
    failures: list[str] = []
    for label, _query, _sort in QUERIES:
        (p_cold, p_warm), (r_cold, r_warm), (e_cold, e_warm) = (best[(label, side)] for side in SIDES)
        print(
            f"  {label:<32} {p_cold * 1000:6.0f} {p_warm * 1000:6.0f} {r_cold * 1000:8.0f} {r_warm * 1000:8.0f}"
            f" {e_cold * 1000:6.0f} {e_warm * 1000:6.0f} {r_cold / p_cold:5.2f} {e_cold / p_cold:6.2f}"
            f" {e_warm / p_warm:5.2f}"
        )
        for what, enc, base in (("cold", e_cold, p_cold), ("warm", e_warm, p_warm)):
            if enc > RATIO * base + MARGIN_S:
                failures.append(f"{label} {what}: encrypted {enc * 1000:.0f} ms, plain {base * 1000:.0f} ms")
    return failures


@pytest.fixture(scope="module")
def million(both: tuple[AppPaths, AppPaths]) -> Iterator[Services]:
    """The encrypted office as an officer has it after signing in: opened, its cache warmed."""
    services = open_services(both[1], KEY)
    services.ctx.clock = lambda: dt.datetime(2026, 11, 20, 9, 30)
    warmer = start_warming(services.ctx.db.engine)
    assert warmer is not None and warmer.wait(WARM_UP_LIMIT_S)
    yield services
    services.close()


# The plain benchmark's tests and absolute limits, in its order, on the encrypted office.
test_text_filter_on_a_million_rows = plain.test_text_filter_on_a_million_rows
test_date_filter_on_a_million_rows = plain.test_date_filter_on_a_million_rows
test_everything_and_other_sorts = plain.test_everything_and_other_sorts
test_the_model_takes_a_million_ids = plain.test_the_model_takes_a_million_ids
