"""The petition's pure rules: state machine, processability, once-only handlings, duplicate scoring."""

from __future__ import annotations

import pytest

from desk_app.domain.enums import Category, Handling, PetitionStatus, PriorDecisionLevel, Role, SignatureKind
from desk_app.domain.petition_flow import (
    PermissionDenied,
    PetitionAction,
    TransitionError,
    actions_from,
    next_status,
)
from desk_app.domain.petition_rules import (
    EarlierHandling,
    NotProcessable,
    PetitionFacts,
    RepeatRefused,
    not_processable_reasons,
    repeat_refused,
)
from desk_app.domain.similarity import PetitionKey, compare, content_similarity
from desk_app.i18n import labels

S, A = PetitionStatus, PetitionAction
HANDLER = (Role.XU_LY_DON,)
LEADER = (Role.LANH_DAO,)


def test_a_complaint_goes_from_receipt_to_resolution() -> None:
    status = S.MOI_TIEP_NHAN
    status = next_status(status, A.REGISTER, HANDLER)
    status = next_status(status, A.CLASSIFY, HANDLER)
    status = next_status(status, A.PROPOSE, HANDLER)
    assert status is S.CHO_DUYET
    status = next_status(status, A.APPROVE, LEADER, Handling.THU_LY)
    assert status is S.DANG_GIAI_QUYET
    status = next_status(status, A.SUSPEND, HANDLER)
    status = next_status(status, A.CONTINUE, HANDLER)
    assert next_status(status, A.RESOLVE, HANDLER) is S.DA_GIAI_QUYET


@pytest.mark.parametrize(
    ("handling", "expected"),
    [(Handling.THU_LY, S.DANG_GIAI_QUYET), (Handling.LUU_DON, S.LUU_DON), (Handling.CHUYEN_DON, S.DA_XU_LY)],
)
def test_approval_leads_where_the_handling_says(handling: Handling, expected: PetitionStatus) -> None:
    assert next_status(S.CHO_DUYET, A.APPROVE, LEADER, handling) is expected


def test_only_a_leader_approves_returns_or_reopens() -> None:
    with pytest.raises(PermissionDenied):
        next_status(S.CHO_DUYET, A.APPROVE, HANDLER, Handling.THU_LY)
    with pytest.raises(PermissionDenied):
        next_status(S.LUU_DON, A.REOPEN, HANDLER)
    assert next_status(S.LUU_DON, A.REOPEN, LEADER) is S.DANG_XU_LY
    assert next_status(S.CHO_DUYET, A.RETURN, LEADER) is S.DANG_XU_LY


def test_impossible_moves_are_refused_not_ignored() -> None:
    with pytest.raises(TransitionError):
        next_status(S.MOI_TIEP_NHAN, A.PROPOSE, HANDLER)
    with pytest.raises(TransitionError):
        next_status(S.DANG_XU_LY, A.REOPEN, LEADER)
    with pytest.raises(TransitionError):
        next_status(S.RUT_DON, A.WITHDRAW, HANDLER)
    assert next_status(S.DANG_GIAI_QUYET, A.WITHDRAW, HANDLER) is S.RUT_DON


def test_the_screen_offers_only_the_actions_that_apply() -> None:
    assert actions_from(S.CHO_DUYET, HANDLER) == [A.WITHDRAW]
    assert set(actions_from(S.CHO_DUYET, LEADER)) == {A.RETURN, A.APPROVE, A.WITHDRAW}
    # A resolved petition's result can be recorded again (a correction) or voided; the leader may also re-open it.
    assert actions_from(S.DA_GIAI_QUYET, LEADER) == [A.RESOLVE, A.REOPEN, A.VOID_RESULT]
    assert next_status(S.DA_GIAI_QUYET, A.VOID_RESULT, LEADER) is S.DANG_GIAI_QUYET


def test_a_letter_in_order_is_processable() -> None:
    assert not_processable_reasons(PetitionFacts(Category.KHIEU_NAI)) == []


def test_each_missing_element_is_named() -> None:
    facts = PetitionFacts(
        Category.KHIEU_NAI,
        has_date=False,
        signature=SignatureKind.KHONG,
        has_respondent=False,
        prior_level=PriorDecisionLevel.LAN_HAI,
        past_time_limit=True,
    )
    assert not_processable_reasons(facts) == [
        NotProcessable.THIEU_NGAY,
        NotProcessable.KHONG_KY,
        NotProcessable.KHONG_RO_NGUOI_BI_KHIEU_NAI,
        NotProcessable.DA_GIAI_QUYET_LAN_HAI,
        NotProcessable.HET_THOI_HIEU,
    ]


def test_an_anonymous_denunciation_is_named_as_such_not_as_a_missing_address() -> None:
    reasons = not_processable_reasons(
        PetitionFacts(Category.TO_CAO, is_anonymous=True, has_name_and_address=False)
    )
    assert reasons == [NotProcessable.NAC_DANH]


def test_a_court_judgment_closes_a_complaint_but_not_a_recommendation() -> None:
    assert NotProcessable.TOA_AN_DA_THU_LY in not_processable_reasons(
        PetitionFacts(Category.KHIEU_NAI, prior_level=PriorDecisionLevel.BAN_AN)
    )
    assert (
        not_processable_reasons(
            PetitionFacts(Category.KIEN_NGHI_PHAN_ANH, prior_level=PriorDecisionLevel.BAN_AN)
        )
        == []
    )


def test_guidance_is_given_once_for_the_same_content() -> None:
    earlier = [EarlierHandling(Handling.HUONG_DAN, Category.KIEN_NGHI_PHAN_ANH, "Đơn số 12/2026")]
    refused = repeat_refused(Handling.HUONG_DAN, Category.KIEN_NGHI_PHAN_ANH, earlier)
    assert refused is not None and refused[0] is RepeatRefused.GUIDED_ONCE
    assert repeat_refused(Handling.THU_LY, Category.KIEN_NGHI_PHAN_ANH, earlier) is None


def test_a_denunciation_is_transferred_once_but_a_recommendation_may_be_again() -> None:
    tc = [EarlierHandling(Handling.CHUYEN_DON, Category.TO_CAO, "Đơn số 3/2026")]
    refused = repeat_refused(Handling.CHUYEN_DON, Category.TO_CAO, tc)
    assert refused is not None and refused[0] is RepeatRefused.TRANSFERRED_ONCE
    kn = [EarlierHandling(Handling.CHUYEN_DON, Category.KIEN_NGHI_PHAN_ANH, "Đơn số 4/2026")]
    assert repeat_refused(Handling.CHUYEN_DON, Category.KIEN_NGHI_PHAN_ANH, kn) is None


def test_word_order_diacritics_and_a_typo_do_not_hide_a_repeat() -> None:
    first = "Khiếu nại việc UBND xã thu hồi đất nông nghiệp của gia đình tại thửa số 125 tờ bản đồ 7"
    second = "thu hoi dat nong nghiep thua so 125 to ban do 7, UBND xa thu hoiii khong dung"
    assert content_similarity(first, second) >= 0.6
    other = "Phản ánh đèn đường thôn Đông không sáng nhiều tháng nay"
    assert content_similarity(first, other) < 0.3


def test_a_short_second_letter_on_the_same_matter_still_matches() -> None:
    first = "Khiếu nại việc UBND xã thu hồi đất nông nghiệp của gia đình tại thửa số 125 tờ bản đồ 7"
    assert content_similarity("Khiếu nại lại việc thu hồi đất thửa 125", first) >= 0.6


def test_one_common_word_does_not_make_a_duplicate() -> None:
    assert (
        content_similarity("đất đai", "Khiếu nại thu hồi đất đai của hộ ông An tại thôn Bắc, xã An Phú") < 0.6
    )


def test_the_same_person_with_similar_content_is_a_candidate_and_a_stranger_is_not() -> None:
    old = PetitionKey(
        "001099012345", "Nguyễn Văn An", "Tố cáo ông Trưởng thôn thu tiền đóng góp sai quy định"
    )
    again = PetitionKey(
        "001099012345", "Nguyen Van An", "To cao truong thon thu tien dong gop sai quy dinh nam 2026"
    )
    stranger = PetitionKey("001099099999", "Trần Thị Bé", again.content)
    assert compare(again, old).is_candidate
    match = compare(stranger, old)
    assert not match.is_candidate and match.score < compare(again, old).score


def test_the_same_forwarded_document_is_certain() -> None:
    old = PetitionKey(None, "Lê Văn C", "Kiến nghị sửa đường", "Ban Dân nguyện", "125/BDN-TCD")
    new = PetitionKey(None, "Lê Văn Cường", "nội dung khác", "ban dan nguyen", "125 / BDN-TCD")
    match = compare(new, old)
    assert match.same_forwarded_doc and match.is_candidate and match.score == 1.0


def test_every_petition_enum_has_a_vietnamese_label() -> None:
    from desk_app.domain.enums import PetitionSource
    from desk_app.i18n import vi_petition as vpet

    assert set(labels.PETITION_STATUS) == set(PetitionStatus)
    assert set(labels.PETITION_SOURCE) == set(PetitionSource)
    assert set(labels.PETITION_ACTION) == set(PetitionAction)
    assert set(vpet.NOT_PROCESSABLE) == set(NotProcessable)
    assert set(vpet.REPEAT_REFUSED) == set(RepeatRefused)
