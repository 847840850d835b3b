"""The official forms the app prints, as dated data: which form number and which text issued it, by date (DOMAIN §9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

TT04_IN_FORCE = dt.date(2021, 11, 15)
BASELINE_2026 = dt.date(2026, 7, 1)


class OfficialForm(StrEnum):
    """A printed form whose layout a legal text sets."""

    VISIT_BOOK = "VISIT_BOOK"
    """Sổ tiếp công dân."""


@dataclass(frozen=True, slots=True)
class FormVersion:
    """One version of a form: its number and the text it is issued with, from `effective_from` on.

    `tag` is how well DOMAIN could confirm it: "V" verified, "S" secondary source, "U" unverified.
    """

    form: OfficialForm
    number: str
    issued_with: str
    effective_from: dt.date
    tag: str


FORM_VERSIONS: Sequence[FormVersion] = (
    # TT 04/2021 (quy trình tiếp công dân), Mẫu số 03; its predecessor (TT 06/2014) is not modelled, so older
    # books are printed on this earliest known version, as deadline rules count old registers (DOMAIN §1, §9).
    FormVersion(OfficialForm.VISIT_BOOK, "Mẫu số 03", "Thông tư số 04/2021/TT-TTCP", TT04_IN_FORCE, "S"),
    # NĐ 154/2026 took the forms over as Mẫu 03/TCD from 01/7/2026 (DOMAIN §9 F3).
    FormVersion(OfficialForm.VISIT_BOOK, "Mẫu số 03/TCD", "Nghị định số 154/2026/NĐ-CP", BASELINE_2026, "V"),
)


def _versions(form: OfficialForm) -> list[FormVersion]:
    return sorted((v for v in FORM_VERSIONS if v.form is form), key=lambda v: v.effective_from)


def form_version(form: OfficialForm, on: dt.date) -> FormVersion:
    """The version in force on `on`; before the first one, the first."""
    versions = _versions(form)
    in_force = [v for v in versions if v.effective_from <= on]
    return in_force[-1] if in_force else versions[0]


def form_versions(form: OfficialForm, first: dt.date, last: dt.date) -> tuple[FormVersion, ...]:
    """Every version in force on some day from `first` to `last`, oldest first (one for most books)."""
    start = form_version(form, first)
    # the first version also stands for the days before it took effect
    later = [v for v in _versions(form) if max(first, start.effective_from) < v.effective_from <= last]
    return (start, *later)
