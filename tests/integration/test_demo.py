"""The demo office: a year of visits entered through the real services, deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import holidays
import pytest
from sqlalchemy import func, select

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, Role, VisitOrder
from desk_app.domain.reception import representative_problem
from desk_app.errors import ConflictError
from desk_app.paths import AppPaths
from desk_app.services.demo.service import DemoSummary, fill_demo
from desk_app.services.registry import Services, open_services
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    ReceivedItemRecord,
    VisitPersonRecord,
    VisitRecord,
)
from tests.conftest import FIXED_NOW
from tests.helpers.templates import DemoTemplate, copy_data

TODAY = FIXED_NOW.date()


@dataclass
class Filled:
    services: Services
    summary: DemoSummary
    seconds: float


def _fill(folder: Path, seed: int) -> Filled:
    services = open_services(AppPaths(folder))
    services.ctx.clock = lambda: FIXED_NOW
    started = time.perf_counter()
    summary = fill_demo(services, seed=seed)
    return Filled(services, summary, time.perf_counter() - started)


@pytest.fixture(scope="module")
def year(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Callable[..., DemoTemplate]
) -> Iterator[Filled]:
    """The run's demo year (seed 1, the one other tests share) ending on the fixed today, on a copy of its own."""
    built = demo_template(1)
    services = open_services(copy_data(built.folder, AppPaths(tmp_path_factory.mktemp("demo") / "data")))
    services.ctx.clock = lambda: FIXED_NOW
    filled = Filled(services, built.summary, built.seconds)
    yield filled
    filled.services.close()


def _visits(sv: Services) -> list[VisitRecord]:
    with sv.ctx.db.read() as s:
        return list(s.scalars(select(VisitRecord).order_by(VisitRecord.id)))


def _fingerprint(sv: Services) -> list[tuple[object, ...]]:
    with sv.ctx.db.read() as s:
        rows = s.execute(
            select(VisitRecord, CitizenRecord)
            .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
            .order_by(VisitRecord.id)
        ).all()
        return [
            (v.date, v.time, v.kind, v.group_size, v.summary, v.handling, c.full_name, c.id_number, c.address)
            for v, c in rows
        ]


def test_a_year_is_counted_like_the_database(year: Filled) -> None:
    # How quick a year is to build is a benchmark (tests/perf/test_demo_perf.py), not a check of a loaded unit run.
    sv, summary = year.services, year.summary
    visits = _visits(sv)
    assert summary.visits == len(visits)
    assert 300 <= summary.visits <= 520
    assert summary.refused == sum(v.status == "TU_CHOI" for v in visits) >= 1
    assert summary.delegations == sum(v.group_size >= 5 for v in visits) >= 5
    assert summary.repeat_visits == sum(v.visit_order == VisitOrder.NHIEU_LAN.value for v in visits) >= 20
    with sv.ctx.db.read() as s:
        assert summary.cases == s.scalar(select(func.count(CaseRecord.id)))
        assert summary.citizens == s.scalar(select(func.count(CitizenRecord.id)))
    assert summary.first_day == min(v.date for v in visits)
    assert summary.last_day == max(v.date for v in visits)


def test_same_seed_same_office_other_seed_other_office(
    year: Filled,
    demo_template: Callable[..., DemoTemplate],
    open_demo: Callable[..., Services],
    tmp_path: Path,
) -> None:
    again = open_demo(1, build=2)  # built on its own, once per run (test_schedule_demo compares it too)
    other = _fill(tmp_path / "other", seed=4)
    try:
        assert demo_template(1, build=2).summary == year.summary
        assert _fingerprint(again) == _fingerprint(year.services)
        assert _fingerprint(other.services) != _fingerprint(year.services)
    finally:
        again.close()
        other.services.close()


def test_visits_only_on_working_days_of_the_last_year_and_never_in_the_future(year: Filled) -> None:
    days = {v.date for v in _visits(year.services)}
    public = holidays.country_holidays("VN", years=[TODAY.year - 1, TODAY.year])
    assert all(d.weekday() < 5 for d in days)
    assert not days & set(public)
    assert max(days) <= TODAY
    assert min(days) > dt.date(TODAY.year - 1, TODAY.month, TODAY.day)


def test_mix_of_matters_handling_and_documents(year: Filled) -> None:
    visits = [v for v in _visits(year.services) if v.status != "TU_CHOI"]
    shares = Counter(v.category for v in visits)
    assert 0.45 <= shares[Category.KIEN_NGHI_PHAN_ANH.value] / len(visits) <= 0.65
    assert 0.25 <= shares[Category.KHIEU_NAI.value] / len(visits) <= 0.45
    assert 0.05 <= shares[Category.TO_CAO.value] / len(visits) <= 0.16
    for v in visits:
        assert v.summary and v.field and v.case_id is not None
        if v.handling == Handling.HUONG_DAN.value:
            assert v.guidance_target and not v.within_competence
        if v.handling == Handling.CHUYEN_DON.value:
            assert v.transfer_target and not v.within_competence
        if v.handling == Handling.THU_LY.value:
            assert v.within_competence
        assert v.is_confidential == (v.category == Category.TO_CAO.value)
    assert {Handling.THU_LY.value, Handling.HUONG_DAN.value, Handling.CHUYEN_DON.value} <= {
        v.handling for v in visits
    }
    with year.services.ctx.db.read() as s:
        with_docs = s.scalar(select(func.count(func.distinct(ReceivedItemRecord.visit_id))))
    assert with_docs is not None
    assert 0.30 <= with_docs / len(visits) <= 0.55


def test_delegations_have_valid_representatives(year: Filled) -> None:
    sv = year.services
    groups = [v for v in _visits(sv) if v.group_size >= 5]
    assert groups
    with sv.ctx.db.read() as s:
        for v in groups:
            extra = s.scalar(
                select(func.count(VisitPersonRecord.id)).where(VisitPersonRecord.visit_id == v.id)
            )
            reps = 1 + (extra or 0)
            assert 5 <= v.group_size <= 15 and v.is_delegation
            assert representative_problem(v.group_size, reps, v.date) is None
            assert reps <= (2 if v.group_size <= 10 else 5)
            case = s.get(CaseRecord, v.case_id)
            assert case is not None and case.is_crowd


def test_repeat_visits_are_marked_and_linked_to_the_visitors_earlier_case(year: Filled) -> None:
    visits = _visits(year.services)
    repeats = [v for v in visits if v.visit_order == VisitOrder.NHIEU_LAN.value]
    assert len(repeats) >= 20
    for v in repeats:
        earlier = [e for e in visits if e.case_id == v.case_id and (e.date, e.id) < (v.date, v.id)]
        assert earlier and earlier[0].main_citizen_id == v.main_citizen_id
        assert "lần thứ" in v.summary and v.prior_handling
    firsts = [v for v in visits if v.case_id is not None and v.visit_order == VisitOrder.LAN_DAU.value]
    assert len({v.case_id for v in firsts}) == len(firsts)


def test_refusals_have_a_reason_and_no_case(year: Filled) -> None:
    refused = [v for v in _visits(year.services) if v.handling == Handling.TU_CHOI_TIEP.value]
    assert refused
    for v in refused:
        assert v.status == "TU_CHOI" and v.refusal_reason and v.refusal_legal_basis and v.case_id is None


def test_periodic_sessions_twice_a_month_presided_by_the_head(year: Filled) -> None:
    sv = year.services
    head = sv.office.head()
    assert head is not None and head.id is not None
    visits = _visits(sv)
    periodic = [v for v in visits if v.kind == "DINH_KY"]
    days = {v.date for v in periodic}
    assert 20 <= len(days) <= 26
    per_month = Counter((d.year, d.month) for d in days)
    assert max(per_month.values()) == 2
    for v in periodic:
        assert v.presided_by_id == head.id and not v.delegated and v.session_id is not None
    assert all(v.kind == "DINH_KY" for v in visits if v.date in days)
    urgent = [v for v in visits if v.kind == "DOT_XUAT"]
    assert urgent and all(v.presided_by_id == head.id and v.group_size >= 10 for v in urgent)


def test_citizens_have_consistent_ids_and_post_2025_addresses(year: Filled) -> None:
    with year.services.ctx.db.read() as s:
        people = list(s.scalars(select(CitizenRecord)))
    numbers = [p.id_number for p in people]
    assert len(set(numbers)) == len(numbers)
    for p in people:
        assert p.id_number and re.fullmatch(r"[0-9]{12}", p.id_number)
        facts = identity.decode_id_number(p.id_number)
        assert facts is not None and facts.gender.value == p.gender and facts.birth_year == p.birth_year
        assert p.id_issue_date is not None and p.id_issue_date < TODAY
        assert len(p.full_name.split()) >= 3
        assert p.address and p.address.endswith("tỉnh An Giang") and "huyện" not in p.address
        assert p.phone is None or re.fullmatch(r"0[0-9]{3} [0-9]{3} [0-9]{3}", p.phone)
    women = [p for p in people if p.gender == "NU"]
    assert women and sum(" Thị " in p.full_name for p in women) / len(women) > 0.4


def test_sets_up_a_commune_office_with_head_deputy_officers_and_place(year: Filled) -> None:
    sv = year.services
    office = sv.office.get()
    assert office is not None and office.name == "ỦY BAN NHÂN DÂN XÃ AN PHÚ" and office.place_name == "An Phú"
    staff = sv.office.list_staff()
    assert sum(s.is_head for s in staff) == 1 and sum(s.is_deputy_head for s in staff) == 1
    assert sum(Role.TIEP_CONG_DAN in s.roles and not s.is_leader for s in staff) == 2
    assert [p for p in sv.office.list_places() if p.is_default]


def test_uses_the_office_already_set_up_and_restores_clock_and_actor(office_services: Services) -> None:
    sv = office_services
    actor = (sv.ctx.actor.name, sv.ctx.actor.staff_id)
    summary = fill_demo(sv, seed=5, months=1)
    assert summary.visits > 0
    staff = sv.office.list_staff()
    assert [s.full_name for s in staff if s.is_head] == ["Trần Văn Bình"]
    assert sum(s.is_deputy_head for s in staff) == 1
    assert len([s for s in staff if not s.is_leader]) == 2
    assert len(sv.office.list_places()) == 1
    assert sv.ctx.clock() == FIXED_NOW
    assert (sv.ctx.actor.name, sv.ctx.actor.staff_id) == actor


def test_refuses_a_register_that_has_visits(office_services: Services) -> None:
    fill_demo(office_services, seed=1, months=1)
    before = len(_visits(office_services))
    with pytest.raises(ConflictError) as caught:
        fill_demo(office_services, seed=2, months=1)
    assert caught.value.key == "demo.not_empty"
    assert len(_visits(office_services)) == before


def test_until_in_the_future_stops_at_today_and_progress_is_reported(services: Services) -> None:
    calls: list[tuple[int, int]] = []
    summary = fill_demo(
        services,
        seed=7,
        until=TODAY + dt.timedelta(days=40),
        months=2,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert summary.last_day is not None and summary.last_day <= TODAY
    assert max(v.date for v in _visits(services)) <= TODAY
    assert calls and calls[-1] == (summary.visits, summary.visits)
    assert [d for d, _ in calls] == list(range(1, summary.visits + 1))
