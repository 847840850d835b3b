"""kill -9 at random moments (seeded) during saves, imports, backups and restores of an encrypted office (issue 12).

After every kill the folder is opened again: the start's quick check and a full integrity check pass (0 corrupt),
every acknowledged save is there (0 lost) and the book numbers have no gap, an import is all or nothing, every listed
verified backup verifies and no `.part` is listed, and a restore cut short left the old or the new database, sound.
About 50 kills here; tests/perf/test_kill_perf.py runs the same harness with many more and prints the figures.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.storage import backup_files, health
from desk_app.storage.keyslots import KdfParams, KeySlots
from desk_app.storage.records import ChangeLogRecord, VisitRecord
from tests.conftest import FIXED_NOW
from tests.helpers.templates import OfficeTemplate, copy_data

KEY_LOGIN, KEY_PASSWORD = "dung.pt", "Cây xoài trước nhà"
FAST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
ROOT = Path(__file__).resolve().parents[2]
IMPORT_ROWS = 2000
CI_KILLS = {"save": 14, "import": 8, "backup": 14, "restore": 14}
MAX_DELAY_S = {"save": 0.25, "import": 1.0, "backup": 0.15, "restore": 0.2}
"""The longest wait before the kill, counted from the fork or from the first acknowledgement (a coin decides)."""


@dataclass
class Tally:
    """The harness's figures: what was done and every way it could have gone wrong."""

    kills: dict[str, int] = field(default_factory=dict)
    acks: dict[str, int] = field(default_factory=dict)
    lost: int = 0
    corrupt: int = 0
    gaps: int = 0
    partial_imports: int = 0
    unsound_backups: int = 0
    parts_listed: int = 0
    wrong_restores: int = 0
    parts_left: int = 0
    """`.part` files a killed backup left on disk (never listed; only counted)."""
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def failures(self) -> dict[str, int]:
        return {
            "lost": self.lost, "corrupt": self.corrupt, "numbering gaps": self.gaps,
            "partial imports": self.partial_imports, "unsound verified backups": self.unsound_backups,
            ".part listed": self.parts_listed, "wrong restores": self.wrong_restores,
        }  # fmt: skip

    def table(self) -> str:
        lines = [f"{'kind':<8} {'kills':>6} {'acknowledged':>13} {'seconds':>8}"]
        for kind, kills in self.kills.items():
            lines.append(
                f"{kind:<8} {kills:>6} {self.acks.get(kind, 0):>13} {self.seconds.get(kind, 0):>8.1f}"
            )
        total = sum(self.seconds.values())
        lines.append(
            f"{'total':<8} {sum(self.kills.values()):>6} {sum(self.acks.values()):>13} {total:>8.1f}"
        )
        lines += [f"{name}: {value}" for name, value in self.failures().items()]
        lines.append(f".part left on disk: {self.parts_left}")
        lines += [f"  {problem}" for problem in self.problems[:20]]
        return "\n".join(lines)


class ForkServer:
    """tests.helpers.kill_worker --serve: imports the app once, forks one worker per job."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.kill_worker", "--serve"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip
        assert self._answer() == "serving"

    def _answer(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def _ask(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def start(self, job: dict[str, Any]) -> int:
        answer = self._ask(json.dumps(job))
        assert answer.startswith("pid "), answer
        return int(answer.split()[1])

    def reap(self, pid: int) -> int:
        answer = self._ask(f"reap {pid}")
        assert answer.startswith("status "), answer
        return int(answer.split()[1])

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._ask("quit")
        self.proc.wait(timeout=30)


@contextlib.contextmanager
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    try:
        yield server
    finally:
        server.close()


@dataclass(frozen=True)
class Secured:
    """A closed office secured as the window does (key slots, encrypted database) with six visits and three verified
    backups holding 1, 3 and 6 of them; every kind of work gets a copy of its own."""

    data: Path
    key: bytes
    staff: tuple[int, str]
    targets: tuple[tuple[str, int], ...]
    """The backups' file names and the visits each holds."""
    register: Path


def secured_office(template: OfficeTemplate, folder: Path) -> Secured:
    from tests.helpers.kill_worker import _visit

    paths = copy_data(template.folder, AppPaths(folder / "data"))
    _, key, _ = KeySlots.create(paths.data, KEY_LOGIN, KEY_PASSWORD, FIXED_NOW, kdf=FAST_KDF)
    targets = []
    services = open_services(paths, key)
    try:
        services.ctx.actor.staff_id, services.ctx.actor.name = template.officer_id, template.officer
        for n in range(1, 7):
            services.intake.save(_visit(n))
            if n in (1, 3, 6):
                targets.append((services.backups.back_up().path.name, n))
    finally:
        services.close()
    staff = (template.officer_id, template.officer)
    return Secured(paths.data, key, staff, tuple(targets), register_file(folder / "so.csv"))


def register_file(path: Path, rows: int = IMPORT_ROWS) -> Path:
    """A legacy Sổ tiếp công dân (DOMAIN §16.3) of `rows` sound rows over five years."""
    rnd = random.Random(rows)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(vt.VISIT_HEADERS)
        for i in range(rows):
            person = rnd.randrange(rows // 2)
            day = dt.date(2019, 1, 2) + dt.timedelta(days=i * 1825 // rows)
            writer.writerow([
                day.strftime("%d/%m/%Y"), "Thường xuyên", "", "", f"Nguyễn Văn Lâm {person}",
                f"0011{person:08d}", f"Ấp {person % 12 + 1}", "1", f"Khiếu nại thu hồi đất thửa {person % 40}",
                "Khiếu nại", "Đất đai, nhà cửa", "", "", "Thụ lý giải quyết", "",
            ])  # fmt: skip
    return path


# One kill --------------------------------------------------------------------------------------------------------
def _lines(out: Path) -> list[str]:
    try:
        return out.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _wait_for_ack(out: Path, err: Path, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not any(line.startswith("ack ") for line in _lines(out)):
        crashed = "Traceback" in "\n".join(_lines(err))
        if crashed or time.monotonic() > deadline:
            raise AssertionError(f"no acknowledgement within {timeout_s} s: {_lines(out)}\n{_lines(err)}")
        time.sleep(0.005)


def kill_one(server: ForkServer, job: dict[str, Any], rng: random.Random, work: Path) -> list[str]:
    """Fork a worker for `job`, SIGKILL it at a random moment, return the acknowledgements it printed."""
    out, err = work / "out.txt", work / "err.txt"
    out.unlink(missing_ok=True)
    err.unlink(missing_ok=True)
    pid = server.start({**job, "out": str(out), "err": str(err)})
    try:
        if rng.random() < 0.5:
            _wait_for_ack(out, err)
        time.sleep(rng.uniform(0, MAX_DELAY_S[job["kind"]]))
    finally:
        os.kill(pid, signal.SIGKILL)
        status = server.reap(pid)
    stderr = err.read_text(encoding="utf-8") if err.exists() else ""
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the {job['kind']} worker ended by itself (status {status}):\n{stderr}"
    )
    return [line[4:] for line in _lines(out) if line.startswith("ack ")]


# What is checked after each kill ---------------------------------------------------------------------------------
@dataclass
class Office:
    kind: str
    paths: AppPaths
    key: bytes
    job: dict[str, Any]
    acked: set[str] = field(default_factory=set)
    imports: int = 0
    base_visits: int = 0
    verified_seen: set[tuple[str, int]] = field(default_factory=set)
    targets: list[tuple[str, int]] = field(default_factory=list)
    """The restore worker's backups in turn: (path, visits it holds)."""
    broken: bool = False


def _visits(services: Services) -> list[tuple[int, int, int]]:
    with services.ctx.db.read() as s:
        rows = s.execute(select(VisitRecord.id, VisitRecord.book_year, VisitRecord.book_no))
        return [(r[0], r[1], r[2]) for r in rows]


def _imports(services: Services) -> int:
    with services.ctx.db.read() as s:
        return s.scalar(select(func.count()).where(ChangeLogRecord.action == "import")) or 0


def check(office: Office, acks: list[str], tally: Tally) -> None:
    """Open the folder again and count what went wrong in it (a corrupt office is not used again)."""
    kind = office.kind
    tally.kills[kind] = tally.kills.get(kind, 0) + 1
    tally.acks[kind] = tally.acks.get(kind, 0) + len(acks)
    try:
        services = open_services(office.paths, office.key)
    except Exception as exc:  # DatabaseDamaged or anything else: the office did not survive the kill
        tally.corrupt += 1
        tally.problems.append(
            f"{kind}: open_services raised {type(exc).__name__}: {exc} after acks {acks[-2:]}"
        )
        office.broken = True
        return
    try:
        _check_work(office, services, acks, tally)
    finally:
        services.close()
    problems = health.full_check(office.paths.database, office.key)
    if problems:
        tally.corrupt += 1
        tally.problems.append(f"{kind}: integrity check: {problems[:3]}")
        office.broken = True
    _check_backups(office, tally)


def _check_work(office: Office, services: Services, acks: list[str], tally: Tally) -> None:
    visits = _visits(services)
    for year in {v[1] for v in visits}:  # saved at the desk or imported, each year's book runs 1..n
        numbers = sorted(v[2] for v in visits if v[1] == year)
        if numbers != list(range(1, len(numbers) + 1)):
            tally.gaps += 1
            tally.problems.append(f"{office.kind}: book of {year} is not 1..{len(numbers)}")
    if office.kind == "save":
        office.acked |= {a.split()[0] for a in acks}
        lost = office.acked - {str(v[0]) for v in visits}
        tally.lost += len(lost)
        if lost:
            tally.problems.append(f"save: acknowledged visits missing: {sorted(lost)[:5]}")
    elif office.kind == "import":
        added, logged = len(visits) - office.base_visits, _imports(services)
        done, rest = divmod(added, IMPORT_ROWS)
        office.imports += len(acks)
        if rest or done not in (office.imports, office.imports + 1) or logged != done:
            tally.partial_imports += 1
            tally.problems.append(
                f"import: {added} rows added, {logged} logged, {office.imports} acknowledged"
            )
        office.imports = done
    elif office.kind == "restore":
        _check_restore(office, len(visits), acks, tally)
    elif office.kind == "backup":
        office.acked |= set(acks)


def _check_restore(office: Office, visits: int, acks: list[str], tally: Tally) -> None:
    """The database holds the last acknowledged restore's backup or the next one's (killed after the swap)."""
    start, n = int(office.job["start"]), len(office.targets)
    done = office.targets[(start + len(acks) - 1) % n][1]  # with no ack: the state before this worker
    following = office.targets[(start + len(acks)) % n][1]
    if visits not in (done, following):
        tally.wrong_restores += 1
        tally.problems.append(f"restore: {visits} visits, expected {done} or {following} ({len(acks)} acks)")
        office.broken = True
        return
    now_at = next(i for i, (_, v) in enumerate(office.targets) if v == visits)
    office.job["start"] = (now_at + 1) % n


def _check_backups(office: Office, tally: Tally) -> None:
    listed = backup_files.list_backups(office.paths.backups)
    names = {str(b.path) for b in listed if b.verified}
    for backup in listed:
        if backup.path.name.endswith(".part") or ".part" in backup.path.suffixes:
            tally.parts_listed += 1
            tally.problems.append(f"{office.kind}: a .part is listed: {backup.path.name}")
        if not backup.verified or (str(backup.path), backup.size) in office.verified_seen:
            continue
        try:
            backup_files.verify(backup.path, office.key)
            office.verified_seen.add((str(backup.path), backup.size))
        except Exception as exc:
            tally.unsound_backups += 1
            tally.problems.append(f"{office.kind}: listed verified backup fails: {backup.path.name}: {exc}")
    if office.kind == "backup":
        missing = {a for a in office.acked if a not in names}
        tally.lost += len(missing)
        if missing:
            tally.problems.append(
                f"backup: acknowledged backups not listed as verified: {sorted(missing)[:3]}"
            )


# The harness --------------------------------------------------------------------------------------------------------
def prepare(kind: str, secured: Secured, work: Path) -> Office:
    """A copy of the secured office for one kind of work, and the job its worker is given."""
    paths = AppPaths(work / kind / "data")
    shutil.copytree(secured.data, paths.data)
    job: dict[str, Any] = {"kind": kind, "data": str(paths.data), "key": secured.key.hex(),
                           "staff": list(secured.staff), "file": str(secured.register),
                           "targets": [str(paths.backups / name) for name, _ in secured.targets],
                           "start": 0}  # fmt: skip
    # the database holds the last target's figures: the first restore goes to the first
    targets = [(str(paths.backups / name), visits) for name, visits in secured.targets]
    return Office(kind, paths, secured.key, job, base_visits=secured.targets[-1][1], targets=targets)


def run_kind(
    server: ForkServer,
    kind: str,
    kills: int,
    secured: Secured,
    work: Path,
    tally: Tally,
    *,
    go_on: bool = False,
) -> None:
    """`kills` kills of one kind of work on an office of its own, each checked; counted into `tally`.

    A broken office ends the run, or with `go_on` is counted and replaced by a new copy (the figures of a long run)."""
    began = time.perf_counter()
    rng = random.Random(f"{kind}-{kills}")
    office = prepare(kind, secured, work / "0")
    for n in range(kills):
        if office.broken:
            if not go_on:
                break
            office = prepare(kind, secured, work / str(n))
        acks = kill_one(server, office.job, rng, office.paths.data.parent)
        check(office, acks, tally)
    for folder in work.iterdir():
        tally.parts_left += sum(1 for _ in folder.glob(f"{kind}/data/backups/*.part"))
        shutil.rmtree(folder, ignore_errors=True)
    tally.seconds[kind] = tally.seconds.get(kind, 0) + time.perf_counter() - began


@pytest.fixture(scope="module")
def kill_server() -> Iterator[ForkServer]:
    with fork_server() as server:
        yield server


@pytest.fixture(scope="module")
def secured(office_template: OfficeTemplate, tmp_path_factory: pytest.TempPathFactory) -> Secured:
    return secured_office(office_template, tmp_path_factory.mktemp("secured"))


@pytest.mark.parametrize(
    "kind",
    [
        "save",
        "import",
        "backup",
        "restore",
    ],
)
def test_kill_9_loses_nothing_acknowledged(
    kind: str, kill_server: ForkServer, secured: Secured, tmp_path: Path
) -> None:
    tally = Tally()
    run_kind(kill_server, kind, CI_KILLS[kind], secured, tmp_path, tally)
    print("\n" + tally.table())
    assert tally.failures() == dict.fromkeys(tally.failures(), 0), "\n".join(tally.problems)
    assert tally.kills == {kind: CI_KILLS[kind]} and tally.acks[kind] > 0, tally.table()


def kill_at(server: ForkServer, job: dict[str, Any], step: tuple[str, str, int], work: Path) -> list[str]:
    """Fork a worker that kills itself when `step` returns; the acknowledgements it printed before."""
    out, err = work / "out.txt", work / "err.txt"
    out.unlink(missing_ok=True)
    err.unlink(missing_ok=True)
    pid = server.start({**job, "kill_after": list(step), "out": str(out), "err": str(err)})
    deadline = time.monotonic() + 60
    try:
        while not any(line.startswith("killed after") for line in _lines(out)):
            assert time.monotonic() < deadline, f"{step} never returned: {_lines(out)}"
            time.sleep(0.005)
    finally:
        os.kill(pid, signal.SIGKILL)
        status = server.reap(pid)
    assert os.WIFSIGNALED(status), err.read_text(encoding="utf-8") if err.exists() else status
    return [line[4:] for line in _lines(out) if line.startswith("ack ")]


STEPS = {
    "after the safety backup": ("desk_app.storage.backup_files", "write_backup", 1),
    "after the copy beside the database": ("desk_app.storage.backup_files", "copy_database", 2),
    "after its fsync": ("desk_app.storage.backup_files", "fsync_file", 2),
    "after the old file went aside": ("desk_app.storage.health", "keep_aside", 1),
    "after the swap": ("desk_app.storage.restore", "restore_file", 1),
}


@pytest.mark.parametrize(
    "step",
    list(STEPS),
)
def test_a_restore_killed_at_each_step_leaves_the_old_or_the_new_database(
    step: str, kill_server: ForkServer, secured: Secured, tmp_path: Path
) -> None:
    office = prepare("restore", secured, tmp_path)
    acks = kill_at(kill_server, office.job, STEPS[step], office.paths.data.parent)
    tally = Tally()
    check(office, acks, tally)
    assert acks == [] and tally.failures() == dict.fromkeys(tally.failures(), 0), "\n".join(tally.problems)


BACKUP_STEPS = {
    "after the copy": (("desk_app.storage.backup_files", "copy_database", 1), None),
    "after the rename": (("desk_app.storage.backup_files", "fsync_folder", 2), False),
    "after the manifest": (("desk_app.storage.backup_files", "write_backup", 1), True),
}
"""Where the worker dies, and how the backup it was making is listed then: not at all, not verified, verified."""


@pytest.mark.parametrize("step", list(BACKUP_STEPS))
def test_a_backup_killed_at_each_step_is_listed_only_as_what_it_is(
    step: str, kill_server: ForkServer, secured: Secured, tmp_path: Path
) -> None:
    office = prepare("backup", secured, tmp_path)
    before = {b.path.name for b in backup_files.list_backups(office.paths.backups)}
    where, listed_as = BACKUP_STEPS[step]
    acks = kill_at(kill_server, office.job, where, office.paths.data.parent)
    tally = Tally()
    check(office, acks, tally)
    assert acks == [] and tally.failures() == dict.fromkeys(tally.failures(), 0), "\n".join(tally.problems)
    new = {b.path.name: b.verified for b in backup_files.list_backups(office.paths.backups)}
    for name in before:
        new.pop(name)
    assert list(new.values()) == ([] if listed_as is None else [listed_as])
