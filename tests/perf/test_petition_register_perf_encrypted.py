"""The petition register at a million petitions, encrypted against plain (issue 11: within 20 % of the plain file).

Every query of the plain benchmark (count + search ids + the first 200 rows) is timed on the plain file and on the
same petitions in an SQLCipher file, cold and warm, without and after the sign-in's cache warm-up
(tests.perf.compare); asserted: encrypted after the warm-up ≤ 1.2 × plain + 10 ms.

Run with `DESK_APP_PERF=1 pytest -s -n0 tests/perf/test_petition_register_perf_encrypted.py`;
DESK_APP_PERF_CACHE=<folder> keeps the built databases between runs (tests.perf.million_cache).
"""

from __future__ import annotations

import hashlib

import pytest

from desk_app.domain.enums import DeadlineStatus
from desk_app.paths import AppPaths
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.storage.cipher import is_encrypted
from tests.perf.compare import Query, compare
from tests.perf.test_petition_register_perf import TODAY, at_the_office, million_paths

pytestmark = pytest.mark.perf

KEY = hashlib.sha256(b"desk_app petition perf key").digest()


def _first_page(query: PetitionFilter) -> Query:
    """count + search_ids + the first 200 rows, as the Đơn thư page does."""

    def run(services: Services) -> None:
        register = services.petition_register
        count = register.count(query)
        ids = register.search_ids(query)
        assert count == len(ids)
        assert len(register.rows(ids[:200])) == min(200, len(ids))

    return run


YEAR_THU_HOI = PetitionFilter(date_from=TODAY.replace(month=1, day=1), date_to=TODAY, text="thu hoi")
QUERIES: tuple[tuple[str, Query], ...] = (
    ("default (all)", _first_page(PetitionFilter())),
    ("text 'nguyen van an'", _first_page(PetitionFilter(text="nguyen van an"))),
    ("2026 + text 'thu hoi'", _first_page(YEAR_THU_HOI)),
    ("due: quá hạn", _first_page(PetitionFilter(due=DeadlineStatus.QUA_HAN))),
    ("due: sắp đến hạn", _first_page(PetitionFilter(due=DeadlineStatus.SAP_HET_HAN))),
)
"""The plain benchmark's queries."""


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[AppPaths, AppPaths]:
    encrypted = million_paths(tmp_path_factory, KEY)
    assert is_encrypted(encrypted.database)
    return million_paths(tmp_path_factory), encrypted


def test_encrypted_petition_register_within_20_percent_of_plain(both: tuple[AppPaths, AppPaths]) -> None:
    failures = compare(*both, KEY, QUERIES, prepare=at_the_office)
    assert not failures, "\n".join(failures)
