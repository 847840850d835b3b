"""A denouncer is seen only by who may (DOMAIN §13.3), enforced in the services: the four leaks of issue 11, one by one."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.documents.books import visit_book_pdf
from desk_app.documents.registers import export_petition_ids, export_visit_ids
from desk_app.domain.enums import Category, Gender, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi
from desk_app.services.context import Actor
from desk_app.services.office.service import StaffInfo
from desk_app.services.permissions import AccessDenied
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services
from desk_app.services.reports.types import Drill, DrillKind, ReportForm
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage.records import ChangeLogRecord, CitizenRecord, VisitRecord
from tests.helpers.acting import acting_as

DAY = dt.date(2026, 11, 18)
NAME = "Phạm Thị Tố Nga"
ID_NUMBER = "079188004321"
ADDRESS = "số 12 đường Hòa Bình, ấp Bắc"
DENOUNCER = PersonInput(NAME, id_number=ID_NUMBER, address=ADDRESS, gender=Gender.NU, birth_year=1988)
COMPLAINANT = PersonInput("Đỗ Văn Khánh", id_number="001077009876", address="ấp Nam", gender=Gender.NAM)


def denunciation(person: PersonInput = DENOUNCER, **kw: object) -> VisitInput:
    base: dict[str, object] = {
        "date": DAY,
        "visitor": person,
        "summary": "Tố cáo cán bộ địa chính nhận tiền khi cấp sổ đỏ",
        "category": Category.TO_CAO,
        "field": SubjectField.HC_DAT_DAI_NHA_CUA,
    }
    base.update(kw)
    return VisitInput(**base)  # type: ignore[arg-type]


def letter(person: PersonInput = DENOUNCER, **kw: object) -> PetitionInput:
    base = PetitionInput(
        received_date=DAY - dt.timedelta(days=30),
        source=PetitionSource.BUU_CHINH,
        summary="Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất",
        category=Category.TO_CAO,
        main=person,
        respondent="Ông Trần Văn Địa, công chức địa chính",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def sv(office_services: Services) -> Iterator[Services]:
    officer = office_services.ctx.actor
    yield office_services
    office_services.ctx.actor = officer


def act_as(sv: Services, *roles: Role, staff_id: int | None = None) -> None:
    sv.ctx.actor = Actor(name="Người thử", staff_id=staff_id, roles=roles)


def logged(sv: Services, action: str, entity: str) -> list[ChangeLogRecord]:
    with sv.ctx.db.read() as s:
        return list(
            s.scalars(
                select(ChangeLogRecord).where(
                    ChangeLogRecord.action == action, ChangeLogRecord.entity == entity
                )
            )
        )


# 1. Opening a masked visit --------------------------------------------------------------------------------------
def test_an_officer_opening_a_denunciation_gets_no_one(sv: Services) -> None:
    saved = sv.intake.save(denunciation())
    detail = sv.intake.get(saved.id)
    assert detail.identity_hidden
    person = detail.data.visitor
    assert person.full_name == vi.MASKED
    assert (person.id_number, person.address, person.phone, person.birth_year) == (None, None, None, None)
    assert NAME not in repr(detail) and ID_NUMBER not in repr(detail) and "Hòa Bình" not in repr(detail)
    history = sv.intake.history(saved.id)
    assert NAME not in repr(history)


def test_saving_the_masked_form_keeps_who_the_denouncer_is(sv: Services) -> None:
    saved = sv.intake.save(denunciation())
    masked = sv.intake.get(saved.id).data
    sv.intake.update(saved.id, replace(masked, summary=masked.summary + " (bổ sung)"))
    with sv.ctx.db.read() as s:
        visit = s.get(VisitRecord, saved.id)
        assert visit is not None
        citizen = s.get(CitizenRecord, visit.main_citizen_id)
        assert citizen is not None
        assert (citizen.full_name, citizen.id_number, citizen.address) == (NAME, ID_NUMBER, ADDRESS)
        assert visit.summary.endswith("(bổ sung)")


def test_a_leader_opening_it_sees_the_denouncer_and_the_view_is_logged(sv: Services) -> None:
    saved = sv.intake.save(denunciation())
    assert not logged(sv, "view", "visit")
    act_as(sv, Role.LANH_DAO)
    detail = sv.intake.get(saved.id)
    assert not detail.identity_hidden
    assert (detail.data.visitor.full_name, detail.data.visitor.id_number) == (NAME, ID_NUMBER)
    views = logged(sv, "view", "visit")
    assert [v.entity_id for v in views] == [saved.id]
    assert NAME not in views[0].changes and ID_NUMBER not in views[0].changes


def test_an_ordinary_visit_is_open_to_every_officer_and_not_logged(sv: Services) -> None:
    saved = sv.intake.save(
        denunciation(COMPLAINANT, category=Category.KHIEU_NAI, summary="Khiếu nại thu hồi đất")
    )
    detail = sv.intake.get(saved.id)
    assert not detail.identity_hidden and detail.data.visitor.full_name == "Đỗ Văn Khánh"
    assert not logged(sv, "view", "visit")


# 2. The intake's repeat-visitor search -------------------------------------------------------------------------
def test_the_repeat_visitor_search_does_not_find_a_denouncer(sv: Services) -> None:
    sv.intake.save(denunciation())
    assert sv.citizens.find(name="Phạm Thị Tố Nga") == []
    assert sv.citizens.find(id_number=ID_NUMBER) == []
    assert sv.citizens.find(id_number=ID_NUMBER[:6]) == []
    act_as(sv, Role.LANH_DAO)
    [found] = sv.citizens.find(id_number=ID_NUMBER)
    assert found.full_name == NAME and [v.category for v in found.visits] == [Category.TO_CAO]


def test_a_known_complainant_is_found_without_his_denunciation(sv: Services) -> None:
    sv.intake.save(denunciation(COMPLAINANT, category=Category.KHIEU_NAI, summary="Khiếu nại thu hồi đất"))
    sv.intake.save(denunciation(COMPLAINANT, date=DAY + dt.timedelta(days=1)))
    [found] = sv.citizens.find(id_number=COMPLAINANT.id_number)
    assert [v.category for v in found.visits] == [Category.KHIEU_NAI]
    assert all(c.category is Category.KHIEU_NAI for c in found.open_cases)
    assert all(c.visit_count == 1 for c in found.open_cases)
    assert "Tố cáo" not in repr(found)


# 3. The duplicate check --------------------------------------------------------------------------------------
def test_the_duplicate_check_never_names_a_hidden_letter(sv: Services) -> None:
    act_as(sv, Role.LANH_DAO)
    first = sv.petitions.register(letter())
    again = letter(main=PersonInput("Nguyễn Văn Lạ", id_number=ID_NUMBER), received_date=DAY)
    [seen] = sv.petitions.find_duplicates(again)
    assert seen.petition_id == first.id and seen.same_person  # the leader is told

    act_as(sv, Role.TIEP_CONG_DAN)
    check = sv.petitions.check_duplicates(again)
    assert check.candidates == () and not check.confidential_earlier
    assert sv.petitions.find_duplicates(again) == []

    act_as(sv, Role.XU_LY_DON, staff_id=None)
    check = sv.petitions.check_duplicates(again)
    assert check.candidates == () and check.confidential_earlier  # a flag, no number, no content


def test_the_handler_of_the_letter_is_told_in_full(sv: Services) -> None:
    with acting_as(sv):
        handler = sv.office.save_staff(StaffInfo("Võ Minh Xử", "Công chức", roles=(Role.XU_LY_DON,)))
    act_as(sv, Role.LANH_DAO)
    first = sv.petitions.register(letter(handler_id=handler.id))
    act_as(sv, Role.XU_LY_DON, staff_id=handler.id)
    check = sv.petitions.check_duplicates(
        letter(main=PersonInput("X", id_number=ID_NUMBER), received_date=DAY)
    )
    assert [c.petition_id for c in check.candidates] == [first.id] and not check.confidential_earlier
    detail = sv.petition_register.rows([first.id])[0]
    assert NAME in detail.sender  # the assigned handler sees the author (DOMAIN §13.3)


# 4. Roles: no case content for QUAN_TRI, aggregates only for XEM_BAO_CAO ----------------------------------------
@pytest.mark.parametrize("role", [Role.QUAN_TRI, Role.XEM_BAO_CAO])
def test_administrators_and_report_viewers_read_no_case(sv: Services, role: Role, tmp_path: Path) -> None:
    saved = sv.intake.save(denunciation())
    act_as(sv, role)
    calls = [
        lambda: sv.intake.get(saved.id),
        lambda: sv.citizens.find(name=NAME),
        lambda: sv.register.search_ids(RegisterFilter()),
        lambda: sv.register.rows([saved.id]),
        lambda: visit_book_pdf(sv, DAY, DAY),
        lambda: export_visit_ids(sv.ctx, [saved.id], tmp_path / "x.csv"),
        lambda: sv.reports.drill_rows(Drill(DrillKind.VISIT, (saved.id,))),
        lambda: sv.documents.visit_source(saved.id),
    ]
    for call in calls:
        with pytest.raises(AccessDenied):
            call()
    assert not (tmp_path / "x.csv").exists()
    period = sv.reports.period("2026")
    if role is Role.XEM_BAO_CAO:
        assert sv.reports.compute(ReportForm.TCD_01, period).values  # the aggregates
    else:
        with pytest.raises(AccessDenied):
            sv.reports.compute(ReportForm.TCD_01, period)


# 5. Exports: masked unless EXPORT_IDENTITY, and logged ----------------------------------------------------------
def _cells(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def test_exports_mask_unless_the_user_may_export_identities(sv: Services, tmp_path: Path) -> None:
    visit = sv.intake.save(denunciation())
    act_as(sv, Role.LANH_DAO)
    petition = sv.petitions.register(letter())
    act_as(sv, Role.XU_LY_DON)
    masked_v, masked_p = tmp_path / "v.csv", tmp_path / "p.csv"
    export_visit_ids(sv.ctx, [visit.id], masked_v)
    export_petition_ids(sv.ctx, [petition.id], masked_p)
    for path in (masked_v, masked_p):
        text = _cells(path)
        assert NAME not in text and ID_NUMBER not in text and "Hòa Bình" not in text and vi.MASKED in text
    act_as(sv, Role.LANH_DAO)
    full = tmp_path / "full.csv"
    export_visit_ids(sv.ctx, [visit.id], full)
    assert NAME in _cells(full) and ID_NUMBER in _cells(full)
    exports = logged(sv, "export", "visit")
    assert len(exports) == 2
    changes = [json.loads(e.changes) for e in exports]
    assert [c["rows"][1] for c in changes] == [1, 1]
    assert [c["full_identity"][1] for c in changes] == [False, True]
    assert exports[1].actor == "Người thử"
    with (tmp_path / "full.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == 2


def test_a_report_export_is_logged(sv: Services) -> None:
    act_as(sv, Role.XEM_BAO_CAO)
    result = sv.reports.compute(ReportForm.TCD_01, sv.reports.period("2026"))
    sv.reports.log_export(result, "Bieu-01-TCD-2026.xlsx", "xlsx")
    [entry] = logged(sv, "export", "report")
    assert entry.reason == "Bieu-01-TCD-2026.xlsx" and json.loads(entry.changes)["format"][1] == "xlsx"


def test_a_letter_made_from_a_masked_visit_keeps_its_author(sv: Services) -> None:
    """ "Tạo đơn" from a denunciation the officer may not see: the form is masked, the letter still names its author."""
    saved = sv.intake.save(denunciation())
    details = PetitionDetailService(sv.ctx, sv.working_calendar)
    prefilled = details.input_from_visit(saved.id)
    assert (
        prefilled.main is not None
        and prefilled.main.full_name == vi.MASKED
        and prefilled.main.id_number is None
    )
    letter_id = sv.petitions.register(prefilled).id
    act_as(sv, Role.LANH_DAO)
    shown = details.get(letter_id)
    assert (shown.sender_name, shown.sender_address) == (NAME, ADDRESS)


def test_a_letter_from_a_masked_visit_cannot_rename_its_author(sv: Services) -> None:
    saved = sv.intake.save(denunciation())
    prefilled = PetitionDetailService(sv.ctx, sv.working_calendar).input_from_visit(saved.id)
    assert prefilled.main is not None
    typed_over = replace(prefilled, main=replace(prefilled.main, full_name="Tên Khác", address="nơi khác"))
    letter_id = sv.petitions.register(typed_over).id
    act_as(sv, Role.LANH_DAO)
    shown = PetitionDetailService(sv.ctx, sv.working_calendar).get(letter_id)
    assert (shown.sender_name, shown.sender_address) == (NAME, ADDRESS)
    with sv.ctx.db.read() as s:
        assert s.scalar(select(CitizenRecord.full_name).where(CitizenRecord.full_name == "Tên Khác")) is None


def test_asking_for_full_identities_needs_export_identity(sv: Services, tmp_path: Path) -> None:
    visit = sv.intake.save(denunciation())
    with pytest.raises(AccessDenied):
        export_visit_ids(sv.ctx, [visit.id], tmp_path / "v.csv", full_identity=True)
    assert not (tmp_path / "v.csv").exists()
    act_as(sv, Role.LANH_DAO)
    export_visit_ids(sv.ctx, [visit.id], tmp_path / "v.csv", full_identity=False)
    assert NAME not in _cells(tmp_path / "v.csv")
