"""A change history names what it logs: a case by its code, people by name; never a database id."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.enums import Category, ReceptionKind
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.ui.visit_history import change_lines


def test_a_visit_history_shows_the_case_code_and_the_names(office_services: Services) -> None:
    head = next(s for s in office_services.office.list_staff() if s.is_head)
    saved = office_services.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 19),
            kind=ReceptionKind.DINH_KY,
            presided_by_id=head.id,
            visitor=PersonInput(full_name="Nguyễn Văn An"),
            summary="Khiếu nại việc thu hồi đất nông nghiệp",
            category=Category.KHIEU_NAI,
        )
    )
    assert saved.case_code and saved.case_id is not None

    [created] = office_services.intake.history(saved.id)
    assert created.changes["case_id"] == (None, saved.case_code)
    assert created.changes["main_citizen_id"] == (None, "Nguyễn Văn An")
    assert created.changes["presided_by_id"] == (None, head.full_name)
    lines = change_lines(created)
    assert f"Vụ việc: {saved.case_code}" in lines
    assert "Người đến: Nguyễn Văn An" in lines
