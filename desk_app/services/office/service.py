"""The office's own data: settings, staff and reception places."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import OfficeKind, Role
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt, search_key
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.users.rules import check_role_change, has_users, roles_of, roles_text
from desk_app.storage.records import OfficeRecord, PlaceRecord, StaffRecord, UserRecord

R = TypeVar("R", StaffRecord, PlaceRecord)


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    name: str
    abbreviation: str
    kind: OfficeKind
    place_name: str
    head_title: str
    parent_name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    collective_regime: bool = True
    report_calendar_months: bool = False
    """Monthly reports over calendar months instead of the 15th-to-14th cut-offs (DOMAIN §10.1)."""


@dataclass(frozen=True, slots=True)
class StaffInfo:
    full_name: str
    position: str | None = None
    unit: str | None = None
    is_head: bool = False
    is_deputy_head: bool = False
    signature_title: str | None = None
    roles: tuple[Role, ...] = (Role.TIEP_CONG_DAN,)
    active: bool = True
    id: int | None = None

    @property
    def is_leader(self) -> bool:
        return self.is_head or self.is_deputy_head


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str
    address: str | None = None
    is_default: bool = False
    supports_online: bool = False
    active: bool = True
    id: int | None = None


def _clean_office(info: OfficeInfo) -> OfficeInfo:
    errors = [
        FieldError(f"office.{name}", "required")
        for name in ("name", "abbreviation", "place_name", "head_title")
        if not nfc(getattr(info, name))
    ]
    if errors:
        raise ValidationError(errors)
    return OfficeInfo(
        name=nfc(info.name),
        abbreviation=nfc(info.abbreviation).upper(),
        kind=OfficeKind(info.kind),
        place_name=nfc(info.place_name),
        head_title=nfc(info.head_title).upper(),
        parent_name=nfc_opt(info.parent_name),
        address=nfc_opt(info.address),
        phone=nfc_opt(info.phone),
        email=nfc_opt(info.email),
        website=nfc_opt(info.website),
        collective_regime=info.collective_regime,
        report_calendar_months=bool(info.report_calendar_months),
    )


class OfficeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self) -> OfficeInfo | None:
        with self._ctx.db.read() as s:
            rec = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
            if rec is None:
                return None
            return OfficeInfo(
                name=rec.name,
                abbreviation=rec.abbreviation,
                kind=OfficeKind(rec.kind),
                place_name=rec.place_name,
                head_title=rec.head_title,
                parent_name=rec.parent_name,
                address=rec.address,
                phone=rec.phone,
                email=rec.email,
                website=rec.website,
                collective_regime=rec.collective_regime,
                report_calendar_months=rec.report_calendar_months,
            )

    def report_calendar_months(self) -> bool:
        """The office's monthly cut-off: False (the default) for 15th-to-14th, True for calendar months."""
        with self._ctx.db.read() as s:
            found = s.scalar(select(OfficeRecord.report_calendar_months).order_by(OfficeRecord.id).limit(1))
            return bool(found)

    def is_set_up(self) -> bool:
        return self.get() is not None

    def save(self, info: OfficeInfo) -> OfficeInfo:
        require(self._ctx, Action.MANAGE_SETTINGS)
        with self._ctx.db.write() as s, s.begin():
            return self._save_office(s, info)

    def setup(self, office: OfficeInfo, head: StaffInfo, officer: StaffInfo, place: PlaceInfo) -> StaffInfo:
        """First run: the office, its head, the reception officer and the default place in one transaction.

        An office not set up yet has no one to ask: whoever holds the new folder enters it (the first-run dialog);
        once it is set up, re-running this is a settings change like any other."""
        if self.is_set_up():
            require(self._ctx, Action.MANAGE_SETTINGS)
        problems: list[FieldError] = []
        for prefix, name in (("staff", head.full_name), ("staff", officer.full_name), ("place", place.name)):
            if not nfc(name):
                problems.append(
                    FieldError(f"{prefix}.{'name' if prefix == 'place' else 'full_name'}", "required")
                )
        if problems:
            raise ValidationError(problems)
        with self._ctx.db.write() as s, s.begin():
            self._save_office(s, office)
            has_head = s.scalar(select(StaffRecord.id).where(StaffRecord.is_head.is_(True)).limit(1))
            if has_head is None:
                self._save_staff(s, head)
            saved = self._save_staff(s, officer)
            has_place = s.scalar(select(PlaceRecord.id).where(PlaceRecord.is_voided.is_(False)).limit(1))
            if has_place is None:
                self._save_place(s, place)
            return saved

    def _save_office(self, s: DbSession, info: OfficeInfo) -> OfficeInfo:
        clean = _clean_office(info)
        values = asdict(clean)
        values["kind"] = clean.kind.value
        rec = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
        if rec is None:
            rec = OfficeRecord(**values, created_by=self._ctx.actor.name)
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "create", "office", rec.id, audit.diff({}, values))
        else:
            before = {k: getattr(rec, k) for k in values}
            for key, value in values.items():
                setattr(rec, key, value)
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "update", "office", rec.id, audit.diff(before, values))
        return clean

    # Staff ---------------------------------------------------------------------------------------------
    def list_staff(self, *, active_only: bool = True) -> list[StaffInfo]:
        with self._ctx.db.read() as s:
            query = select(StaffRecord).where(StaffRecord.is_voided.is_(False))
            if active_only:
                query = query.where(StaffRecord.active.is_(True))
            rows = s.scalars(query.order_by(StaffRecord.is_head.desc(), StaffRecord.full_name)).all()
            return [_staff_info(r) for r in rows]

    def sign_in(self, staff_id: int) -> StaffInfo:
        """Work as this staff member from now on: their name goes into the change log, their roles decide what
        the services allow (DOMAIN §13.3). Passwords and lockout come later; the checks live in the services."""
        with self._ctx.db.write() as s, s.begin():
            if has_users(s):
                # Once the office has accounts, choosing a name is not signing in: a password is (users.session).
                raise ConflictError("sign_in.password_required")
            rec = s.get(StaffRecord, staff_id)
            if rec is None or rec.is_voided or not rec.active:
                raise NotFoundError("staff.not_found")
            info = _staff_info(rec)
            self._ctx.actor.name = info.full_name
            self._ctx.actor.staff_id = info.id
            self._ctx.actor.roles = info.roles
            audit.record(s, self._ctx, "sign_in", "staff", rec.id, {"roles": (None, rec.roles)})
            return info

    def head(self) -> StaffInfo | None:
        return next((st for st in self.list_staff() if st.is_head), None)

    def save_staff(self, info: StaffInfo) -> StaffInfo:
        require(self._ctx, Action.MANAGE_SETTINGS)
        with self._ctx.db.write() as s, s.begin():
            return self._save_staff(s, info)

    def _save_staff(self, s: DbSession, info: StaffInfo) -> StaffInfo:
        name = nfc(info.full_name)
        if not name:
            raise ValidationError([FieldError("staff.full_name", "required")])
        values = {
            "full_name": name,
            "name_key": search_key(name),
            "position": nfc_opt(info.position),
            "unit": nfc_opt(info.unit),
            "is_head": info.is_head,
            "is_deputy_head": info.is_deputy_head,
            "is_leader": info.is_leader,
            "signature_title": nfc_opt(info.signature_title),
            "roles": ",".join(r.value for r in info.roles),
            "active": info.active,
        }
        if info.is_head:
            # One head at a time: naming a new head demotes the previous one.
            for other in s.scalars(select(StaffRecord).where(StaffRecord.is_head.is_(True))):
                if other.id != info.id:
                    other.is_head = False
        linked = self._check_roles(s, info)
        rec = self._upsert(s, StaffRecord, "staff", info.id, values)
        if linked is not None and set(roles_of(linked.roles)) != set(info.roles):
            audit.record(
                s, self._ctx, "update", "user", linked.id, {"roles": (linked.roles, roles_text(info.roles))}
            )
            linked.roles = roles_text(info.roles)
        return _staff_info(rec)

    def _check_roles(self, s: DbSession, info: StaffInfo) -> UserRecord | None:
        """Once the office has accounts, roles are granted as in the users tab (users.rules): only by who may manage
        users, never one's own, LANH_DAO only there with a leader's password. Returns the staff member's account,
        whose roles follow. Before the office is secured nobody signs in with a password, and roles are plain data."""
        if not has_users(s):
            return None
        before: tuple[Role, ...] = ()
        linked = None
        if info.id is not None:
            before = roles_of(s.scalar(select(StaffRecord.roles).where(StaffRecord.id == info.id)))
            linked = s.scalar(
                select(UserRecord).where(UserRecord.staff_id == info.id, UserRecord.active.is_(True)).limit(1)
            )
        check_role_change(
            s,
            self._ctx,
            before=before,
            after=info.roles,
            user_id=linked.id if linked else None,
            staff_id=info.id,
            leader_password=None,
            confirm=None,
        )
        return linked

    def _upsert(
        self, s: DbSession, model: type[R], entity: str, record_id: int | None, values: dict[str, Any]
    ) -> R:
        """Create the record, or update it in place; either way the change goes to the change log."""
        if record_id is None:
            rec = model(**values, created_by=self._ctx.actor.name)
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "create", entity, rec.id, audit.diff({}, values))
            return rec
        found = s.get(model, record_id)
        if found is None:
            raise NotFoundError(f"{entity}.not_found")
        before = {k: getattr(found, k) for k in values}
        for key, value in values.items():
            setattr(found, key, value)
        audit.record(s, self._ctx, "update", entity, found.id, audit.diff(before, values))
        return found

    # Places --------------------------------------------------------------------------------------------
    def list_places(self) -> list[PlaceInfo]:
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(PlaceRecord)
                .where(PlaceRecord.is_voided.is_(False), PlaceRecord.active.is_(True))
                .order_by(PlaceRecord.is_default.desc(), PlaceRecord.name)
            ).all()
            return [_place_info(r) for r in rows]

    def save_place(self, info: PlaceInfo) -> PlaceInfo:
        require(self._ctx, Action.MANAGE_SETTINGS)
        with self._ctx.db.write() as s, s.begin():
            return self._save_place(s, info)

    def _save_place(self, s: DbSession, info: PlaceInfo) -> PlaceInfo:
        name = nfc(info.name)
        if not name:
            raise ValidationError([FieldError("place.name", "required")])
        values = {
            "name": name,
            "address": nfc_opt(info.address),
            "is_default": info.is_default,
            "supports_online": info.supports_online,
            "active": info.active,
        }
        if info.is_default:
            for other in s.scalars(select(PlaceRecord).where(PlaceRecord.is_default.is_(True))):
                other.is_default = False
        rec = self._upsert(s, PlaceRecord, "place", info.id, values)
        return _place_info(rec)


def _staff_info(r: StaffRecord) -> StaffInfo:
    return StaffInfo(
        id=r.id,
        full_name=r.full_name,
        position=r.position,
        unit=r.unit,
        is_head=r.is_head,
        is_deputy_head=r.is_deputy_head,
        signature_title=r.signature_title,
        roles=tuple(Role(x) for x in r.roles.split(",") if x),
        active=r.active,
    )


def _place_info(r: PlaceRecord) -> PlaceInfo:
    return PlaceInfo(
        id=r.id,
        name=r.name,
        address=r.address,
        is_default=r.is_default,
        supports_online=r.supports_online,
        active=r.active,
    )
