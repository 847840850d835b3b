"""A year of realistic sample reception work, entered through the real services so every rule applies."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypedDict, TypeVar

from sqlalchemy import func, select

from desk_app.domain.enums import (
    Category,
    Handling,
    OfficeKind,
    PriorDecisionLevel,
    ReceptionKind,
    Role,
    SignatureKind,
    VisitOrder,
)
from desk_app.domain.legal_rules import refusal_ground
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import ConflictError
from desk_app.i18n import labels
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.services.demo import data
from desk_app.services.demo import petitions as petition_demo
from desk_app.services.demo import refusals as refusal_demo
from desk_app.services.demo import schedule as schedule_demo
from desk_app.services.office.service import OfficeInfo, PlaceInfo, StaffInfo
from desk_app.services.registry import Services
from desk_app.storage.records import CaseRecord, CitizenRecord, VisitRecord

T = TypeVar("T")
Progress = Callable[[int, int], None]

DEFAULT_OFFICE = OfficeInfo(
    name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
    abbreviation="UBND",
    kind=OfficeKind.UBND_XA,
    place_name="An Phú",
    head_title="CHỦ TỊCH",
    address="Trụ sở UBND xã An Phú, tỉnh An Giang",
)
EMPTY_SESSIONS = 2
"""Periodic sessions of the year where nobody came ("Không có công dân đến")."""
REFUSAL_SHARE, DELEGATION_SHARE, REPEAT_SHARE, DOCUMENT_SHARE = 0.02, 0.04, 0.12, 0.40


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo entered."""

    visits: int
    refused: int
    delegations: int
    repeat_visits: int
    cases: int
    citizens: int
    first_day: dt.date | None
    last_day: dt.date | None
    petitions: int = 0


@dataclass(frozen=True, slots=True)
class _Office:
    head_id: int
    officers: tuple[StaffInfo, ...]
    place_id: int
    commune_unit: str
    commune: str


@dataclass(frozen=True, slots=True)
class _Slot:
    day: dt.date
    time: dt.time
    kind: ReceptionKind


class _Base(TypedDict):
    date: dt.date
    time: dt.time
    kind: ReceptionKind
    presided_by_id: int | None
    delegated: bool | None
    received_by_id: int | None
    place_id: int


@dataclass(slots=True)
class _OpenCase:
    person: PersonInput
    case_id: int
    matter: data.Matter
    summary: str
    last_day: dt.date
    handling: Handling
    visits: int = 1


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method; lam is small (visits per day)."""
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _fixed_clock(at: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock stopped at `at`: the visit is entered on its own day."""
    return lambda: at


def _working_days(calendar: WorkingCalendar, start: dt.date, end: dt.date) -> list[dt.date]:
    """Monday–Friday that are working days of the office's calendar (holidays and swapped days off left out).

    Make-up Saturdays are left empty: the demo keeps its register to the ordinary working week.
    """
    days = [start + dt.timedelta(n) for n in range((end - start).days + 1)]
    return [d for d in days if d.weekday() < 5 and calendar.is_working_day(d)]


def _plan(
    rng: random.Random, working: list[dt.date], periodic: set[dt.date], months: int, per_day: float
) -> list[_Slot]:
    others = [d for d in working if d not in periodic]
    urgent = set(rng.sample(others, k=min(len(others), max(1, round(months / 3))))) if others else set()
    planned = sorted(d for d in periodic if d in set(working))
    empty = set(rng.sample(planned, k=min(EMPTY_SESSIONS, len(planned) // 6)))
    slots: list[_Slot] = []
    for day in working:
        if day in periodic:
            kind = ReceptionKind.DINH_KY
            count = 0 if day in empty else max(1, _poisson(rng, per_day * 1.5))
        else:
            kind, count = ReceptionKind.THUONG_XUYEN, _poisson(rng, per_day)
        times: list[tuple[dt.time, ReceptionKind]] = []
        for _ in range(count):
            if kind is ReceptionKind.DINH_KY:
                minute = rng.randrange(810, 990, 5)  # within the head's afternoon session
            elif rng.random() < 0.7:
                minute = rng.randrange(450, 660, 5)
            else:
                minute = rng.randrange(810, 990, 5)
            times.append((dt.time(minute // 60, minute % 60), kind))
        if day in urgent:
            times.append((dt.time(14, rng.randrange(0, 60, 5)), ReceptionKind.DOT_XUAT))
        slots.extend(_Slot(day, t, k) for t, k in sorted(times))
    return slots


class _Generator:
    """Draws people and matters from one seeded random source and enters them day by day."""

    def __init__(self, services: Services, rng: random.Random, office: _Office, start: dt.date) -> None:
        self.sv, self.rng, self.office = services, rng, office
        self.people = data.People(rng, f"{office.commune_unit} {office.commune}", start)
        self.open_cases: list[_OpenCase] = []

    # Visits ----------------------------------------------------------------------------------------------
    def base(self, slot: _Slot) -> _Base:
        officer = self.rng.choice(self.office.officers)
        periodic = slot.kind is not ReceptionKind.THUONG_XUYEN
        return _Base(
            date=slot.day,
            time=slot.time,
            kind=slot.kind,
            presided_by_id=self.office.head_id if periodic else None,
            delegated=False if periodic else None,
            received_by_id=officer.id,
            place_id=self.office.place_id,
        )

    def new_visit(self, slot: _Slot, *, group_size: int = 1) -> tuple[VisitInput, data.Matter]:
        rng = self.rng
        group = group_size >= 5
        matter = data.pick_matter(rng, crowd=group)
        visitor = self.people.person()
        hamlet = data.hamlet_of(visitor, rng)
        words = data.matter_words(rng, self.people, slot.day, hamlet, self.office.commune)
        summary = matter.summary.format(**words)
        reps: tuple[PersonInput, ...] = ()
        if group:
            summary = data.DELEGATION_PREFIX.format(n=group_size, thon=hamlet) + summary
            max_reps = 2 if group_size <= 10 else 5
            reps = tuple(self.people.person(hamlet) for _ in range(rng.randint(1, max_reps) - 1))
        target = data.GUIDANCE_TARGETS if matter.handling is Handling.HUONG_DAN else data.TRANSFER_TARGETS
        target_text = target[matter.target].format(**words) if matter.target else None
        elderly = (visitor.birth_year or 2000) < 1960
        has_docs = rng.random() < (0.8 if group else DOCUMENT_SHARE)
        visit = VisitInput(
            visitor=visitor,
            representatives=reps,
            group_size=group_size,
            summary=summary,
            requests=matter.requests,
            category=matter.category,
            field=matter.field,
            prior_handling=matter.prior,
            prior_decision_level=_prior_level(matter),
            within_competence=matter.within,
            handling=matter.handling,
            guidance_target=target_text if matter.handling is Handling.HUONG_DAN else None,
            transfer_target=target_text if matter.handling is Handling.CHUYEN_DON else None,
            documents=data.documents(rng, matter, slot.day, group=group) if has_docs else (),
            has_written_petition=has_docs,
            follow_up=data.FOLLOW_UP_THU_LY if matter.handling is Handling.THU_LY else None,
            citizen_signed=SignatureKind.DIEM_CHI if elderly and rng.random() < 0.2 else SignatureKind.KY,
            **self.base(slot),
        )
        return visit, matter

    def refusal(self, slot: _Slot) -> VisitInput:
        reason, remark = self.rng.choice(data.REFUSALS)
        # the ground must fit the matter: LTCD 9.3 for complaints and denunciations, ND154 4.1h for KNPA
        matter = data.pick_matter(self.rng, categories=refusal_ground(reason, slot.day).categories)
        visitor = self.people.person()
        words = data.matter_words(self.rng, self.people, slot.day, data.hamlet_of(visitor, self.rng), "")
        return VisitInput(
            visitor=visitor,
            summary=matter.summary.format(**words),
            category=matter.category,
            field=matter.field,
            handling=Handling.TU_CHOI_TIEP,
            refusal_reason=reason,
            remarks=remark,
            citizen_signed=SignatureKind.KHONG,
            **self.base(slot),
        )

    def repeat(self, slot: _Slot) -> tuple[VisitInput, _OpenCase] | None:
        """A visitor coming back about an open case, picked as the officer would (by ID number)."""
        earlier = [c for c in self.open_cases[-80:] if c.last_day < slot.day]
        if not earlier:
            return None
        case = self.rng.choice(earlier)
        # The demo's story is the whole office's: it looks people up as the head would, who sees every denouncer.
        actor = self.sv.ctx.actor
        roles, actor.roles = actor.roles, (Role.LANH_DAO,)
        try:
            matches = self.sv.citizens.find(id_number=case.person.id_number)
        finally:
            actor.roles = roles
        known = next((m for m in matches if any(oc.id == case.case_id for oc in m.open_cases)), None)
        if known is None:
            return None
        prior = data.REPEAT_PRIOR.format(
            ngay=fmt_date(case.last_day), handling=labels.HANDLING[case.handling]
        )
        visit = VisitInput(
            visitor=replace(case.person, citizen_id=known.citizen_id),
            summary=case.summary + data.REPEAT_SUFFIX.format(n=case.visits + 1),
            requests=case.matter.requests,
            category=case.matter.category,
            field=case.matter.field,
            prior_handling=prior,
            prior_decision_level=_prior_level(case.matter),
            within_competence=case.matter.within,
            handling=Handling.TRA_LOI_TRUC_TIEP,
            case_id=case.case_id,
            **self.base(slot),
        )
        return visit, case


def _prior_level(matter: data.Matter) -> PriorDecisionLevel | None:
    if matter.category is not Category.KHIEU_NAI:
        return None
    return PriorDecisionLevel.LAN_DAU if matter.prior else PriorDecisionLevel.CHUA


def _office_unit(office: OfficeInfo) -> tuple[str, str]:
    """("xã"|"phường"|"đặc khu", name) of the commune the visitors mostly live in."""
    if office.kind is not OfficeKind.UBND_XA:
        return "xã", "An Phú"
    upper = office.name.upper()
    unit = "phường" if "PHƯỜNG" in upper else "đặc khu" if "ĐẶC KHU" in upper else "xã"
    return unit, office.place_name


def _ensure_office(services: Services) -> _Office:
    """Use the office as set up; add what the demo needs (office, head, deputy, two officers, a place)."""
    sv = services.office
    office = sv.get() or sv.save(DEFAULT_OFFICE)
    title = office.head_title.capitalize()
    suffix = {OfficeKind.UBND_XA: " UBND xã", OfficeKind.UBND_TINH: " UBND tỉnh"}.get(office.kind, "")
    staff = sv.list_staff()
    head = next((s for s in staff if s.is_head), None) or sv.save_staff(
        StaffInfo("Nguyễn Văn Hùng", f"{title}{suffix}", is_head=True, signature_title=office.head_title,
                  roles=(Role.LANH_DAO,))
    )  # fmt: skip
    if not any(s.is_deputy_head for s in staff):
        sv.save_staff(
            StaffInfo("Trần Thị Mỹ Linh", f"Phó {title.lower()}{suffix}", is_deputy_head=True,
                      signature_title=f"PHÓ {office.head_title}", roles=(Role.LANH_DAO,))
        )  # fmt: skip
    officers = [s for s in staff if not s.is_leader and Role.TIEP_CONG_DAN in s.roles]
    extra = (
        ("Lê Hoàng Phúc", "Công chức Văn phòng - Thống kê"),
        ("Võ Thị Ngọc Hân", "Công chức Tư pháp - Hộ tịch"),
    )
    for name, position in extra[: max(0, 2 - len(officers))]:
        officers.append(sv.save_staff(StaffInfo(name, position, roles=(Role.TIEP_CONG_DAN, Role.XU_LY_DON))))
    unit, commune = _office_unit(office)
    places = sv.list_places()
    place = next((p for p in places if p.is_default), None) or sv.save_place(
        PlaceInfo(
            f"Phòng tiếp công dân {office_in_sentence(office.name)}",
            f"Trụ sở {office_in_sentence(office.name)}",
            is_default=True,
        )
    )
    assert head.id is not None and place.id is not None
    return _Office(head.id, tuple(officers), place.id, unit, commune)


def _count(services: Services, model: type[VisitRecord | CaseRecord | CitizenRecord]) -> int:
    with services.ctx.db.read() as s:
        return s.scalar(select(func.count(model.id))) or 0


def has_visits(services: Services) -> bool:
    """Whether the register already holds a line (voided ones included)."""
    return _count(services, VisitRecord) > 0


def fill_demo(
    services: Services,
    seed: int = 1,
    *,
    until: dt.date | None = None,
    months: int = 12,
    per_working_day: float = 1.6,
    progress: Progress | None = None,
) -> DemoSummary:
    """Enter `months` of visits up to `until` (default and latest: today); refuses a register with visits.

    The demo stands in for the whole office (officers, handlers, the head, the administrator), so it acts with every
    role while it runs; who may start it is the front end's gate (the command line: a leader)."""
    if has_visits(services):
        raise ConflictError("demo.not_empty")
    actor = services.ctx.actor
    roles, actor.roles = actor.roles, tuple(Role)
    try:
        return _fill(services, seed, until, months, per_working_day, progress)
    finally:
        actor.roles = roles


def _fill(
    services: Services,
    seed: int,
    until: dt.date | None,
    months: int,
    per_working_day: float,
    progress: Progress | None,
) -> DemoSummary:
    ctx = services.ctx
    end = min(until or ctx.today(), ctx.today())
    start = _months_before(end, months) + dt.timedelta(days=1)
    rng = random.Random(seed)
    cases_before, citizens_before = _count(services, CaseRecord), _count(services, CitizenRecord)
    office = _ensure_office(services)
    calendar = services.working_calendar.load(range(start.year - 1, end.year + 2))
    periodic = schedule_demo.plan_head_schedule(
        services, office.head_id, office.place_id, calendar, start, end
    )
    slots = _plan(rng, _working_days(calendar, start, end), periodic, months, per_working_day)
    gen = _Generator(services, rng, office, start)
    clock, actor = ctx.clock, (ctx.actor.name, ctx.actor.staff_id)
    visits = refused = delegations = repeats = 0
    notices: list[tuple[int, dt.date]] = []
    try:
        for done, slot in enumerate(slots, start=1):
            entered_at = dt.datetime.combine(slot.day, slot.time) + dt.timedelta(minutes=15)
            ctx.clock = _fixed_clock(entered_at)
            visit, matter, reopened = _draw(gen, slot)
            officer = next(o for o in office.officers if o.id == visit.received_by_id)
            ctx.actor.name, ctx.actor.staff_id = officer.full_name, officer.id
            saved = services.intake.save(visit)
            visits += 1
            refused += visit.is_refusal
            if visit.refusal_reason and refusal_ground(visit.refusal_reason, slot.day).needs_written_notice:
                notices.append((saved.id, slot.day))
            delegations += visit.group_size >= 5
            repeats += saved.visit_order is VisitOrder.NHIEU_LAN
            if reopened is not None:
                reopened.visits += 1
                reopened.last_day = slot.day
            elif matter is not None and saved.case_id is not None and visit.group_size == 1:
                gen.open_cases.append(
                    _OpenCase(visit.visitor, saved.case_id, matter, visit.summary, slot.day, matter.handling)
                )
            if progress is not None:
                progress(done, len(slots))
    finally:
        ctx.clock = clock
        ctx.actor.name, ctx.actor.staff_id = actor
    refusal_demo.issue_notices(services, notices, calendar, end, seed)
    schedule_demo.after_the_visits(services, office.head_id, start, end, gen.people, gen.rng)
    petitions = petition_demo.fill_petitions(services, gen.rng, gen.people, office.commune, start, end)
    return DemoSummary(
        visits=visits,
        refused=refused,
        delegations=delegations,
        repeat_visits=repeats,
        cases=_count(services, CaseRecord) - cases_before,
        citizens=_count(services, CitizenRecord) - citizens_before,
        first_day=slots[0].day if slots else None,
        last_day=slots[-1].day if slots else None,
        petitions=petitions,
    )


def _draw(gen: _Generator, slot: _Slot) -> tuple[VisitInput, data.Matter | None, _OpenCase | None]:
    """What walks in: an urgent delegation, a refusal, a delegation, a returning visitor or a new matter."""
    rng = gen.rng
    if slot.kind is ReceptionKind.DOT_XUAT:
        visit, matter = gen.new_visit(slot, group_size=rng.randint(10, 15))
        return visit, matter, None
    roll = rng.random()
    if roll < REFUSAL_SHARE:
        return gen.refusal(slot), None, None
    if roll < REFUSAL_SHARE + DELEGATION_SHARE:
        visit, matter = gen.new_visit(slot, group_size=rng.randint(5, 15))
        return visit, matter, None
    if roll < REFUSAL_SHARE + DELEGATION_SHARE + REPEAT_SHARE:
        found = gen.repeat(slot)
        if found is not None:
            return found[0], found[1].matter, found[1]
    visit, matter = gen.new_visit(slot)
    return visit, matter, None
