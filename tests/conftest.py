"""Shared fixtures: offscreen Qt, a temporary data folder, services on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.domain.enums import OfficeKind, Role
from desk_app.paths import AppPaths
from desk_app.services.office.service import OfficeInfo, PlaceInfo, StaffInfo
from desk_app.services.registry import Services, open_services
from tests.helpers.acting import acting_as
from tests.helpers.templates import (
    DemoTemplate,
    OfficeTemplate,
    built_once,
    copy_data,
    demo_year,
    migrated_empty,
    shared_root,
)

FIXED_NOW = dt.datetime(2026, 11, 20, 9, 30)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new data folder migrated to head once per run; tests get copies (migrations are tested in test_storage)."""
    return migrated_empty(tmp_path_factory)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., DemoTemplate]:
    """`demo_template(seed)`: a demo year ending on FIXED_NOW, built once per run and seed; copy it, never open it.

    `demo_template(seed, build=2)`: a second, independent build, to check that a seed always gives the same office."""
    return lambda seed, build=1: demo_year(tmp_path_factory, seed, FIXED_NOW, build)


@pytest.fixture(scope="session")
def open_demo(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Callable[..., DemoTemplate]
) -> Callable[..., Services]:
    """`open_demo(seed)`: services on a new copy of that demo year (or of its `build=2`), clock at FIXED_NOW; the
    caller closes them."""

    def open_copy(seed: int, build: int = 1) -> Services:
        folder = AppPaths(tmp_path_factory.mktemp(f"demo{seed}_") / "data")
        sv = open_services(copy_data(demo_template(seed, build).folder, folder))
        sv.ctx.clock = lambda: FIXED_NOW
        return sv

    return open_copy


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> OfficeTemplate:
    """The empty template with the office of office_services entered (at FIXED_NOW), built once per run."""

    def build(data: Path) -> OfficeTemplate:
        sv = open_services(copy_data(migrated_template, AppPaths(data)))
        try:
            sv.ctx.clock = lambda: FIXED_NOW
            officer = _set_up_office(sv)
        finally:
            sv.close()
        assert officer.id is not None
        return OfficeTemplate(data, officer.full_name, officer.id)

    return built_once(shared_root(tmp_path_factory) / "template-office" / "data", build)


@pytest.fixture
def services(paths: AppPaths, migrated_template: Path, request: pytest.FixtureRequest) -> Iterator[Services]:
    """Services on an empty, migrated database with a fixed clock (20/11/2026 09:30).

    A test that uses office_services starts from a copy with that office already entered, not an empty one."""
    template = migrated_template
    if "office_services" in request.fixturenames:
        template = request.getfixturevalue("office_template").folder
    sv = open_services(copy_data(template, paths))
    sv.ctx.clock = lambda: FIXED_NOW
    yield sv
    sv.close()


@pytest.fixture
def office_services(services: Services, office_template: OfficeTemplate) -> Services:
    """Services of a commune office with a head, a deputy, a reception officer and a default place."""
    if services.office.get() is None:  # asked for by name while the test ran: the office is entered here
        officer = _set_up_office(services)
        services.ctx.actor.name, services.ctx.actor.staff_id = officer.full_name, officer.id
    else:
        services.ctx.actor.name, services.ctx.actor.staff_id = (
            office_template.officer,
            office_template.officer_id,
        )
    return services


def _set_up_office(services: Services) -> StaffInfo:
    """The commune office of office_services, entered by the head with the administrator's role (settings are not
    a reception officer's to change); returns its reception officer."""
    with acting_as(services):
        return _enter_office(services)


def _enter_office(services: Services) -> StaffInfo:
    services.office.save(
        OfficeInfo(
            name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
            parent_name=None,
            abbreviation="UBND",
            kind=OfficeKind.UBND_XA,
            place_name="An Phú",
            head_title="CHỦ TỊCH",
        )
    )
    services.office.save_staff(
        StaffInfo(
            full_name="Trần Văn Bình", position="Chủ tịch UBND xã", is_head=True, roles=(Role.LANH_DAO,)
        )
    )
    services.office.save_staff(
        StaffInfo(
            full_name="Lê Thị Cúc",
            position="Phó Chủ tịch UBND xã",
            is_deputy_head=True,
            roles=(Role.LANH_DAO,),
        )
    )
    officer = services.office.save_staff(
        StaffInfo(full_name="Phạm Thị Dung", position="Công chức tiếp công dân")
    )
    services.office.save_place(
        PlaceInfo(name="Phòng tiếp công dân xã An Phú", address="Ấp 1", is_default=True)
    )
    return officer
