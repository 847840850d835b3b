"""Issue 14: the upgrade to 0013 gives petitions imported as resolved by an earlier release their result event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.storage.engine import make_engine
from desk_app.storage.migrate import migrate
from tests.conftest import FIXED_NOW
from tests.integration.test_imported_results import _counts, _resolved_file
from tests.integration.test_visit_import import _office


def test_the_upgrade_gives_petitions_imported_resolved_before_it_their_result(tmp_path: Path) -> None:
    """A database of the previous release: petitions imported as resolved had no result event; the upgrade adds one."""
    paths = AppPaths(tmp_path / "office")
    sv = _office(open_services(paths))
    sv.ctx.clock = lambda: FIXED_NOW
    PetitionImporter(sv.ctx).import_file(_resolved_file(tmp_path / "don.csv"))
    sv.close()
    with sqlite3.connect(paths.database) as db:  # back to what release 0012 left
        db.execute("DELETE FROM follow_up_event")
        db.execute("DROP TABLE case_result")
        db.execute("DROP TABLE visit_matter")
        db.execute("UPDATE alembic_version SET version_num = '0012'")
    engine = make_engine(paths.database)
    migrate(engine, paths.database, paths.backups)
    engine.dispose()
    with sqlite3.connect(paths.database) as db:
        rows = db.execute(
            "SELECT petition_id, event_type, event_date, is_voided FROM follow_up_event ORDER BY petition_id"
        ).fetchall()
    assert rows == [(1, "NHAN_KET_QUA", "2025-03-10", 0), (2, "NHAN_KET_QUA", "2025-03-12", 0)]
    sv = open_services(paths)
    try:
        assert _counts(sv)[:2] == (2, 1)
    finally:
        sv.close()
