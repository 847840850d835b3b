"""Benchmarks are deselected (not skipped) unless DESK_APP_PERF=1 or `-m perf` asks for them."""

from __future__ import annotations

import os

import pytest

ENV_RUN_PERF = "DESK_APP_PERF"


def _wanted(config: pytest.Config) -> bool:
    if os.environ.get(ENV_RUN_PERF) == "1":
        return True
    expression = str(config.getoption("markexpr", "") or "")
    return "perf" in expression and "not perf" not in expression


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _wanted(config):
        return
    perf = [item for item in items if item.get_closest_marker("perf") is not None]
    if perf:
        config.hook.pytest_deselected(items=perf)
        items[:] = [item for item in items if item.get_closest_marker("perf") is None]
