"""The kill -9 harness of tests/integration/test_kill_harness.py with many more kills, and its figures (issue 12).

Run with `DESK_APP_PERF=1 pytest -s tests/perf/test_kill_perf.py` (or `-m perf`); the default run deselects it.
An office broken by a kill is counted and replaced by a new copy, so the table says how often it happens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.templates import OfficeTemplate
from tests.integration.test_kill_harness import (
    ForkServer,
    Secured,
    Tally,
    fork_server,
    run_kind,
    secured_office,
)

pytestmark = pytest.mark.perf

KILLS = {"save": 100, "import": 40, "backup": 80, "restore": 80}
TALLY = Tally()


@pytest.fixture(scope="module")
def kill_server() -> Iterator[ForkServer]:
    with fork_server() as server:
        yield server
    print("\n" + TALLY.table())


@pytest.fixture(scope="module")
def secured(office_template: OfficeTemplate, tmp_path_factory: pytest.TempPathFactory) -> Secured:
    return secured_office(office_template, tmp_path_factory.mktemp("secured"))


@pytest.mark.parametrize(
    "kind",
    ["save", "import", "backup", "restore"],
)
def test_many_kills_lose_nothing_acknowledged(
    kind: str, kill_server: ForkServer, secured: Secured, tmp_path: Path
) -> None:
    before = dict(TALLY.failures())
    run_kind(kill_server, kind, KILLS[kind], secured, tmp_path, TALLY, go_on=True)
    print(f"\n{kind}: {TALLY.kills.get(kind, 0)} kills, {TALLY.acks.get(kind, 0)} acknowledged")
    assert TALLY.failures() == before, "\n".join(TALLY.problems)
