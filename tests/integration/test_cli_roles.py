"""What each demo account may run on the command line and what it gets back (DOMAIN §16.6, §13.3).

One demo office (built by `desk-app demo`, which creates truong, tiepdan, xulydon, quantri and baocao with password
`demo`) serves every test of this file; each command is also checked in the audit log.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desk_app.cli import main as cli
from desk_app.cli import signin
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.storage.cipher import is_encrypted
from tests.helpers.cli_output import one_error_line

MASKED = "[Bảo mật]"
DEMO_USERS = {
    "truong": ["LANH_DAO"],
    "tiepdan": ["TIEP_CONG_DAN"],
    "xulydon": ["XU_LY_DON"],
    "quantri": ["QUAN_TRI"],
    "baocao": ["XEM_BAO_CAO"],
}
REPORT = ["report", "01/TCD", "--period", "2026", "--format", "json"]


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("roles") / "data"
    assert cli.main(["--data-dir", str(folder), "demo", "--seed", "2"]) == 0
    return folder


@pytest.fixture
def office(demo_office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy per test: every command writes to the audit log, and a test may lock an account."""
    monkeypatch.delenv(signin.USER_ENV, raising=False)
    monkeypatch.delenv(signin.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(signin, "has_terminal", lambda: False)
    folder = tmp_path / "data"
    shutil.copytree(demo_office, folder)
    yield folder


def run_as(folder: Path, login: str, *args: str, password: str = "demo") -> int:
    import os

    os.environ[signin.PASSWORD_ENV] = password
    try:
        return cli.main(["--data-dir", str(folder), "--user", login, *args])
    finally:
        del os.environ[signin.PASSWORD_ENV]


def test_the_demo_creates_five_accounts_with_password_demo_and_an_encrypted_office(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_encrypted(AppPaths(office).database)
    assert run_as(office, "quantri", "user", "list", "--json") == 0
    users = {u["login"]: u["roles"] for u in json.loads(capsys.readouterr().out)}
    assert users == DEMO_USERS
    for login in DEMO_USERS:
        assert run_as(office, login, "self-test", "--help") == 0  # help needs no sign-in
    capsys.readouterr()


# (login, command, allowed) — the contract's rules: XEM_BAO_CAO runs report only, QUAN_TRI users and settings
# but no case content, the case roles the registers.
MATRIX: list[tuple[str, list[str], bool]] = [
    ("baocao", REPORT, True),
    ("baocao", ["export", "visits", "{out}/v.csv"], False),
    ("baocao", ["staff", "list"], False),
    ("baocao", ["deadline", "KN_RESOLVE_1", "2026-03-02"], False),
    ("baocao", ["user", "list"], False),
    ("baocao", ["audit"], False),
    ("quantri", ["user", "list"], True),
    ("quantri", ["staff", "list"], True),
    ("quantri", ["audit", "--verify"], True),
    ("quantri", ["export", "visits", "{out}/v.csv"], False),
    ("quantri", ["export", "petitions", "{out}/p.csv"], False),
    ("quantri", ["import", "visits", "{out}/in.csv"], False),
    ("quantri", REPORT, False),
    ("tiepdan", ["export", "visits", "{out}/v.csv"], True),
    ("tiepdan", REPORT, True),
    ("tiepdan", ["deadline", "KN_RESOLVE_1", "2026-03-02"], True),
    ("tiepdan", ["user", "list"], False),
    ("tiepdan", ["staff", "add", "--name", "Nguyễn Văn Mới"], False),
    ("tiepdan", ["audit"], False),
    ("xulydon", ["export", "petitions", "{out}/p.csv"], True),
    ("xulydon", ["user", "add", "moi", "--name", "Người Mới", "--roles", "LANH_DAO"], False),
    ("truong", ["audit", "--verify"], True),
    # the leader may change the settings (MANAGE_SETTINGS), but a staff line carries roles: MANAGE_USERS
    ("truong", ["staff", "add", "--name", "Nguyễn Văn Mới"], False),
    ("truong", ["export", "visits", "{out}/v.xlsx"], True),
]


@pytest.mark.parametrize(
    ("login", "args", "allowed"), MATRIX, ids=[f"{m[0]}-{' '.join(m[1][:2])}" for m in MATRIX]
)
def test_each_role_runs_only_its_commands(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    login: str,
    args: list[str],
    allowed: bool,
) -> None:
    filled = [a.format(out=tmp_path) for a in args]
    (tmp_path / "in.csv").write_text(",".join(vt.VISIT_HEADERS) + "\n", encoding="utf-8")
    code = run_as(office, login, *filled)
    if allowed:
        assert code == 0, capsys.readouterr().err
        capsys.readouterr()
        return
    assert code == 2
    line = one_error_line(capsys)
    assert "không được phép" in line and login in line, line
    assert not any(
        Path(a).exists() for a in filled if a.startswith(str(tmp_path)) and not a.endswith("in.csv")
    )
    # the refusal is in the audit log, with who and what
    assert run_as(office, "truong", "audit", "--json") == 0
    entries = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any(e["action"] == "denied" and e["login"] == login for e in entries), entries[-3:]


def _visit_rows(path: Path) -> list[dict[str, Any]]:
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_exports_are_masked_by_the_acting_users_roles(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    officer, head = tmp_path / "tiepdan.xlsx", tmp_path / "truong.xlsx"
    assert run_as(office, "tiepdan", "export", "visits", str(officer)) == 0
    assert run_as(office, "truong", "export", "visits", str(head)) == 0
    capsys.readouterr()
    seen, full = _visit_rows(officer), _visit_rows(head)
    assert len(seen) == len(full) > 100
    denounced = [i for i, r in enumerate(full) if r[vt.V_CATEGORY] == "Tố cáo"]
    assert denounced
    for i in denounced:
        assert seen[i][vt.V_NAME] == MASKED and seen[i][vt.V_ADDRESS] in (MASKED, None)
        assert full[i][vt.V_NAME] != MASKED
    assert not any(r[vt.V_NAME] == MASKED for r in full)
    ids = [str(r[vt.V_ID]) for r in seen if r[vt.V_ID] and r[vt.V_ID] != MASKED]
    assert ids and all("*" in x for x in ids)  # ID numbers masked for an officer
    assert any(str(r[vt.V_ID]).isdigit() and len(str(r[vt.V_ID])) == 12 for r in full)


def test_every_command_is_in_the_audit_log_and_the_chain_checks(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_as(office, "tiepdan", "export", "visits", str(tmp_path / "v.csv")) == 0
    assert run_as(office, "baocao", *REPORT) == 0
    assert run_as(office, "quantri", "staff", "list") == 0
    capsys.readouterr()
    assert run_as(office, "truong", "audit", "--json", "--from", "2000-01-01") == 0
    entries = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    commands = {(e["login"], e["changes"]["command"][1]) for e in entries if e["action"] == "command"}
    assert {("tiepdan", "export visits"), ("baocao", "report 01/TCD"), ("quantri", "staff list")} <= commands
    assert run_as(office, "truong", "audit") == 0
    text = capsys.readouterr().out
    assert "Chạy lệnh desk-app" in text and "export visits" in text
    assert run_as(office, "truong", "audit", "--verify") == 0
    assert "toàn vẹn" in capsys.readouterr().out
