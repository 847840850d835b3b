"""`desk-app audit`: the log one entry per line or as JSON, a date range, and --verify exiting 2 on an edited entry."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desk_app.cli import main as cli
from desk_app.paths import AppPaths
from desk_app.storage import audit_chain as chain
from tests.helpers.cli_output import one_error_line

AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "add", "--name", "Trần Văn Bình", "--head") == 0
    capsys.readouterr()
    return folder


def test_the_log_lists_each_command_and_change_in_words_and_in_json(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(office, "audit") == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("Chạy lệnh desk-app" in line and "Lệnh: staff add" in line for line in lines), lines
    assert any("Tạo mới" in line and "Trần Văn Bình" in line for line in lines), lines
    assert not any("staff_id" in line or "command:" in line for line in lines)  # labels, never codes
    assert run(office, "audit", "--json") == 0
    entries = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {"at", "actor", "login", "action", "entity", "subject", "changes", "reason"} <= set(entries[0])
    assert run(office, "audit", "--from", "2000-01-01", "--to", "2000-12-31") == 0
    assert "không có mục nào" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--from", "05/12/2026"], ["--from", "2026-12-05", "--to", "2026-12-01"]])
def test_bad_dates_are_one_line(office: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert run(office, "audit", *args) == 2
    one_error_line(capsys)


def test_verify_exits_2_naming_the_entry_an_insider_edited(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(office, "audit", "--verify") == 0
    assert "toàn vẹn" in capsys.readouterr().out
    with closing(sqlite3.connect(AppPaths(office).database, isolation_level=None)) as con:
        for statement in chain.DROP_TRIGGERS:
            con.execute(statement)
        target = con.execute("SELECT min(id) FROM change_log WHERE entity = 'staff'").fetchone()[0]
        con.execute(f"UPDATE change_log SET actor = 'Người khác' WHERE id = {target}")
    assert run(office, "audit", "--verify") == 2
    out = capsys.readouterr().out
    assert "KHÔNG còn toàn vẹn" in out and f"Mục thứ {target}" in out
    assert run(office, "audit", "--verify", "--json") == 2
    result = json.loads(capsys.readouterr().out)
    assert (result["ok"], result["broken_entry"], result["reason"]) == (False, target, "altered")
