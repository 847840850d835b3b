"""The demo's petition register: letters from the desk, the post and forwarding bodies, handled as an office would."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select

from desk_app.domain.enums import Category, Handling, PetitionSource, Role, SignatureKind
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_followups import FollowUpType
from desk_app.domain.petition_rules import needs_receiving_body
from desk_app.errors import DeskError
from desk_app.services.citizens.people import person_input
from desk_app.services.demo import data
from desk_app.services.petitions.followups import FollowUpService
from desk_app.services.registry import Services
from desk_app.storage.records import CitizenRecord, VisitRecord

DESK_SHARE = 0.35
"""Share of written petitions handed in at the desk that are entered in the petition register."""
POST_PER_WEEK = 2.0
FORWARDED_SHARE = 0.25
DUPLICATE_SHARE = 0.08
UNDECIDED_DAYS = 12
"""Letters received in the last days stay undecided, so the register has running and due-soon clocks."""
FORWARDERS: tuple[tuple[PetitionSource, str, str], ...] = (
    (PetitionSource.DBQH_HDND, "Đoàn đại biểu Quốc hội tỉnh An Giang", "ĐĐBQH"),
    (PetitionSource.MTTQ, "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "MTTQ"),
    (PetitionSource.CO_QUAN_CAP_TREN, "Ban Tiếp công dân tỉnh An Giang", "BTCD"),
    (PetitionSource.BAO_CHI, "Báo An Giang", "BAG"),
)


@dataclass
class _Letter:
    petition: PetitionInput
    handling: Handling
    target: str | None


def fill_petitions(
    services: Services, rng: random.Random, people: data.People, commune: str, start: dt.date, end: dt.date
) -> int:
    """Register, classify and decide a year of petitions; returns how many were registered."""
    letters = _desk_letters(services, rng, start, end) + _post_letters(rng, people, commune, start, end)
    letters.sort(key=lambda letter: letter.petition.received_date)
    ctx = services.ctx
    clock, roles, who = ctx.clock, ctx.actor.roles, (ctx.actor.name, ctx.actor.staff_id)
    leader = services.office.head()
    head = (leader.full_name, leader.id) if leader is not None and leader.id is not None else None
    # The letters are entered and proposed by the office's petition handler, so the register and Tổng quan name her.
    handler = next(
        (st for st in services.office.list_staff() if Role.XU_LY_DON in st.roles and not st.is_leader), None
    )
    registered: list[tuple[int, _Letter]] = []
    try:
        if handler is not None:
            ctx.actor.name, ctx.actor.staff_id = handler.full_name, handler.id
        for letter in letters:
            received = letter.petition.received_date
            ctx.clock = _at(received, 10)
            ctx.actor.roles = (Role.XU_LY_DON,)
            earlier = next(
                (
                    pid
                    for pid, old in reversed(registered)
                    if _same_matter(old, letter) and rng.random() < 0.9
                ),
                None,
            )
            petition = letter.petition
            if earlier is not None:
                petition = _with_duplicate(petition, earlier)
            # A writer coming back is recognised by ID number as the head would (who sees every denouncer): a handler
            # who may not see the earlier denunciation would start a second record of the same person.
            ctx.actor.roles = (Role.XU_LY_DON, Role.LANH_DAO)
            saved = services.petitions.register(petition)
            ctx.actor.roles = (Role.XU_LY_DON,)
            registered.append((saved.id, letter))
            if (end - received).days < UNDECIDED_DAYS:
                continue
            _handle(services, rng, saved.id, letter, received, end, duplicate=earlier is not None, head=head)
    finally:
        ctx.clock, ctx.actor.roles = clock, roles
        ctx.actor.name, ctx.actor.staff_id = who
    return len(registered)


def _handle(
    services: Services, rng: random.Random, petition_id: int, letter: _Letter, received: dt.date, end: dt.date,
    *, duplicate: bool, head: tuple[str, int] | None = None,
) -> None:  # fmt: skip
    ctx = services.ctx
    cal = services.working_calendar.load()
    # Most letters are processed within the 10 working days; a few slip, as the dashboard should show.
    work_days = rng.choice((3, 5, 6, 8, 9, 12)) if rng.random() < 0.9 else rng.randint(13, 20)
    decided = min(cal.add_working_days(received, work_days).due, end)
    ctx.clock = _at(decided, 9)
    handling = Handling.LUU_DON if duplicate else _petition_handling(letter)
    within = handling in (Handling.THU_LY, Handling.LUU_DON)
    try:
        services.petitions.classify(petition_id, within_competence=within, competent_body=letter.target)
        services.petitions.propose(petition_id, handling, target_body=letter.target, reason=None)
        handler = ctx.actor.name, ctx.actor.staff_id
        ctx.actor.roles = (Role.LANH_DAO,)
        if head is not None:
            ctx.actor.name, ctx.actor.staff_id = head  # the head approves, so the detail names him
        try:
            services.petitions.decide(petition_id, approve=True)
        finally:
            ctx.actor.name, ctx.actor.staff_id = handler
    except DeskError:
        return  # e.g. a second guidance of the same content is refused: the letter stays with the handler
    ctx.actor.roles = (Role.XU_LY_DON,)
    follow = FollowUpService(ctx)

    def event(kind: FollowUpType, after: dt.date, days: int, content: str) -> dt.date | None:
        on = cal.add_working_days(after, days).due
        if on > end:
            return None
        ctx.clock = _at(on, 14)
        follow.record(
            petition_id,
            kind,
            on,
            doc_no=f"{rng.randint(10, 300)}/{_SYMBOL[kind]}",
            doc_date=on,
            content=content,
        )
        return on

    if rng.random() < 0.92:
        event(FollowUpType.THONG_BAO_CONG_DAN, decided, rng.randint(1, 2), "Đã thông báo cho công dân.")
    if handling is Handling.CHUYEN_DON and rng.random() < 0.6:
        event(FollowUpType.NHAN_PHUC_DAP, decided, rng.randint(10, 25), "Cơ quan nhận đơn chuyển đã trả lời.")
    if handling is Handling.THU_LY and rng.random() < 0.85:
        event(FollowUpType.NHAN_KET_QUA, decided, rng.randint(12, 28), "Đã có văn bản giải quyết.")


def _desk_letters(services: Services, rng: random.Random, start: dt.date, end: dt.date) -> list[_Letter]:
    with services.ctx.db.read() as s:
        rows = s.execute(
            select(VisitRecord, CitizenRecord)
            .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
            .where(
                VisitRecord.has_written_petition.is_(True),
                VisitRecord.category.is_not(None),
                VisitRecord.handling.is_not(None),
                VisitRecord.date >= start,
                VisitRecord.date <= end,
                VisitRecord.is_voided.is_(False),
            )
            .order_by(VisitRecord.id)
        ).all()
        found = [(v, person_input(c)) for v, c in rows]
    letters: list[_Letter] = []
    for visit, person in found:
        if rng.random() >= DESK_SHARE or visit.handling == Handling.TU_CHOI_TIEP.value:
            continue
        category = Category(visit.category or "")
        letters.append(
            _Letter(
                PetitionInput(
                    received_date=visit.date, source=PetitionSource.TRUC_TIEP_TCD, summary=visit.summary,
                    category=category, main=person, visit_id=visit.id, case_id=visit.case_id,
                    respondent=_respondent(category), letter_date=visit.date,
                ),
                Handling(visit.handling or ""),
                visit.guidance_target or visit.transfer_target,
            )
        )  # fmt: skip
    return letters


def _post_letters(
    rng: random.Random, people: data.People, commune: str, start: dt.date, end: dt.date
) -> list[_Letter]:
    letters: list[_Letter] = []
    day = start
    while day <= end:
        if day.weekday() < 5 and rng.random() < POST_PER_WEEK / 5:
            matter = data.pick_matter(rng, crowd=False)
            person = people.person()
            hamlet = data.hamlet_of(person, rng)
            words = data.matter_words(rng, people, day, hamlet, commune)
            source, forwarder, symbol = PetitionSource.BUU_CHINH, None, None
            if rng.random() < FORWARDED_SHARE:
                source, forwarder, symbol = rng.choice(FORWARDERS)
            target_map = (
                data.GUIDANCE_TARGETS if matter.handling is Handling.HUONG_DAN else data.TRANSFER_TARGETS
            )
            letters.append(
                _Letter(
                    PetitionInput(
                        received_date=day, source=source, summary=matter.summary.format(**words),
                        category=matter.category, field=matter.field,
                        main=person,
                        letter_date=day - dt.timedelta(days=rng.randint(2, 9)),
                        signature=SignatureKind.KY, respondent=_respondent(matter.category),
                        forwarded_by_org=forwarder,
                        forwarded_doc_no=f"{rng.randint(10, 400)}/{symbol}" if symbol else None,
                        forwarded_doc_date=day - dt.timedelta(days=rng.randint(1, 5)) if symbol else None,
                    ),
                    matter.handling,
                    target_map[matter.target].format(**words) if matter.target else None,
                )
            )  # fmt: skip
        day += dt.timedelta(days=1)
    # A few senders write again about the same matter: the register should recognise the repeat.
    repeats = [letter for letter in letters if rng.random() < DUPLICATE_SHARE]
    for letter in repeats:
        later = letter.petition.received_date + dt.timedelta(days=rng.randint(15, 40))
        if later <= end:
            again = _Letter(_moved(letter.petition, later), letter.handling, letter.target)
            letters.append(again)
    return letters


_SYMBOL = {
    FollowUpType.THONG_BAO_CONG_DAN: "TB-UBND",
    FollowUpType.NHAN_PHUC_DAP: "UBND",
    FollowUpType.NHAN_KET_QUA: "QĐ-UBND",
}


def _petition_handling(letter: _Letter) -> Handling:
    """A desk-only handling (answered on the spot) files the letter; one that names a receiving body needs it."""
    if needs_receiving_body(letter.handling):
        return letter.handling if letter.target else Handling.LUU_DON
    if letter.handling in (Handling.THU_LY, Handling.TRA_LAI_DON):
        return letter.handling
    return Handling.LUU_DON


def _respondent(category: Category) -> str | None:
    if category is Category.KHIEU_NAI:
        return "Ủy ban nhân dân xã"
    if category is Category.TO_CAO:
        return "Trưởng ấp"
    return None


def _same_matter(old: _Letter, new: _Letter) -> bool:
    a, b = old.petition, new.petition
    return (
        a.main is not None
        and b.main is not None
        and a.main.full_name == b.main.full_name
        and a.summary == b.summary
        and a.received_date < b.received_date
    )


def _with_duplicate(petition: PetitionInput, earlier: int) -> PetitionInput:
    return replace(petition, duplicate_of_id=earlier)


def _moved(petition: PetitionInput, day: dt.date) -> PetitionInput:
    return replace(petition, received_date=day, letter_date=day - dt.timedelta(days=3), forwarded_doc_date=None,
                   forwarded_by_org=None, forwarded_doc_no=None, source=PetitionSource.BUU_CHINH)  # fmt: skip


def _at(day: dt.date, hour: int) -> Callable[[], dt.datetime]:
    moment = dt.datetime.combine(day, dt.time(hour, 0))
    return lambda: moment
