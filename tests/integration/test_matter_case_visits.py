"""Issue 14: a case raised as a further matter of a visit lists that visit (with the matter's summary) in the
overview of the Công dân & vụ việc page and in the printed case file, until the visit is voided (real SQLite)."""

from __future__ import annotations

import datetime as dt

from desk_app.documents import petitions as petition_docs
from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.petition_docs import CaseEventKind
from desk_app.domain.visit import MatterInput, PersonInput, VisitInput
from desk_app.i18n import vi_petition_forms as vf
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.registry import Services
from desk_app.storage.records import VisitRecord
from tests.helpers.pdf import pdf_flat_text

DAY = dt.date(2026, 11, 18)
FIRST = "Khiếu nại việc thu hồi đất nông nghiệp"
ROAD = MatterInput("Kiến nghị sửa đường thôn Đông", Category.KIEN_NGHI_PHAN_ANH, SubjectField.KHAC)


def test_a_further_matter_case_lists_its_visit_in_the_overview_and_the_case_file(
    office_services: Services,
) -> None:
    sv = office_services
    saved = sv.intake.save(
        VisitInput(
            date=DAY, visitor=PersonInput(full_name="Nguyễn Văn An", id_number="001099012345"), summary=FIRST,
            category=Category.KHIEU_NAI, field=SubjectField.HC_DAT_DAI_NHA_CUA, further_matters=(ROAD,),
        )
    )  # fmt: skip
    road_case = sv.intake.get(saved.id).data.further_matters[0].case_id
    assert road_case is not None and saved.case_id is not None and road_case != saved.case_id
    service = CitizenOverviewService(sv.ctx)

    road = service.case(road_case)
    assert [(v.visit_id, v.summary, v.category, v.case_id) for v in road.visits] == [
        (saved.id, ROAD.summary, Category.KIEN_NGHI_PHAN_ANH, road_case)
    ]
    assert (road.person.visit_count, road.cases[0].visit_count) == (1, 1)
    assert [e.visit.summary for e in service.case_entries(road_case) if e.visit] == [ROAD.summary]
    first = service.case(saved.case_id)
    assert [(v.summary, v.case_id) for v in first.visits] == [(FIRST, saved.case_id)]
    assert first.cases[0].visit_count == 1

    person = service.person(road.person.citizen_id or 0)
    assert {c.case_id: c.visit_count for c in person.cases} == {saved.case_id: 1, road_case: 1}

    text = pdf_flat_text(petition_docs.case_file_pdf(sv.case_files.case_file_source(road_case)))
    with sv.ctx.db.read() as s:
        rec = s.get(VisitRecord, saved.id)
        assert rec is not None
        label = f"Lượt tiếp số {rec.book_no}/{rec.book_year}"
    assert (
        label in text and text.count(ROAD.summary) == 2 and FIRST not in text
    )  # the title and the visit's line
    assert vf.CASE_EVENT[CaseEventKind.VISIT] in text and "1 mục" in text

    sv.intake.void(saved.id, "Nhập nhầm")
    assert service.case(road_case).visits == () and service.case(road_case).cases[0].visit_count == 0
    text = pdf_flat_text(petition_docs.case_file_pdf(sv.case_files.case_file_source(road_case)))
    assert text.count(ROAD.summary) == 1 and label not in text and "0 mục" in text
