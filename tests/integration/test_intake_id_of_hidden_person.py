"""Typing a denouncer's ID number at the desk must not link the new visit to them (DOMAIN §13.3): the stored record
would hand the officer their address and phone, and today's typed name would overwrite who wrote the denunciation."""

from __future__ import annotations

from desk_app.domain.enums import Category, Role, SubjectField
from desk_app.domain.visit import PersonInput
from desk_app.services.registry import Services
from tests.integration.test_intake_service import visit

DENOUNCER = PersonInput(
    full_name="Phan Văn Tố", id_number="079088001122", address="Số 7, ấp Phú Lợi", phone="0912 345 678"
)


def test_an_id_number_known_only_by_hidden_records_starts_a_new_citizen(office_services: Services) -> None:
    sv = office_services
    denunciation = sv.intake.save(
        visit(
            "Phan Văn Tố",
            visitor=DENOUNCER,
            summary="Tố cáo cán bộ địa chính nhận tiền",
            category=Category.TO_CAO,
            field=SubjectField.THAM_NHUNG,
        )
    )
    assert sv.intake.get(denunciation.id).identity_hidden  # the officer may not see who wrote it
    typed = PersonInput(full_name="Trần Văn Thử", id_number="079088001122")
    complaint = sv.intake.save(visit("Trần Văn Thử", visitor=typed))
    shown = sv.intake.get(complaint.id).data.visitor
    assert (shown.full_name, shown.address, shown.phone) == ("Trần Văn Thử", None, None)
    assert sv.citizens.find(id_number="079088001122")[0].address is None
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    author = sv.intake.get(denunciation.id).data.visitor
    assert (author.full_name, author.address, author.phone) == (
        "Phan Văn Tố",
        "Số 7, ấp Phú Lợi",
        "0912 345 678",
    )


def test_the_leader_still_links_a_known_id_number(office_services: Services) -> None:
    sv = office_services
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    first = sv.intake.save(
        visit("Phan Văn Tố", visitor=DENOUNCER, category=Category.TO_CAO, field=SubjectField.THAM_NHUNG)
    )
    again = sv.intake.save(
        visit("Phan Văn Tố", visitor=PersonInput(full_name="Phan Văn Tố", id_number="079088001122"))
    )
    first_person = sv.intake.get(first.id).data.visitor
    again_person = sv.intake.get(again.id).data.visitor
    assert again_person.citizen_id == first_person.citizen_id and again_person.phone == "0912 345 678"
