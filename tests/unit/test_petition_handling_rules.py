"""What a handling needs, which steps and follow-ups a petition offers, which documents apply: no database, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Category, Handling, PetitionStatus, Role
from desk_app.domain.petition_docs import petition_documents
from desk_app.domain.petition_flow import PetitionAction, decision_actions
from desk_app.domain.petition_followups import FollowUpType, check_follow_up, offered_follow_ups
from desk_app.domain.petition_rules import PETITION_HANDLINGS, HandlingNeeds, handling_needs

A, S, F, H, K = PetitionAction, PetitionStatus, FollowUpType, Handling, DocumentKind
HANDLER = (Role.XU_LY_DON,)
LEADER = (Role.LANH_DAO,)
TODAY = dt.date(2026, 11, 20)


def test_a_petition_is_given_every_handling_but_the_desk_only_ones() -> None:
    assert PETITION_HANDLINGS == (
        H.THU_LY, H.HUONG_DAN, H.CHUYEN_DON, H.TRA_LAI_DON, H.LUU_DON, H.DON_DOC, H.CHUYEN_CQ_DIEU_TRA,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("handling", "needs"),
    [
        (H.THU_LY, HandlingNeeds(receiving_body=False, letter=None)),
        (H.HUONG_DAN, HandlingNeeds(receiving_body=True, letter=K.GUIDANCE)),
        (H.CHUYEN_DON, HandlingNeeds(receiving_body=True, letter=K.TRANSFER)),
        (H.CHUYEN_CQ_DIEU_TRA, HandlingNeeds(receiving_body=True, letter=None)),
        (H.DON_DOC, HandlingNeeds(receiving_body=True, letter=None)),
        (H.TRA_LAI_DON, HandlingNeeds(receiving_body=False, letter=None)),
        (H.LUU_DON, HandlingNeeds(receiving_body=False, letter=None)),
    ],
)
def test_what_a_handling_needs(handling: Handling, needs: HandlingNeeds) -> None:
    assert handling_needs(handling) == needs
    assert needs.leader_approval


def test_the_handling_steps_offered_follow_the_state_the_role_and_a_waiting_proposal() -> None:
    assert decision_actions(S.DA_VAO_SO, HANDLER, has_pending_proposal=False) == [A.CLASSIFY]
    assert decision_actions(S.DANG_XU_LY, HANDLER, has_pending_proposal=False) == [A.CLASSIFY, A.PROPOSE]
    assert decision_actions(S.CHO_DUYET, HANDLER, has_pending_proposal=True) == []
    assert decision_actions(S.CHO_DUYET, LEADER, has_pending_proposal=True) == [A.RETURN, A.APPROVE]
    # Without a proposal waiting there is nothing to approve or send back.
    assert decision_actions(S.CHO_DUYET, LEADER, has_pending_proposal=False) == []
    assert decision_actions(S.DA_GIAI_QUYET, LEADER, has_pending_proposal=False) == [A.REOPEN, A.VOID_RESULT]
    assert decision_actions(S.DA_GIAI_QUYET, HANDLER, has_pending_proposal=False) == [A.VOID_RESULT]
    # Registering belongs to the form; withdrawing, suspending, resolving are follow-up events.
    assert decision_actions(S.MOI_TIEP_NHAN, HANDLER, has_pending_proposal=False) == []
    assert decision_actions(S.DANG_GIAI_QUYET, HANDLER, has_pending_proposal=False) == []


def test_the_follow_ups_offered() -> None:
    running = offered_follow_ups(S.DANG_GIAI_QUYET, HANDLER, has_running_clock=True)
    assert F.TAM_DINH_CHI in running and F.NHAN_KET_QUA in running and F.GIA_HAN in running
    assert F.TIEP_TUC not in running  # nothing is suspended
    suspended = offered_follow_ups(S.TAM_DINH_CHI, HANDLER, has_running_clock=False)
    assert F.TIEP_TUC in suspended and F.DINH_CHI in suspended
    assert F.GIA_HAN not in suspended and F.TAM_DINH_CHI not in suspended
    done = offered_follow_ups(S.DA_GIAI_QUYET, HANDLER, has_running_clock=False)
    # A resolved petition still takes a result: recorded on history (imported as resolved) or correcting the last one.
    assert done == [F.NHAN_PHUC_DAP, F.DON_DOC, F.NHAN_KET_QUA, F.THONG_BAO_CONG_DAN, F.RUT_MOT_PHAN]


def test_a_follow_up_is_checked_whole() -> None:
    assert check_follow_up(F.DON_DOC, TODAY, TODAY) == []
    errors = check_follow_up(F.GIA_HAN, TODAY + dt.timedelta(days=1), TODAY)
    assert [(e.field, e.code) for e in errors] == [
        ("event_date", "future"),
        ("doc_no", "required"),
        ("extended_to", "required"),
    ]
    assert check_follow_up(F.TAM_DINH_CHI, TODAY, TODAY, doc_no=" 12/QĐ ") == []
    assert check_follow_up(F.GIA_HAN, TODAY, TODAY, doc_no="3/QĐ", clock_id=1, extended_to=TODAY) == []


def _docs(**kw: object) -> list[DocumentKind]:
    facts: dict[str, object] = {
        "has_proposal": True, "handling": None, "category": Category.KHIEU_NAI, "is_anonymous": False,
        "in_case": False,
    }  # fmt: skip
    facts.update(kw)
    return petition_documents(**facts)  # type: ignore[arg-type]


def test_the_documents_a_petition_calls_for() -> None:
    assert _docs(has_proposal=False) == []
    assert _docs() == [K.PROPOSAL]  # proposed, not yet approved
    assert _docs(handling=H.THU_LY) == [K.PROPOSAL, K.RESULT, K.ACCEPTANCE]
    assert _docs(handling=H.HUONG_DAN) == [K.PROPOSAL, K.GUIDANCE, K.RESULT, K.NOT_ACCEPTED]
    assert _docs(handling=H.CHUYEN_DON, category=Category.TO_CAO) == [K.PROPOSAL, K.TRANSFER, K.RESULT]
    # No author to notify: only the slips; a case adds its file.
    assert _docs(handling=H.CHUYEN_DON, is_anonymous=True, in_case=True) == [
        K.PROPOSAL,
        K.TRANSFER,
        K.CASE_FILE,
    ]


def test_what_tao_don_requires_of_the_visit() -> None:
    from desk_app.domain.petition import FromVisitBlock, from_visit_block
    from desk_app.i18n import vi_petitions_page as vpp

    assert from_visit_block(visit_saved=True, has_unsaved_edits=False) is None
    assert from_visit_block(visit_saved=False, has_unsaved_edits=False) is FromVisitBlock.UNSAVED
    assert from_visit_block(visit_saved=True, has_unsaved_edits=True) is FromVisitBlock.UNSAVED
    assert set(vpp.CREATE_BLOCKED) == set(FromVisitBlock)
