"""No denouncer's identity in clear in the audit log: not in a demo office's log, not after upgrading an older one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from alembic import command

from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.registry import Services, open_services
from desk_app.storage.engine import make_engine
from desk_app.storage.migrate import _config

# Written out here, not taken from the app: who is a denouncer (DOMAIN §13.3), so the test does not share a bug.
_CONFIDENTIAL = "(is_confidential = 1 OR category = 'TO_CAO')"
DENOUNCERS = f"""
    SELECT main_citizen_id FROM visit WHERE {_CONFIDENTIAL}
    UNION SELECT citizen_id FROM visit_person WHERE visit_id IN (SELECT id FROM visit WHERE {_CONFIDENTIAL})
    UNION SELECT main_citizen_id FROM petition WHERE {_CONFIDENTIAL} AND main_citizen_id IS NOT NULL
    UNION SELECT citizen_id FROM petition_signer WHERE petition_id IN (SELECT id FROM petition WHERE {_CONFIDENTIAL})
"""


def log_text(con: sqlite3.Connection) -> str:
    """Every text column of every entry: what someone who opens the table reads."""
    rows = con.execute(
        "SELECT actor, coalesce(actor_login, ''), entity, changes, coalesce(reason, '') FROM change_log"
    )
    return "\n".join(" ".join(r) for r in rows)


def test_the_demo_office_log_holds_no_denouncer_name_or_id_number(open_demo: Callable[..., Services]) -> None:
    sv = open_demo(1)
    try:
        database = AppPaths(sv.ctx.data_dir).database
        assert audit.verify(sv.ctx).ok
    finally:
        sv.close()
    with closing(sqlite3.connect(database)) as con:
        denouncers = con.execute(
            f"SELECT full_name, id_number FROM citizen WHERE id IN ({DENOUNCERS})"
        ).fetchall()
        others = con.execute(
            f"SELECT full_name, id_number FROM citizen WHERE id NOT IN ({DENOUNCERS}) AND id_number IS NOT NULL"
        ).fetchall()
        text = log_text(con)
    other_names = {name for name, _ in others}
    assert len(denouncers) >= 50
    numbers = [number for _, number in denouncers if number]
    assert len(numbers) >= 50
    assert [n for n in numbers if n in text] == []
    # A plain citizen who happens to share a denouncer's name is in the log under that name; that says nothing.
    names = [name for name, _ in denouncers if name not in other_names]
    assert len(names) >= 40
    assert [name for name in names if name in text] == []
    # The grep finds what is there: plain citizens are logged in clear.
    assert sum(1 for name, number in others if name in text and number in text) >= 100


def _insert_0009_office(database: Path) -> None:
    """A database of the previous release: a denouncer, a plain citizen, their visits and their log in clear."""
    with closing(sqlite3.connect(database)) as con, con:
        people = [
            (1, "Phan Thị Tố Giác", "tố giác", "079123456789", "Số 9, ấp Mỹ Lợi"),
            (2, "Lê Văn Khiếu Nại", "khieu nai", "079987654321", "Số 3, ấp Hòa Bình"),
        ]
        for cid, name, key, number, address in people:
            con.execute(
                "INSERT INTO citizen (id, full_name, name_key, id_type, id_number, address, address_key, nationality,"
                " created_at, created_by, is_voided) VALUES (?, ?, ?, 'CCCD', ?, ?, '', 'Việt Nam',"
                " '2026-01-05 08:00:00', 'cán bộ', 0)",
                (cid, name, key, number, address),
            )
            changes = f'{{"full_name": [null, "{name}"], "id_number": [null, "{number}"], "address": [null, "{address}"]}}'
            con.execute(
                "INSERT INTO change_log (at, actor, action, entity, entity_id, changes) VALUES"
                " ('2026-01-05 08:00:00.000000', 'Phạm Thị Dung', 'create', 'citizen', ?, ?)",
                (cid, changes),
            )
        for vid, cid, category, confidential in ((1, 1, "TO_CAO", 1), (2, 2, "KHIEU_NAI", 0)):
            con.execute(
                "INSERT INTO visit (id, book_year, book_no, date, kind, mode, main_citizen_id, group_size,"
                " is_delegation, summary, summary_key, category, within_competence, citizen_signed,"
                " has_written_petition, is_confidential, status, visit_order, search_text, delegated, created_at,"
                " created_by, is_voided) VALUES (?, 2026, ?, '2026-01-05', 'THUONG_XUYEN', 'TRUC_TIEP', ?, 1, 0,"
                " 'Nội dung', '', ?, 1, 'KY', 0, ?, 'DA_VAO_SO', 'LAN_DAU', '', 0, '2026-01-05 08:00:00', 'cán bộ', 0)",
                (vid, vid, cid, category, confidential),
            )
            con.execute(
                "INSERT INTO change_log (at, actor, action, entity, entity_id, changes) VALUES"
                " ('2026-01-05 08:01:00.000000', 'Phạm Thị Dung', 'create', 'visit', ?, ?)",
                (
                    vid,
                    f'{{"authorised_person": [null, "Người thân của {cid}"], "category": [null, "{category}"]}}',
                ),
            )


def test_upgrading_masks_what_an_older_log_held_and_chains_it(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    engine = make_engine(paths.database)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    engine.dispose()
    _insert_0009_office(paths.database)

    sv = open_services(paths)  # upgrades to 0010
    try:
        assert audit.verify(sv.ctx).ok
        assert audit.verify(sv.ctx).count == 4
        history = audit.history(sv.ctx, "citizen", 1)
    finally:
        sv.close()
    with closing(sqlite3.connect(paths.database)) as con:
        text = log_text(con)
        with_hmac = con.execute("SELECT count(*) FROM change_log WHERE changes LIKE '%hmac:%'").fetchone()[0]
    for clear in ("Phan Thị Tố Giác", "079123456789", "Số 9, ấp Mỹ Lợi", "Người thân của 1"):
        assert clear not in text
    for clear in ("Lê Văn Khiếu Nại", "079987654321", "Số 3, ấp Hòa Bình", "Người thân của 2"):
        assert clear in text
    assert with_hmac == 2
    assert history[0].changes["full_name"] == (None, "[Bảo mật]")
