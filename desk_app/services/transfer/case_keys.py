"""A file's own case keys (`Mã vụ việc`) never join two people's matters: the same code for another person, in
the database or earlier in the file, is a bad row (DOMAIN §16.3), never a silent merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.i18n import vi_history_import as vh
from desk_app.services.transfer.bulk import chunks
from desk_app.services.transfer.row_check import shown
from desk_app.services.transfer.table import BadRow, search_key
from desk_app.storage.records import CaseRecord, CitizenRecord


@dataclass(frozen=True, slots=True)
class KeyedRow:
    """A row that names a case by the office's own key, and the person it is about."""

    line: int
    code: str
    name: str
    id_number: str | None
    address: str | None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    id_number: str | None
    address: str | None

    def same_as(self, other: Person) -> bool:
        """Two ID numbers decide; without both, the name, then the address when both are known (folded: case and
        diacritics aside). A missing address or ID number is no evidence of another person."""
        if self.id_number and other.id_number:
            return self.id_number == other.id_number
        if search_key(self.name) != search_key(other.name):
            return False
        return not (self.address and other.address) or search_key(self.address) == search_key(other.address)

    def shown(self) -> str:
        if self.id_number:
            return vh.PERSON_WITH_ID.format(name=shown(self.name), id_number=self.id_number)
        if self.address:
            return vh.PERSON_WITH_ADDRESS.format(name=shown(self.name), address=shown(self.address))
        return shown(self.name)


def code_collisions(s: DbSession, rows: Sequence[KeyedRow], column: str) -> list[BadRow]:
    """Every row whose code belongs to another person: in the database (the case's person), else in the file
    (the first row that used the code)."""
    owners: dict[str, Person] = {}
    codes = sorted({r.code for r in rows})
    for part in chunks(codes):
        for code, name, id_number, address in s.execute(
            select(CaseRecord.code, CitizenRecord.full_name, CitizenRecord.id_number, CitizenRecord.address)
            .join(CitizenRecord, CitizenRecord.id == CaseRecord.main_citizen_id)
            .where(CaseRecord.code.in_(part))
        ):
            owners[code] = Person(name, id_number, address)
    first_in_file: dict[str, tuple[int, Person]] = {}
    bad: list[BadRow] = []
    for r in rows:
        person = Person(r.name, r.id_number, r.address)
        owner = owners.get(r.code)
        if owner is not None:
            if not owner.same_as(person):
                # the other person is not named: the case may be a denouncer's (DOMAIN §13.3)
                reason = vh.R_CODE_OTHER_PERSON_DB.format(column=column, code=shown(r.code), row=r.line)
                bad.append(BadRow(r.line, (reason,)))
            continue
        first = first_in_file.setdefault(r.code, (r.line, person))
        if not first[1].same_as(person):
            reason = vh.R_CODE_OTHER_PERSON_FILE.format(
                column=column, code=shown(r.code), first=first[0], other=first[1].shown(), row=r.line
            )
            bad.append(BadRow(r.line, (reason,)))
    return bad


def merged(*groups: Sequence[BadRow]) -> list[BadRow]:
    """Bad rows of several checks, one per row (its reasons in order), by row."""
    reasons: dict[int, list[str]] = {}
    for group in groups:
        for b in group:
            reasons.setdefault(b.row, []).extend(x for x in b.reasons if x not in reasons.get(b.row, []))
    return [BadRow(row, tuple(reasons[row])) for row in sorted(reasons)]
