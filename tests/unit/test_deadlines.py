"""The deadline rules of DOMAIN §8 as dated data, the rule in force on a date, and their due dates."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from desk_app.domain.deadline_rules import DEADLINE_RULES, DeadlineRule, Direction, rule_codes
from desk_app.domain.deadlines import (
    NoVariantLengthError,
    UnknownRuleError,
    Variant,
    compute,
    length_for,
    rule_for,
    variant_of,
)
from desk_app.domain.working_calendar import DayType
from desk_app.i18n.vi_working_calendar import explain
from desk_app.services.deadlines.holiday_source import working_calendar

D = dt.date
CAL = working_calendar(range(2024, 2029))
WD, CD = DayType.WORKING, DayType.CALENDAR

# (code, length, day type, complex length, direction) exactly as DOMAIN §8 and §16.5 give them.
DOMAIN_8 = [
    ("TCD_PUBLISH_SCHEDULE", 5, WD, None, Direction.BEFORE),
    ("TCD_NOTIFY_RESULT", 10, WD, None, Direction.AFTER),
    ("TCD_REFUSAL_NOTICE", 3, WD, None, Direction.AFTER),
    ("TCD_FORWARDED_RESULT_TO_SENDER", 7, WD, None, Direction.AFTER),
    ("TCD_BAN_NOTIFY_CITIZEN", 5, WD, None, Direction.AFTER),
    ("ONLINE_NOTIFY", 5, WD, None, Direction.BEFORE),
    ("ONLINE_TEST", 1, WD, None, Direction.BEFORE),
    ("TCD_CONCLUSION_TASK", 15, WD, None, Direction.AFTER),
    ("DIALOGUE_CONCLUSION_NOTICE", 10, WD, None, Direction.AFTER),
    ("DIALOGUE_UNIT_ANSWER", 30, WD, None, Direction.AFTER),
    ("XLD_PROCESS", 10, WD, None, Direction.AFTER),
    ("XLD_DISCIPLINE_LIMIT", 45, CD, None, Direction.AFTER),
    ("KN_THOI_HIEU", 90, CD, None, Direction.AFTER),
    ("KN_ACCEPT", 7, WD, None, Direction.AFTER),
    ("KN_RESOLVE_1", 30, CD, 45, Direction.AFTER),
    ("KN_APPEAL_WINDOW", 30, CD, None, Direction.AFTER),
    ("KN_RESOLVE_2", 45, CD, 60, Direction.AFTER),
    ("KN_DIALOGUE_NOTICE", 5, CD, None, Direction.BEFORE),
    ("KN_SUSPEND_SEND", 3, WD, None, Direction.AFTER),
    ("KN_DINH_CHI_NO_CONTINUE", 30, CD, None, Direction.AFTER),
    ("TC_INITIAL", 7, WD, 10, Direction.AFTER),
    ("TC_TRANSFER", 5, WD, None, Direction.AFTER),
    ("TC_NOTIFY_ACCEPT", 5, WD, None, Direction.AFTER),
    ("TC_RESOLVE", 30, CD, 60, Direction.AFTER),
    ("DATA_SUBJECT_REQUEST", 2, WD, None, Direction.AFTER),
]
TODAY = D(2026, 11, 20)


def test_every_rule_of_domain_8_and_the_dialogue_rules_is_seeded_once_per_version() -> None:
    assert rule_codes() == tuple(code for code, *_ in DOMAIN_8)
    versions = [(r.code, r.effective_from) for r in DEADLINE_RULES]
    assert len(versions) == len(set(versions))


@pytest.mark.parametrize(("code", "length", "day_type", "complex_length", "direction"), DOMAIN_8)
def test_the_rule_in_force_today_matches_domain_8(
    code: str, length: int, day_type: DayType, complex_length: int | None, direction: Direction
) -> None:
    rule = rule_for(code, TODAY)
    assert (rule.length, rule.day_type, rule.complex_length, rule.direction) == (
        length,
        day_type,
        complex_length,
        direction,
    )


@pytest.mark.parametrize("rule", DEADLINE_RULES, ids=lambda r: f"{r.code}@{r.effective_from}")
def test_every_rule_has_its_data(rule: DeadlineRule) -> None:
    assert rule.length > 0 and rule.tag in {"V", "V-old", "S", "U"}
    for text in (rule.what_vi, rule.start_event_vi, rule.legal_basis):
        assert text.strip() == text and text and unicodedata.is_normalized("NFC", text)
    assert rule.effective_from >= D(2012, 7, 1)
    assert (rule.complex_length is None) == (rule.complex_note_vi is None)
    for variant in (rule.complex_length, rule.especially_complex_length, rule.remote_length):
        assert variant is None or variant > rule.length


def test_kn_accept_is_10_working_days_before_1_7_2026_and_7_from_then() -> None:
    assert rule_for("KN_ACCEPT", D(2026, 6, 30)).length == 10
    assert rule_for("KN_ACCEPT", D(2026, 7, 1)).length == 7
    assert "155/2026" in rule_for("KN_ACCEPT", D(2026, 7, 1)).legal_basis
    assert compute(rule_for("KN_ACCEPT", D(2026, 6, 30)), D(2026, 6, 30), CAL).due == D(2026, 7, 14)
    assert compute(rule_for("KN_ACCEPT", D(2026, 7, 1)), D(2026, 7, 1), CAL).due == D(2026, 7, 10)


def test_before_the_first_version_the_first_is_used_and_an_unknown_code_fails() -> None:
    assert rule_for("TCD_REFUSAL_NOTICE", D(2025, 1, 1)).effective_from == D(2026, 7, 1)
    with pytest.raises(UnknownRuleError) as caught:
        rule_for("NOPE", TODAY)
    assert caught.value.code == "NOPE"


@pytest.mark.parametrize(
    ("code", "variant", "length"),
    [
        ("KN_RESOLVE_1", Variant.COMPLEX, 45),
        ("KN_RESOLVE_1", Variant.REMOTE, 45),
        ("KN_RESOLVE_1", Variant.REMOTE_COMPLEX, 60),
        ("KN_RESOLVE_2", Variant.COMPLEX, 60),
        ("KN_RESOLVE_2", Variant.REMOTE, 60),
        ("KN_RESOLVE_2", Variant.REMOTE_COMPLEX, 70),
        ("KN_APPEAL_WINDOW", Variant.REMOTE, 45),
        ("TC_INITIAL", Variant.COMPLEX, 10),
        ("TC_RESOLVE", Variant.COMPLEX, 60),
        ("TC_RESOLVE", Variant.ESPECIALLY_COMPLEX, 90),
    ],
)
def test_variant_lengths(code: str, variant: Variant, length: int) -> None:
    assert length_for(rule_for(code, TODAY), variant) == length


@pytest.mark.parametrize(
    ("code", "variant"),
    [("XLD_PROCESS", Variant.COMPLEX), ("KN_APPEAL_WINDOW", Variant.COMPLEX), ("TC_RESOLVE", Variant.REMOTE)],
)
def test_a_variant_the_law_does_not_set_is_refused(code: str, variant: Variant) -> None:
    with pytest.raises(NoVariantLengthError) as caught:
        length_for(rule_for(code, TODAY), variant)
    assert (caught.value.code, caught.value.variant) == (code, variant)


def test_variant_flags() -> None:
    assert variant_of() is Variant.NORMAL
    assert variant_of(complex=True) is Variant.COMPLEX
    assert variant_of(remote=True) is Variant.REMOTE
    assert variant_of(complex=True, remote=True) is Variant.REMOTE_COMPLEX
    assert variant_of(especially_complex=True) is Variant.ESPECIALLY_COMPLEX


def test_the_acceptance_example_xld_process() -> None:
    due = compute(rule_for("XLD_PROCESS", D(2026, 8, 28)), D(2026, 8, 28), CAL)
    assert due.due == D(2026, 9, 16) and due.length == 10 and due.day_type is WD
    assert explain(due) == (
        "Hạn 16/09/2026 = 10 ngày làm việc kể từ 28/08/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
        "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"
    )


@pytest.mark.parametrize(
    ("code", "start", "kwargs", "due"),
    [
        ("KN_RESOLVE_1", D(2026, 3, 2), {}, D(2026, 4, 1)),
        ("KN_RESOLVE_1", D(2026, 3, 2), {"complex": True}, D(2026, 4, 16)),
        (
            "KN_RESOLVE_1",
            D(2026, 3, 2),
            {"complex": True, "remote": True},
            D(2026, 5, 4),
        ),  # 01/05 holiday, then a weekend
        ("KN_RESOLVE_2", D(2026, 1, 2), {}, D(2026, 2, 23)),  # 16/02 is in Tết → after Tết
        ("TC_RESOLVE", D(2026, 1, 5), {"especially_complex": True}, D(2026, 4, 6)),  # Sun 05/04 → Mon
        ("KN_THOI_HIEU", D(2026, 6, 3), {}, D(2026, 9, 3)),  # 01/09 Quốc khánh → 03/09
        ("TC_INITIAL", D(2026, 8, 28), {"complex": True}, D(2026, 9, 16)),
        ("TCD_NOTIFY_RESULT", D(2026, 11, 20), {}, D(2026, 12, 7)),  # 24/11 is off
        ("TCD_PUBLISH_SCHEDULE", D(2026, 9, 4), {}, D(2026, 8, 25)),
        ("ONLINE_TEST", D(2026, 9, 3), {}, D(2026, 8, 28)),
        ("KN_DIALOGUE_NOTICE", D(2026, 3, 5), {}, D(2026, 2, 27)),  # Sat 28/02 → the Friday before
    ],
)
def test_compute_every_day_type_and_direction(
    code: str, start: dt.date, kwargs: dict[str, bool], due: dt.date
) -> None:
    result = compute(rule_for(code, start), start, CAL, **kwargs)
    assert result.due == due
    assert result.backward is (rule_for(code, start).direction is Direction.BEFORE)
    assert CAL.is_working_day(result.due)
