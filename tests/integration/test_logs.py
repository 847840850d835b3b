"""The process log (issue 12): every command writes logs/desk_app.log, never a typed name; a folder that cannot be
written never stops a command; early errors reach the system's log folder; a hard crash leaves faulthandler's stacks."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desk_app import logging_setup
from desk_app.cli import main as cli
from desk_app.errors import NotFoundError
from desk_app.paths import AppPaths

AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]
NAME = "Trần Văn Bình"


@pytest.fixture
def system_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's user log folder, moved into the test (platformdirs reads these at each call)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    folder = logging_setup.fallback_folder()
    assert tmp_path in folder.parents
    return folder


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


def test_each_command_writes_its_start_and_exit_but_not_what_was_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0  # init makes the folder: its log is written once it exists
    assert run(folder, "staff", "add", "--name", NAME, "--head") == 0
    text = (AppPaths(folder).logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert [line.split(": ", 1)[1] for line in lines if "desk_app.cli.main" in line] == [
        "init: start",
        "init: exit 0",
        "staff: start",
        "staff: exit 0",
    ], text
    assert NAME not in text and "AN PHÚ" not in text
    # What was done, to which record: the audit entry's action and ids, never its changes.
    assert any(line.endswith(": create staff #1") and "audit entry" in line for line in lines), text
    assert lines[0][:4].isdigit() and lines[0][4] == "-"  # ISO timestamps
    assert capsys.readouterr().err == ""


def test_an_expected_error_is_logged_by_its_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "add", "--name", NAME, "--head") == 0
    assert run(folder, "staff", "add", "--name", NAME, "--head") == 2  # a second head
    assert capsys.readouterr().err.count("\n") == 1
    text = (AppPaths(folder).logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    warnings = [line for line in text.splitlines() if " WARNING " in line]
    assert len(warnings) == 1 and "staff: " in warnings[0], text
    assert NAME not in text


def test_an_unexpected_error_is_logged_with_its_traceback_but_not_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0

    typed = [NAME, "001234567890"]  # what a form held when it failed

    def broken(*_args: object) -> int:
        raise ValueError(" ".join(typed))

    monkeypatch.setitem(cli.HANDLERS, "staff", broken)
    with pytest.raises(ValueError, match=NAME):
        run(folder, "staff", "list")
    text = (AppPaths(folder).logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "staff: unexpected error" in text
    assert (
        "Traceback (most recent call last):" in text
        and 'in broken\n    raise ValueError(" ".join(typed))' in text
    )
    assert "builtins.ValueError: (message withheld: 26 characters)" in text
    assert "001234567890" not in text and NAME not in text


def test_deadline_writes_nothing_into_an_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    assert run(folder, "deadline", "TC_TRANSFER", "2026-08-28") == 0
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("system_logs_usable", [False, True])
def test_a_logs_folder_that_cannot_be_written_never_stops_a_command(
    tmp_path: Path, system_logs: Path, capsys: pytest.CaptureFixture[str], system_logs_usable: bool
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0
    log_file = AppPaths(folder).logs / logging_setup.LOG_FILE
    log_file.unlink()
    log_file.mkdir()  # cannot be opened for writing, even by root (for whom chmod changes nothing)
    if not system_logs_usable:
        (system_logs / logging_setup.LOG_FILE).mkdir(parents=True)
    capsys.readouterr()
    assert run(folder, "staff", "add", "--name", NAME, "--head") == 0
    out, err = capsys.readouterr()
    assert out.strip()
    if system_logs_usable:  # the system's log folder instead, saying why
        assert err == ""
        text = (system_logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
        assert "the data folder's logs/ cannot be written" in text and "staff: exit 0" in text
    else:  # stderr, problems only: the command's answer stays readable
        assert err == ""
        assert log_file.is_dir() and not any(log_file.iterdir())


def test_an_error_before_any_data_folder_reaches_the_system_log_folder(
    tmp_path: Path, system_logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.HANDLERS, "report", broken)
    with pytest.raises(RuntimeError):
        run(tmp_path / "never", "report", "01/TCD")
    assert not (tmp_path / "never").exists()
    text = (system_logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "report: unexpected error" in text and "builtins.RuntimeError" in text


def test_an_expected_error_without_a_folder_writes_no_log_anywhere(
    tmp_path: Path, system_logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "never", "staff", "list") == 2
    assert capsys.readouterr().err
    assert not (tmp_path / "never").exists() and not system_logs.exists()


def test_redacted_traceback_keeps_the_chain_and_only_safe_messages() -> None:
    def fail() -> None:
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as exc:
            raise KeyError("001234567890") from exc

    try:
        try:
            fail()
        except KeyError:
            raise NotFoundError("visit.not_found") from None
    except NotFoundError as exc:
        assert logging_setup.redacted_traceback(exc).splitlines()[-1] == (
            "desk_app.errors.NotFoundError: visit.not_found"
        )
    try:
        fail()
    except KeyError as exc:
        text = logging_setup.redacted_traceback(exc)
    assert "sqlite3.DatabaseError: database disk image is malformed" in text
    assert "direct cause" in text and "builtins.KeyError: (message withheld: 14 characters)" in text
    assert "001234567890" not in text.replace('KeyError("001234567890")', "")
    assert logging_setup.safe_message(OSError(28, "No space left on device", "Nguyễn.pdf")) == (
        "[Errno 28] No space left on device"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="faulthandler._sigsegv kills the test runner's console")
def test_a_hard_crash_leaves_the_stacks_in_logs(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from desk_app import logging_setup
        logging_setup.begin()
        logging_setup.use_folder(Path({str(logs)!r}), create=True)
        faulthandler._sigsegv()
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=False
    )
    assert done.returncode != 0
    text = (logs / logging_setup.FAULT_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "<string>" in text, text
    assert (logs / logging_setup.LOG_FILE).read_text(encoding="utf-8").count("desk_app 0.1.0") == 1


@pytest.mark.parametrize("blocked", [False, True])
def test_the_log_rotates_and_a_rotation_that_fails_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blocked: bool
) -> None:
    logs = tmp_path / "logs"
    oldest = logs / f"{logging_setup.LOG_FILE}.{logging_setup.BACKUP_COUNT}"
    if blocked:  # as when another process holds a file open on Windows: the rotation fails half-way
        (logs / f"{logging_setup.LOG_FILE}.{logging_setup.BACKUP_COUNT - 1}").parent.mkdir()
        (logs / f"{logging_setup.LOG_FILE}.{logging_setup.BACKUP_COUNT - 1}").write_text("older")
        (oldest / "kept").mkdir(parents=True)  # cannot be removed to make room
    logging_setup.begin()
    try:
        assert logging_setup.use_folder(logs, create=True) == logs / logging_setup.LOG_FILE
        noisy = logging.getLogger("desk_app.test")
        for i in range(logging_setup.MAX_BYTES // 1000 + 50):
            noisy.info("%05d %s", i, "x" * 1000)
        noisy.info("the last line")
    finally:
        logging_setup.end()
    assert capsys.readouterr().err == ""  # no "--- Logging error ---"
    current = (logs / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert current.rstrip().endswith("the last line")
    assert (logs / f"{logging_setup.LOG_FILE}.1").is_file() != blocked
    assert (len(current) > logging_setup.MAX_BYTES) == blocked
