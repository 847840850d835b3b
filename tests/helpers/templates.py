"""Data folders built once per test run (a migrated empty database, a demo year), copied into each test's folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from desk_app.paths import AppPaths
from desk_app.services.demo.service import DemoSummary, fill_demo
from desk_app.services.registry import open_services

T = TypeVar("T")
_BUILT = "built.pickle"


def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder all pytest-xdist workers of this run share (the run's base temp), so each template is built once."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _lock(folder: Path, timeout_s: float = 600) -> Iterator[None]:
    # mkdir is atomic on every platform: the worker that makes it builds, the others wait until it is gone.
    lock = folder.with_name(folder.name + ".lock")
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            lock.mkdir(parents=True)
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{lock} held for more than {timeout_s} s") from None
            time.sleep(0.05)
    try:
        yield
    finally:
        lock.rmdir()


def built_once(folder: Path, build: Callable[[Path], T]) -> T:
    """`build(folder)` once per test run across workers; every caller gets what it returned (pickled beside it)."""
    built = folder.with_name(folder.name + "." + _BUILT)
    with _lock(folder):
        if not built.exists():
            if folder.exists():  # a build that failed half way
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            built.write_bytes(pickle.dumps(build(folder)))
    result: T = pickle.loads(built.read_bytes())
    return result


def copy_data(template: Path, target: AppPaths) -> AppPaths:
    """Copy a closed template data folder (its database and folders) to `target`; open it there, never the template."""
    shutil.copytree(template, target.data, dirs_exist_ok=True)
    return target


def _closed(paths: AppPaths) -> None:
    # Closing the last connection checkpoints the WAL into the file and removes it, so the copy is one whole file.
    for suffix in ("-wal", "-shm"):
        side = paths.database.with_name(paths.database.name + suffix)
        assert not side.exists(), f"{side} is still there: the template database was not closed"


def migrated_empty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder as open_services leaves a new one: the database at the head revision, nothing entered."""

    def build(data: Path) -> None:
        paths = AppPaths(data)
        open_services(paths).close()
        _closed(paths)

    folder = shared_root(tmp_path_factory) / "template-empty" / "data"
    built_once(folder, build)
    return folder


@dataclass(frozen=True)
class OfficeTemplate:
    """A closed data folder with the office of the office_services fixture entered, and its reception officer."""

    folder: Path
    officer: str
    officer_id: int


@dataclass(frozen=True)
class DemoTemplate:
    """A closed data folder holding a demo year, and what fill_demo reported while building it."""

    folder: Path
    summary: DemoSummary
    seconds: float


def demo_year(
    tmp_path_factory: pytest.TempPathFactory, seed: int, now: dt.datetime, build: int = 1
) -> DemoTemplate:
    """fill_demo(seed) on a new data folder with the clock stopped at `now`, built once per run and seed.

    `build=2` is a second build of its own, for the tests that the same seed gives the same office."""

    def make(data: Path) -> DemoTemplate:
        paths = AppPaths(data)
        services = open_services(paths)
        try:
            services.ctx.clock = lambda: now
            started = time.perf_counter()
            summary = fill_demo(services, seed=seed)
            seconds = time.perf_counter() - started
        finally:
            services.close()
        _closed(paths)
        return DemoTemplate(data, summary, seconds)

    folder = shared_root(tmp_path_factory) / f"template-demo-{seed}-{now:%Y%m%d%H%M}-build{build}" / "data"
    return built_once(folder, make)
