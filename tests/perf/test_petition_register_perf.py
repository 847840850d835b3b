"""The petition register at a million petitions: count, search ids and the first page of rows, timed.

Run with `DESK_APP_PERF=1 pytest -s tests/perf/test_petition_register_perf.py`; the default run deselects it.
DESK_APP_PERF_CACHE=<folder> keeps the built database between runs (tests.perf.million_cache).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.domain.enums import Category, DeadlineStatus, PetitionSource, PetitionStatus
from desk_app.domain.text import search_key
from desk_app.paths import AppPaths
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services, open_services
from desk_app.storage.engine import connect_keyed
from tests.perf.million_cache import restore_or_build
from tests.perf.test_register_perf import FAMILY, GIVEN, MIDDLE, SUMMARIES, timed

pytestmark = pytest.mark.perf

PETITIONS = 1_000_000
CITIZENS = 60_000
RUNNING = 4_000
"""Petitions of the last weeks still have clocks running; the older ones were all completed."""
LIMIT_S = 1.0
TODAY = dt.date(2026, 11, 20)
SOURCES = [PetitionSource.BUU_CHINH, PetitionSource.TRUC_TIEP_TCD, PetitionSource.CO_QUAN_CAP_TREN]
CATEGORIES = [Category.KHIEU_NAI, Category.KHIEU_NAI, Category.KIEN_NGHI_PHAN_ANH, Category.TO_CAO]


def _citizens(rnd: random.Random) -> Iterator[tuple[object, ...]]:
    now = "2026-01-01 00:00:00.000000"
    for i in range(1, CITIZENS + 1):
        name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        address = f"Ấp {rnd.randint(1, 12)}, xã {rnd.choice(GIVEN)}"
        yield (i, name, search_key(name), "CAN_CUOC", f"0{rnd.randint(10, 96)}{i:09d}", address,
               search_key(address), "Việt Nam", now, "", 0)  # fmt: skip


def seed_million(database: Path, key: bytes | None = None) -> None:
    """Citizens, petitions and one clock per petition straight into SQLite: the services would take hours.

    With `key` the file is the office's SQLCipher database and is written through SQLCipher."""
    rnd = random.Random(20261122)
    con = sqlite3.connect(database) if key is None else connect_keyed(database, key)
    con.execute("PRAGMA synchronous=OFF")
    citizens = list(_citizens(rnd))
    con.executemany(
        "INSERT INTO citizen (id, full_name, name_key, id_type, id_number, address, address_key, nationality, "
        "created_at, created_by, is_voided) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        citizens,
    )
    keys = {c[0]: f"{c[2]} {c[6]} {c[4]}" for c in citizens}
    summary_keys = [search_key(s) for s in SUMMARIES]
    start = dt.date(2017, 1, 2)
    span = (TODAY - start).days
    created = "2026-01-01 00:00:00.000000"

    def petitions() -> Iterator[tuple[object, ...]]:
        numbers: dict[int, int] = {}
        for i in range(1, PETITIONS + 1):
            day = start + dt.timedelta(days=(i - 1) * span // PETITIONS)
            numbers[day.year] = numbers.get(day.year, 0) + 1
            citizen = rnd.randint(1, CITIZENS)
            s = rnd.randrange(len(SUMMARIES))
            category = CATEGORIES[rnd.randrange(4)]
            running = i > PETITIONS - RUNNING
            status = PetitionStatus.DANG_XU_LY if running else PetitionStatus.DA_GIAI_QUYET
            yield (
                i, day.year, numbers[day.year], day.isoformat(), rnd.choice(SOURCES).value, citizen, 1, "KY", 0, 0,
                SUMMARIES[s], summary_keys[s], category.value, 0, 0, status.value, category is Category.TO_CAO,
                f"{keys[citizen]} {summary_keys[s]}", created, "perf", int(i % 997 == 0),
            )  # fmt: skip

    con.executemany(
        "INSERT INTO petition (id, book_year, register_no, received_date, source, main_citizen_id, signer_count, "
        "signature_kind, is_anonymous, is_impersonation, summary, summary_key, category, has_multiple_contents, "
        "has_original_documents, status, is_confidential, search_text, created_at, created_by, is_voided) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        petitions(),
    )

    def clocks() -> Iterator[tuple[object, ...]]:
        for i in range(1, PETITIONS + 1):
            received = start + dt.timedelta(days=(i - 1) * span // PETITIONS)
            due = received + dt.timedelta(days=14)
            running = i > PETITIONS - RUNNING
            yield (
                "petition", i, "XLD_PROCESS", "NORMAL", received.isoformat(), "WORKING", 10, due.isoformat(),
                due.isoformat(), "10 ngày làm việc", f"Đơn số {i}", 0, None if running else due.isoformat(),
                "DANG_CHAY" if running else "HOAN_THANH", created, "perf", 0,
            )  # fmt: skip

    con.executemany(
        "INSERT INTO deadline (entity_type, entity_id, rule_code, variant, start_date, day_type, length, due_date, "
        "original_due_date, explanation, label, given_to_citizen, completed_on, status, created_at, created_by, "
        "is_voided) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        clocks(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def build_million(database: Path, key: bytes | None = None) -> None:
    """A new database at the current schema (through the app) with the million petitions seeded, closed."""
    open_services(AppPaths(database.parent), key).close()
    seed_million(database, key)


def million_paths(tmp_path_factory: pytest.TempPathFactory, key: bytes | None = None) -> AppPaths:
    """A data folder holding the million petitions (plain, or encrypted under `key`), from the cache when kept."""
    paths = AppPaths(tmp_path_factory.mktemp("perf") / "data")
    began = time.perf_counter()
    name = "petitions-plain" if key is None else "petitions-sqlcipher"
    cached = restore_or_build(paths.database, name, lambda database: build_million(database, key))
    how = "copied the kept" if cached else "seeded"
    print(f"\n{how} {PETITIONS:,} petitions with their clocks in {time.perf_counter() - began:.1f} s")
    return paths


def at_the_office(services: Services) -> None:
    services.ctx.clock = lambda: dt.datetime(2026, 11, 20, 9, 30)


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = open_services(million_paths(tmp_path_factory))
    at_the_office(services)
    yield services
    services.close()


def first_page(services: Services, label: str, query: PetitionFilter) -> float:
    """count + search_ids + the first 200 rows, as the Đơn thư page does; returns the slowest step's seconds."""
    register = services.petition_register
    count, count_s = timed(f"{label}: count", lambda: register.count(query))
    ids, search_s = timed(f"{label}: search_ids", lambda: register.search_ids(query))
    rows, rows_s = timed(f"{label}: rows(first 200 of {len(ids):,})", lambda: register.rows(ids[:200]))
    assert count == len(ids)
    assert len(rows) == min(200, len(ids))
    return max(count_s, search_s, rows_s)


def test_default_list(million: Services) -> None:
    assert first_page(million, "default (all)", PetitionFilter()) < 3 * LIMIT_S


def test_text_search(million: Services) -> None:
    assert first_page(million, "text 'nguyen van an'", PetitionFilter(text="nguyen van an")) < 3 * LIMIT_S
    year = PetitionFilter(date_from=dt.date(2026, 1, 1), date_to=TODAY, text="thu hoi")
    assert first_page(million, "2026 + text 'thu hoi'", year) < 3 * LIMIT_S


def test_due_state_filter(million: Services) -> None:
    overdue = first_page(million, "due: quá hạn", PetitionFilter(due=DeadlineStatus.QUA_HAN))
    soon = first_page(million, "due: sắp đến hạn", PetitionFilter(due=DeadlineStatus.SAP_HET_HAN))
    assert max(overdue, soon) < 3 * LIMIT_S
