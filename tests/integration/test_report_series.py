"""The chart series by subject field and by timeliness, on hand-built records; the office's monthly cut-off."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from desk_app.domain.enums import Category, Handling, PetitionSource, RefusalReason, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import Services
from desk_app.services.reports.service import ReportService
from desk_app.storage.records import PetitionRecord
from desk_app.storage.records.deadline import DeadlineRecord
from tests.helpers.acting import acting_as

D = dt.date


def _visit(sv: Services, day: dt.date, name: str, field: SubjectField | None, **kw: object) -> int:
    values: dict[str, object] = {
        "date": day, "visitor": PersonInput(full_name=name), "summary": f"Đề nghị của {name}",
        "category": Category.KIEN_NGHI_PHAN_ANH, "handling": Handling.TRA_LOI_TRUC_TIEP, "field": field,
    }  # fmt: skip
    values.update(kw)
    return sv.intake.save(VisitInput(**values)).id  # type: ignore[arg-type]


def _petition(sv: Services, day: dt.date, field: SubjectField | None) -> int:
    return sv.petitions.register(
        PetitionInput(day, PetitionSource.BUU_CHINH, f"Đơn nhận ngày {day}", Category.KIEN_NGHI_PHAN_ANH,
                      main=PersonInput("Võ Văn Gửi"), field=field)
    ).id  # fmt: skip


def test_visits_and_petitions_by_field(office_services: Services) -> None:
    sv = office_services
    land, justice, corruption = SubjectField.HC_DAT_DAI_NHA_CUA, SubjectField.TU_PHAP, SubjectField.THAM_NHUNG
    period = sv.reports.period("2026-11")  # 15/10–14/11/2026
    _visit(sv, D(2026, 10, 20), "Nguyễn Văn An", land)
    _visit(sv, D(2026, 10, 25), "Trần Thị Bé", land)
    _visit(sv, D(2026, 10, 30), "Lê Văn Cường", justice)
    _visit(sv, D(2026, 11, 1), "Đỗ Văn Dũng", None)
    _visit(sv, D(2026, 10, 10), "Phan Văn Em", land)  # before the period
    _visit(sv, D(2026, 11, 2), "Hồ Văn Khải", corruption, handling=Handling.TU_CHOI_TIEP,
           refusal_reason=RefusalReason.SAY_TAM_THAN)  # fmt: skip  # refused: not a counted turn
    voided = _visit(sv, D(2026, 11, 3), "Mai Văn Sai", corruption)
    sv.intake.void(voided, "Nhập nhầm")
    _petition(sv, D(2026, 10, 20), land)
    _petition(sv, D(2026, 11, 2), corruption)
    _petition(sv, D(2026, 11, 16), SubjectField.KHAC)  # after the period

    assert sv.reports.field_series(period) == [
        ("Đất đai, nhà cửa", 2, 1),
        ("Tham nhũng", 0, 1),
        ("Tư pháp", 1, 0),
        ("Chưa xác định lĩnh vực", 1, 0),
    ]
    assert sum(v for _, v, _ in sv.reports.field_series(period)) == sum(
        v for _, v, _ in sv.reports.monthly_series(period)
    )


def test_deadlines_met_on_time_late_or_still_overdue(office_services: Services) -> None:
    sv = office_services  # today is 20/11/2026
    ids = [_petition(sv, D(2026, 9, 1), None) for _ in range(6)]
    clocks: list[tuple[dt.date, dt.date | None, dt.date | None, bool]] = [
        # (due, extended to, completed on, voided)
        (D(2026, 10, 20), None, D(2026, 10, 20), False),  # done on the day: on time
        (
            D(2026, 10, 1),
            D(2026, 11, 5),
            D(2026, 11, 4),
            False,
        ),  # extended into the period, done before: on time
        (D(2026, 11, 10), None, D(2026, 11, 12), False),  # done two days late
        (D(2026, 11, 3), None, None, False),  # not done, date passed: overdue
        (D(2026, 11, 14), None, None, True),  # voided: not counted
        (D(2026, 11, 20), None, None, False),  # after the period: not counted
    ]
    with sv.ctx.db.write() as s, s.begin():
        s.execute(update(DeadlineRecord).values(is_voided=True))  # only the clocks below count
        for pid, (due, extended, done, voided) in zip(ids, clocks, strict=True):
            s.add(DeadlineRecord(
                entity_type="petition", entity_id=pid, rule_code="XLD_PROCESS", start_date=D(2026, 9, 1),
                day_type="WORKING", length=10, due_date=due, original_due_date=due, extended_to=extended,
                completed_on=done, is_voided=voided,
            ))  # fmt: skip
    period = sv.reports.period("2026-11")
    assert sv.reports.timeliness_series(period) == [
        ("Xong đúng hạn", 2), ("Xong nhưng trễ hạn", 1), ("Quá hạn, chưa xong", 1),
    ]  # fmt: skip
    # A voided petition takes its clocks with it.
    with sv.ctx.db.write() as s, s.begin():
        s.execute(update(PetitionRecord).where(PetitionRecord.id == ids[3]).values(is_voided=True))
    assert sv.reports.timeliness_series(period)[2] == ("Quá hạn, chưa xong", 0)


def test_the_office_chooses_calendar_months_and_it_applies_at_once(office_services: Services) -> None:
    sv = office_services
    march = sv.reports.period("2026-03")
    assert (march.first, march.last) == (D(2026, 2, 15), D(2026, 3, 14))  # the default cut-off
    office = sv.office.get()
    assert office is not None and office.report_calendar_months is False
    with acting_as(sv):
        saved = sv.office.save(OfficeInfo(**{**_fields(office), "report_calendar_months": True}))
    assert saved.report_calendar_months is True
    assert sv.office.get() == saved
    march = sv.reports.period("2026-03")  # the same service object, no restart
    assert (march.first, march.last) == (D(2026, 3, 1), D(2026, 3, 31))
    december = next(p for p in sv.reports.periods_of_year(2026) if p.code == "2026-12")
    assert (december.first, december.last) == (D(2026, 12, 1), D(2026, 12, 31))
    # Given explicitly, the constructor's choice wins over the office's.
    assert ReportService(sv.ctx, calendar_months=False).period("2026-03").first == D(2026, 2, 15)


def _fields(office: OfficeInfo) -> dict[str, object]:
    return {name: getattr(office, name) for name in OfficeInfo.__dataclass_fields__}
