"""The kill -9 harness's worker: opens an office and repeats one kind of work, one stdout line per acknowledged unit.

Run alone, `python -m tests.helpers.kill_worker JOB_JSON` works until it is killed. The tests start it once as a fork
server (`--serve`), which imports the app once (1.5 s) and forks one worker per job, so a kill costs a fork and not a
Python start. A worker prints "ready" once its services are open, then "ack …" after each unit of work returned
(a visit saved and committed, an import done, a backup written, a restore done), flushed at once.

Jobs (JSON): {"kind": "save" | "import" | "backup" | "restore", "data": folder, "key": hex or null,
"staff": [id, name], "file": register file (import), "targets": backup paths to restore in turn (restore),
"start": index of the first target (restore), "kill_after": [module, function, n] to kill
the worker itself when that function returns for the n-th time, "out": file standing for stdout (server), "err": file for stderr}.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy.orm import configure_mappers

from desk_app.domain.enums import Category, Gender, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.paths import AppPaths
from desk_app.services.backup.recovery import restore_office
from desk_app.services.registry import Services, open_services
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage import backup_files
from desk_app.storage.engine import sqlcipher

SAVE_NOW = dt.datetime(2026, 11, 20, 9, 30)
SAVE_DAY = dt.date(2026, 11, 18)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ")


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _open(job: dict[str, Any]) -> Services:
    key = bytes.fromhex(job["key"]) if job.get("key") else None
    services = open_services(AppPaths(Path(job["data"])), key)
    if job.get("staff"):
        services.ctx.actor.staff_id, services.ctx.actor.name = job["staff"]
    return services


def _visit(n: int) -> VisitInput:
    name = f"{FAMILY[n % 10]} Văn Kiên {n}"
    return VisitInput(
        date=SAVE_DAY,
        visitor=PersonInput(full_name=name, id_number=f"0010990{n % 100000:05d}", gender=Gender.NAM),
        summary=f"Khiếu nại việc thu hồi đất thửa số {n}",
        category=Category.KHIEU_NAI,
        field=SubjectField.HC_DAT_DAI_NHA_CUA,
    )


def work(job: dict[str, Any]) -> None:
    """Repeat the job's kind of work until killed (the restore worker closes nothing: it never opens services)."""
    if job.get("kill_after"):
        _kill_after(*job["kill_after"])
    kind = job["kind"]
    if kind == "restore":
        _restore_forever(job)
        return
    services = _open(job)
    _say("ready")
    n = 0
    while True:
        n += 1
        if kind == "save":
            services.ctx.clock = lambda: SAVE_NOW
            saved = services.intake.save(_visit(n))
            _say(f"ack {saved.id} {saved.book_year} {saved.book_no}")
        elif kind == "import":
            result = VisitImporter(services.ctx).import_file(Path(job["file"]))
            _say(f"ack imported {result.imported}")
        elif kind == "backup":
            made = services.backups.back_up()
            _say(f"ack {made.path}")
        else:
            raise ValueError(kind)


def _restore_forever(job: dict[str, Any]) -> None:
    paths = AppPaths(Path(job["data"]))
    key = bytes.fromhex(job["key"]) if job.get("key") else None
    targets = [Path(t) for t in job["targets"]]
    _say("ready")
    index = int(job.get("start", 0))
    while True:
        target = targets[index % len(targets)]
        backup = next(b for b in backup_files.list_backups(paths.backups) if b.path == target)
        report = restore_office(paths, key, backup, dt.datetime.now(), None, damaged=False)
        _say(f"ack {target.name} {report.figures.visits}")
        index += 1


def _kill_after(module: str, function: str, nth: int) -> None:
    """SIGKILL this process the moment `module.function` returns for the `nth` time: a kill at an exact step."""
    target = getattr(importlib.import_module(module), function).__code__
    returns = 0

    def hook(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal returns
        if event == "return" and frame.f_code is target:
            returns += 1
            if returns == nth:
                _say(f"killed after {module}.{function} #{nth}")
                os.kill(os.getpid(), signal.SIGKILL)

    sys.setprofile(hook)


# The fork server ----------------------------------------------------------------------------------------------------
def _child(job: dict[str, Any]) -> None:
    """In the forked worker: stdout and stderr go to the job's files, then work until killed."""
    try:
        out = os.open(job["out"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        err = os.open(job["err"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(out, 1)
        os.dup2(err, 2)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        work(job)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(3)
    os._exit(4)


def serve() -> None:
    """Read commands on stdin: a JSON job (fork a worker, answer its pid), "reap PID" (answer its wait status)."""
    configure_mappers()  # once here rather than at every worker's first query
    sqlcipher()
    print("serving", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if not command:
            continue
        if command == "quit":
            break
        if command.startswith("reap "):
            _, status = os.waitpid(int(command.split()[1]), 0)
            print(f"status {status}", flush=True)
            continue
        job = json.loads(command)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(job)
        print(f"pid {pid}", flush=True)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--serve"]:
        serve()
    else:
        work(json.loads(argv[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
