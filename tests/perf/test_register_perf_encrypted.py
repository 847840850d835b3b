"""The Sổ tiếp công dân at a million lines, encrypted against plain (issue 11: within 20 % of the plain file).

Every query of the plain benchmark is timed on the plain file and on the same million visits in an SQLCipher file,
cold and warm, without and after the sign-in's cache warm-up (tests.perf.compare); asserted: encrypted after the
warm-up ≤ 1.2 × plain + 10 ms. Then the plain benchmark's own tests (absolute limits) run on the warmed encrypted
office.

Run with `DESK_APP_PERF=1 pytest -s -n0 tests/perf/test_register_perf_encrypted.py`; DESK_APP_PERF_CACHE=<folder>
keeps the built databases between runs (tests.perf.million_cache).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator

import pytest

from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.storage.cipher import is_encrypted
from tests.perf import test_register_perf as plain
from tests.perf.compare import Query, compare, warmed
from tests.perf.test_register_perf import million_paths

pytestmark = pytest.mark.perf

KEY = hashlib.sha256(b"desk_app perf key").digest()
MONTH = RegisterFilter(date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31))
YEAR = RegisterFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))


def _first_page(query: RegisterFilter, sort: SortKey = SortKey.BOOK) -> Query:
    """search_ids + the first 200 rows, as the register page does."""

    def run(services: Services) -> None:
        ids = services.register.search_ids(query, sort, True)
        assert len(services.register.rows(ids[:200])) == min(200, len(ids))

    return run


QUERIES: tuple[tuple[str, Query], ...] = (
    ("text 'nguyen van an'", _first_page(RegisterFilter(text="nguyen van an"))),
    ("text 'thu hoi'", _first_page(RegisterFilter(text="thu hoi"))),
    ("date October 2026", _first_page(MONTH)),
    ("date year 2026", _first_page(YEAR)),
    (
        "date year 2026 + text 'nguyen'",
        _first_page(RegisterFilter(YEAR.date_from, YEAR.date_to, text="nguyen")),
    ),
    ("all (book order)", _first_page(RegisterFilter())),
    ("all sorted by name", _first_page(RegisterFilter(), SortKey.NAME)),
    ("October 2026 sorted by name", _first_page(MONTH, SortKey.NAME)),
    ("count(all)", lambda services: services.register.count(RegisterFilter())),
)
"""The plain benchmark's queries."""


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppPaths, AppPaths]:
    """The million visits plain and encrypted (each in its own data folder)."""
    encrypted = million_paths(tmp_path_factory, KEY)
    assert is_encrypted(encrypted.database)
    return million_paths(tmp_path_factory), encrypted


def test_encrypted_searches_within_20_percent_of_plain(both: tuple[AppPaths, AppPaths]) -> None:
    failures = compare(*both, KEY, QUERIES)
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="module")
def million(both: tuple[AppPaths, AppPaths]) -> Iterator[Services]:
    """The encrypted office as an officer has it after signing in: opened, its cache warmed."""
    services = open_services(both[1], KEY)
    services.ctx.clock = lambda: dt.datetime(2026, 11, 20, 9, 30)
    warmed(services)
    yield services
    services.close()


# The plain benchmark's tests and absolute limits, in its order, on the encrypted office.
test_text_filter_on_a_million_rows = plain.test_text_filter_on_a_million_rows
test_date_filter_on_a_million_rows = plain.test_date_filter_on_a_million_rows
test_everything_and_other_sorts = plain.test_everything_and_other_sorts
test_the_model_takes_a_million_ids = plain.test_the_model_takes_a_million_ids
