"""Every member of every enum a person sees has one label, in desk_app.i18n.labels."""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Mapping

import pytest

import desk_app.i18n
from desk_app.domain import enums
from desk_app.domain.documents import DocumentKind
from desk_app.domain.frequency_rules import FrequencyUnit
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.schedule import HolidayShift, PartOfDay
from desk_app.domain.working_calendar import DayKind, DayType
from desk_app.i18n import labels

# Enums outside domain/enums.py whose names a person reads in lists, filters and papers.
OTHER_SHOWN: tuple[type[enum.Enum], ...] = (
    DayKind, DayType, DocumentKind, FrequencyUnit, PetitionAction, HolidayShift, PartOfDay
)  # fmt: skip


def _label_maps(module: object) -> dict[type[enum.Enum], list[Mapping[enum.Enum, str]]]:
    found: dict[type[enum.Enum], list[Mapping[enum.Enum, str]]] = {}
    for value in vars(module).values():
        if isinstance(value, Mapping) and value and all(isinstance(k, enum.Enum) for k in value):
            found.setdefault(type(next(iter(value))), []).append(value)
    return found


def _shown_enums() -> list[type[enum.Enum]]:
    domain = [
        v
        for v in vars(enums).values()
        if isinstance(v, type) and issubclass(v, enum.Enum) and v.__module__ == enums.__name__
    ]
    return [*domain, *OTHER_SHOWN]


def test_domain_enums_are_found() -> None:
    assert len(_shown_enums()) >= 25  # a broken search would pass with none


@pytest.mark.parametrize("kind", _shown_enums(), ids=lambda k: k.__name__)
def test_every_member_has_one_label(kind: type[enum.Enum]) -> None:
    maps = _label_maps(labels).get(kind, [])
    assert len(maps) == 1, f"{kind.__name__}: {len(maps)} label maps in i18n/labels.py"
    missing = [m.name for m in kind if not maps[0].get(m, "").strip()]
    assert not missing, f"{kind.__name__} has no label for {missing}"


def test_no_other_i18n_module_repeats_a_label_map() -> None:
    ours = {kind: dict(maps[0]) for kind, maps in _label_maps(labels).items()}
    for info in pkgutil.iter_modules(desk_app.i18n.__path__):
        if info.name == "labels":
            continue
        module = importlib.import_module(f"desk_app.i18n.{info.name}")
        for kind, maps in _label_maps(module).items():
            for other in maps:
                if other is not labels_map(kind):
                    assert dict(other) != ours.get(kind), f"{info.name} repeats the labels of {kind.__name__}"


def labels_map(kind: type[enum.Enum]) -> Mapping[enum.Enum, str] | None:
    maps = _label_maps(labels).get(kind)
    return maps[0] if maps else None
