"""Example texts name only bodies that exist: no "UBND huyện" since the district level ended on 01/7/2025 (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import desk_app
from desk_app.i18n import vi_petition_forms, vi_petitions_page

ROOT = Path(desk_app.__file__).parent
DISTRICT = re.compile(r"\b(huyện|quận)\b", re.IGNORECASE)
# Reading an address or an old office name still knows the levels it may contain.
ALLOWED = {"i18n/formatting.py"}


def test_no_text_in_the_app_names_a_district_body() -> None:
    found = {
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if DISTRICT.search(path.read_text(encoding="utf-8"))
    }
    assert found <= ALLOWED, sorted(found - ALLOWED)


def test_the_competent_body_examples_are_province_and_commune_bodies() -> None:
    assert (
        "UBND tỉnh" in vi_petitions_page.COMPETENT_PLACEHOLDER
        and "UBND xã" in vi_petitions_page.COMPETENT_PLACEHOLDER
    )
    assert vi_petition_forms.SELF_TEST_BODY.startswith("Ủy ban nhân dân tỉnh")
