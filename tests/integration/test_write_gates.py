"""Default-deny for writes (issue 11, DOMAIN §13.3), generated: every service method that opens a write transaction
(found by introspection, tests/integration/write_paths.py) requires its action before anything is read or written,
and is called here as each role on an office: refused with AccessDenied and nothing committed for a role without
the action, written for a role with it."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Category, Handling, PetitionSource, RefusalReason, Role, SubjectField
from desk_app.domain.matter_results import MatterResult
from desk_app.domain.permissions import Action, allowed
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_followups import FollowUpType
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import DeskError
from desk_app.i18n import vi_form_parts as fp
from desk_app.services.context import Actor
from desk_app.services.deadlines.service import RuleChange
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.office.service import PlaceInfo, StaffInfo
from desk_app.services.permissions import AccessDenied
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.services.schedule.types import LeaderRuleInfo, Period, PeriodKind, RegistrantInfo, SessionEdit
from desk_app.services.transfer.dialogue_import import DialogueImporter
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.services.transfer.session_import import SessionImporter
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import VisitRecord
from tests.integration import test_petition_import as petition_rows
from tests.integration import test_visit_import as visit_rows
from tests.integration.test_conclusions import filled, held_session
from tests.integration.test_dialogues import edit as dialogue_edit
from tests.integration.test_form_texts import _petition as decided_petition
from tests.integration.test_refusal_notice import _refuse
from tests.integration.write_paths import write_paths

D = dt.date
PDF = b"%PDF-1.4\n% a printed copy\n"
BASIS = "Quyết định số 15/QĐ-UBND ngày 01/11/2026 của UBND xã An Phú"
OFFICE = Actor("Văn phòng thử", None, tuple(Role))
"""Who prepares each call's records: every role, so the preparation is never what is refused."""

# The gate each write path must have (its first statements): the table the behaviour below is checked against.
EXPECTED: Mapping[str, Action] = {
    **dict.fromkeys(("IntakeService.save", "IntakeService.update", "IntakeService.void", "PetitionService.register", "PetitionService.classify", "PetitionService.propose", "PetitionService.decide", "PetitionService.reopen", "FollowUpService.record", "AttachmentService.attach", "PetitionDocumentService.proposal_slip", "PetitionDocumentService.guidance_letter", "PetitionDocumentService.transfer_slip", "PetitionDocumentService.result_notice", "PetitionDocumentService.complaint_acceptance", "PetitionDocumentService.refusal_notice", "PetitionDocumentService.keep_for", "DocumentService.keep", "ConclusionService.save_items", "ConclusionService.issue", "ConclusionService.mark_done", "ConclusionService.attach_pdf", "ReportService.lock", "ReportService.unlock", "VisitImporter.import_file", "PetitionImporter.import_file", "FollowUpService.void_result", "CaseResultService.record", "CaseResultService.correct", "CaseResultService.void"), Action.WRITE_CASES),
    **dict.fromkeys(("OfficeService.save", "OfficeService.setup", "OfficeService.save_staff", "OfficeService.save_place", "FormTextService.save", "FormTextService.reset", "DeadlineService.apply_change", "WorkingCalendarService.add_day", "WorkingCalendarService.void_day", "WorkingCalendarService.confirm_year"), Action.MANAGE_SETTINGS),
    **dict.fromkeys(("ScheduleService.save_rule", "ScheduleService.void_rule", "ScheduleService.generate", "ScheduleService.create_session", "ScheduleService.update_session", "ScheduleService.publish", "ScheduleService.postpone", "ScheduleService.cancel", "ScheduleService.mark_held", "ScheduleService.mark_no_citizen", "ScheduleService.add_registrant", "ScheduleService.void_registrant", "ScheduleService.notice_source", "DialogueService.create", "DialogueService.update", "DialogueService.void", "DialogueService.issue_notice", "DialogueService.record_answer", "SessionImporter.import_file", "DialogueImporter.import_file"), Action.MANAGE_SCHEDULE),
}  # fmt: skip
COMPUTED = {
    "DocumentService.keep": "the action of the paper kept (services.documents.KEEP_GATE): a receipt here"
}
# Writes that are no user's change of the records, each with the reason it has no write gate.
EXEMPT: Mapping[str, str] = {
    "CaseFileService.case_file_source": "a read (READ_CASES) whose write is the audit entry of a reveal",
    "CitizenOverviewService.case": "a read (READ_CASES) logging a reveal",
    "CitizenOverviewService.case_entries": "CitizenOverviewService.case, gated there",
    "CitizenOverviewService.person": "a read (READ_CASES) logging a reveal",
    "CitizenOverviewService.search": "a read (READ_CASES) logging a reveal",
    "PetitionRegisterService.reveal_author": "a read (READ_CASES) logging a reveal",
    "ReportService.log_export": "the audit entry of a report file (VIEW_REPORTS)",
    "DeadlineService.seed": "the app's own rule versions, added when the office is opened (no user's act)",
    "DraftService.save": "the user's own unsaved form",
    "DraftService.clear": "the user's own unsaved form",
    "OfficeService.sign_in": "choosing a name before the office has accounts (refused once it has)",
    "UserService.*": "its own rules (MANAGE_USERS, GRANT_LEADER, one's own password, signing in): test_users*",
    "AccessGrantService.*": "its own rule (a leader grants): test_access_grants",
}
# Roles the action allows but the workflow itself does not (DOMAIN §7): they pass the gate and are refused by the
# petition's transitions, with a DeskError and nothing written. Every other allowed role must write.
_PETITION_DESKS = frozenset(
    {Role.TIEP_CONG_DAN, Role.XU_LY_DON, Role.LANH_DAO}
)  # not VAN_THU (numbering only)
WORKFLOW: Mapping[str, frozenset[Role]] = {
    "PetitionService.register": _PETITION_DESKS,
    "PetitionService.classify": _PETITION_DESKS,
    "PetitionService.propose": _PETITION_DESKS,
    "FollowUpService.record": _PETITION_DESKS,
    "FollowUpService.void_result": _PETITION_DESKS,
    "PetitionService.decide": frozenset({Role.LANH_DAO}),
    "PetitionService.reopen": frozenset({Role.LANH_DAO}),
    "ReportService.unlock": frozenset({Role.LANH_DAO}),
}

PATHS = write_paths()


def _exempt(key: str) -> bool:
    return key in EXEMPT or f"{key.split('.')[0]}.*" in EXEMPT


def test_every_write_path_is_found_and_gated_as_the_table_says() -> None:
    found = {p.key: p for p in PATHS}
    gated = {k for k in found if not _exempt(k)}
    assert gated == set(EXPECTED), (
        f"not in EXPECTED (gate it and add it): {sorted(gated - set(EXPECTED))}; "
        f"no longer found: {sorted(set(EXPECTED) - gated)}"
    )
    wrong = {}
    for key, action in EXPECTED.items():
        gates = found[key].gates
        if not gates or (gates[0] != action and not (gates[0] is None and key in COMPUTED)):
            wrong[key] = gates
    assert not wrong, f"the first statement must be require(self._ctx, Action.<expected>): {wrong}"
    assert set(CALLS) == set(EXPECTED), sorted(set(EXPECTED) ^ set(CALLS))
    assert len(PATHS) >= 60 and all(EXEMPT.values())


# The calls: each prepares its records as OFFICE and returns the write to make as the role under test. ----------
class Bench:
    def __init__(self, sv: Services, tmp: Path) -> None:
        self.sv, self.tmp = sv, tmp
        head = sv.office.head()
        assert head is not None and head.id is not None
        self.head_id = head.id
        self._held: int | None = None

    def visit(self, **kw: Any) -> VisitInput:
        base: dict[str, Any] = {
            "date": D(2026, 11, 20), "visitor": PersonInput("Nguyễn Văn Thử"), "summary": "Kiến nghị sửa đường thôn",
            "category": Category.KIEN_NGHI_PHAN_ANH, "field": SubjectField.HC_KHAC,
        }  # fmt: skip
        return VisitInput(**{**base, **kw})

    def saved_visit(self) -> int:
        return self.sv.intake.save(self.visit()).id

    def letter(self) -> PetitionInput:
        return PetitionInput(
            D(2026, 11, 16), PetitionSource.BUU_CHINH, "Khiếu nại quyết định thu hồi đất", Category.KHIEU_NAI,
            main=PersonInput("Nguyễn Văn Thử"), respondent="UBND xã",
        )  # fmt: skip

    def petition(self, *, proposed: bool = False, accepted: bool = False) -> int:
        pid = self.sv.petitions.register(self.letter()).id
        if proposed or accepted:
            self.sv.petitions.classify(pid, within_competence=True)
            self.sv.petitions.propose(pid, Handling.THU_LY)
        if accepted:
            self.sv.petitions.decide(pid, approve=True)
        return pid

    def held(self) -> int:
        if self._held is None:
            self._held = held_session(self.sv)
        return self._held

    def issued(self) -> int:
        sid = self.held()
        self.sv.conclusions.issue(sid, D(2026, 11, 20), items=filled(self.sv.conclusions.working_items(sid)))
        return sid

    def session(self, day: dt.date) -> int:
        return self.sv.schedule.create_session(SessionEdit(day, self.head_id)).id

    def rule(self) -> LeaderRuleInfo:
        return LeaderRuleInfo(None, self.head_id, "thứ Năm tuần 2 và 4, buổi chiều")

    def file(self, name: str, rows: Any, module: Any) -> Path:
        return module.write_csv(self.tmp / name, rows)

    def day(self, on: dt.date) -> CalendarDayInfo:
        return CalendarDayInfo(on, EntryKind.NGHI_DIA_PHUONG, "Ngày nghỉ thử", BASIS)


Call = Callable[[Bench], Callable[[], Any]]


def _history_csv(path: Path, header: list[str], row: list[str]) -> Path:
    """A one-row history file (import sessions / import dialogues, DOMAIN §16.3)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, row])
    return path


def _finished(b: Bench) -> int:
    pid = b.petition(accepted=True)
    b.sv.follow_ups.record(pid, FollowUpType.RUT_DON, D(2026, 11, 20), content="Công dân rút đơn")
    return pid


def _dialogue_answer(b: Bench) -> int:
    did = b.sv.dialogues.create(dialogue_edit(b.sv)).id
    info = b.sv.dialogues.issue_notice(did, D(2026, 11, 20), [("Ban Bồi thường", "Đền bù bờ kè")])
    return info.answers[0].id


def _locked(b: Bench) -> Callable[[], Any]:
    period = b.sv.reports.period("2026-10")
    b.sv.reports.lock(b.sv.reports.compute(ReportForm.TCD_01, period))
    return lambda: b.sv.reports.unlock(ReportForm.TCD_01, period, "Bổ sung số liệu")


def _mark_done(b: Bench) -> Callable[[], Any]:
    item = b.sv.conclusions.items(b.issued())[0]
    assert item.id is not None
    return lambda: b.sv.conclusions.mark_done(item.id or 0, D(2026, 11, 20))


def _attach_pdf(b: Bench) -> Callable[[], Any]:
    sid, kept = b.issued(), b.sv.documents.keep(None, DocumentKind.CONCLUSION, PDF)
    return lambda: b.sv.conclusions.attach_pdf(sid, kept.id)


def _resolved(b: Bench) -> int:
    pid = b.petition(accepted=True)
    b.sv.follow_ups.record(pid, FollowUpType.NHAN_KET_QUA, D(2026, 11, 20))
    return pid


def _case_of(b: Bench) -> int:
    with b.sv.ctx.db.read() as s:
        case_id = s.scalars(select(VisitRecord.case_id).where(VisitRecord.id == b.saved_visit())).one()
    assert case_id is not None
    return case_id


def _case_result(b: Bench) -> int:
    return b.sv.case_results.record(_case_of(b), MatterResult.DANG_GIAI_QUYET, D(2026, 11, 20)).id


def _setup(b: Bench) -> Callable[[], Any]:
    office, head = b.sv.office.get(), b.sv.office.head()
    assert office is not None and head is not None
    return lambda: b.sv.office.setup(
        office, head, StaffInfo("Cán bộ Thử", "Công chức"), PlaceInfo("Phòng thử", "Ấp 3")
    )


CALLS: Mapping[str, Call] = {
    "IntakeService.save": lambda b: lambda: b.sv.intake.save(b.visit()),
    "IntakeService.update": lambda b: (lambda v: lambda: b.sv.intake.update(v, b.visit(summary="Sửa")))(
        b.saved_visit()
    ),
    "IntakeService.void": lambda b: (lambda v: lambda: b.sv.intake.void(v, "Nhập nhầm"))(b.saved_visit()),
    "PetitionService.register": lambda b: lambda: b.sv.petitions.register(b.letter()),
    "PetitionService.classify": lambda b: (lambda p: lambda: b.sv.petitions.classify(p, within_competence=True))(
        b.petition()
    ),
    "PetitionService.propose": lambda b: (
        lambda p: (b.sv.petitions.classify(p, within_competence=True), lambda: b.sv.petitions.propose(p, Handling.THU_LY))[1]
    )(b.petition()),
    "PetitionService.decide": lambda b: (lambda p: lambda: b.sv.petitions.decide(p, approve=True))(
        b.petition(proposed=True)
    ),
    "PetitionService.reopen": lambda b: (lambda p: lambda: b.sv.petitions.reopen(p, "Có tình tiết mới"))(
        _finished(b)
    ),
    "FollowUpService.record": lambda b: (
        lambda p: lambda: b.sv.follow_ups.record(p, FollowUpType.RUT_DON, D(2026, 11, 20), content="Rút đơn")
    )(b.petition(accepted=True)),
    "FollowUpService.void_result": lambda b: (lambda p: lambda: b.sv.follow_ups.void_result(p, "Ghi nhầm kết quả"))(
        _resolved(b)
    ),
    "CaseResultService.record": lambda b: (
        lambda c: lambda: b.sv.case_results.record(c, MatterResult.DA_GIAI_QUYET, D(2026, 11, 20))
    )(_case_of(b)),
    "CaseResultService.correct": lambda b: (
        lambda r: lambda: b.sv.case_results.correct(r, MatterResult.CHUA_GIAI_QUYET, "Ghi nhầm kết quả")
    )(_case_result(b)),
    "CaseResultService.void": lambda b: (lambda r: lambda: b.sv.case_results.void(r, "Ghi nhầm kết quả"))(
        _case_result(b)
    ),
    "AttachmentService.attach": lambda b: (
        lambda p, f: lambda: b.sv.attachments.attach(p, f, "Bản chụp đơn")
    )(b.petition(), (b.tmp / "scan.pdf", (b.tmp / "scan.pdf").write_bytes(PDF))[0]),
    "PetitionDocumentService.proposal_slip": lambda b: (lambda p: lambda: b.sv.petition_documents.proposal_slip(p))(
        b.petition(proposed=True)
    ),
    "PetitionDocumentService.guidance_letter": lambda b: (
        lambda p: lambda: b.sv.petition_documents.guidance_letter(p)
    )(decided_petition(b.sv, Handling.HUONG_DAN, "Chi cục Thuế khu vực XV")),
    "PetitionDocumentService.transfer_slip": lambda b: (lambda p: lambda: b.sv.petition_documents.transfer_slip(p))(
        decided_petition(b.sv, Handling.CHUYEN_DON, "Ủy ban nhân dân huyện Bình Minh")
    ),
    "PetitionDocumentService.result_notice": lambda b: (lambda p: lambda: b.sv.petition_documents.result_notice(p))(
        decided_petition(b.sv, Handling.CHUYEN_DON, "Ủy ban nhân dân huyện Bình Minh")
    ),
    "PetitionDocumentService.complaint_acceptance": lambda b: (
        lambda p: lambda: b.sv.petition_documents.complaint_acceptance(p)
    )(b.petition(accepted=True)),
    "PetitionDocumentService.refusal_notice": lambda b: (
        lambda v: lambda: b.sv.petition_documents.refusal_notice(v)
    )(_refuse(b.sv, RefusalReason.KHIEU_TO_KEO_DAI, Category.KHIEU_NAI)),
    "PetitionDocumentService.keep_for": lambda b: lambda: b.sv.petition_documents.keep_for(
        None, DocumentKind.PROPOSAL, PDF
    ),
    "DocumentService.keep": lambda b: lambda: b.sv.documents.keep(None, DocumentKind.RECEIPT, PDF),
    "ConclusionService.save_items": lambda b: (
        lambda s: lambda: b.sv.conclusions.save_items(
            s, filled(b.sv.conclusions.working_items(s)), "Đại diện Ủy ban Mặt trận Tổ quốc xã"
        )
    )(b.held()),
    "ConclusionService.issue": lambda b: (
        lambda s: lambda: b.sv.conclusions.issue(s, D(2026, 11, 20), items=filled(b.sv.conclusions.working_items(s)))
    )(b.held()),
    "ConclusionService.mark_done": _mark_done,
    "ConclusionService.attach_pdf": _attach_pdf,
    "ReportService.lock": lambda b: lambda: b.sv.reports.lock(
        b.sv.reports.compute(ReportForm.TCD_01, b.sv.reports.period("2026-09"))
    ),
    "ReportService.unlock": _locked,
    "VisitImporter.import_file": lambda b: (lambda f: lambda: VisitImporter(b.sv.ctx).import_file(f))(
        b.file("visits.csv", visit_rows.GOOD, visit_rows)
    ),
    "PetitionImporter.import_file": lambda b: (lambda f: lambda: PetitionImporter(b.sv.ctx).import_file(f))(
        b.file("petitions.csv", petition_rows.GOOD, petition_rows)
    ),
    "SessionImporter.import_file": lambda b: lambda: SessionImporter(b.sv.ctx).import_file(
        _history_csv(b.tmp / "sessions.csv", ["Ngày", "Người chủ trì", "Hình thức tiếp", "Trạng thái", "Lý do"],
                     ["15/04/2020", "Trần Đình Lực", "Định kỳ", "Không tổ chức được", "Dịch COVID-19"])
    ),
    "DialogueImporter.import_file": lambda b: lambda: DialogueImporter(b.sv.ctx).import_file(
        _history_csv(b.tmp / "dialogues.csv", ["Ngày", "Người chủ trì", "Loại", "Nội dung", "Số kiến nghị"],
                     ["20/06/2019", "Trần Đình Lực", "Định kỳ", "Xây dựng chợ", "4"])
    ),
    "OfficeService.save": lambda b: (
        lambda o: lambda: b.sv.office.save(dataclasses.replace(o, phone="0296 3123 456"))
    )(b.sv.office.get()),
    "OfficeService.setup": _setup,
    "OfficeService.save_staff": lambda b: lambda: b.sv.office.save_staff(StaffInfo("Cán bộ Mới", "Công chức")),
    "OfficeService.save_place": lambda b: lambda: b.sv.office.save_place(PlaceInfo("Phòng tiếp số 2", "Ấp 2")),
    "FormTextService.save": lambda b: lambda: b.sv.form_texts.save(fp.RESULT, fp.CLOSING, "Trân trọng thông báo."),
    "FormTextService.reset": lambda b: (
        b.sv.form_texts.save(fp.RESULT, fp.ARCHIVE, "Lưu: VT"), lambda: b.sv.form_texts.reset(fp.RESULT, fp.ARCHIVE)
    )[1],
    "DeadlineService.apply_change": lambda b: lambda: b.sv.deadlines.apply_change(
        RuleChange("XLD_PROCESS", D(2026, 12, 1), BASIS, 7)
    ),
    "WorkingCalendarService.add_day": lambda b: lambda: b.sv.working_calendar.add_day(b.day(D(2026, 12, 7))),
    "WorkingCalendarService.void_day": lambda b: (
        lambda d: lambda: b.sv.working_calendar.void_day(d, "Nhập nhầm")
    )(b.sv.working_calendar.add_day(b.day(D(2026, 12, 8))).id),
    "WorkingCalendarService.confirm_year": lambda b: lambda: b.sv.working_calendar.confirm_year(2027),
    "ScheduleService.save_rule": lambda b: lambda: b.sv.schedule.save_rule(b.rule()),
    "ScheduleService.void_rule": lambda b: (lambda r: lambda: b.sv.schedule.void_rule(r, "Hết hiệu lực"))(
        b.sv.schedule.save_rule(b.rule()).id
    ),
    "ScheduleService.generate": lambda b: (
        b.sv.schedule.save_rule(b.rule()), lambda: b.sv.schedule.generate(Period(PeriodKind.MONTH, 2026, 12))
    )[1],
    "ScheduleService.create_session": lambda b: lambda: b.sv.schedule.create_session(
        SessionEdit(D(2026, 12, 1), b.head_id)
    ),
    "ScheduleService.update_session": lambda b: (
        lambda s: lambda: b.sv.schedule.update_session(s, SessionEdit(D(2026, 12, 3), b.head_id))
    )(b.session(D(2026, 12, 2))),
    "ScheduleService.publish": lambda b: (lambda s: lambda: b.sv.schedule.publish([s]))(b.session(D(2026, 12, 9))),
    "ScheduleService.postpone": lambda b: (
        lambda s: lambda: b.sv.schedule.postpone(s, D(2026, 12, 15), "Lãnh đạo họp đột xuất")
    )(b.session(D(2026, 12, 10))),
    "ScheduleService.cancel": lambda b: (lambda s: lambda: b.sv.schedule.cancel(s, "Lãnh đạo đi công tác"))(
        b.session(D(2026, 12, 11))
    ),
    "ScheduleService.mark_held": lambda b: (lambda s: lambda: b.sv.schedule.mark_held(s))(
        b.session(D(2026, 11, 17))
    ),
    "ScheduleService.mark_no_citizen": lambda b: (lambda s: lambda: b.sv.schedule.mark_no_citizen(s))(
        b.session(D(2026, 11, 18))
    ),
    "ScheduleService.add_registrant": lambda b: (
        lambda s: lambda: b.sv.schedule.add_registrant(RegistrantInfo(None, s, "Nguyễn Văn Đăng"))
    )(b.session(D(2026, 12, 14))),
    "ScheduleService.void_registrant": lambda b: (
        lambda r: lambda: b.sv.schedule.void_registrant(r, "Trùng tên")
    )(b.sv.schedule.add_registrant(RegistrantInfo(None, b.session(D(2026, 12, 16)), "Lê Văn Ký")).id),
    "ScheduleService.notice_source": lambda b: (
        b.session(D(2026, 12, 17)), lambda: b.sv.schedule.notice_source(Period(PeriodKind.MONTH, 2026, 12))
    )[1],
    "DialogueService.create": lambda b: lambda: b.sv.dialogues.create(dialogue_edit(b.sv)),
    "DialogueService.update": lambda b: (
        lambda d: lambda: b.sv.dialogues.update(d, dialogue_edit(b.sv, topic="Đền bù bờ kè sông Trí"))
    )(b.sv.dialogues.create(dialogue_edit(b.sv)).id),
    "DialogueService.void": lambda b: (lambda d: lambda: b.sv.dialogues.void(d, "Nhập nhầm"))(
        b.sv.dialogues.create(dialogue_edit(b.sv)).id
    ),
    "DialogueService.issue_notice": lambda b: (
        lambda d: lambda: b.sv.dialogues.issue_notice(d, D(2026, 11, 20), [("Ban Bồi thường", "Đền bù bờ kè")])
    )(b.sv.dialogues.create(dialogue_edit(b.sv)).id),
    "DialogueService.record_answer": lambda b: (
        lambda a: lambda: b.sv.dialogues.record_answer(a, D(2026, 11, 20), "45/BBT")
    )(_dialogue_answer(b)),
}  # fmt: skip


def _committed(database: sqlite3.Connection) -> int:
    """SQLite's data_version: changes on this connection whenever another connection commits (nothing else)."""
    return int(database.execute("PRAGMA data_version").fetchone()[0])


@pytest.fixture
def bench(office_services: Services, tmp_path: Path) -> Iterator[Bench]:
    yield Bench(office_services, tmp_path)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_write_as(bench: Bench, role: Role) -> None:
    sv = bench.sv
    who = Actor(f"Thử {role.value}", None, (role,))
    failures: list[str] = []
    url = sv.ctx.db.engine.url.database
    assert url
    with closing(sqlite3.connect(url)) as watch:
        for key in sorted(CALLS):
            sv.ctx.actor = OFFICE
            call = CALLS[key](bench)
            may = allowed(who.roles, EXPECTED[key])
            before = _committed(watch)
            sv.ctx.actor = who
            outcome = "written"
            try:
                call()
            except AccessDenied:
                outcome = "denied"
            except DeskError as exc:
                outcome = f"refused ({exc})"
            finally:
                sv.ctx.actor = OFFICE
            wrote = _committed(watch) != before
            if not may:
                if outcome != "denied" or wrote:
                    failures.append(f"{key}: {role} lacks {EXPECTED[key]} but was {outcome}, wrote={wrote}")
                continue
            workflow = WORKFLOW.get(key)
            if workflow is not None and role not in workflow:
                if not outcome.startswith("refused") or wrote:
                    failures.append(
                        f"{key}: {role} passes the gate, the workflow refuses: {outcome}, wrote={wrote}"
                    )
                continue
            if outcome != "written" or not wrote:
                failures.append(f"{key}: {role} may ({EXPECTED[key]}) but was {outcome}, wrote={wrote}")
    assert not failures, "\n".join(failures)
