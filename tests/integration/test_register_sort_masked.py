"""Sorting the visit register by name must not place a masked denouncer by the hidden name (DOMAIN §13.3)."""

from __future__ import annotations

from desk_app.domain.enums import Category, Role, SubjectField
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter, SortKey
from tests.integration.test_intake_service import visit


def _names(sv: Services) -> list[str]:
    ids = sv.register.search_ids(RegisterFilter(), SortKey.NAME, descending=False)
    return [r.name_address for r in sv.register.rows(ids)]


def test_sorting_by_name_never_places_a_masked_denouncer_by_the_hidden_name(
    office_services: Services,
) -> None:
    sv = office_services
    for name in ("An Thị Hai", "Cao Văn Ba"):
        sv.intake.save(visit(name, visitor=PersonInput(full_name=name)))
    sv.intake.save(
        visit(
            "Bạch Văn Tố",
            visitor=PersonInput(full_name="Bạch Văn Tố", id_number="079088001122"),
            summary="Tố cáo cán bộ địa chính nhận tiền",
            category=Category.TO_CAO,
            field=SubjectField.THAM_NHUNG,
        )
    )
    # Between "An" and "Cao" the masked row would tell the officer the denouncer's name starts with A–C.
    assert _names(sv) == [vi.MASKED, "An Thị Hai", "Cao Văn Ba"]
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    assert _names(sv) == ["An Thị Hai", "Bạch Văn Tố", "Cao Văn Ba"]
