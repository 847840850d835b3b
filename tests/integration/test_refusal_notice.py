"""Mẫu 01/TCD for real: the refusal's clock, the numbered notice that closes it, and a ground that fits the matter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import select

from desk_app.documents import petitions as petition_docs
from desk_app.documents import visits as visit_docs
from desk_app.domain.enums import Category, DeadlineStatus, DocCondition, Handling, RefusalReason
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.registry import Services
from desk_app.services.visits.refusal import RULE
from desk_app.storage.records import DeadlineRecord, OutgoingDocumentRecord, ReceivedItemRecord, VisitRecord
from desk_app.ui.pages.intake.printing import refusal_error_text
from desk_app.ui.widgets.errors import error_message
from tests.conftest import FIXED_NOW
from tests.helpers.acting import acting_as
from tests.helpers.pdf import pdf_flat_text

D = dt.date
DAY = D(2026, 11, 18)
KHAI = PersonInput("Hồ Văn Khải", id_number="001088004455", address="thôn Đông, xã An Phú")


def _refuse(
    services: Services,
    reason: RefusalReason,
    category: Category | None,
    *,
    day: dt.date = DAY,
    summary: str = "việc thu hồi đất năm 2019 đã được giải quyết, trả lời",
) -> int:
    return services.intake.save(
        VisitInput(date=day, visitor=KHAI, handling=Handling.TU_CHOI_TIEP, refusal_reason=reason,
                   category=category, summary=summary)
    ).id  # fmt: skip


def _clocks(services: Services, visit_id: int) -> list[DeadlineRecord]:
    with services.ctx.db.read() as s:
        return list(
            s.scalars(
                select(DeadlineRecord)
                .where(DeadlineRecord.entity_type == "visit", DeadlineRecord.entity_id == visit_id)
                .order_by(DeadlineRecord.id)
            )
        )


def _running(services: Services, visit_id: int) -> list[DeadlineRecord]:
    return [c for c in _clocks(services, visit_id) if not c.is_voided and c.completed_on is None]


@pytest.fixture
def docs(office_services: Services) -> PetitionDocumentService:
    return office_services.petition_documents


def test_a_refusal_that_needs_the_notice_starts_its_3_working_day_clock_on_the_dashboard(
    office_services: Services,
) -> None:
    visit_id = _refuse(office_services, RefusalReason.KHIEU_TO_KEO_DAI, Category.KHIEU_NAI)
    (clock,) = _clocks(office_services, visit_id)
    # Wednesday 18/11 + 3 working days = Monday 23/11 (the weekend is skipped)
    assert (clock.rule_code, clock.start_date, clock.due_date, clock.length) == (
        RULE,
        D(2026, 11, 18),
        D(2026, 11, 23),
        3,
    )
    assert clock.label == "Lượt tiếp số 1/2026" and clock.responsible == "Phạm Thị Dung"
    groups = office_services.deadlines.due_soon_and_overdue(D(2026, 11, 20))
    (row,) = [r for r in groups.due_soon if r.entity_type == "visit"]
    assert (row.entity_id, row.rule_code, row.label, row.days) == (visit_id, RULE, "Lượt tiếp số 1/2026", 1)
    late = office_services.deadlines.due_soon_and_overdue(D(2026, 11, 25))
    assert [r.entity_id for r in late.overdue if r.entity_type == "visit"] == [visit_id]
    state = office_services.intake.refusal_notice_state(visit_id)
    assert state.refused and state.needed and state.due == D(2026, 11, 23) and state.number_text is None


def test_a_ground_explained_orally_runs_no_clock_and_prints_no_notice(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    visit_id = _refuse(office_services, RefusalReason.SAY_TAM_THAN, None, summary="")
    assert _clocks(office_services, visit_id) == []
    with pytest.raises(ConflictError) as caught:
        docs.refusal_notice(visit_id)
    assert caught.value.key == "visit.no_notice_needed"
    state = office_services.intake.refusal_notice_state(visit_id)
    assert state.refused and not state.needed


def test_printing_closes_the_clock_and_a_reprint_keeps_the_number_and_the_visit(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    visit_id = _refuse(office_services, RefusalReason.KHIEU_TO_KEO_DAI, Category.TO_CAO)
    office_services.ctx.clock = lambda: FIXED_NOW  # Friday 20/11
    first = docs.refusal_notice(visit_id)
    _, kept = petition_docs.refusal_pdf(docs, first)
    (clock,) = _clocks(office_services, visit_id)
    assert clock.completed_on == D(2026, 11, 20) and clock.status == DeadlineStatus.HOAN_THANH.value
    assert office_services.deadlines.due_soon_and_overdue(D(2026, 11, 25)).overdue == ()
    again = docs.refusal_notice(visit_id, issued_on=D(2026, 11, 27))
    _, kept_again = petition_docs.refusal_pdf(docs, again)
    assert (first.number_text, again.number_text, again.reused) == ("01/TB-UBND", "01/TB-UBND", True)
    assert again.issued_on == D(2026, 11, 20)
    kept_ids = [k.id for k in office_services.documents.kept_for_visit(visit_id)]
    assert kept_ids == [kept.id, kept_again.id]
    with office_services.ctx.db.read() as s:
        numbers = s.scalars(
            select(OutgoingDocumentRecord).where(OutgoingDocumentRecord.related_id == visit_id)
        ).all()
        assert [(n.related_type, n.number, n.document_id) for n in numbers] == [
            ("visit:tb_tu_choi_tiep", 1, kept_again.id)
        ]
    state = office_services.intake.refusal_notice_state(visit_id)
    assert state.number_text == "01/TB-UBND" and state.due is None
    # un-refusing after the notice leaves the finished clock as it was (the paper exists)
    assert _running(office_services, visit_id) == []


def test_voiding_or_un_refusing_leaves_no_running_clock_and_a_new_date_restarts_it(
    office_services: Services,
) -> None:
    voided = _refuse(office_services, RefusalReason.KNPA_DA_TRA_LOI, Category.KIEN_NGHI_PHAN_ANH)
    assert len(_running(office_services, voided)) == 1
    office_services.intake.void(voided, "Nhập nhầm")
    assert _running(office_services, voided) == []
    assert office_services.deadlines.due_soon_and_overdue(D(2026, 11, 20)).due_soon == ()

    moved = _refuse(office_services, RefusalReason.KNPA_DA_TRA_LOI, Category.KIEN_NGHI_PHAN_ANH)
    data = office_services.intake.get(moved).data
    update = office_services.intake.update
    update(moved, replace(data, date=D(2026, 11, 19)))
    (running,) = _running(office_services, moved)
    # Thursday 19/11 + 3 working days: Friday 20, Monday 23, then Tuesday 24/11 is a day off (Ngày Văn hóa Việt Nam)
    assert (running.start_date, running.due_date) == (D(2026, 11, 19), D(2026, 11, 25))
    update(moved, replace(data, refusal_reason=RefusalReason.VU_KHI))  # a ground explained orally
    assert _running(office_services, moved) == []
    update(moved, data)
    assert len(_running(office_services, moved)) == 1
    update(
        moved, replace(data, handling=Handling.TRA_LOI_TRUC_TIEP, refusal_reason=None)
    )  # received after all
    assert _running(office_services, moved) == []
    assert len(_clocks(office_services, moved)) == 3 and all(
        c.is_voided for c in _clocks(office_services, moved)
    )


@pytest.mark.parametrize(
    ("reason", "category", "key"),
    [
        (RefusalReason.KHIEU_TO_KEO_DAI, Category.KIEN_NGHI_PHAN_ANH, "refusal_reason.only_kn_tc"),
        (RefusalReason.KHIEU_TO_KEO_DAI, None, "refusal_reason.only_kn_tc"),
        (RefusalReason.KNPA_DA_TRA_LOI, Category.KHIEU_NAI, "refusal_reason.only_knpa"),
        (RefusalReason.KNPA_DA_TRA_LOI, Category.TO_CAO, "refusal_reason.only_knpa"),
    ],
)
def test_a_ground_that_does_not_fit_the_matter_is_refused_in_vietnamese(
    office_services: Services, reason: RefusalReason, category: Category | None, key: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _refuse(office_services, reason, category)
    assert [e.key for e in caught.value.errors] == [key]
    message = error_message(caught.value.errors[0])
    assert message.startswith("Lý do “") and "chỉ dùng cho" in message
    with office_services.ctx.db.read() as s:
        assert s.scalar(select(VisitRecord.id)) is None


def test_the_notice_text_follows_f1_for_each_ground(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    keo_dai = docs.refusal_notice(
        _refuse(office_services, RefusalReason.KHIEU_TO_KEO_DAI, Category.KHIEU_NAI)
    )
    text = pdf_flat_text(petition_docs.refusal_pdf(docs, keo_dai)[0])
    for expected in (
        "Mẫu số 01/TCD", "Số: 01/TB-UBND", "An Phú, ngày 20 tháng 11 năm 2026", "THÔNG BÁO",
        "Về việc từ chối tiếp công dân", "Kính gửi: Ông (bà) Hồ Văn Khải",
        "Ngày 18 tháng 11 năm 2026, ông (bà) Hồ Văn Khải", "001088004455",
        "đến Phòng tiếp công dân xã An Phú để khiếu nại về việc: việc thu hồi đất năm 2019 đã được giải quyết",
        "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân và khoản 3 Điều 4 Nghị định số 154/2026/NĐ-CP, Ủy ban nhân dân xã "
        "An Phú từ chối tiếp nhận nội dung khiếu nại",
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Trần Văn Bình", "Nơi nhận:", "- Như trên;", "- Lưu: VT, hồ sơ.",
    ):  # fmt: skip
        assert expected in text, expected
    assert "18/11/2026" not in text

    knpa_id = _refuse(
        office_services, RefusalReason.KNPA_DA_TRA_LOI, Category.KIEN_NGHI_PHAN_ANH, summary="  "
    )
    text = pdf_flat_text(petition_docs.refusal_pdf(docs, docs.refusal_notice(knpa_id))[0])
    assert "Căn cứ điểm h khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP, Ủy ban nhân dân xã An Phú" in text
    assert "Điều 9 Luật Tiếp công dân" not in text and "Số: 02/TB-UBND" in text
    # "về việc" is never empty: without a summary the ground the citizen was refused on
    assert (
        "để kiến nghị, phản ánh về việc: kiến nghị, phản ánh đã được tiếp nhận, trả lời bằng văn bản" in text
    )


def test_an_office_outside_the_collective_regime_signs_with_the_heads_title_alone(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    office = office_services.office.get()
    assert office is not None
    with acting_as(office_services):
        office_services.office.save(replace(office, collective_regime=False))
    src = docs.refusal_notice(_refuse(office_services, RefusalReason.KHIEU_TO_KEO_DAI, Category.KHIEU_NAI))
    assert (src.signer.authority, src.signer.title) == ("", "CHỦ TỊCH")


def test_the_receipt_carries_its_form_mark(office_services: Services) -> None:
    visit_id = office_services.intake.save(
        VisitInput(date=DAY, visitor=KHAI, summary="Khiếu nại việc thu hồi đất", category=Category.KHIEU_NAI,
                   handling=Handling.THU_LY, documents=(DocumentInput("Đơn khiếu nại", 2, DocCondition.BAN_PHOTO),))
    ).id  # fmt: skip
    text = pdf_flat_text(visit_docs.receipt_pdf(office_services, visit_id))
    assert text.startswith("Mẫu số 02/TCD") and "GIẤY BIÊN NHẬN" in text and "bản phô tô" in text


def test_the_demo_year_runs_its_refusal_clocks_and_prints_most_notices(
    open_demo: Callable[[int], Services],
) -> None:
    services = open_demo(1)
    try:
        with services.ctx.db.read() as s:
            refused = s.scalars(
                select(VisitRecord.id).where(
                    VisitRecord.refusal_reason.in_(
                        [RefusalReason.KHIEU_TO_KEO_DAI.value, RefusalReason.KNPA_DA_TRA_LOI.value]
                    )
                )
            ).all()
        assert len(refused) >= 2
        clocks = [c for v in refused for c in _clocks(services, v)]
        assert len(clocks) == len(refused) and not any(c.is_voided for c in clocks)
        open_clocks = [c for c in clocks if c.completed_on is None]
        assert len(open_clocks) == 1 and open_clocks[0].entity_id == max(refused)
        groups = services.deadlines.due_soon_and_overdue()
        assert [r.entity_id for r in (*groups.due_soon, *groups.overdue) if r.rule_code == RULE] == [
            max(refused)
        ]
        with services.ctx.db.read() as s:
            conditions = set(s.scalars(select(ReceivedItemRecord.condition)).all())
        assert conditions and DocCondition.BAN_CHINH.value not in conditions  # the desk keeps copies only
        for clock in clocks:
            if clock.completed_on is not None:
                state = services.intake.refusal_notice_state(clock.entity_id)
                assert state.number_text and state.issued_on == clock.completed_on <= clock.due_date
    finally:
        services.close()


def test_a_signer_the_notice_does_not_allow_gets_a_vietnamese_sentence(
    office_services: Services, docs: PetitionDocumentService
) -> None:
    visit_id = _refuse(office_services, RefusalReason.KHIEU_TO_KEO_DAI, Category.KHIEU_NAI)
    deputy = next(st for st in office_services.office.list_staff() if st.is_deputy_head)
    with pytest.raises(ValidationError) as caught:
        docs.refusal_notice(visit_id, signer_id=deputy.id)
    assert refusal_error_text(caught.value) == i18n_errors.MESSAGES["signer.head_only"]
    oral = _refuse(office_services, RefusalReason.VU_KHI, None)
    with pytest.raises(ConflictError) as refused:
        docs.refusal_notice(oral)
    assert refusal_error_text(refused.value).startswith("Lý do từ chối này không phải ra Thông báo 01/TCD")
