"""The deadline core: seeding the rules table, starting clocks, their status on a day, completing them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desk_app.domain.deadline_rules import DEADLINE_RULES
from desk_app.domain.deadlines import Variant
from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.deadlines.clock import (
    ENTITY_DEADLINE,
    complete,
    live_rules,
    rule_in_force,
    seed_rules,
    start_clock,
    status_on,
)
from desk_app.services.registry import Services, open_services
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord

D = dt.date
EXPLANATION = (
    "Hạn 16/09/2026 = 10 ngày làm việc kể từ 28/08/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
    "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"
)


def calendar(services: Services) -> WorkingCalendar:
    return services.working_calendar.load(range(2025, 2029))


def start(services: Services, code: str, day: dt.date, **kwargs: object) -> DeadlineRecord:
    with services.ctx.db.write() as s, s.begin():
        return start_clock(
            s, services.ctx, calendar(services), entity_type="visit", entity_id=7, rule_code=code, start=day,
            label="Đơn của bà Nguyễn Thị Hoa", **kwargs,  # type: ignore[arg-type]
        )  # fmt: skip


def rule_count(services: Services) -> int:
    with services.ctx.db.read() as s:
        return s.scalar(select(func.count(DeadlineRuleRecord.id))) or 0


def test_opening_seeds_every_rule_version_once(services: Services, paths: AppPaths) -> None:
    assert rule_count(services) == len(DEADLINE_RULES)
    with services.ctx.db.write() as s, s.begin():
        assert seed_rules(s, services.ctx) == 0
    services.close()
    again = open_services(paths)
    try:
        assert rule_count(again) == len(DEADLINE_RULES)
        assert again.deadlines.seed() == 0
    finally:
        again.close()


def test_a_voided_version_is_not_seeded_again_and_no_longer_counts(services: Services) -> None:
    with services.ctx.db.write() as s, s.begin():
        newer = s.scalars(
            select(DeadlineRuleRecord).where(
                DeadlineRuleRecord.code == "KN_ACCEPT", DeadlineRuleRecord.effective_from == D(2026, 7, 1)
            )
        ).one()
        newer.is_voided = True
        newer.void_reason = "Cơ quan chưa áp dụng"
    with services.ctx.db.write() as s, s.begin():
        assert seed_rules(s, services.ctx) == 0
        assert all(rule.code != "KN_ACCEPT" or rule.length == 10 for _id, rule in live_rules(s))
        rule_id, rule = rule_in_force(s, "KN_ACCEPT", D(2026, 8, 3))
    assert rule_id is not None and rule.length == 10
    assert rule_count(services) == len(DEADLINE_RULES)


def test_seeding_an_empty_table_adds_every_version(services: Services) -> None:
    with services.ctx.db.write() as s, s.begin():
        for rec in s.scalars(select(DeadlineRuleRecord)):
            s.delete(rec)
    with services.ctx.db.write() as s, s.begin():
        assert rule_in_force(s, "XLD_PROCESS", D(2026, 8, 28))[0] is None  # the seed table answers meanwhile
        assert seed_rules(s, services.ctx) == len(DEADLINE_RULES)


def test_xld_process_from_28_08_2026_is_due_16_09_2026_with_the_explanation(services: Services) -> None:
    rec = start(services, "XLD_PROCESS", D(2026, 8, 28), given_to_citizen=True)
    assert rec.due_date == rec.original_due_date == D(2026, 9, 16)
    assert rec.explanation == EXPLANATION
    assert (rec.day_type, rec.length, rec.status, rec.given_to_citizen) == ("WORKING", 10, "DANG_CHAY", True)
    with services.ctx.db.read() as s:
        rule = s.get(DeadlineRuleRecord, rec.rule_id)
        assert rule is not None and rule.code == "XLD_PROCESS" and rule.source == "seed"
    [entry] = audit.history(services.ctx, ENTITY_DEADLINE, rec.id)
    assert entry.action == "create" and entry.changes["due_date"] == (None, "2026-09-16")


def test_a_length_set_by_the_head_overrides_the_rule(services: Services) -> None:
    rec = start(services, "TCD_CONCLUSION_TASK", D(2026, 8, 28), length=3)
    assert (rec.length, rec.due_date) == (3, D(2026, 9, 7))
    assert rec.explanation.startswith("Hạn 07/09/2026 = 3 ngày làm việc kể từ 28/08/2026")


def test_the_complex_variant_uses_its_length(services: Services) -> None:
    rec = start(services, "KN_RESOLVE_1", D(2026, 3, 2), variant=Variant.COMPLEX)
    assert (rec.length, rec.due_date, rec.day_type, rec.variant) == (
        45,
        D(2026, 4, 16),
        "CALENDAR",
        "COMPLEX",
    )


def test_a_fixed_due_date_is_kept_without_an_explanation(services: Services) -> None:
    rec = start(services, "XLD_PROCESS", D(2026, 8, 28), due=D(2026, 10, 1))
    assert rec.due_date == rec.original_due_date == D(2026, 10, 1)
    assert rec.explanation == ""


def test_status_on_a_working_day_rule(services: Services) -> None:
    rec = start(services, "XLD_PROCESS", D(2026, 8, 28))  # due Wednesday 16/09/2026
    cal = calendar(services)
    assert status_on(rec, D(2026, 9, 10), cal) is DeadlineStatus.DANG_CHAY  # 4 working days left
    assert status_on(rec, D(2026, 9, 11), cal) is DeadlineStatus.DANG_CHAY  # 3 left
    assert status_on(rec, D(2026, 9, 12), cal) is DeadlineStatus.DANG_CHAY  # Saturday: still 3 left
    assert status_on(rec, D(2026, 9, 14), cal) is DeadlineStatus.SAP_HET_HAN  # Monday: 2 left
    assert status_on(rec, D(2026, 9, 16), cal) is DeadlineStatus.SAP_HET_HAN
    assert status_on(rec, D(2026, 9, 17), cal) is DeadlineStatus.QUA_HAN


def test_status_on_a_calendar_day_rule_and_an_extension(services: Services) -> None:
    rec = start(services, "KN_RESOLVE_1", D(2026, 3, 2))  # due 01/04/2026
    cal = calendar(services)
    assert status_on(rec, D(2026, 3, 28), cal) is DeadlineStatus.DANG_CHAY  # 4 days left
    assert status_on(rec, D(2026, 3, 29), cal) is DeadlineStatus.SAP_HET_HAN  # 3 days left
    assert status_on(rec, D(2026, 4, 2), cal) is DeadlineStatus.QUA_HAN
    rec.extended_to = D(2026, 4, 16)
    assert status_on(rec, D(2026, 4, 2), cal) is DeadlineStatus.DANG_CHAY


def test_complete_stops_the_clock_and_is_logged(services: Services) -> None:
    rec = start(services, "XLD_PROCESS", D(2026, 8, 28))
    with services.ctx.db.write() as s, s.begin():
        live = s.get(DeadlineRecord, rec.id)
        assert live is not None
        complete(s, services.ctx, live, D(2026, 9, 20))
    with services.ctx.db.read() as s:
        done = s.get(DeadlineRecord, rec.id)
        assert done is not None
        assert (done.completed_on, done.status) == (D(2026, 9, 20), "HOAN_THANH")
        assert done.due_date == D(2026, 9, 16)
        assert status_on(done, D(2026, 12, 1), calendar(services)) is DeadlineStatus.HOAN_THANH
    actions = [e.action for e in audit.history(services.ctx, ENTITY_DEADLINE, rec.id)]
    assert actions == ["create", "complete"]
