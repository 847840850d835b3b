"""Accounts on a secured office (real SQLCipher file, real key slots): who may add users and grant roles, passwords,
deactivation, the recovery key, and the staff list no longer granting roles (DOMAIN §13.3, §16.6)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.domain.enums import OfficeKind, Role
from desk_app.errors import ConflictError, ValidationError
from desk_app.i18n import vi_users
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.office.service import OfficeInfo, StaffInfo
from desk_app.services.permissions import AccessDenied
from desk_app.services.registry import Services, open_services
from desk_app.services.users import session
from desk_app.services.users.service import NoOfficeKey
from desk_app.storage import cipher
from desk_app.storage.keyslots import AccountLocked, KdfParams, KeySlots, WrongPassword, WrongRecoveryKey
from tests.helpers.acting import acting_as

FAST = KdfParams(time_cost=1, memory_kib=8, parallelism=1)  # explicit test cost; production keeps DEFAULT_KDF
NOW = dt.datetime(2026, 11, 20, 9, 30)
ADMIN_PW = "cây xoài trước nhà"
HEAD_PW = "sông Hậu mùa nước nổi"
OFFICER_PW = "ba con mèo đen"
DEPUTY_PW = "đồng lúa chín vàng"


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [e.key for e in exc.value.errors]


def open_as(paths: AppPaths, login: str, password: str) -> Services:
    sv = session.sign_in(paths, login, password, NOW, kdf=FAST)
    sv.ctx.clock = lambda: NOW
    return sv


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[AppPaths, str]]:
    """A secured office: the administrator dung.pt (an officer, not a leader) has added the head binh (LANH_DAO,
    allowed without a leader's password because the office had no leader account yet) and the officer an."""
    paths = AppPaths(tmp_path / "data")
    sv, recovery = session.set_up_security(paths, "dung.pt", "Phạm Thị Dung", ADMIN_PW, NOW, kdf=FAST)
    try:
        sv.ctx.clock = lambda: NOW
        sv.office.save(
            OfficeInfo(
                name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
                abbreviation="UBND",
                kind=OfficeKind.UBND_XA,
                place_name="An Phú",
                head_title="CHỦ TỊCH",
            )
        )
        sv.users.add_user("binh", "Trần Văn Bình", [Role.LANH_DAO], HEAD_PW)
        sv.users.add_user("an", "Lê Văn An", [Role.TIEP_CONG_DAN], OFFICER_PW)
    finally:
        sv.close()
    yield paths, recovery


def test_set_up_makes_an_encrypted_office_whose_first_user_administers(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    assert cipher.is_encrypted(paths.database)
    assert b"Ph\xe1\xba\xa1m Th\xe1\xbb\x8b Dung" not in paths.database.read_bytes()
    assert sorted(KeySlots.load(paths.data).logins()) == ["an", "binh", "dung.pt"]
    sv = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        actor = sv.ctx.actor
        assert (actor.name, actor.login, actor.roles) == ("Phạm Thị Dung", "dung.pt", (Role.QUAN_TRI,))
        assert actor.user_id is not None and actor.staff_id is not None
        users = {u.login: u for u in sv.users.list_users()}
        assert users["dung.pt"].last_sign_in is not None
        assert {s.full_name: s.roles for s in sv.office.list_staff()} == {
            "Phạm Thị Dung": (Role.QUAN_TRI,),
            "Trần Văn Bình": (Role.LANH_DAO,),
            "Lê Văn An": (Role.TIEP_CONG_DAN,),
        }
    finally:
        sv.close()
    with pytest.raises(ConflictError):
        session.set_up_security(paths, "khac", "Người khác", "mot mat khau moi", NOW, kdf=FAST)


def test_set_up_converts_a_plain_office_and_links_its_staff(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    plain = open_services(paths)
    with acting_as(plain):
        plain.office.save_staff(StaffInfo(full_name="Trần Văn Bình", is_head=True, roles=(Role.LANH_DAO,)))
    head_id = plain.office.head().id  # type: ignore[union-attr]
    plain.close()
    assert not cipher.is_encrypted(paths.database)
    sv, _ = session.set_up_security(
        paths, "binh", "Trần Văn Bình", HEAD_PW, NOW, roles=(Role.LANH_DAO,), kdf=FAST
    )
    try:
        assert sv.ctx.actor.staff_id == head_id  # the existing head, not a second "Trần Văn Bình"
        assert set(sv.ctx.actor.roles) == {Role.QUAN_TRI, Role.LANH_DAO}
        assert [s.full_name for s in sv.office.list_staff()] == ["Trần Văn Bình"]
    finally:
        sv.close()
    assert cipher.is_encrypted(paths.database)


def test_set_up_refuses_a_weak_password_and_writes_nothing(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    with pytest.raises(ValidationError) as refused:
        session.set_up_security(paths, "dung.pt", "", "matkhau1", NOW, kdf=FAST)
    assert codes(refused) == ["password.common", "full_name.required"]
    assert not session.is_secured(paths)


def test_sign_in_refuses_alike_and_a_closed_account_cannot_sign_in(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    refused = []
    for login, password in (("an", "sai mat khau"), ("khong.co.ai", OFFICER_PW)):
        with pytest.raises(WrongPassword) as exc:
            session.sign_in(paths, login, password, NOW, kdf=FAST)
        refused.append((str(exc.value), exc.value.key))
    assert refused[0] == refused[1]
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        an = next(u for u in admin.users.list_users() if u.login == "an")
        assert admin.users.deactivate(an.id).active is False
    finally:
        admin.close()
    assert "an" not in KeySlots.load(paths.data).logins()
    with pytest.raises(WrongPassword):
        session.sign_in(paths, "an", OFFICER_PW, NOW, kdf=FAST)


def test_only_an_administrator_adds_users_or_changes_roles(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    for login, password in (("an", OFFICER_PW), ("binh", HEAD_PW)):
        sv = open_as(paths, login, password)
        try:
            with pytest.raises(AccessDenied):
                sv.users.add_user("moi", "Người Mới", [Role.TIEP_CONG_DAN], "mot mat khau moi")
            with pytest.raises(AccessDenied):
                sv.users.list_users()
            with pytest.raises(AccessDenied):
                sv.users.set_roles(sv.ctx.actor.user_id or 0, [Role.QUAN_TRI])
            with pytest.raises(AccessDenied):
                sv.users.reset_password("dung.pt", "mot mat khau moi")
        finally:
            sv.close()
    with pytest.raises(WrongPassword):
        session.sign_in(paths, "moi", "mot mat khau moi", NOW, kdf=FAST)


def test_nobody_changes_their_own_roles(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    sv = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        me = sv.ctx.actor
        with pytest.raises(ValidationError) as refused:
            sv.users.set_roles(me.user_id or 0, [Role.QUAN_TRI, Role.XU_LY_DON])
        assert codes(refused) == ["roles.own"]
        mine = next(s for s in sv.office.list_staff() if s.id == me.staff_id)
        with pytest.raises(ValidationError) as refused:
            sv.office.save_staff(
                StaffInfo(full_name=mine.full_name, id=mine.id, roles=(Role.QUAN_TRI, Role.LANH_DAO))
            )
        assert codes(refused) == ["roles.own"]
        assert {u.login: u.roles for u in sv.users.list_users()}["dung.pt"] == (Role.QUAN_TRI,)
    finally:
        sv.close()


def test_a_leader_is_named_only_by_a_leader_with_their_password(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        # The office has a leader account now: an administrator who is no leader cannot name another.
        with pytest.raises(ValidationError) as refused:
            admin.users.add_user("cuc", "Lê Thị Cúc", [Role.LANH_DAO], DEPUTY_PW, leader_password=ADMIN_PW)
        assert codes(refused) == ["roles.leader_only"]
        an = next(u for u in admin.users.list_users() if u.login == "an")
        with pytest.raises(ValidationError):
            admin.users.set_roles(an.id, [Role.TIEP_CONG_DAN, Role.LANH_DAO])
        binh = next(u for u in admin.users.list_users() if u.login == "binh")
        admin.users.set_roles(binh.id, [Role.LANH_DAO, Role.QUAN_TRI])  # not a leader change: allowed
        # Taking the role away needs a leader too, so removing every leader cannot reopen the first-leader door.
        with pytest.raises(ValidationError) as refused:
            admin.users.set_roles(binh.id, [Role.QUAN_TRI])
        assert codes(refused) == ["roles.leader_only"]
    finally:
        admin.close()
    head = open_as(paths, "binh", HEAD_PW)
    try:
        with pytest.raises(ValidationError) as refused:
            head.users.add_user("cuc", "Lê Thị Cúc", [Role.LANH_DAO], DEPUTY_PW)
        assert codes(refused) == ["leader_password.required"]
        with pytest.raises(ValidationError) as refused:
            head.users.add_user("cuc", "Lê Thị Cúc", [Role.LANH_DAO], DEPUTY_PW, leader_password=ADMIN_PW)
        assert codes(refused) == ["leader_password.wrong"]
        cuc = head.users.add_user("cuc", "Lê Thị Cúc", [Role.LANH_DAO], DEPUTY_PW, leader_password=HEAD_PW)
        assert cuc.roles == (Role.LANH_DAO,)
    finally:
        head.close()
    deputy = open_as(paths, "cuc", DEPUTY_PW)
    try:
        assert deputy.ctx.actor.roles == (Role.LANH_DAO,)
    finally:
        deputy.close()


def test_the_staff_list_no_longer_grants_roles(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    officer = open_as(paths, "an", OFFICER_PW)
    try:
        mine = next(s for s in officer.office.list_staff() if s.id == officer.ctx.actor.staff_id)
        with pytest.raises(
            AccessDenied
        ):  # the leak of issue 11: a non-leader adding LANH_DAO to their own record
            officer.office.save_staff(
                StaffInfo(full_name=mine.full_name, id=mine.id, roles=(Role.TIEP_CONG_DAN, Role.LANH_DAO))
            )
        with pytest.raises(
            AccessDenied
        ):  # the staff list is a settings tab (MANAGE_SETTINGS), one's own line too
            officer.office.save_staff(
                StaffInfo(full_name=mine.full_name, id=mine.id, position="Công chức", roles=mine.roles)
            )
        with pytest.raises(ConflictError):
            officer.office.sign_in(mine.id or 0)  # choosing a name is not signing in any more
    finally:
        officer.close()
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        an = next(s for s in admin.office.list_staff() if s.full_name == "Lê Văn An")
        assert (
            an.roles == (Role.TIEP_CONG_DAN,) and an.position == mine.position
        )  # the refusals changed nothing
        assert mine.position != "Công chức"
        with pytest.raises(ValidationError) as refused:
            admin.office.save_staff(StaffInfo(full_name=an.full_name, id=an.id, roles=(Role.LANH_DAO,)))
        assert codes(refused) == ["roles.leader_via_users"]
        admin.office.save_staff(
            StaffInfo(full_name=an.full_name, id=an.id, roles=(Role.TIEP_CONG_DAN, Role.XU_LY_DON))
        )
        assert {u.login: set(u.roles) for u in admin.users.list_users()}["an"] == {
            Role.TIEP_CONG_DAN,
            Role.XU_LY_DON,
        }
    finally:
        admin.close()
    assert set(open_as(paths, "an", OFFICER_PW).ctx.actor.roles) == {Role.TIEP_CONG_DAN, Role.XU_LY_DON}


def test_an_administrator_resets_a_forgotten_password(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        with pytest.raises(ValidationError) as refused:
            admin.users.reset_password("an", "123456789")
        assert codes(refused) == ["password.common"]
        admin.users.reset_password("an", "mot mat khau tam")
    finally:
        admin.close()
    with pytest.raises(WrongPassword):
        session.sign_in(paths, "an", OFFICER_PW, NOW, kdf=FAST)
    officer = open_as(paths, "an", "mot mat khau tam")
    try:
        current = officer.users.current()
        assert current is not None and current.must_change_password
        with pytest.raises(ValidationError) as refused:
            officer.users.change_password("khong phai", "mat khau cua rieng toi")
        assert codes(refused) == ["old_password.wrong"]
        officer.users.change_password("mot mat khau tam", "mat khau cua rieng toi")
        current = officer.users.current()
        assert current is not None and not current.must_change_password
    finally:
        officer.close()
    open_as(paths, "an", "mat khau cua rieng toi").close()


def test_an_administrator_cannot_close_their_own_or_the_last_administrator_account(
    office: tuple[AppPaths, str],
) -> None:
    paths, _ = office
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        with pytest.raises(ValidationError) as refused:
            admin.users.deactivate(admin.ctx.actor.user_id or 0)
        assert codes(refused) == ["user.self"]
    finally:
        admin.close()


def test_the_idle_unlock_checks_the_signed_in_users_password(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    sv = open_as(paths, "an", OFFICER_PW)
    try:
        sv.users.verify_password(unicodedata.normalize("NFD", OFFICER_PW))
        with pytest.raises(WrongPassword):
            sv.users.verify_password(HEAD_PW)  # another user's password does not unlock this desk
        for _ in range(4):
            with pytest.raises(WrongPassword):
                sv.users.verify_password("sai roi")
        with pytest.raises(AccountLocked):
            sv.users.verify_password(OFFICER_PW)
    finally:
        sv.close()


def test_the_recovery_key_opens_the_office_when_no_administrator_can(office: tuple[AppPaths, str]) -> None:
    paths, recovery = office
    with pytest.raises(WrongRecoveryKey):
        session.recover(paths, "00000-00000-00000-00000-00000-00000-00000-00000", NOW)
    sv = session.recover(paths, recovery.lower(), NOW, kdf=FAST)
    try:
        sv.users.kdf = FAST
        assert sv.ctx.actor.name == vi_users.RECOVERY_ACTOR
        sv.users.reset_password("dung.pt", "mat khau moi cua dung")
        # The safe's key stands for the office: it may name a leader without a leader's password.
        sv.users.add_user("cuc", "Lê Thị Cúc", [Role.LANH_DAO], DEPUTY_PW)
    finally:
        sv.close()
    open_as(paths, "dung.pt", "mat khau moi cua dung").close()
    open_as(paths, "cuc", DEPUTY_PW).close()


def test_account_changes_need_the_office_key(services: Services) -> None:
    services.ctx.actor.roles = (Role.QUAN_TRI,)
    with pytest.raises(NoOfficeKey) as refused:
        services.users.add_user("moi", "Người Mới", [Role.TIEP_CONG_DAN], "mot mat khau moi")
    assert refused.value.key == "security.no_key"
    with pytest.raises(NoOfficeKey):
        services.users.sign_in("moi")


def test_the_last_administrator_stays(office: tuple[AppPaths, str]) -> None:
    paths, recovery = office
    sv = session.recover(paths, recovery, NOW, kdf=FAST)
    try:
        admin = next(u for u in sv.users.list_users() if u.login == "dung.pt")
        with pytest.raises(ValidationError) as refused:
            sv.users.deactivate(admin.id)
        assert codes(refused) == ["user.last_admin"]
        with pytest.raises(ValidationError) as refused:
            sv.users.set_roles(admin.id, [Role.TIEP_CONG_DAN])
        assert codes(refused) == ["user.last_admin"]
    finally:
        sv.close()
    open_as(paths, "dung.pt", ADMIN_PW).close()


def test_an_administrator_lifts_a_lockout(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    for _ in range(5):
        with pytest.raises(WrongPassword):
            session.sign_in(paths, "an", "sai mat khau", NOW, kdf=FAST)
    with pytest.raises(AccountLocked):
        session.sign_in(paths, "an", OFFICER_PW, NOW, kdf=FAST)
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        admin.users.clear_lockout("an")
    finally:
        admin.close()
    officer = open_as(paths, "an", OFFICER_PW)
    officer.close()


def test_an_encrypted_office_without_its_key_slots_is_not_set_up_again(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    paths.keyslots.rename(paths.data / "elsewhere.json")
    with pytest.raises(ConflictError) as refused:
        session.set_up_security(paths, "ke.gian", "Kẻ Gian", "mot mat khau moi", NOW, kdf=FAST)
    assert refused.value.key == "security.slots_missing"
    assert not paths.keyslots.exists()


def test_each_sign_in_and_account_change_is_in_the_audit_log(office: tuple[AppPaths, str]) -> None:
    paths, _ = office
    for _ in range(2):
        with pytest.raises(WrongPassword):
            session.sign_in(paths, "an", "sai mat khau", NOW, kdf=FAST)
    officer = open_as(paths, "an", OFFICER_PW)
    officer.close()
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        an = next(u for u in admin.users.list_users() if u.login == "an")
        admin.users.set_roles(an.id, [Role.XU_LY_DON])
        entries = audit.history(admin.ctx, "user", an.id)
    finally:
        admin.close()
    assert [(e.actor, e.action) for e in entries] == [
        ("Phạm Thị Dung", "create"),
        ("Lê Văn An", "sign_in"),
        ("Phạm Thị Dung", "update"),
    ]
    # The wrong passwords typed before (they cannot be written while the data is locked) go in with the sign-in.
    assert entries[1].changes == {"failed_attempts": (None, 2)}
    assert entries[2].changes == {"roles": ("TIEP_CONG_DAN", "XU_LY_DON")}
    for entry in entries:
        assert OFFICER_PW not in str(entry.changes)


def test_a_leaders_password_is_reset_only_by_a_leader_or_the_recovery_key(
    office: tuple[AppPaths, str],
) -> None:
    paths, recovery = office
    admin = open_as(paths, "dung.pt", ADMIN_PW)
    try:
        # Otherwise an administrator could set the head's password, sign in as the head and name leaders.
        with pytest.raises(ValidationError) as refused:
            admin.users.reset_password("binh", "mat khau tam thoi")
        assert codes(refused) == ["password.leader_only"]
        binh = next(u for u in admin.users.list_users() if u.login == "binh")
        admin.users.set_roles(binh.id, [Role.LANH_DAO, Role.QUAN_TRI])
        admin.users.add_user("cuc", "Lê Thị Cúc", [Role.QUAN_TRI], DEPUTY_PW)
    finally:
        admin.close()
    head = open_as(paths, "binh", HEAD_PW)
    try:
        cuc = next(u for u in head.users.list_users() if u.login == "cuc")
        head.users.set_roles(cuc.id, [Role.QUAN_TRI, Role.LANH_DAO], leader_password=HEAD_PW)
    finally:
        head.close()
    deputy = open_as(paths, "cuc", DEPUTY_PW)
    try:
        with pytest.raises(ValidationError) as refused:
            deputy.users.reset_password("binh", "mat khau tam thoi", leader_password="khong dung")
        assert codes(refused) == ["leader_password.wrong"]
        deputy.users.reset_password("binh", "mat khau tam thoi", leader_password=DEPUTY_PW)
    finally:
        deputy.close()
    open_as(paths, "binh", "mat khau tam thoi").close()
    sv = session.recover(paths, recovery, NOW, kdf=FAST)
    try:
        sv.users.reset_password("binh", HEAD_PW)
    finally:
        sv.close()
    open_as(paths, "binh", HEAD_PW).close()
