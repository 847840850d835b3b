"""Công dân & vụ việc through the service: found by folded name, ID number, phone or case code; denouncers masked by role."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.enums import Category, Handling, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import NotFoundError
from desk_app.i18n import vi
from desk_app.services.audit import history
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.office.service import StaffInfo
from desk_app.services.petitions.service import PetitionService
from desk_app.services.registry import Services
from tests.helpers.acting import acting_as

D = dt.date
AN_ID = "001099012345"
BE_ID = "036188004321"


@pytest.fixture
def desk(office_services: Services) -> Services:
    """An (complaint: two visits and a letter in one case) and Bé (a denunciation: a visit and a letter)."""
    sv = office_services
    an = PersonInput("Nguyễn Văn An", id_number=AN_ID, phone="0912 345 678", address="thôn Bắc")
    first = sv.intake.save(
        VisitInput(
            date=D(2026, 9, 3), visitor=an, summary="Khiếu nại thu hồi đất", category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA, handling=Handling.HUONG_DAN, guidance_target="Tòa án nhân dân huyện",
        )
    )  # fmt: skip
    sv.intake.save(
        VisitInput(
            date=D(2026, 10, 8), visitor=an, summary="Khiếu nại thu hồi đất lần hai", category=Category.KHIEU_NAI,
            case_id=first.case_id,
        )
    )  # fmt: skip
    petitions = PetitionService(sv.ctx, sv.working_calendar)
    petitions.register(
        PetitionInput(
            D(2026, 9, 20), PetitionSource.BUU_CHINH, "Đơn khiếu nại thu hồi đất", Category.KHIEU_NAI,
            main=an, case_id=first.case_id,
        )
    )  # fmt: skip
    be = PersonInput("Trần Thị Bé", id_number=BE_ID, phone="0987 111 222", address="thôn Nam")
    denounce = sv.intake.save(
        VisitInput(
            date=D(2026, 11, 2), visitor=be, summary="Tố cáo trưởng thôn thu tiền sai", category=Category.TO_CAO,
        )
    )  # fmt: skip
    petitions.register(
        PetitionInput(
            D(2026, 11, 4), PetitionSource.TRUC_TIEP_TCD, "Tố cáo trưởng thôn thu tiền sai", Category.TO_CAO,
            main=be, case_id=denounce.case_id, visit_id=denounce.id,
        )
    )  # fmt: skip
    return sv


def overview(sv: Services) -> CitizenOverviewService:
    return CitizenOverviewService(sv.ctx)


def test_a_citizen_is_found_by_folded_name_id_number_and_phone(desk: Services) -> None:
    service = overview(desk)
    for typed in ("nguyen van an", "NGUYỄN an", "001099", AN_ID, "0912345678", "0912 345", "+84 912.345.678"):
        found = service.search(typed)
        assert [h.name for h in found.hits] == ["Nguyễn Văn An"], typed
    hit = service.search("nguyen van an").hits[0]
    assert hit.id_document == "001*******45" and hit.phone.startswith("091") and "345 678" not in hit.phone
    assert (hit.visit_count, hit.petition_count, hit.last_date) == (2, 1, D(2026, 10, 8))
    assert service.search("ng").searched is False and service.search("ng").hits == ()


def test_the_overview_lists_every_visit_petition_and_case_with_its_entries_in_time_order(
    desk: Services,
) -> None:
    service = overview(desk)
    hit = service.search(AN_ID).hits[0]
    assert hit.citizen_id is not None
    view = service.person(hit.citizen_id)
    assert [v.date for v in view.visits] == [D(2026, 10, 8), D(2026, 9, 3)]
    assert [p.label for p in view.petitions] == ["1/2026"]
    assert [c.code for c in view.cases] == ["VV-2026-001"]
    case = view.cases[0]
    assert (case.category, case.visit_count, case.petition_count) == (Category.KHIEU_NAI, 2, 1)
    entries = service.case_entries(case.case_id)
    assert [(e.on, e.visit is not None) for e in entries] == [
        (D(2026, 9, 3), True), (D(2026, 9, 20), False), (D(2026, 10, 8), True),
    ]  # fmt: skip


def test_a_non_leader_cannot_find_a_denouncer_by_name_id_or_phone_and_sees_the_case_masked(
    desk: Services,
) -> None:
    service = overview(desk)
    assert Role.LANH_DAO not in desk.ctx.actor.roles
    for typed in ("tran thi be", "Trần Thị Bé", BE_ID, "036188", "0987111222"):
        assert service.search(typed).hits == (), typed
    be_id = _citizen_id(desk, "Trần Thị Bé")
    with pytest.raises(NotFoundError):
        service.person(be_id)
    found = service.search("vv-2026-002").hits
    assert len(found) == 1
    masked = found[0]
    assert masked.identity_hidden and masked.citizen_id is None
    assert masked.name == masked.id_document == masked.phone == masked.address == vi.MASKED
    view = service.case(masked.case_id or 0)
    assert view.person.name == vi.MASKED
    assert [v.summary for v in view.visits] == ["Tố cáo trưởng thôn thu tiền sai"]
    assert all(v.identity_hidden for v in view.visits) and all(p.identity_hidden for p in view.petitions)
    assert "Trần" not in repr(view) and BE_ID not in repr(view)
    assert not [e for e in history(desk.ctx, "citizen", be_id) if e.action == "reveal"]


def test_a_leader_finds_the_denouncer_and_every_showing_is_audited(desk: Services) -> None:
    desk.ctx.actor.roles = (Role.LANH_DAO,)
    service = overview(desk)
    be_id = _citizen_id(desk, "Trần Thị Bé")
    for typed in ("tran thi be", BE_ID):
        hits = service.search(typed).hits
        assert [h.name for h in hits] == ["Trần Thị Bé"] and hits[0].has_confidential
    view = service.person(be_id)
    assert [v.summary for v in view.visits] == ["Tố cáo trưởng thôn thu tiền sai"]
    assert view.visits[0].confidential and not view.visits[0].identity_hidden
    assert [c.code for c in view.cases] == ["VV-2026-002"]
    assert service.case(view.cases[0].case_id).person.name == "Trần Thị Bé"
    actions = [e.action for e in history(desk.ctx, "citizen", be_id)]
    assert actions.count("reveal") == 3  # two searches and the overview
    assert [e.action for e in history(desk.ctx, "case", view.cases[0].case_id)][-1] == "reveal"
    # Showing a person without a confidential record is not a reveal.
    an_id = _citizen_id(desk, "Nguyễn Văn An")
    service.person(an_id)
    assert "reveal" not in [e.action for e in history(desk.ctx, "citizen", an_id)]


def test_the_handler_of_the_denunciation_sees_its_author(desk: Services) -> None:
    with acting_as(desk):
        handler = desk.office.save_staff(StaffInfo(full_name="Võ Văn Xử", roles=(Role.XU_LY_DON,)))
    petitions = PetitionService(desk.ctx, desk.working_calendar)
    desk.ctx.actor.staff_id, desk.ctx.actor.roles = handler.id, (Role.XU_LY_DON,)
    service = overview(desk)
    assert service.search("tran thi be").hits == ()
    _assign(desk, petitions, handler.id)
    hits = service.search("tran thi be").hits
    assert [h.name for h in hits] == ["Trần Thị Bé"]
    view = service.person(hits[0].citizen_id or 0)
    # The visit belongs to the handled petition's case, so it is the handler's too.
    assert len(view.visits) == 1 and len(view.petitions) == 1
    assert [c.code for c in view.cases] == ["VV-2026-002"]


def _assign(sv: Services, petitions: PetitionService, staff_id: int) -> None:
    from desk_app.storage.records import PetitionRecord

    with sv.ctx.db.write() as s, s.begin():
        rec = s.query(PetitionRecord).filter(PetitionRecord.category == Category.TO_CAO.value).one()
        rec.handler_id = staff_id


def _citizen_id(sv: Services, name: str) -> int:
    from sqlalchemy import select

    from desk_app.storage.records import CitizenRecord

    with sv.ctx.db.read() as s:
        found = s.scalar(select(CitizenRecord.id).where(CitizenRecord.full_name == name))
    assert found is not None
    return found
