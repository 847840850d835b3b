"""Role × path matrix (issue 11, DOMAIN §13.3, reliability.md §4.1–4.2), generated: every service method whose answer can
carry a person, every printed document and export of desk_app.documents (found by introspection, see
test_role_matrix_world), the people search and the duplicate check, called as each role and as the handler of one
case on the demo office. No denouncer's name, ID number, phone or address may appear where the user may not see it;
it must appear where the user may."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.domain.enums import PetitionSource
from desk_app.domain.permissions import Action, allowed
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.errors import DeskError
from desk_app.services.citizens.access import Access
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.permissions import AccessDenied
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage.records import CitizenRecord, PetitionRecord, VisitRecord
from tests.integration.test_role_matrix_world import (
    SKIPPED,
    Kind,
    PathSpec,
    World,
    arguments,
    build_world,
    document_paths,
    late_values,
    service_paths,
    texts,
)

SERVICE_PATHS = service_paths()
DOCUMENT_PATHS = document_paths()
ALL_PATHS = SERVICE_PATHS + DOCUMENT_PATHS
ACTORS = (
    "TIEP_CONG_DAN",
    "XU_LY_DON",
    "LANH_DAO",
    "VAN_THU",
    "QUAN_TRI",
    "XEM_BAO_CAO",
    "HANDLER_OF_ONE_CASE",
    "GRANT_HOLDER",
)


@pytest.fixture(scope="module")
def world(open_demo: Callable[..., Services]) -> Iterator[World]:
    sv = open_demo(1)
    try:
        yield build_world(sv)
    finally:
        sv.close()


def _instance(world: World, spec: PathSpec) -> Any:
    """The service object of a method: the registry's own when it has one, else one made on the same context."""
    assert spec.owner is not None
    for name in world.sv.__dataclass_fields__:
        candidate = getattr(world.sv, name)
        if type(candidate) is spec.owner:
            return candidate
    params = list(inspect.signature(spec.owner).parameters)
    named = {"calendar": "working_calendar", "petitions": "petition_register"}
    return spec.owner(world.sv.ctx, *(getattr(world.sv, named.get(p, p)) for p in params[1:]))


@dataclass
class Outcome:
    denied: bool = False
    refused: str | None = None
    text: str = ""
    calls: list[dict[str, Any]] = field(default_factory=list)


def run(world: World, spec: PathSpec, actor: str, tmp: Path) -> Outcome:
    world.sv.ctx.actor = world.actors[actor]
    outcome = Outcome()
    parts: list[str] = []
    for call in arguments(world, spec, tmp):
        outcome.calls.append(call)
        try:
            kwargs = late_values(world, call)
            target = (
                spec.function
                if spec.owner is None
                else getattr(_instance(world, spec), spec.function.__name__)
            )
            answer = target(**kwargs)
            parts.extend(texts(answer))
            for name in ("target", "path"):
                if name in kwargs:
                    parts.extend(texts(Path(kwargs[name])))
        except AccessDenied:
            outcome.denied = True
        except DeskError as exc:  # e.g. no approved decision for this letter: nothing was shown
            outcome.refused = str(exc)
        world.sv.ctx.actor = world.actors[actor]
    outcome.text = "\n".join(parts)
    return outcome


def test_the_paths_are_found_by_introspection() -> None:
    keys = {p.key for p in ALL_PATHS}
    # A new method or document that can carry a person joins the matrix by itself; these are the ones it must hold.
    for expected in (
        "IntakeService.get", "CitizenService.find",
        "CitizenOverviewService.search", "PetitionDetailService.get", "RegisterService.rows",
        "PetitionRegisterService.rows", "RegisterBookService.visit_batches", "ReportService.drill_rows",
        "CaseFileService.case_file_source", "PetitionDocumentService.proposal_slip", "DocumentService.visit_source",
        "books.visit_book_pdf", "books.petition_book_pdf", "visits.receipt_pdf", "registers.export_visit_ids",
        "registers.export_petition_ids", "registers.export_visits", "report_files.report_xlsx",
    ):  # fmt: skip
        assert expected in keys, f"{expected} is no longer found: {sorted(keys)}"
    assert len(ALL_PATHS) >= 30
    assert all(reason for reason in SKIPPED.values())


@pytest.mark.parametrize("actor", ACTORS)
def test_every_path_as(world: World, actor: str, tmp_path: Path) -> None:
    who = world.actors[actor]
    hidden = world.markers(world.hidden_from(who))
    everyone = world.markers(world.people)
    probe = world.markers([world.visit_person, world.petition_person])
    theirs = world.markers([world.petition_person])
    granted_person = world.markers([world.visit_person])
    failures: list[str] = []
    answered = 0
    for spec in ALL_PATHS:
        out = run(world, spec, actor, tmp_path)
        gate = spec.gate
        if gate is not None and not allowed(who.roles, gate):
            if not out.denied:
                failures.append(f"{spec.key}: {actor} lacks {gate} and was not refused")
            continue
        if out.denied:
            failures.append(f"{spec.key}: {actor} refused though the role allows it")
            continue
        if not out.text:
            continue
        answered += 1
        exports = allowed(who.roles, Action.EXPORT_IDENTITY)
        forbidden = {
            Kind.MASKED: hidden,
            Kind.TO_CITIZEN: {m: i for m, i in hidden.items() if m not in probe},
            Kind.EXPORT: {} if exports else everyone,
            Kind.NEVER: everyone,
            Kind.NONE: everyone,
        }[spec.kind]
        leaked = sorted({m for m in forbidden if m in out.text})
        if leaked:
            failures.append(f"{spec.key}: {actor} sees {leaked[:3]}")
        shows = spec.kind is Kind.MASKED or (spec.kind is Kind.EXPORT and exports)
        if shows and actor == "LANH_DAO" and not any(m in out.text for m in probe):
            failures.append(f"{spec.key}: the leader does not see the denouncer it was asked about")
        petition_asked = any(
            c.get("petition_id") == world.petition_id or c.get("ids") == [world.petition_id]
            for c in out.calls
        )
        own = spec.kind is Kind.MASKED and actor == "HANDLER_OF_ONE_CASE" and petition_asked
        if own and not any(m in out.text for m in theirs):
            failures.append(f"{spec.key}: the handler does not see the author of their own petition")
        visit_asked = any(
            c.get("visit_id") == world.visit_id
            or c.get("case_id") == world.case_id
            or c.get("ids") == [world.visit_id]
            for c in out.calls
        )
        granted = spec.kind is Kind.MASKED and actor == "GRANT_HOLDER" and visit_asked
        if granted and not any(m in out.text for m in granted_person):
            failures.append(f"{spec.key}: the grant holder does not see the denouncer of the granted case")
    assert not failures, "\n".join(failures)
    if allowed(who.roles, Action.READ_CASES):
        assert answered >= 15, (
            f"only {answered} paths answered {actor}: the probes no longer reach the records"
        )


def test_a_grant_shows_its_case_and_nothing_else(world: World) -> None:
    """The grant holder sees the denouncer of the granted case (DOMAIN §13.3.2) and no other hidden one; an officer
    with the same role and no grant sees neither."""
    holder = world.hidden_from(world.actors["GRANT_HOLDER"])
    plain = world.hidden_from(world.actors["XU_LY_DON"])
    assert world.visit_person not in holder and world.visit_person in plain
    assert holder and holder < plain  # the other denouncers stay hidden from the grant holder


def test_the_people_search_and_the_duplicate_check_give_no_hint(world: World) -> None:
    """reliability.md §4.1.3: a user without a grant searching a denouncer's exact name or ID gets nothing, no count."""
    sv = world.sv
    for actor in ("TIEP_CONG_DAN", "XU_LY_DON", "VAN_THU"):
        sv.ctx.actor = world.actors[actor]
        for person in sorted(world.hidden_from(sv.ctx.actor))[:10]:
            name = world.people[person].markers[0]
            result = sv.citizens.find(name=name)
            assert all(person != m.citizen_id for m in result), (actor, name)
            overview = CitizenOverviewService(sv.ctx)
            assert all(h.citizen_id != person for h in overview.search(name).hits), (actor, name)
    sv.ctx.actor = world.actors["LANH_DAO"]
    assert sv.citizens.find(name=world.people[world.visit_person].markers[0])


@pytest.mark.parametrize("actor", ACTORS)
def test_no_count_or_list_hints_at_a_hidden_record(world: World, actor: str) -> None:
    """The register searches, their counts and the duplicate check never include a record hidden from the user."""
    sv = world.sv
    sv.ctx.actor = who = world.actors[actor]
    if not allowed(who.roles, Action.READ_CASES):
        with pytest.raises(AccessDenied):
            sv.petitions.check_duplicates(PetitionInput(world.month[1], PetitionSource.BUU_CHINH, "x", None))
        return
    access = Access(sv.ctx)
    with sv.ctx.db.read() as s:
        hidden_petitions = set(s.scalars(select(PetitionRecord.id).where(access.petition_hidden())))
        letters = s.execute(
            select(
                PetitionRecord.id, CitizenRecord.full_name, CitizenRecord.id_number, PetitionRecord.summary
            )
            .join(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
            .where(PetitionRecord.id.in_(hidden_petitions or {-1}), CitizenRecord.id_number.is_not(None))
        ).all()
        hidden_visits = set(s.scalars(select(VisitRecord.id).where(access.visit_hidden())))
    told = 0
    for petition_id, name, number, summary in letters[:6]:
        # The same person writes again about the same matter, a few weeks after the office's last day.
        probe = PetitionInput(
            world.month[1], PetitionSource.BUU_CHINH, summary, None, main=PersonInput(name, id_number=number)
        )
        check = sv.petitions.check_duplicates(probe)
        assert hidden_petitions.isdisjoint(c.petition_id for c in check.candidates), (actor, petition_id)
        told += check.confidential_earlier
    if letters and actor in ("XU_LY_DON", "HANDLER_OF_ONE_CASE", "GRANT_HOLDER"):
        assert told, "a petition handler is told that an earlier confidential letter exists"
    elif letters:
        assert not told, f"{actor} is no handler: not even the flag"
    for person in sorted(world.hidden_from(who))[:5]:
        name = world.people[person].markers[0]
        assert hidden_visits.isdisjoint(sv.register.search_ids(RegisterFilter(text=name))), (actor, name)
        assert sv.register.count(RegisterFilter(text=name)) == len(
            sv.register.search_ids(RegisterFilter(text=name))
        )
        found = sv.petition_register.search_ids(PetitionFilter(text=name))
        assert hidden_petitions.isdisjoint(found), (actor, name)
