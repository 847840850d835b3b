"""Plain against encrypted, query by query: the first run after opening (cold) and the next (warm), both files.

The encrypted file is timed right after opening (no warm-up: every page decrypted and HMAC-checked on first read,
printed for the record) and after the cache warm-up that sign-in starts (storage.warm), which is what an officer
meets. Sides alternate and each keeps its best of ROUNDS, so a busy machine slows all alike. A query passes when the
warmed encrypted time is at most RATIO × plain + MARGIN_S, cold and warm.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.storage.warm import start_warming

ROUNDS = 3
RATIO = 1.2
MARGIN_S = 0.010
"""Absolute slack for the scheduler's noise on queries of a few milliseconds."""
WARM_UP_LIMIT_S = 30.0
SIDES = ("plain", "no warm-up", "encrypted")

Query = Callable[[Services], object]


def warmed(services: Services) -> float:
    """Run the sign-in's warm-up to its end; its seconds."""
    began = time.perf_counter()
    warmer = start_warming(services.ctx.db.engine)
    assert warmer is not None and warmer.wait(WARM_UP_LIMIT_S), "the warm-up did not finish"
    assert warmer.error is None, warmer.error
    return time.perf_counter() - began


def _timed(services: Services, run: Callable[[Services], object]) -> float:
    began = time.perf_counter()
    run(services)
    return time.perf_counter() - began


def _cold_and_warm(
    paths: AppPaths,
    key: bytes | None,
    warm_up: bool,
    run: Callable[[Services], object],
    prepare: Callable[[Services], None],
) -> tuple[float, float, float]:
    """(cold, warm, warm-up seconds) of one query on a freshly opened office."""
    services = open_services(paths, key)
    try:
        prepare(services)
        warm_up_s = warmed(services) if warm_up else 0.0
        cold = _timed(services, run)
        warm = min(_timed(services, run) for _ in range(2))
        return cold, warm, warm_up_s
    finally:
        services.close()


def compare(
    plain: AppPaths,
    encrypted: AppPaths,
    key: bytes,
    queries: Sequence[tuple[str, Query]],
    prepare: Callable[[Services], None] = lambda _services: None,
) -> list[str]:
    """Time every query on every side, print the table; the comparisons that miss RATIO × plain + MARGIN_S."""
    sides = {
        SIDES[0]: (plain, None, False),
        SIDES[1]: (encrypted, key, False),
        SIDES[2]: (encrypted, key, True),
    }
    best: dict[tuple[str, str], list[float]] = {}
    warm_ups: list[float] = []
    for label, run in queries:
        for _round in range(ROUNDS):
            for side, (paths, side_key, warm_up) in sides.items():
                cold, warm, warm_up_s = _cold_and_warm(paths, side_key, warm_up, run, prepare)
                if warm_up:
                    warm_ups.append(warm_up_s)
                kept = best.setdefault((label, side), [cold, warm])
                kept[:] = [min(kept[0], cold), min(kept[1], warm)]
    failures = _print_table([label for label, _run in queries], best)
    print(
        f"  warm-up after opening: {min(warm_ups):.1f}–{max(warm_ups):.1f} s (in the background after sign-in)"
    )
    if max(warm_ups) >= WARM_UP_LIMIT_S:
        failures.append(f"the warm-up took {max(warm_ups):.1f} s")
    return failures


def _print_table(labels: list[str], best: dict[tuple[str, str], list[float]]) -> list[str]:
    head = f"ms, best of {ROUNDS}"
    print(f"\n  {head:<32} {'plain':>13} {'no warm-up':>17} {'encrypted':>13} {'encrypted / plain':>19}")
    print(
        f"  {'':<32} {'cold   warm':>13} {'cold     warm':>17} {'cold   warm':>13} {'no w-u  cold  warm':>19}"
    )
    failures: list[str] = []
    for label in labels:
        (p_cold, p_warm), (r_cold, r_warm), (e_cold, e_warm) = (best[(label, side)] for side in SIDES)
        print(
            f"  {label:<32} {p_cold * 1000:6.0f} {p_warm * 1000:6.0f} {r_cold * 1000:8.0f} {r_warm * 1000:8.0f}"
            f" {e_cold * 1000:6.0f} {e_warm * 1000:6.0f} {r_cold / p_cold:7.2f} {e_cold / p_cold:5.2f}"
            f" {e_warm / p_warm:5.2f}"
        )
        for what, enc, base in (("cold", e_cold, p_cold), ("warm", e_warm, p_warm)):
            if enc > RATIO * base + MARGIN_S:
                failures.append(f"{label} {what}: encrypted {enc * 1000:.0f} ms, plain {base * 1000:.0f} ms")
    return failures
