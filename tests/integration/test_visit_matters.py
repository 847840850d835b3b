"""Issue 14, DOMAIN §16.1 and §16.3: a visit entered at the desk that raises several matters is one turn of several
cases, through saving, editing and voiding (a real SQLite file)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.documents.books import visit_book_pdf
from desk_app.documents.visits import receipt_pdf
from desk_app.domain.enums import Category, Handling, RefusalReason, SubjectField
from desk_app.domain.visit import DocumentInput, MatterInput, PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.i18n.errors import message
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage.records import CaseRecord, VisitMatterRecord, VisitRecord
from tests.helpers.pdf import pdf_flat_text

DAY = dt.date(2026, 11, 18)
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
AN = PersonInput(full_name="Nguyễn Văn An", id_number="001099012345")

ROAD = MatterInput("Kiến nghị sửa đường thôn", Category.KIEN_NGHI_PHAN_ANH, SubjectField.KHAC)
OFFICIAL = MatterInput("Tố cáo cán bộ địa chính nhận tiền", Category.TO_CAO)


def visit(**kw: object) -> VisitInput:
    base: dict[str, object] = {
        "date": DAY,
        "visitor": AN,
        "summary": "Khiếu nại việc thu hồi đất nông nghiệp",
        "category": Category.KHIEU_NAI,
        "field": SubjectField.HC_DAT_DAI_NHA_CUA,
    }
    return VisitInput(**(base | kw))  # type: ignore[arg-type]


def tcd(sv: Services, first: dt.date = NOVEMBER[0], last: dt.date = NOVEMBER[1]) -> tuple[int, int, int]:
    """(turns, cases tiếp lần đầu, cases tiếp nhiều lần) of the regular reception in 01/TCD."""
    columns = sv.reports.compute(ReportForm.TCD_01, sv.reports.custom_period(first, last)).as_json()[
        "columns"
    ]
    assert isinstance(columns, dict)
    return columns["4"], columns["6"], columns["7"]


def count(sv: Services, model: type) -> int:
    with sv.ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_two_further_matters_make_one_turn_of_three_cases_until_removed_and_voided(
    office_services: Services,
) -> None:
    sv = office_services
    saved = sv.intake.save(visit(further_matters=(ROAD, OFFICIAL)))
    detail = sv.intake.get(saved.id)
    further = detail.data.further_matters
    assert [(m.summary, m.category, m.field) for m in further] == [
        (ROAD.summary, ROAD.category, ROAD.field),
        (OFFICIAL.summary, OFFICIAL.category, None),
    ]
    cases = {saved.case_id, *(m.case_id for m in further)}
    assert None not in cases and len(cases) == 3 and count(sv, CaseRecord) == 3
    assert tcd(sv) == (1, 3, 0)
    with sv.ctx.db.read() as s:
        rec = s.get(VisitRecord, saved.id)
        assert rec is not None and rec.is_confidential  # a further denunciation, as the import does
    created = sv.intake.history(saved.id)[0].changes["further_matters"]
    assert created[1].startswith("1. Kiến nghị sửa đường thôn") and "2. Tố cáo cán bộ địa chính" in created[1]

    # Editing replaces them: the road stays on its own case, the denunciation goes (its case no longer counts).
    kept = dataclasses.replace(detail.data, further_matters=further[:1])
    sv.intake.update(saved.id, kept)
    again = sv.intake.get(saved.id).data.further_matters
    assert [(m.summary, m.case_id) for m in again] == [(ROAD.summary, further[0].case_id)]
    assert count(sv, VisitMatterRecord) == 1 and count(sv, CaseRecord) == 3
    assert tcd(sv) == (1, 2, 0)
    with sv.ctx.db.read() as s:
        rec = s.get(VisitRecord, saved.id)
        assert rec is not None and not rec.is_confidential

    sv.intake.void(saved.id, "Ghi nhầm người")
    assert tcd(sv) == (0, 0, 0)
    with pytest.raises(ConflictError):  # a voided line is not edited, matters or not
        sv.intake.update(saved.id, kept)


def test_a_further_matter_may_continue_an_earlier_case_of_the_citizen(office_services: Services) -> None:
    sv = office_services
    earlier = sv.intake.save(
        visit(
            date=dt.date(2026, 10, 5), summary="Kiến nghị lắp đèn đường", category=Category.KIEN_NGHI_PHAN_ANH
        )
    )
    saved = sv.intake.save(
        visit(
            further_matters=(
                MatterInput("Lại kiến nghị lắp đèn", Category.KIEN_NGHI_PHAN_ANH, None, earlier.case_id),
            )
        )
    )
    assert sv.intake.get(saved.id).data.further_matters[0].case_id == earlier.case_id
    assert count(sv, CaseRecord) == 2
    assert tcd(sv) == (1, 1, 1)  # November: the land case is new, the lamp case came back
    assert tcd(sv, dt.date(2026, 10, 1)) == (2, 2, 0)  # October–November: two turns, two cases, both new


def test_each_further_matter_needs_its_summary_and_category_and_a_refusal_has_none(
    office_services: Services,
) -> None:
    sv = office_services
    bad = visit(
        case_id=None,
        further_matters=(MatterInput("  "), ROAD, MatterInput("Việc khác", Category.NHIEU_NOI_DUNG)),
    )
    keys = [e.key for e in sv.intake.validate(bad)]
    assert keys == ["matter1.summary.required", "matter1.category.required", "matter3.category.split"]
    assert message(keys[0]) == "Nhập tóm tắt nội dung này (hoặc xóa dòng này)."
    with pytest.raises(ValidationError):
        sv.intake.save(bad)
    assert count(sv, VisitRecord) == 0 and count(sv, CaseRecord) == 0

    first = sv.intake.save(visit())
    twice = visit(case_id=first.case_id, further_matters=(dataclasses.replace(ROAD, case_id=first.case_id),))
    assert [e.key for e in sv.intake.validate(twice)] == ["matter1.case.duplicate"]

    refused = visit(
        handling=Handling.TU_CHOI_TIEP, refusal_reason=RefusalReason.SAY_TAM_THAN, further_matters=(ROAD,)
    )
    assert [e.key for e in sv.intake.validate(refused)] == ["further_matters.refused"]
    assert message("further_matters.refused").startswith("Lượt từ chối tiếp không ghi nội dung khác")


def test_the_receipt_lists_every_matter_of_the_visit(office_services: Services) -> None:
    sv = office_services
    papers = (DocumentInput("Đơn khiếu nại", 2),)
    one = sv.intake.save(visit(documents=papers))
    three = sv.intake.save(visit(visitor=PersonInput(full_name="Trần Thị Bích"), documents=papers,
                                 further_matters=(ROAD, OFFICIAL)))  # fmt: skip
    assert "Về các nội dung" not in pdf_flat_text(receipt_pdf(sv, one.id))  # one matter: the form as it is
    text = pdf_flat_text(receipt_pdf(sv, three.id))
    listed = (
        "Về các nội dung công dân trình bày trong lượt tiếp: 1. Khiếu nại việc thu hồi đất nông nghiệp"
        " 2. Kiến nghị sửa đường thôn 3. Tố cáo cán bộ địa chính nhận tiền các thông tin, tài liệu sau: 1. Đơn khiếu nại"
    )
    assert listed in text


def test_the_book_shows_every_matter_in_the_visit_s_content(office_services: Services) -> None:
    sv = office_services
    saved = sv.intake.save(visit(further_matters=(ROAD,)))
    sv.intake.save(visit(visitor=PersonInput(full_name="Trần Thị Bích")))
    content = "1. Khiếu nại việc thu hồi đất nông nghiệp 2. Kiến nghị sửa đường thôn"
    [row] = sv.register.rows(sv.register.search_ids(RegisterFilter(text="sua duong thon")))
    assert (row.id, row.summary) == (saved.id, content)
    assert [r.summary for r in sv.register.rows([saved.id + 1])] == ["Khiếu nại việc thu hồi đất nông nghiệp"]
    pdf, _rows = visit_book_pdf(sv, *NOVEMBER)
    assert content in pdf_flat_text(pdf)


def test_a_returning_citizen_is_offered_the_cases_of_his_further_matters(office_services: Services) -> None:
    sv = office_services
    saved = sv.intake.save(visit(further_matters=(ROAD,)))
    road = sv.intake.get(saved.id).data.further_matters[0].case_id
    [match] = sv.citizens.find(id_number=AN.id_number)
    offered = {c.id: c.visit_count for c in match.open_cases}
    assert offered == {saved.case_id: 1, road: 1}
    brief = sv.citizens.case_brief(road or 0)
    assert brief is not None and (brief.title, brief.visit_count) == (ROAD.summary, 1)
