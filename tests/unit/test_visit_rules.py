"""What a visit implies, when it is a repeat, which session it joins and what may be printed for it (desk_app.domain
.visit and .visit_papers; pure Python, no Qt, no DB)."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.enums import (
    CaseStatus,
    Category,
    Handling,
    PriorDecisionLevel,
    ReceptionKind,
    ReceptionSessionStatus,
    RefusalReason,
    VisitOrder,
    VisitStatus,
)
from desk_app.domain.legal_rules import refusal_ground
from desk_app.domain.visit import (
    SessionKey,
    asks_prior_handling,
    case_code,
    case_takes_visits,
    case_title,
    guides,
    held_by_joining,
    implies,
    is_case_owner,
    is_delegated,
    matter_key,
    may_join,
    search_text,
    session_key,
    transfers,
    visit_order,
    visit_status,
)
from desk_app.domain.visit_papers import PrintProblem, VisitPaper, print_problem

DAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    ("handling", "status"),
    [
        (Handling.TU_CHOI_TIEP, VisitStatus.TU_CHOI),
        (Handling.TRA_LOI_TRUC_TIEP, VisitStatus.DA_XU_LY_TAI_CHO),
        (Handling.HUONG_DAN, VisitStatus.DA_XU_LY_TAI_CHO),
        (Handling.THU_LY, VisitStatus.DA_VAO_SO),
        (Handling.CHUYEN_DON, VisitStatus.DA_VAO_SO),
        (Handling.DON_DOC, VisitStatus.DA_VAO_SO),
        (None, VisitStatus.DA_VAO_SO),
    ],
)
def test_the_status_follows_the_handling(handling: Handling | None, status: VisitStatus) -> None:
    assert visit_status(handling) is status
    assert implies(handling, Category.KHIEU_NAI, 1).status is status


def test_only_a_denunciation_is_confidential() -> None:
    assert implies(None, Category.TO_CAO, 1).is_confidential
    for category in (Category.KHIEU_NAI, Category.KIEN_NGHI_PHAN_ANH, None):
        assert not implies(None, category, 1).is_confidential


def test_a_delegation_starts_at_five_people_unless_the_officer_said_otherwise() -> None:
    assert [implies(None, None, n).is_delegation for n in (1, 4, 5, 30)] == [False, False, True, True]
    assert implies(None, None, 3, delegation=True).is_delegation
    assert not implies(None, None, 8, delegation=False).is_delegation


def test_a_refused_visitor_opens_no_case() -> None:
    assert not implies(Handling.TU_CHOI_TIEP, Category.TO_CAO, 1).has_case
    assert implies(Handling.HUONG_DAN, Category.TO_CAO, 1).has_case
    assert implies(None, Category.KHIEU_NAI, 1).has_case


def test_a_guided_or_transferred_matter_names_its_target_and_a_decided_one_the_deciding_body() -> None:
    assert [h for h in Handling if guides(h)] == [Handling.HUONG_DAN]
    assert [h for h in Handling if transfers(h)] == [Handling.CHUYEN_DON]
    assert not guides(None) and not transfers(None)
    assert not asks_prior_handling(None) and not asks_prior_handling(PriorDecisionLevel.CHUA)
    assert all(asks_prior_handling(level) for level in set(PriorDecisionLevel) - {PriorDecisionLevel.CHUA})


def test_case_codes_and_titles() -> None:
    assert case_code(2026, 7) == "VV-2026-007"
    assert case_code(2026, 1234) == "VV-2026-1234"
    assert case_title("a" * 250) == "a" * 200
    assert case_title("Khiếu nại đất") == "Khiếu nại đất"


def test_the_search_text_leaves_out_what_is_missing() -> None:
    assert search_text("nguyen van an", "", "001099012345", "khieu nai dat") == (
        "nguyen van an 001099012345 khieu nai dat"
    )
    assert search_text("le thi", "thon 2", None, "") == "le thi thon 2"


def test_the_same_matter_is_the_same_person_and_summary_key() -> None:
    assert matter_key(4, "khieu nai dat") == matter_key(4, "khieu nai dat")
    assert matter_key(4, "khieu nai dat") != matter_key(5, "khieu nai dat")


@pytest.mark.parametrize(
    ("presider_is_head", "said", "expected"),
    [
        (True, None, False),  # the head himself
        (False, None, True),  # a deputy, nobody said: on the head's behalf
        (True, True, True),  # the register's Ủy quyền mark
        (False, False, False),  # the officer said so
        (None, None, False),  # nobody presided
        (None, True, False),  # nobody presided, whatever was said
    ],
)
def test_who_presided_on_the_heads_behalf(
    presider_is_head: bool | None, said: bool | None, expected: bool
) -> None:
    assert is_delegated(presider_is_head, said) is expected


def test_only_periodic_and_unscheduled_visits_with_a_presider_join_a_session() -> None:
    assert session_key(ReceptionKind.THUONG_XUYEN, DAY, 3) is None
    assert session_key(ReceptionKind.DINH_KY, DAY, None) is None
    assert session_key(ReceptionKind.DINH_KY, DAY, 3) == SessionKey(DAY, 3, ReceptionKind.DINH_KY)
    assert session_key(ReceptionKind.DOT_XUAT, DAY, 3) != session_key(ReceptionKind.DINH_KY, DAY, 3)


def test_joining_a_session_makes_it_held_but_a_cancelled_one_is_never_joined() -> None:
    assert not may_join(ReceptionSessionStatus.HUY)
    for status in set(ReceptionSessionStatus) - {ReceptionSessionStatus.HUY}:
        assert may_join(status)
        assert held_by_joining(status) is (status is not ReceptionSessionStatus.DA_TIEP)


def test_a_visit_is_a_repeat_when_its_case_had_a_live_visit_before_it() -> None:
    assert visit_order((DAY, 10), None) is VisitOrder.LAN_DAU
    assert visit_order((DAY, 10), (DAY - dt.timedelta(days=1), 50)) is VisitOrder.NHIEU_LAN
    # The same day: whichever was entered first is the first.
    assert visit_order((DAY, 10), (DAY, 9)) is VisitOrder.NHIEU_LAN
    assert visit_order((DAY, 10), (DAY, 11)) is VisitOrder.LAN_DAU
    # An earlier visit entered later (a register imported afterwards) still comes first.
    assert visit_order((DAY, 10), (DAY - dt.timedelta(days=30), 900)) is VisitOrder.NHIEU_LAN
    assert visit_order((DAY - dt.timedelta(days=30), 900), (DAY, 10)) is VisitOrder.LAN_DAU


def test_a_returning_visitor_is_offered_every_case_not_yet_ended() -> None:
    assert not case_takes_visits(CaseStatus.KET_THUC)
    for status in set(CaseStatus) - {CaseStatus.KET_THUC}:
        assert case_takes_visits(status)


def test_the_case_owner_is_the_typed_name_or_id_number() -> None:
    assert is_case_owner("nguyen van an", "", "Nguyễn Văn An", None)
    assert is_case_owner("Someone Else", " 001099012345 ", "Nguyễn Văn An", "001099012345")
    assert not is_case_owner("Nguyễn Thị Bình", "", "Nguyễn Văn An", "001099012345")
    assert not is_case_owner("Nguyễn Thị Bình", "", "Nguyễn Văn An", None)


NOTICE_GROUND = next(r for r in RefusalReason if refusal_ground(r, DAY).needs_written_notice)
NO_NOTICE_GROUND = next(r for r in RefusalReason if not refusal_ground(r, DAY).needs_written_notice)


@pytest.mark.parametrize(
    ("paper", "saved", "refusal", "documents", "problem"),
    [
        (VisitPaper.RECEIPT, False, None, 2, PrintProblem.NEED_SAVE),
        (VisitPaper.RECEIPT, True, NOTICE_GROUND, 2, PrintProblem.NOT_FOR_REFUSAL),
        (VisitPaper.RECEIPT, True, None, 0, PrintProblem.NEED_DOCUMENTS),
        (VisitPaper.RECEIPT, True, None, 1, None),
        (VisitPaper.APPOINTMENT, False, None, 0, PrintProblem.NEED_SAVE),
        (VisitPaper.APPOINTMENT, True, NOTICE_GROUND, 0, PrintProblem.NOT_FOR_REFUSAL),
        (VisitPaper.APPOINTMENT, True, None, 0, None),
        (VisitPaper.REFUSAL_NOTICE, True, None, 0, PrintProblem.NOT_REFUSED),
        (VisitPaper.REFUSAL_NOTICE, False, None, 0, PrintProblem.NOT_REFUSED),
        (VisitPaper.REFUSAL_NOTICE, False, NOTICE_GROUND, 0, PrintProblem.NEED_SAVE),
        (VisitPaper.REFUSAL_NOTICE, True, NO_NOTICE_GROUND, 0, PrintProblem.NOTICE_NOT_NEEDED),
        (VisitPaper.REFUSAL_NOTICE, True, NOTICE_GROUND, 0, None),
    ],
)
def test_what_may_be_printed_for_a_visit(
    paper: VisitPaper,
    saved: bool,
    refusal: RefusalReason | None,
    documents: int,
    problem: PrintProblem | None,
) -> None:
    assert print_problem(paper, saved=saved, refusal=refusal, documents=documents, on=DAY) is problem
