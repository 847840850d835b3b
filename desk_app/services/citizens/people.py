"""Storing the people of a visit: reuse a known citizen (picked, or same ID number) or create one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import identity
from desk_app.domain.enums import Gender, IdType
from desk_app.domain.text import nfc, nfc_opt, search_key
from desk_app.domain.visit import PersonInput
from desk_app.errors import NotFoundError
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.citizens import overview_rows
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.storage.records import CitizenRecord


def person_values(person: PersonInput) -> dict[str, Any]:
    name = nfc(person.full_name)
    address = nfc_opt(person.address)
    number = identity.normalize_id_number(person.id_type, nfc(person.id_number)) if person.id_number else None
    return {
        "full_name": name,
        "name_key": search_key(name),
        "gender": person.gender.value if person.gender else None,
        "birth_year": person.birth_year,
        "id_type": person.id_type.value,
        "id_number": number or None,
        "id_issue_date": person.id_issue_date,
        "id_issue_place": nfc_opt(person.id_issue_place),
        "address": address,
        "address_key": search_key(address),
        "phone": nfc_opt(person.phone),
    }


def store_person(db: DbSession, ctx: ServiceContext, person: PersonInput) -> CitizenRecord:
    """The citizen record for a person at the desk, updated with what was typed today."""
    values = person_values(person)
    rec: CitizenRecord | None = None
    if person.citizen_id is not None:
        rec = db.get(CitizenRecord, person.citizen_id)
        if rec is None:
            raise NotFoundError("citizen.not_found")
        if is_masked(person):
            return rec  # a person read masked (DOMAIN §13.3) is never written back over who they are
    elif values["id_number"]:
        rec = db.scalar(
            select(CitizenRecord)
            .where(CitizenRecord.id_number == values["id_number"], CitizenRecord.is_voided.is_(False))
            .order_by(CitizenRecord.id)
            .limit(1)
        )
        if rec is not None and _only_hidden(db, ctx, rec):
            # Linking would show this user the address and phone of someone they may not see (a denouncer), and
            # today's name would overwrite who wrote the denunciation: a new record instead (DOMAIN §13.3).
            rec = None
    if rec is None:
        rec = CitizenRecord(**values, created_by=ctx.actor.name)
        db.add(rec)
        db.flush()
        audit.record(db, ctx, "create", "citizen", rec.id, audit.diff({}, values))
        return rec
    # Keep what we knew when today's form leaves a field empty.
    updates = {k: v for k, v in values.items() if v not in (None, "")}
    before = {k: getattr(rec, k) for k in updates}
    changes = audit.diff(before, updates)
    if changes:
        for key, value in updates.items():
            setattr(rec, key, value)
        rec.updated_by = ctx.actor.name
        audit.record(db, ctx, "update", "citizen", rec.id, changes)
    return rec


def _only_hidden(db: DbSession, ctx: ServiceContext, rec: CitizenRecord) -> bool:
    """Known here only by records this user may not see (as the repeat-visitor search leaves them out)."""
    tally = overview_rows.tallies(db, Access(ctx), [rec.id]).get(rec.id)
    return tally is not None and tally.hidden > 0 and not (tally.visits or tally.petitions)


def person_input(rec: CitizenRecord) -> PersonInput:
    return PersonInput(
        full_name=rec.full_name,
        id_type=IdType(rec.id_type),
        id_number=rec.id_number,
        id_issue_date=rec.id_issue_date,
        id_issue_place=rec.id_issue_place,
        birth_year=rec.birth_year,
        gender=Gender(rec.gender) if rec.gender else None,
        address=rec.address,
        phone=rec.phone,
        citizen_id=rec.id,
    )


def masked_person(person: PersonInput) -> PersonInput:
    """A person as a user who may not see them gets them: "[Bảo mật]", nothing else, the record still linked."""
    return PersonInput(full_name=vi.MASKED, citizen_id=person.citizen_id)


def is_masked(person: PersonInput) -> bool:
    return person.full_name == vi.MASKED
