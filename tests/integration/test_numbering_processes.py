"""Two desks numbering at the same moment: two OS processes, one SQLite file, 1..100 with no gap and no repeat."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk_app.domain.enums import OfficeKind
from desk_app.paths import AppPaths
from desk_app.services import outgoing
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import open_services
from desk_app.storage.engine import Database, make_engine
from desk_app.storage.records import OutgoingDocumentRecord
from tests.helpers.acting import acting_as

PER_PROCESS = 50
DAY = dt.date(2026, 11, 20)


def _issue_many(database: str, desk: str, start: Any, out: Any) -> None:
    """One desk: wait for the other, then take PER_PROCESS numbers, one write transaction each."""
    engine = make_engine(Path(database))
    ctx = ServiceContext(db=Database.for_engine(engine), data_dir=Path(database).parent, actor=Actor(desk))
    start.wait(timeout=60)
    numbers = []
    try:
        for index in range(PER_PROCESS):
            with ctx.db.write() as s, s.begin():
                issued = outgoing.issue(
                    s, ctx, doc_type="PC", issued_date=DAY, summary_line=f"{desk} {index}",
                    related_type="petition:phieu_chuyen_don", related_id=index,
                )  # fmt: skip
                numbers.append(issued.number)
    finally:
        engine.dispose()
    out.put((desk, numbers))


def test_two_processes_number_one_book_without_gaps_or_repeats(paths: AppPaths) -> None:
    services = open_services(paths)
    with acting_as(services):
        services.office.save(
            OfficeInfo(name="ỦY BAN NHÂN DÂN XÃ AN PHÚ", abbreviation="UBND", kind=OfficeKind.UBND_XA,
                       place_name="An Phú", head_title="CHỦ TỊCH")
        )  # fmt: skip
    services.close()
    spawn = mp.get_context("spawn")
    start = spawn.Barrier(2)
    out = spawn.Queue()
    desks = [
        spawn.Process(target=_issue_many, args=(str(paths.database), name, start, out))
        for name in ("desk1", "desk2")
    ]
    for p in desks:
        p.start()
    results = dict(out.get(timeout=120) for _ in desks)
    for p in desks:
        p.join(timeout=60)
        assert p.exitcode == 0
    taken = results["desk1"] + results["desk2"]
    assert len(results["desk1"]) == len(results["desk2"]) == PER_PROCESS
    assert sorted(taken) == list(range(1, 2 * PER_PROCESS + 1))
    # each desk saw its own numbers rise
    assert all(a < b for a, b in zip(results["desk1"], results["desk1"][1:], strict=False))
    services = open_services(paths)
    try:
        with services.ctx.db.read() as s:
            stored = s.scalars(
                select(OutgoingDocumentRecord.number).where(OutgoingDocumentRecord.doc_type == "PC")
            )
            assert sorted(stored) == list(range(1, 2 * PER_PROCESS + 1))
            symbols = set(s.scalars(select(OutgoingDocumentRecord.symbol)))
        assert symbols == {"PC-UBND"}
    finally:
        services.close()
