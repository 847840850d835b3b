"""The Sổ tiếp công dân at a million lines: search ids and the first page of rows, timed.

Run with `DESK_APP_PERF=1 pytest -s tests/perf` (or `-m perf`); the default run deselects it. With
DESK_APP_PERF_CACHE=<folder> the built database is kept there for the next run (tests.perf.million_cache).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from desk_app.domain.enums import Category, Handling, SubjectField
from desk_app.domain.text import search_key
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.storage.engine import connect_keyed
from desk_app.ui.models.visit_table_model import VisitTableModel
from tests.perf.million_cache import restore_or_build

pytestmark = pytest.mark.perf

VISITS = 1_000_000
CITIZENS = 60_000
LIMIT_S = 5.0
T = TypeVar("T")

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Lâm")  # fmt: skip
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim")
GIVEN = ("An", "Bình", "Cường", "Dung", "Đông", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh",
         "Lan", "Long", "Mai", "Minh", "Nam", "Nga", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thắng",
         "Trang", "Trung", "Tuấn", "Yến")  # fmt: skip
SUMMARIES = [
    "Khiếu nại quyết định thu hồi đất nông nghiệp",
    "Khiếu nại việc bồi thường, hỗ trợ tái định cư",
    "Kiến nghị sửa chữa đường giao thông nông thôn",
    "Phản ánh ô nhiễm môi trường từ cơ sở sản xuất",
    "Kiến nghị giải quyết chế độ chính sách người có công",
    "Tố cáo cán bộ có hành vi nhũng nhiễu",
    "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
    "Phản ánh tranh chấp lối đi chung",
]
CATEGORIES = [Category.KHIEU_NAI, Category.KHIEU_NAI, Category.KIEN_NGHI_PHAN_ANH, Category.TO_CAO]
HANDLINGS = [Handling.THU_LY, Handling.HUONG_DAN, Handling.CHUYEN_DON, Handling.TRA_LOI_TRUC_TIEP]


def _citizens(rnd: random.Random) -> Iterator[tuple[object, ...]]:
    now = "2026-01-01 00:00:00.000000"
    for i in range(1, CITIZENS + 1):
        name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        address = f"Ấp {rnd.randint(1, 12)}, xã {rnd.choice(GIVEN)} {rnd.choice(['Phú', 'Hòa', 'Lợi'])}"
        id_number = f"0{rnd.randint(1, 96):02d}{rnd.randint(0, 1)}{rnd.randint(40, 99):02d}{i:06d}"
        yield (
            i,
            name,
            search_key(name),
            "CAN_CUOC",
            id_number,
            address,
            search_key(address),
            "Việt Nam",
            now,
            "",
            0,
        )


def seed_million(database: Path, key: bytes | None = None) -> None:
    """Citizens and visits straight into SQLite with executemany: the services would take hours.

    With `key` the file is the office's SQLCipher database and is written through SQLCipher."""
    rnd = random.Random(20261120)
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
    span = (dt.date(2026, 11, 20) - start).days

    def visits() -> Iterator[tuple[object, ...]]:
        book_no: dict[int, int] = {}
        for i in range(VISITS):
            day = start + dt.timedelta(days=i * span // VISITS)
            book_no[day.year] = book_no.get(day.year, 0) + 1
            citizen = rnd.randint(1, CITIZENS)
            s = rnd.randrange(len(SUMMARIES))
            category = CATEGORIES[rnd.randrange(4)]
            handling = HANDLINGS[rnd.randrange(4)]
            yield (
                day.year, book_no[day.year], day.isoformat(), "THUONG_XUYEN", "TRUC_TIEP", 0, citizen,
                rnd.choice((1, 1, 1, 2, 3)), 0, SUMMARIES[s], summary_keys[s], category.value,
                SubjectField.HC_DAT_DAI_NHA_CUA.value, handling.value == "THU_LY", handling.value,
                "KY", 0, category is Category.TO_CAO, "DA_VAO_SO", "LAN_DAU",
                f"{keys[citizen]} {summary_keys[s]}", "2026-01-01 00:00:00.000000", "perf", i % 997 == 0,
            )  # fmt: skip

    con.executemany(
        "INSERT INTO visit (book_year, book_no, date, kind, mode, delegated, main_citizen_id, group_size, "
        "is_delegation, summary, summary_key, category, field, within_competence, handling, citizen_signed, "
        "has_written_petition, is_confidential, status, visit_order, search_text, created_at, created_by, "
        "is_voided) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        visits(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def build_million(database: Path, key: bytes | None = None) -> None:
    """A new database at the current schema (through the app, as an office's) with the million seeded, closed."""
    open_services(AppPaths(database.parent), key).close()
    seed_million(database, key)


def million_paths(tmp_path_factory: pytest.TempPathFactory, key: bytes | None = None) -> AppPaths:
    """A data folder holding the million visits (plain, or encrypted under `key`), from the cache when kept."""
    paths = AppPaths(tmp_path_factory.mktemp("perf") / "data")
    began = time.perf_counter()
    name = "register-plain" if key is None else "register-sqlcipher"
    cached = restore_or_build(paths.database, name, lambda database: build_million(database, key))
    how = "copied the kept" if cached else "seeded"
    print(f"\n{how} {VISITS:,} visits and {CITIZENS:,} citizens in {time.perf_counter() - began:.1f} s")
    return paths


def open_million(tmp_path_factory: pytest.TempPathFactory, key: bytes | None = None) -> Iterator[Services]:
    services = open_services(million_paths(tmp_path_factory, key), key)
    services.ctx.clock = lambda: dt.datetime(2026, 11, 20, 9, 30)
    yield services
    services.close()


@pytest.fixture(scope="module")
def million(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from open_million(tmp_path_factory)


def timed(label: str, fn: Callable[[], T]) -> tuple[T, float]:
    began = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - began
    print(f"  {label:<58} {elapsed * 1000:8.0f} ms")
    return result, elapsed


def first_page(services: Services, label: str, query: RegisterFilter, sort: SortKey = SortKey.BOOK) -> float:
    """search_ids + the first batch of rows, as the register page does; returns the total seconds."""
    ids, search_s = timed(f"{label}: search_ids", lambda: services.register.search_ids(query, sort, True))
    rows, rows_s = timed(
        f"{label}: rows(first 200 of {len(ids):,})", lambda: services.register.rows(ids[:200])
    )
    assert len(rows) == min(200, len(ids))
    return search_s + rows_s


def test_text_filter_on_a_million_rows(million: Services) -> None:
    total = first_page(million, "text 'nguyen van an'", RegisterFilter(text="nguyen van an"))
    assert total < LIMIT_S
    one_word = first_page(million, "text 'thu hoi'", RegisterFilter(text="thu hoi"))
    assert one_word < LIMIT_S


def test_date_filter_on_a_million_rows(million: Services) -> None:
    month = RegisterFilter(date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31))
    assert first_page(million, "date October 2026", month) < LIMIT_S
    year = RegisterFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31))
    assert first_page(million, "date year 2026", year) < LIMIT_S
    both = RegisterFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31), text="nguyen")
    assert first_page(million, "date year 2026 + text 'nguyen'", both) < LIMIT_S


def test_everything_and_other_sorts(million: Services) -> None:
    assert first_page(million, "all (book order)", RegisterFilter()) < 2 * LIMIT_S
    assert first_page(million, "all sorted by name", RegisterFilter(), SortKey.NAME) < 3 * LIMIT_S
    month = RegisterFilter(date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 10, 31))
    assert first_page(million, "October 2026 sorted by name", month, SortKey.NAME) < LIMIT_S
    _count, count_s = timed("count(all)", lambda: million.register.count(RegisterFilter()))
    assert count_s < LIMIT_S


def test_the_model_takes_a_million_ids(qapp: object, million: Services) -> None:
    ids = million.register.search_ids(RegisterFilter())
    model = VisitTableModel(million.register.rows)
    _none, set_s = timed(f"model.set_ids({len(ids):,})", lambda: model.set_ids(ids))
    row, row_s = timed("model.row_data(0) (fetches one batch)", lambda: model.row_data(0))
    assert row is not None
    assert set_s + row_s < 1.0
