"""The audit log's chain: append-only, and every edit an insider makes to the file with sqlite3 is found by the check."""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing

import pytest

from desk_app.errors import ConflictError
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.registry import Services, open_services
from desk_app.storage import audit_chain as chain

BASE = 20  # entries written by each test's own events, on top of the office's


@pytest.fixture
def logged(office_services: Services) -> Iterator[Services]:
    for i in range(BASE):
        audit.event(office_services.ctx, "print", "visit", i + 1, {"copies": i})
    yield office_services


def raw(sv: Services) -> sqlite3.Connection:
    """The database file as an insider opens it: plain sqlite3, no app."""
    return sqlite3.connect(AppPaths(sv.ctx.data_dir).database, isolation_level=None)


def edit(sv: Services, *statements: str) -> None:
    with closing(raw(sv)) as con:
        for statement in chain.DROP_TRIGGERS:
            con.execute(statement)
        for statement in statements:
            con.execute(statement)


def ids(sv: Services) -> list[int]:
    with closing(raw(sv)) as con:
        return [r[0] for r in con.execute("SELECT id FROM change_log ORDER BY id")]


def test_each_entry_links_to_the_one_before_and_the_log_verifies(logged: Services) -> None:
    with closing(raw(logged)) as con:
        rows = con.execute("SELECT prev_hash, hash FROM change_log ORDER BY id").fetchall()
    assert len(rows) > BASE
    assert rows[0][0] == chain.GENESIS
    assert all(later[0] == earlier[1] for earlier, later in itertools.pairwise(rows))
    assert all(len(h) == 64 for _, h in rows)
    result = audit.verify(logged.ctx)
    assert result.ok and result.count == len(rows) and result.head == rows[-1][1][:16]


def test_the_triggers_refuse_update_and_delete(logged: Services) -> None:
    with closing(raw(logged)) as con:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE change_log SET actor = 'Ai đó' WHERE id = 3")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM change_log WHERE id = 3")
        assert con.execute("SELECT count(*) FROM change_log WHERE actor = 'Ai đó'").fetchone()[0] == 0
    assert audit.verify(logged.ctx).ok


def test_changing_one_field_of_a_past_entry_names_that_entry(logged: Services) -> None:
    target = ids(logged)[5]
    edit(logged, f"UPDATE change_log SET changes = '{{\"copies\": [null, 99]}}' WHERE id = {target}")
    result = audit.verify(logged.ctx)
    assert not result.ok
    assert (result.broken_id, result.reason) == (target, "altered")
    assert result.broken_action == "print"


def test_changing_the_time_or_the_actor_is_found_too(logged: Services) -> None:
    first, second = ids(logged)[3], ids(logged)[7]
    edit(logged, f"UPDATE change_log SET at = '2020-01-01 00:00:00.000000' WHERE id = {second}")
    edit(logged, f"UPDATE change_log SET actor = 'Người khác' WHERE id = {first}")
    result = audit.verify(logged.ctx)
    assert (result.ok, result.broken_id, result.reason) == (False, first, "altered")


def test_deleting_a_middle_entry_is_found_at_the_entry_after_it(logged: Services) -> None:
    all_ids = ids(logged)
    middle = all_ids[len(all_ids) // 2]
    edit(logged, f"DELETE FROM change_log WHERE id = {middle}")
    result = audit.verify(logged.ctx)
    after = all_ids[all_ids.index(middle) + 1]
    assert (result.ok, result.broken_id, result.reason) == (False, after, "missing_before")


def test_swapping_two_entries_is_found(logged: Services) -> None:
    a, b = ids(logged)[4], ids(logged)[9]
    edit(
        logged,
        f"UPDATE change_log SET id = -1 WHERE id = {a}",
        f"UPDATE change_log SET id = {a} WHERE id = {b}",
        f"UPDATE change_log SET id = {b} WHERE id = -1",
    )
    result = audit.verify(logged.ctx)
    assert (result.ok, result.broken_id) == (False, a)


def test_a_chain_rebuilt_with_plain_sha256_is_found(logged: Services) -> None:
    """An insider without the key edits an entry and recomputes every link with SHA-256: the first link fails."""
    target = ids(logged)[6]
    edit(logged, f"UPDATE change_log SET entity_id = 999 WHERE id = {target}")
    with closing(raw(logged)) as con:
        prev = chain.GENESIS
        for row in list(chain_rows(con)):
            digest = hashlib.sha256(bytes.fromhex(prev) + row.canonical()).hexdigest()
            con.execute("UPDATE change_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row.id))
            prev = digest
    result = audit.verify(logged.ctx)
    assert (result.ok, result.broken_id, result.reason) == (False, ids(logged)[0], "altered")


def chain_rows(con: sqlite3.Connection) -> Iterator[chain.LinkRow]:
    for r in con.execute(
        "SELECT id, at, actor, actor_login, action, entity, entity_id, changes, reason FROM change_log ORDER BY id"
    ).fetchall():
        yield chain.LinkRow(r[0], chain.canonical_at(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8])


def test_an_unreadable_value_is_named_not_a_crash(logged: Services) -> None:
    target = ids(logged)[2]
    edit(logged, f"UPDATE change_log SET at = 'hôm qua' WHERE id = {target}")
    result = audit.verify(logged.ctx)
    assert (result.ok, result.broken_id, result.reason) == (False, target, "unreadable")


def test_cutting_the_tail_shows_only_against_a_written_down_anchor(logged: Services) -> None:
    anchor = audit.verify(logged.ctx)
    assert anchor.ok
    last_two = ids(logged)[-2:]
    edit(logged, f"DELETE FROM change_log WHERE id IN ({last_two[0]}, {last_two[1]})")
    # The chain alone cannot see it (reliability.md §4.3 test 3): what is left still links.
    assert audit.verify(logged.ctx).ok
    against = audit.verify(logged.ctx, (anchor.count, anchor.head))
    assert (against.ok, against.reason) == (False, "cut")
    assert audit.verify(logged.ctx, (anchor.count - 2, audit.verify(logged.ctx).head)).ok


def test_a_rolled_back_change_leaves_no_entry(logged: Services) -> None:
    before = len(ids(logged))
    with pytest.raises(RuntimeError), logged.ctx.db.write() as s, s.begin():
        audit.record(s, logged.ctx, "update", "visit", 1, {"summary": ("a", "b")})
        raise RuntimeError("the save failed")
    audit.event(logged.ctx, "print", "visit", 1)
    assert len(ids(logged)) == before + 1
    assert audit.verify(logged.ctx).ok


def test_the_office_data_key_reseals_the_chain_and_the_stored_key_goes(logged: Services) -> None:
    key = os.urandom(32)
    logged.ctx.key = key
    audit.event(logged.ctx, "sign_in", "user", 1)
    with closing(raw(logged)) as con:
        assert con.execute("SELECT count(*) FROM audit_key").fetchone()[0] == 0
        resealed = con.execute("SELECT action FROM change_log ORDER BY id DESC LIMIT 2").fetchall()
    assert [r[0] for r in resealed] == ["sign_in", "key_change"]
    assert audit.verify(logged.ctx).ok
    logged.ctx.key = os.urandom(32)  # another office's key: no link holds
    wrong = audit.verify(logged.ctx)
    assert (wrong.ok, wrong.reason, wrong.broken_id) == (False, "altered", ids(logged)[0])
    logged.ctx.key = (
        None  # the key is no longer in the database: nothing can be written or checked without it
    )
    assert audit.verify(logged.ctx).reason == "no_key"
    with pytest.raises(ConflictError):
        audit.event(logged.ctx, "print", "visit", 1)


def test_a_broken_chain_is_resealed_with_where_it_broke_said(logged: Services) -> None:
    target = ids(logged)[4]
    edit(logged, f"UPDATE change_log SET actor = 'Người khác' WHERE id = {target}", *chain.TRIGGERS)
    logged.ctx.key = os.urandom(32)
    audit.event(logged.ctx, "sign_in", "user", 1)
    entry = audit.history(logged.ctx, "audit_log", 0)[-1]
    assert entry.action == "key_change"
    assert entry.changes["broken_entry"] == (None, target)


def test_two_writers_never_fork_the_chain(logged: Services) -> None:
    other = open_services(AppPaths(logged.ctx.data_dir))
    errors: list[BaseException] = []

    def write(sv: Services) -> None:
        try:
            for i in range(15):
                audit.event(sv.ctx, "print", "petition", i + 1)
        except BaseException as exc:
            errors.append(exc)

    try:
        threads = [threading.Thread(target=write, args=(sv,)) for sv in (logged, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    assert errors == []
    result = audit.verify(logged.ctx)
    assert result.ok and result.count == len(ids(logged))
    with closing(raw(logged)) as con:
        assert (
            con.execute(
                "SELECT count(*) FROM change_log WHERE action = 'print' AND entity = 'petition'"
            ).fetchone()[0]
            == 30
        )


def test_the_start_up_check_reads_only_the_newest_links(logged: Services) -> None:
    all_ids = ids(logged)
    recent = audit.verify_recent(logged.ctx, last=5)
    assert (recent.ok, recent.count) == (True, 5)
    edit(logged, f"UPDATE change_log SET actor = 'Người khác' WHERE id = {all_ids[2]}")
    assert audit.verify_recent(logged.ctx, last=5).ok  # an old entry is for the full check
    assert audit.verify(logged.ctx).broken_id == all_ids[2]
    edit(logged, f"UPDATE change_log SET actor = 'Người khác' WHERE id = {all_ids[-2]}")
    late = audit.verify_recent(logged.ctx, last=5)
    assert (late.ok, late.broken_id) == (False, all_ids[-2])
