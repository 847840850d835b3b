"""The Sổ tiếp công dân benchmarks again on an SQLCipher database (issue 11: within 20 % of the plain file).

Run both with `DESK_APP_PERF=1 pytest -s -n0 tests/perf/test_register_perf.py tests/perf/test_register_perf_encrypted.py`
and compare the printed times; the limits are the plain benchmark's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from desk_app.services.registry import Services
from tests.perf import test_register_perf as plain
from tests.perf.test_register_perf import open_million

pytestmark = pytest.mark.perf

KEY = hashlib.sha256(b"desk_app perf key").digest()

# The plain benchmark's tests, in its order (each warms the cache for the next, as in the plain run).
test_text_filter_on_a_million_rows = plain.test_text_filter_on_a_million_rows
test_date_filter_on_a_million_rows = plain.test_date_filter_on_a_million_rows
test_everything_and_other_sorts = plain.test_everything_and_other_sorts
test_the_model_takes_a_million_ids = plain.test_the_model_takes_a_million_ids


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The same million visits, in an encrypted database."""
    yield from open_million(tmp_path_factory, KEY)


def test_the_file_is_encrypted(million: Services) -> None:
    from desk_app.storage.cipher import is_encrypted

    assert million.ctx.key == KEY
    assert is_encrypted(million.ctx.data_dir / "desk.sqlite3")
