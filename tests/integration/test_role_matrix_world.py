"""The role × path matrix's parts (no tests here): the paths found by introspection, the demo office's denouncers as
marker strings, the actors, and turning any answer (dataclasses, PDFs, CSV/XLSX files) into text to search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import ColumnElement, or_, select

import desk_app.documents
import desk_app.services
from desk_app.domain.enums import Category, Handling, PetitionSource, Role
from desk_app.domain.permissions import Action
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.services.citizens.access import Access
from desk_app.services.context import Actor
from desk_app.services.office.service import OfficeInfo, PlaceInfo, StaffInfo
from desk_app.services.registry import Services
from desk_app.services.reports.types import Drill, DrillKind, ReportForm
from desk_app.services.schedule.conclusion_types import Signer
from desk_app.storage.records import (
    CitizenRecord,
    PetitionRecord,
    PetitionSignerRecord,
    StaffRecord,
    VisitPersonRecord,
    VisitRecord,
)
from tests.helpers.pdf import pdf_flat_text

# A field of one of these names, anywhere in what a method returns, can carry a person (DOMAIN §13.3).
IDENTITY_FIELDS = frozenset({
    "full_name", "name", "sender", "sender_name", "id_number", "id_document", "address", "phone", "citizen_name",
    "citizen_address", "name_address", "author", "visitor", "main", "person", "representatives", "text",
})  # fmt: skip
# Types that carry staff, the office or users, never a citizen.
NOT_CITIZENS: frozenset[type] = frozenset({StaffInfo, OfficeInfo, PlaceInfo, Signer})
# Found by introspection and deliberately not called here, each with the reason.
SKIPPED: Mapping[str, str] = {
    "review_files.*": "TONG-HOP's files only lay out ReportService.review's answer, which is probed here",
    "UserService.*": "users and their logins, never a citizen",
    "ScheduleService.*": "the head's reception days: registrants are not linked to a visit or petition (no marker)",
    "ConclusionService.*": "conclusions of the head's sessions: items name no confidential record (no marker)",
    "DialogueService.*": "dialogues of the head's sessions (no confidential record)",
    "conclusions.*": "PDFs of the head's sessions (as above)",
    "schedule.*": "PDFs of the reception schedule (as above)",
    "petitions.self_test_pdf": "renders fixture data of its own",
    "conclusions.self_test_pdf": "renders fixture data of its own",
    "books.keep_visit_book": "visit_book_pdf, kept under documents/",
    "books.keep_petition_book": "petition_book_pdf, kept under documents/",
    "report_files.signing": "the office's signers (staff)",
    "WorkingCalendarService.*": "holidays and working days: names of days, not of people",
    "audit_log.*": "the audit log's viewer and export (VIEW_AUDIT): the audit helper's, with its own identity tests",
}


class Kind(enum.Enum):
    MASKED = "identity only for who may see it"
    TO_CITIZEN = "a letter to the petitioner: carries them by design (DOMAIN §13.3.8)"
    NEVER = "sent to a third party: never the denouncer, not even for a leader"
    NONE = "aggregates or clocks: no citizen for anyone"
    EXPORT = (
        "a file leaving the office: identity only with EXPORT_IDENTITY (the leader), masked for everyone else"
    )


KINDS: Mapping[str, Kind] = {
    "PetitionDocumentService.guidance_letter": Kind.TO_CITIZEN,
    "PetitionDocumentService.result_notice": Kind.TO_CITIZEN,
    "PetitionDocumentService.complaint_acceptance": Kind.TO_CITIZEN,
    "PetitionDocumentService.refusal_notice": Kind.TO_CITIZEN,
    "PetitionDocumentService.transfer_slip": Kind.NEVER,
    "DashboardService.snapshot": Kind.NONE,
    "CitizenOverviewService.case_entries": Kind.NONE,  # the lines of a case name no one, whoever asks
    "ReportService.review": Kind.NONE,  # TONG-HOP's paragraphs are counts: they name no one, whoever asks
}


@dataclass(frozen=True)
class PathSpec:
    """One way out of the services for a person's data: a service method or a documents function."""

    key: str
    owner: type | None
    function: Callable[..., Any]

    @property
    def kind(self) -> Kind:
        if self.key.startswith("report_files."):
            return Kind.NONE
        if self.key.startswith("registers."):
            return Kind.EXPORT
        return KINDS.get(self.key, Kind.MASKED)

    @property
    def gate(self) -> Action | None:
        """What the role needs for the call to answer at all (else AccessDenied)."""
        if self.key.startswith("report_files.") or self.key == "ReportService.review":
            return Action.VIEW_REPORTS
        return Action.READ_CASES


def _carries(tp: Any, seen: set[Any]) -> bool:
    if tp in seen or tp in NOT_CITIZENS:
        return False
    if isinstance(tp, type):
        seen.add(tp)
        if tp.__name__.endswith("Source"):
            return True  # the facts of a printed document
    if typing.get_origin(tp) is not None or isinstance(tp, types.UnionType):
        return any(_carries(arg, seen) for arg in typing.get_args(tp))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        return bool(IDENTITY_FIELDS & set(hints)) or any(_carries(h, seen) for h in hints.values())
    return False


def _skipped(key: str) -> bool:
    return key in SKIPPED or f"{key.split('.')[0]}.*" in SKIPPED


def service_paths() -> list[PathSpec]:
    """Every public method of a *Service class whose answer can carry a person."""
    found: list[PathSpec] = []
    for info in pkgutil.walk_packages(desk_app.services.__path__, "desk_app.services."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not name.endswith("Service"):
                continue
            for method_name, method in inspect.getmembers(cls, inspect.isfunction):
                key = f"{name}.{method_name}"
                if method_name.startswith("_") or _skipped(key):
                    continue
                if _carries(typing.get_type_hints(method).get("return"), set()):
                    found.append(PathSpec(key, cls, method))
    return found


def document_paths() -> list[PathSpec]:
    """Every public function of desk_app.documents that reads the office through the services (PDFs, exports)."""
    found: list[PathSpec] = []
    for info in pkgutil.walk_packages(desk_app.documents.__path__, "desk_app.documents."):
        module = importlib.import_module(info.name)
        short = info.name.rsplit(".", 1)[1]
        for name, fn in vars(module).items():
            if name.startswith("_") or not callable(fn) or isinstance(fn, type):
                continue
            if getattr(fn, "__module__", module.__name__) != module.__name__ and not inspect.ismethod(fn):
                continue
            params = list(inspect.signature(fn).parameters)
            if not params or params[0] not in ("services", "ctx", "result"):
                continue
            key = f"{short}.{name}"
            if not _skipped(key) and name != "books":
                found.append(PathSpec(key, None, fn))
    return found


# The demo office's denouncers ---------------------------------------------------------------------------------
@dataclass
class Person:
    citizen_id: int
    markers: tuple[str, ...]
    """Their name, ID number, phone and address, each kept only when nothing else in the office reads the same."""


@dataclass
class World:
    sv: Services
    people: dict[int, Person]
    visit_id: int
    """A denunciation at the desk (its person: `visit_person`), with its case."""
    visit_person: int
    case_id: int
    petition_id: int
    """A denunciation letter sent on to another body (chuyển đơn); the handler of one case handles it."""
    petition_person: int
    month: tuple[dt.date, dt.date]
    handler_id: int
    grantee_id: int
    """Holds a live access grant on the visit's case (DOMAIN §13.3.2), given through AccessGrantService."""
    actors: dict[str, Actor] = field(default_factory=dict)

    def hidden_from(self, actor: Actor) -> set[int]:
        """The denouncers this actor may not see: none of their confidential records is shown to them."""
        self.sv.ctx.actor = actor
        access = Access(self.sv.ctx)
        with self.sv.ctx.db.read() as s:
            shown: set[int] = set()
            shown.update(_people_of(s, VisitRecord, VisitPersonRecord, ~access.visit_hidden()))
            shown.update(_people_of(s, PetitionRecord, PetitionSignerRecord, ~access.petition_hidden()))
        return set(self.people) - shown

    def markers(self, ids: Iterable[int]) -> dict[str, int]:
        return {m: i for i in ids for m in self.people[i].markers}


def _people_of(s: Any, record: Any, link: Any, where: ColumnElement[bool]) -> set[int]:
    confidential = or_(record.is_confidential.is_(True), record.category == Category.TO_CAO.value)
    main = s.scalars(select(record.main_citizen_id).where(confidential, where, record.is_voided.is_(False)))
    owner = link.visit_id if record is VisitRecord else link.petition_id
    linked = s.scalars(
        select(link.citizen_id)
        .join(record, record.id == owner)
        .where(confidential, where, record.is_voided.is_(False))
    )
    return {i for i in [*main, *linked] if i is not None}


def build_world(sv: Services) -> World:
    leader = Actor("Lãnh đạo", None, (Role.LANH_DAO,))
    sv.ctx.actor = leader
    with sv.ctx.db.read() as s:
        everyone = set(s.scalars(select(CitizenRecord.id)))
        sv.ctx.actor = Actor("Không ai", None, (Role.TIEP_CONG_DAN,))
        nobody = Access(sv.ctx)
        confidential = _people_of(s, VisitRecord, VisitPersonRecord, nobody.visit_confidential())
        confidential |= _people_of(s, PetitionRecord, PetitionSignerRecord, nobody.petition_confidential())
        open_visits = ~Access.visit_confidential()
        open_petitions = ~Access.petition_confidential()
        known_openly = _people_of_all(s, open_visits, open_petitions)
        denouncers = confidential - known_openly
        citizens = {c.id: c for c in s.scalars(select(CitizenRecord))}
        others = [citizens[i] for i in everyone - denouncers]
        staff = [n.lower() for n in s.scalars(select(StaffRecord.full_name))]
        summaries = " ".join(
            [*s.scalars(select(VisitRecord.summary)), *s.scalars(select(PetitionRecord.summary))]
        ).lower()
        common = " ".join(" | ".join(filter(None, (c.full_name, c.address, c.phone))) for c in others).lower()
        people = {}
        for i in sorted(denouncers):
            c = citizens[i]
            candidates = [c.full_name, c.id_number, c.phone, c.address]
            keep = tuple(
                m for m in candidates
                if m and len(m) >= 9 and m.lower() not in common and m.lower() not in summaries
                and m.lower() not in staff
            )  # fmt: skip
            if keep:
                people[i] = Person(i, keep)
        visit = s.execute(
            select(VisitRecord.id, VisitRecord.main_citizen_id, VisitRecord.case_id, VisitRecord.date)
            .where(
                VisitRecord.category == Category.TO_CAO.value, VisitRecord.main_citizen_id.in_(list(people))
            )
            .where(VisitRecord.case_id.is_not(None), VisitRecord.is_voided.is_(False))
            .order_by(VisitRecord.date.desc())
        ).first()
        petition = s.execute(
            select(PetitionRecord.id, PetitionRecord.main_citizen_id).where(
                PetitionRecord.category == Category.TO_CAO.value,
                PetitionRecord.handling == Handling.CHUYEN_DON.value,
                PetitionRecord.main_citizen_id.in_(list(people)),
            )
        ).first()
    assert visit is not None and petition is not None, "the demo office has no denunciation to probe"
    sv.ctx.actor = leader
    handler = sv.office.save_staff(StaffInfo("Cán bộ Thử Một Vụ", "Công chức", roles=(Role.XU_LY_DON,)))
    assert handler.id is not None
    with sv.ctx.db.write() as s, s.begin():
        rec = s.get(PetitionRecord, petition[0])
        assert rec is not None
        rec.handler_id = handler.id
    grantee = sv.office.save_staff(StaffInfo("Cán bộ Thử Được Phép", "Công chức", roles=(Role.XU_LY_DON,)))
    assert grantee.id is not None
    sv.grants.grant(grantee.id, case_id=visit[2], reason="Phối hợp xác minh (ma trận quyền)")
    day = visit[3]
    world = World(
        sv, people, visit[0], visit[1], visit[2], petition[0], petition[1],
        (day.replace(day=1), day), handler.id, grantee.id,
    )  # fmt: skip
    officer = sv.office.list_staff()
    desk = next(st.id for st in officer if Role.TIEP_CONG_DAN in st.roles and not st.is_leader)
    world.actors = {
        role.value: Actor(f"Thử {role.value}", desk if role is Role.TIEP_CONG_DAN else None, (role,))
        for role in Role
    }
    world.actors["HANDLER_OF_ONE_CASE"] = Actor("Cán bộ Thử Một Vụ", handler.id, (Role.XU_LY_DON,))
    world.actors["GRANT_HOLDER"] = Actor("Cán bộ Thử Được Phép", grantee.id, (Role.XU_LY_DON,))
    return world


def _people_of_all(s: Any, open_visits: ColumnElement[bool], open_petitions: ColumnElement[bool]) -> set[int]:
    return _people_of(s, VisitRecord, VisitPersonRecord, open_visits) | _people_of(
        s, PetitionRecord, PetitionSignerRecord, open_petitions
    )


# Arguments by parameter name --------------------------------------------------------------------------------------
def arguments(world: World, spec: PathSpec, tmp: Path) -> list[dict[str, Any]]:
    """The calls to make: one or more sets of keyword arguments (for `ids`, `drill`, `target`: visit and petition,
    CSV and XLSX)."""
    sv = world.sv
    petitions = spec.owner is not None and "Petition" in spec.owner.__name__
    probe_letter = PetitionInput(
        received_date=world.month[1], source=PetitionSource.BUU_CHINH, summary="Đơn mới của cùng người",
        category=Category.TO_CAO, main=PersonInput("Người Gửi Mới", id_number=_id_number(world, world.petition_person)),
    )  # fmt: skip
    values: dict[str, list[Any]] = {
        "visit_id": [world.visit_id],
        "petition_id": [world.petition_id],
        "citizen_id": [world.visit_person],
        "case_id": [world.case_id],
        "ids": [[world.petition_id]] if petitions or "petition" in spec.key else [[world.visit_id]],
        "p": [probe_letter],
        "drill": [Drill(DrillKind.VISIT, (world.visit_id,)), Drill(DrillKind.PETITION, (world.petition_id,))],
        "date_from": [world.month[0]],
        "date_to": [world.month[1]],
        "id_number": [_id_number(world, world.visit_person)],
        "text": [world.people[world.visit_person].markers[0]],
        "services": [sv],
        "ctx": [sv.ctx],
        "when": [dt.datetime.combine(world.month[1] + dt.timedelta(days=7), dt.time(8))],
        "meet_whom": ["Chủ tịch UBND xã"],
        "target": [tmp / f"{spec.key}.csv", tmp / f"{spec.key}.xlsx"],
        "path": [
            tmp / (spec.key + (".csv" if "csv" in spec.key else ".pdf" if "pdf" in spec.key else ".xlsx"))
        ],
        "period": [sv.reports.custom_period(world.month[0], world.month[1])],
        "office": [None],
        "office_header": [None],
        "result": [None],
    }
    calls: list[dict[str, Any]] = [{}]
    for name, param in inspect.signature(spec.function).parameters.items():
        searched = name in ("id_number", "text", "date_from", "date_to")  # given even where they are optional
        if name == "self" or (param.default is not inspect.Parameter.empty and not searched):
            continue
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        options = values.get(name)
        assert options is not None, (
            f"{spec.key}: no probe value for parameter {name!r} — add one to arguments()"
        )
        calls = [{**call, name: option} for call in calls for option in options]
    return calls


def late_values(world: World, call: dict[str, Any]) -> dict[str, Any]:
    """Arguments that are themselves answers of the acting user (a report's result, the office header)."""
    sv = world.sv
    out = dict(call)
    if "result" in out:
        out["result"] = sv.reports.compute(ReportForm.TCD_01, sv.reports.period(str(world.month[1].year)))
    for name in ("office", "office_header"):
        if name in out:
            out[name] = sv.documents.office_header()
    return out


def _id_number(world: World, citizen_id: int) -> str:
    with world.sv.ctx.db.read() as s:
        rec = s.get(CitizenRecord, citizen_id)
        assert rec is not None and rec.id_number
        return rec.id_number


# Any answer as text ----------------------------------------------------------------------------------------------
def texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes | bytearray):
        yield pdf_flat_text(bytes(value)) if value[:4] == b"%PDF" else bytes(value).decode("utf-8", "replace")
    elif isinstance(value, Path):
        yield from file_text(value)
    elif isinstance(value, enum.Enum) or value is None or isinstance(value, int | float | dt.date):
        return
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from texts(getattr(value, f.name))
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from texts(k)
            yield from texts(v)
    elif isinstance(value, Iterable):
        for item in value:
            yield from texts(item)


def file_text(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                yield " | ".join("" if v is None else str(v) for v in row)
        book.close()
    elif path.suffix == ".pdf":
        yield pdf_flat_text(path.read_bytes())
    else:
        yield path.read_text(encoding="utf-8-sig", errors="replace")
