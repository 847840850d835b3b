"""Explicit access grants (DOMAIN §13.3.2): a leader lets one named staff member see one confidential case or petition,
and revokes it; every other user still sees "[Bảo mật]", and every grant, revocation and showing is in the audit log."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.documents.registers import export_petition_ids, export_visit_ids
from desk_app.domain.enums import Gender, Handling, Role
from desk_app.domain.visit import PersonInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.i18n import vi
from desk_app.i18n.errors import known
from desk_app.services.citizens.access import Access
from desk_app.services.context import Actor
from desk_app.services.office.service import StaffInfo
from desk_app.services.permissions import AccessDenied
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage.records import AccessGrantRecord, ChangeLogRecord, UserRecord
from tests.helpers.acting import acting_as
from tests.integration.test_confidentiality import DAY, ID_NUMBER, NAME, denunciation

SECOND = PersonInput("Huỳnh Văn Kiên Trung", id_number="079166001122", address="ấp Tây", gender=Gender.NAM)


@dataclass
class Office:
    sv: Services
    leader: Actor
    lan: Actor
    """Receives the grants."""
    tu: Actor
    """A handler of the same office with no grant: sees nothing of it."""
    case_id: int
    first_visit: int
    """The denunciation at the desk the letter was made from."""
    later_visit: int
    """The same denouncer again, same case: not the letter's visit."""
    petition_id: int


@pytest.fixture
def office(office_services: Services) -> Office:
    sv = office_services
    officer = sv.ctx.actor
    head = next(s for s in sv.office.list_staff() if s.is_head)
    with acting_as(sv):
        lan = sv.office.save_staff(StaffInfo("Ngô Thị Lan", "Công chức", roles=(Role.XU_LY_DON,)))
        tu = sv.office.save_staff(StaffInfo("Đặng Văn Tú", "Công chức", roles=(Role.XU_LY_DON,)))
    first = sv.intake.save(denunciation())
    case_id = sv.intake.get(first.id).data.case_id
    assert case_id is not None
    later = sv.intake.save(denunciation(date=DAY + dt.timedelta(days=1), case_id=case_id))
    sv.intake.save(denunciation(SECOND, summary="Tố cáo trưởng ấp thu tiền trái phép"))
    prefilled = PetitionDetailService(sv.ctx, sv.working_calendar).input_from_visit(first.id)
    sv.ctx.actor = Actor("Trần Văn Bình", head.id, (Role.LANH_DAO,))
    letter = sv.petitions.register(prefilled)
    leader = sv.ctx.actor
    sv.ctx.actor = officer
    assert lan.id is not None and tu.id is not None
    return Office(
        sv, leader, Actor("Ngô Thị Lan", lan.id, (Role.XU_LY_DON,)), Actor("Đặng Văn Tú", tu.id, (Role.XU_LY_DON,)),
        case_id, first.id, later.id, letter.id,
    )  # fmt: skip


def as_(o: Office, actor: Actor) -> Services:
    o.sv.ctx.actor = actor
    return o.sv


def sees_visit(o: Office, actor: Actor, visit_id: int) -> bool:
    sv = as_(o, actor)
    shown = sv.intake.get(visit_id).data.visitor.full_name == NAME
    [row] = sv.register.rows([visit_id])
    assert (NAME in row.name_address) is shown, "the register's row and the opened visit agree"
    return shown


def sees_petition(o: Office, actor: Actor) -> bool:
    sv = as_(o, actor)
    shown = PetitionDetailService(sv.ctx, sv.working_calendar).get(o.petition_id).sender_name == NAME
    [row] = sv.petition_register.rows([o.petition_id])
    assert (NAME in repr(row)) is shown, "the register's row and the opened petition agree"
    return shown


def entries(o: Office, action: str, entity: str) -> list[ChangeLogRecord]:
    with o.sv.ctx.db.read() as s:
        query = select(ChangeLogRecord).where(
            ChangeLogRecord.action == action, ChangeLogRecord.entity == entity
        )
        return list(s.scalars(query.order_by(ChangeLogRecord.id)))


def test_a_petition_grant_shows_that_letter_and_its_visit_to_the_grantee_only(office: Office) -> None:
    o = office
    assert not sees_petition(o, o.lan) and not sees_visit(o, o.lan, o.first_visit)
    grant = as_(o, o.leader).grants.grant(
        o.lan.staff_id, petition_id=o.petition_id, reason="Phối hợp xác minh"
    )
    assert grant.live and grant.staff_name == "Ngô Thị Lan" and grant.petition_label is not None
    assert sees_petition(o, o.lan)
    assert sees_visit(o, o.lan, o.first_visit)  # the visit the letter was made from
    assert not sees_visit(o, o.lan, o.later_visit)  # a petition grant is not the whole case
    assert not sees_petition(o, o.tu) and not sees_visit(o, o.tu, o.first_visit)
    # Each showing to the grantee is logged under their name, as a handler's is.
    views = [
        e for e in entries(o, "view", "petition") + entries(o, "view", "visit") if e.actor == "Ngô Thị Lan"
    ]
    assert {(e.entity, e.entity_id) for e in views} == {("petition", o.petition_id), ("visit", o.first_visit)}


def test_a_case_grant_shows_every_record_of_the_case_in_searches_before_they_limit(office: Office) -> None:
    o = office
    as_(o, o.leader).grants.grant(o.lan.staff_id, case_id=o.case_id, reason="Tổ xác minh vụ việc")
    assert (
        sees_visit(o, o.lan, o.first_visit)
        and sees_visit(o, o.lan, o.later_visit)
        and sees_petition(o, o.lan)
    )
    sv = as_(o, o.lan)
    access = Access(sv.ctx)
    with sv.ctx.db.read() as s:
        assert o.case_id in access.handled_case_ids(s)
        assert access.hidden_visit_ids(s, [o.first_visit, o.later_visit]) == set()
    # The people search finds the denouncer for the grantee (their case's visits), for no one else.
    assert any(m.full_name == NAME for m in sv.citizens.find(name=NAME))
    assert not any(m.full_name == NAME for m in as_(o, o.tu).citizens.find(name=NAME))
    # The register's page of a day: the grantee's rows name the denouncer, the other handler's do not.
    day = RegisterFilter(date_from=DAY, date_to=DAY + dt.timedelta(days=1))
    for actor, shown in ((o.lan, True), (o.tu, False)):
        sv = as_(o, actor)
        rows = sv.register.rows(sv.register.search_ids(day))
        assert any(NAME in r.name_address for r in rows) is shown
        assert any(r.name_address == vi.MASKED for r in rows)  # the other denouncer stays masked for both


def test_the_printed_proposal_slip_names_the_author_to_a_grantee_only(office: Office) -> None:
    """The slip of the proposal follows the screens' rule: the grant holder reads the author as the handler would."""
    o = office
    sv = as_(o, o.leader)
    sv.petitions.classify(o.petition_id, within_competence=True)
    sv.petitions.propose(o.petition_id, Handling.THU_LY, reason="Thuộc thẩm quyền")
    sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, reason="Phối hợp xác minh")
    for actor, shown in ((o.lan, True), (o.tu, False)):
        slip = as_(o, actor).petition_documents.proposal_slip(o.petition_id)
        assert (slip.petition.author is not None and slip.petition.author.name == NAME) is shown


def test_exports_stay_masked_for_a_grantee(office: Office, tmp_path: Path) -> None:
    """A grant shows a record at the desk; a file leaving the office still needs EXPORT_IDENTITY (DOMAIN §13.3.3)."""
    o = office
    as_(o, o.leader).grants.grant(o.lan.staff_id, case_id=o.case_id, reason="Tổ xác minh vụ việc")
    sv = as_(o, o.lan)
    export_visit_ids(sv.ctx, [o.first_visit], tmp_path / "v.csv")
    export_petition_ids(sv.ctx, [o.petition_id], tmp_path / "p.csv")
    for path in (tmp_path / "v.csv", tmp_path / "p.csv"):
        text = path.read_text(encoding="utf-8-sig")
        assert NAME not in text and ID_NUMBER not in text and vi.MASKED in text


def test_revoking_hides_again_and_keeps_the_grant(office: Office) -> None:
    o = office
    grants = as_(o, o.leader).grants
    grant = grants.grant(o.lan.staff_id, case_id=o.case_id, reason="Tổ xác minh vụ việc")
    assert sees_petition(o, o.lan)
    revoked = as_(o, o.leader).grants.revoke(grant.id, "Đã xác minh xong")
    assert (
        not revoked.live
        and revoked.revoked_by == "Trần Văn Bình"
        and revoked.revoke_reason == "Đã xác minh xong"
    )
    assert revoked.revoked_at == o.sv.ctx.clock()
    assert not sees_petition(o, o.lan) and not sees_visit(o, o.lan, o.later_visit)
    assert not any(m.full_name == NAME for m in as_(o, o.lan).citizens.find(name=NAME))
    sv = as_(o, o.leader)
    with pytest.raises(ConflictError) as again:
        sv.grants.revoke(grant.id, "Lần nữa")
    assert again.value.key == "access_grant.revoked"
    [kept] = sv.grants.list_for(case_id=o.case_id)
    assert (kept.id, kept.live, kept.reason) == (grant.id, False, "Tổ xác minh vụ việc")
    with sv.ctx.db.read() as s:
        assert s.scalar(select(AccessGrantRecord.id).where(AccessGrantRecord.id == grant.id)) == grant.id
    # A new grant after the revocation is a new row; the old one stays revoked.
    sv.grants.grant(o.lan.staff_id, case_id=o.case_id, reason="Xác minh bổ sung")
    assert [g.live for g in sv.grants.list_for(case_id=o.case_id)] == [True, False]
    assert sees_petition(o, o.lan)


def test_grants_and_revocations_are_audited_with_their_reason(office: Office) -> None:
    o = office
    sv = as_(o, o.leader)
    grant = sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, reason="Phối hợp xác minh")
    sv.grants.revoke(grant.id, "Đã xong")
    [given] = entries(o, "grant", "access_grant")
    [ended] = entries(o, "revoke", "access_grant")
    assert (given.entity_id, given.actor, given.reason) == (grant.id, "Trần Văn Bình", "Phối hợp xác minh")
    assert json.loads(given.changes)["staff_id"] == [None, o.lan.staff_id]
    assert json.loads(given.changes)["petition"][1] == grant.petition_label
    assert (ended.entity_id, ended.reason) == (grant.id, "Đã xong")
    assert NAME not in given.changes + ended.changes


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.LANH_DAO])
def test_only_a_leader_grants_revokes_or_lists(office: Office, role: Role) -> None:
    o = office
    grant = as_(o, o.leader).grants.grant(o.tu.staff_id, case_id=o.case_id, reason="Phối hợp")
    sv = as_(o, Actor("Người thử", o.lan.staff_id, (role,)))
    for call in (
        lambda: sv.grants.grant(o.tu.staff_id, petition_id=o.petition_id, reason="Tự ý"),
        lambda: sv.grants.revoke(grant.id, "Tự ý"),
        lambda: sv.grants.list_for(case_id=o.case_id),
        sv.grants.list_all,
        sv.grants.grantees,
    ):
        with pytest.raises(AccessDenied):
            call()
    assert as_(o, o.leader).grants.list_all(live_only=True)[0].id == grant.id


def test_a_leader_grants_nothing_to_themselves_and_needs_a_reason(office: Office) -> None:
    o = office
    sv = as_(o, o.leader)
    with pytest.raises(ValidationError) as own:
        sv.grants.grant(o.leader.staff_id, petition_id=o.petition_id, reason="Tự xem")
    with pytest.raises(ValidationError) as blank:
        sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, reason="   ")
    with pytest.raises(ValidationError) as nobody:
        sv.grants.grant(None, petition_id=o.petition_id, reason="Phối hợp")
    with pytest.raises(ValidationError) as both:
        sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, case_id=o.case_id, reason="Phối hợp")
    keys = [e.key for exc in (own, blank, nobody, both) for e in exc.value.errors]
    assert keys == ["grantee.self", "reason.required", "grantee.required", "grant_target.one"]
    assert all(known(k) for k in keys)
    sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, reason="Phối hợp")
    with pytest.raises(ValidationError) as twice:
        sv.grants.grant(o.lan.staff_id, petition_id=o.petition_id, reason="Lần hai")
    assert [e.key for e in twice.value.errors] == ["grantee.already_granted"]
    with pytest.raises(ValidationError) as blank_revoke:
        sv.grants.revoke(sv.grants.list_all()[0].id, "")
    assert [e.key for e in blank_revoke.value.errors] == ["reason.required"]
    assert not entries(o, "revoke", "access_grant")


def test_who_may_receive_a_grant(office: Office) -> None:
    """Staff who read cases and are no leader, never the acting leader; once the office has accounts, only staff
    with an active account."""
    o = office
    sv = as_(o, o.leader)
    names = [g.staff_name for g in sv.grants.grantees()]
    assert "Ngô Thị Lan" in names and "Đặng Văn Tú" in names
    assert "Trần Văn Bình" not in names and "Lê Thị Cúc" not in names  # leaders see every record already
    admin = sv.office.save_staff(StaffInfo("Lý Quản Trị", "Công chức", roles=(Role.QUAN_TRI,)))
    assert admin.id is not None and "Lý Quản Trị" not in [g.staff_name for g in sv.grants.grantees()]
    with pytest.raises(ValidationError) as no_role:
        sv.grants.grant(admin.id, case_id=o.case_id, reason="Phối hợp")
    assert [e.key for e in no_role.value.errors] == ["grantee.no_case_role"]
    with sv.ctx.db.write() as s, s.begin():  # the office now signs in with accounts: Lan has one, Tú has none
        s.add(UserRecord(login="lan.nt", full_name="Ngô Thị Lan", staff_id=o.lan.staff_id, roles="XU_LY_DON"))
    assert [(g.staff_name, g.login) for g in sv.grants.grantees()] == [("Ngô Thị Lan", "lan.nt")]
    with pytest.raises(ValidationError) as no_account:
        sv.grants.grant(o.tu.staff_id, case_id=o.case_id, reason="Phối hợp")
    assert [e.key for e in no_account.value.errors] == ["grantee.no_account"]
    assert sv.grants.grant(o.lan.staff_id, case_id=o.case_id, reason="Phối hợp").live
