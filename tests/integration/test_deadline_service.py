"""DeadlineService: rule versions as data, the impact preview of a change, applying it, the due clocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desk_app.domain.enums import DeadlineStatus, Role
from desk_app.domain.working_calendar import DayType
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.deadlines.clock import ENTITY_DEADLINE, complete, start_clock
from desk_app.services.deadlines.service import RuleChange
from desk_app.services.registry import Services
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord
from tests.helpers.acting import acting_as

D = dt.date
BASIS = "Quyết định số 15/QĐ-UBND ngày 01/09/2026 của UBND xã An Phú"


@pytest.fixture(autouse=True)
def _administrator(services: Services) -> Iterator[None]:
    """The deadline rules are a settings tab: the administrator's (DOMAIN §13.3).

    That anyone else is refused is tests/integration/test_write_gates.py's."""
    with acting_as(services, Role.QUAN_TRI):
        yield


def clock(
    services: Services, day: dt.date, *, code: str = "XLD_PROCESS", label: str = "Đơn bà Hoa", **kw: object
) -> DeadlineRecord:
    with services.ctx.db.write() as s, s.begin():
        return start_clock(
            s, services.ctx, services.working_calendar.load(range(2025, 2029)), entity_type="visit",
            entity_id=3, rule_code=code, start=day, label=label, responsible="Phạm Thị Dung", **kw,  # type: ignore[arg-type]
        )  # fmt: skip


def stored(services: Services, deadline_id: int) -> DeadlineRecord:
    with services.ctx.db.read() as s:
        rec = s.get(DeadlineRecord, deadline_id)
        assert rec is not None
        return rec


def shorter() -> RuleChange:
    """XLD_PROCESS shortened to 7 working days from 01/09/2026."""
    return RuleChange("XLD_PROCESS", D(2026, 9, 1), BASIS, 7)


def test_rules_lists_the_latest_version_of_each_code_with_its_history(services: Services) -> None:
    rules = {r.code: r for r in services.deadlines.rules()}
    assert list(rules)[:2] == ["TCD_PUBLISH_SCHEDULE", "TCD_NOTIFY_RESULT"]
    accept = rules["KN_ACCEPT"]
    assert [v.rule.length for v in accept.history] == [10, 7]
    assert accept.latest.rule.length == 7 and accept.latest.source == "seed"
    assert accept.in_force(D(2026, 6, 30)).rule.length == 10
    assert rules["KN_RESOLVE_1"].latest.rule.day_type is DayType.CALENDAR
    assert rules["KN_RESOLVE_1"].latest.rule.complex_note_vi == "vụ việc phức tạp"
    with pytest.raises(NotFoundError):
        services.deadlines.rule("NOPE")


def test_a_change_is_checked_field_by_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.deadlines.propose_change(RuleChange("XLD_PROCESS", None, "  ", 0))
    assert set(caught.value.errors) == {
        FieldError("length", "min"),
        FieldError("legal_basis", "required"),
        FieldError("effective_from", "required"),
    }
    with pytest.raises(ValidationError) as caught:
        services.deadlines.apply_change(
            RuleChange("KN_RESOLVE_1", D(2012, 7, 1), BASIS, 30, complex_length=20)
        )
    assert set(caught.value.errors) == {
        FieldError("effective_from", "taken"),
        FieldError("complex_length", "shorter"),
    }
    with pytest.raises(NotFoundError):
        services.deadlines.propose_change(RuleChange("NOPE", D(2026, 9, 1), BASIS, 5))
    assert len(services.deadlines.rule("XLD_PROCESS").history) == 1


def test_the_preview_lists_the_running_clocks_that_would_move(services: Services) -> None:
    given = clock(services, D(2026, 9, 3), label="Đơn ông Nam", given_to_citizen=True)
    kept = clock(services, D(2026, 9, 4), label="Đơn bà Lan")
    clock(services, D(2026, 8, 28), label="Bắt đầu trước ngày hiệu lực")
    done = clock(services, D(2026, 9, 7), label="Đã xong")
    clock(services, D(2026, 9, 8), label="Hạn ghi trong thông báo", due=D(2026, 9, 30))
    clock(services, D(2026, 9, 8), code="TC_TRANSFER", label="Quy tắc khác")
    with services.ctx.db.write() as s, s.begin():
        rec = s.get(DeadlineRecord, done.id)
        assert rec is not None
        complete(s, services.ctx, rec, D(2026, 9, 10))
    impact = services.deadlines.propose_change(shorter())
    assert [(m.label, m.old_due, m.new_due, m.given_to_citizen) for m in impact.moved] == [
        ("Đơn ông Nam", D(2026, 9, 17), D(2026, 9, 14), True),
        ("Đơn bà Lan", D(2026, 9, 18), D(2026, 9, 15), False),
    ]
    assert [m.deadline_id for m in impact.given] == [given.id]
    assert impact.moved[1].deadline_id == kept.id and impact.moved[1].responsible == "Phạm Thị Dung"
    assert impact.rule.length == 7 and impact.rule.legal_basis == BASIS
    assert len(services.deadlines.rule("XLD_PROCESS").history) == 1  # a preview writes nothing


def test_applying_without_recompute_adds_a_version_and_keeps_the_given_dates(services: Services) -> None:
    given = clock(services, D(2026, 9, 3), given_to_citizen=True)
    applied = services.deadlines.apply_change(shorter())
    assert applied.moved == ()
    assert applied.version.source == "admin" and applied.version.created_by == services.ctx.actor.name
    info = services.deadlines.rule("XLD_PROCESS")
    assert [(v.rule.length, v.source) for v in info.history] == [(10, "seed"), (7, "admin")]
    assert info.history[0].rule.legal_basis == "Thông tư số 05/2021/TT-TTCP"  # the old version is untouched
    assert stored(services, given.id).due_date == D(2026, 9, 17)
    # New clocks take the new version from its date; earlier starts keep the old one.
    assert clock(services, D(2026, 9, 3)).due_date == D(2026, 9, 14)
    assert clock(services, D(2026, 8, 28)).due_date == D(2026, 9, 16)
    assert services.deadlines.rule_in_force("XLD_PROCESS", D(2026, 9, 1)).length == 7
    [entry] = audit.history(services.ctx, "deadline_rule", applied.version.id)
    assert entry.changes["length"] == (None, 7)


def test_recompute_moves_the_running_clocks_and_keeps_the_original_date(services: Services) -> None:
    given = clock(services, D(2026, 9, 3), given_to_citizen=True)
    applied = services.deadlines.apply_change(shorter(), recompute=True)
    assert [(m.deadline_id, m.old_due, m.new_due) for m in applied.moved] == [
        (given.id, D(2026, 9, 17), D(2026, 9, 14))
    ]
    moved = stored(services, given.id)
    assert (moved.due_date, moved.original_due_date, moved.length) == (D(2026, 9, 14), D(2026, 9, 17), 7)
    assert moved.rule_id == applied.version.id
    assert moved.explanation.startswith("Hạn 14/09/2026 = 7 ngày làm việc kể từ 03/09/2026")
    log = audit.history(services.ctx, ENTITY_DEADLINE, given.id)
    assert [e.action for e in log] == ["create", "recompute"]
    assert log[-1].changes["due_date"] == ("2026-09-17", "2026-09-14")


def test_a_day_type_change_applies_to_new_clocks_only(services: Services) -> None:
    running = clock(services, D(2026, 9, 3))
    change = RuleChange("XLD_PROCESS", D(2026, 9, 1), BASIS, None, day_type=DayType.CALENDAR)
    assert [m.new_due for m in services.deadlines.propose_change(change).moved] == [D(2026, 9, 14)]
    services.deadlines.apply_change(change)
    assert stored(services, running.id).day_type == "WORKING"
    fresh = clock(services, D(2026, 9, 3))
    assert (fresh.day_type, fresh.length, fresh.due_date) == ("CALENDAR", 10, D(2026, 9, 14))
    with services.ctx.db.read() as s:
        versions = s.scalars(select(DeadlineRuleRecord).where(DeadlineRuleRecord.code == "XLD_PROCESS")).all()
    assert sorted(v.day_type for v in versions) == ["CALENDAR", "WORKING"]


def test_due_soon_and_overdue_groups_the_running_clocks(services: Services) -> None:
    late = clock(services, D(2026, 10, 30), label="Đơn quá hạn")  # due 13/11/2026
    soon = clock(services, D(2026, 11, 9), label="Đơn sắp đến hạn")  # due 23/11/2026
    clock(services, D(2026, 11, 19), label="Còn lâu")  # due 03/12/2026
    cd_soon = clock(services, D(2026, 10, 22), code="KN_RESOLVE_1", label="Khiếu nại")  # due 21/11 → 23/11
    groups = services.deadlines.due_soon_and_overdue(D(2026, 11, 20))
    assert [(r.deadline_id, r.days, r.status) for r in groups.overdue] == [
        (late.id, 7, DeadlineStatus.QUA_HAN)
    ]
    # Both are due on Monday 23/11: one working day, or three calendar days, left.
    assert sorted((r.deadline_id, r.days, r.day_type, r.due) for r in groups.due_soon) == sorted(
        [(soon.id, 1, DayType.WORKING, D(2026, 11, 23)), (cd_soon.id, 3, DayType.CALENDAR, D(2026, 11, 23))]
    )
    row = groups.overdue[0]
    assert (row.label, row.responsible, row.entity_type, row.entity_id) == (
        "Đơn quá hạn",
        "Phạm Thị Dung",
        "visit",
        3,
    )
