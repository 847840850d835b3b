"""Follow-ups of a petition (replies, suspension, extension, withdrawal) and its scans, on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_followups import FollowUpType
from desk_app.domain.visit import PersonInput
from desk_app.errors import ValidationError
from desk_app.services.attachments import AttachmentService
from desk_app.services.petitions.followups import FollowUpService
from desk_app.services.petitions.service import PetitionService
from desk_app.services.registry import Services

D = dt.date


@pytest.fixture
def accepted(office_services: Services) -> int:
    """A complaint accepted for resolution (thụ lý) on 20/11/2026."""
    petitions = PetitionService(office_services.ctx, office_services.working_calendar)
    saved = petitions.register(
        PetitionInput(
            D(2026, 11, 2), PetitionSource.BUU_CHINH, "Khiếu nại quyết định thu hồi đất", Category.KHIEU_NAI,
            main=PersonInput("Nguyễn Văn An"), respondent="UBND xã",
        )
    )  # fmt: skip
    petitions.classify(saved.id, within_competence=True)
    petitions.propose(saved.id, Handling.THU_LY)
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    petitions.decide(saved.id, approve=True)
    office_services.ctx.actor.roles = (Role.XU_LY_DON,)
    return saved.id


def test_suspension_and_continuation_need_their_decision_and_move_the_status(
    office_services: Services, accepted: int
) -> None:
    follow = FollowUpService(office_services.ctx)
    petitions = PetitionService(office_services.ctx, office_services.working_calendar)
    with pytest.raises(ValidationError) as caught:
        follow.record(accepted, FollowUpType.TAM_DINH_CHI, D(2026, 11, 20))
    assert [e.field for e in caught.value.errors] == ["doc_no"]
    assert petitions.status(accepted) is PetitionStatus.DANG_GIAI_QUYET
    follow.record(accepted, FollowUpType.TAM_DINH_CHI, D(2026, 11, 20), doc_no="12/QĐ-UBND")
    assert petitions.status(accepted) is PetitionStatus.TAM_DINH_CHI
    follow.record(accepted, FollowUpType.TIEP_TUC, D(2026, 11, 20), doc_no="13/QĐ-UBND")
    assert petitions.status(accepted) is PetitionStatus.DANG_GIAI_QUYET
    assert [f.event_type for f in follow.list(accepted)] == [FollowUpType.TAM_DINH_CHI, FollowUpType.TIEP_TUC]


def test_an_extension_keeps_the_original_due_date_beside_the_new_one(
    office_services: Services, accepted: int
) -> None:
    follow = FollowUpService(office_services.ctx)
    petitions = PetitionService(office_services.ctx, office_services.working_calendar)
    clock = next(c for c in petitions.clocks(accepted) if c.rule_code == "KN_RESOLVE_1")
    with pytest.raises(ValidationError):
        follow.record(
            accepted, FollowUpType.GIA_HAN, D(2026, 11, 20), doc_no="14/QĐ-UBND", clock_id=clock.id,
            extended_to=clock.due_date - dt.timedelta(days=1),
        )  # fmt: skip
    follow.record(
        accepted, FollowUpType.GIA_HAN, D(2026, 11, 20), doc_no="14/QĐ-UBND", clock_id=clock.id,
        extended_to=D(2027, 1, 5),
    )  # fmt: skip
    after = next(c for c in petitions.clocks(accepted) if c.id == clock.id)
    assert after.due_date == after.original_due_date == clock.due_date
    assert (after.extended_to, after.extension_doc) == (D(2027, 1, 5), "14/QĐ-UBND")
    with pytest.raises(ValidationError):
        follow.record(
            accepted, FollowUpType.GIA_HAN, D(2026, 11, 20), doc_no="15/QĐ-UBND", clock_id=clock.id,
            extended_to=D(2027, 1, 4),
        )  # fmt: skip


def test_a_reply_is_counted_for_the_reports_and_a_withdrawal_ends_the_petition(
    office_services: Services, accepted: int
) -> None:
    follow = FollowUpService(office_services.ctx)
    follow.record(accepted, FollowUpType.NHAN_PHUC_DAP, D(2026, 11, 18), doc_no="45/UBND", content="Trả lời")
    assert follow.replies_received(D(2026, 10, 1), D(2026, 12, 31)) == 1
    follow.record(accepted, FollowUpType.RUT_DON, D(2026, 11, 20), content="Công dân rút toàn bộ đơn")
    assert (
        PetitionService(office_services.ctx, office_services.working_calendar).status(accepted)
        is PetitionStatus.RUT_DON
    )


def test_a_scan_is_copied_by_hash_and_verified(
    office_services: Services, accepted: int, tmp_path: Path
) -> None:
    scan = tmp_path / "don khieu nai.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the letter")
    attachments = AttachmentService(office_services.ctx)
    info = attachments.attach(accepted, scan, "Đơn khiếu nại (bản scan)")
    assert info.path.is_file() and info.path.read_bytes() == scan.read_bytes()
    assert info.path.is_relative_to(office_services.ctx.data_dir)
    assert attachments.verify(info.id)
    info.path.write_bytes(b"tampered")
    assert not attachments.verify(info.id)
    with pytest.raises(ValidationError):
        attachments.attach(accepted, tmp_path / "missing.pdf")
    assert [a.title for a in attachments.list(accepted)] == ["Đơn khiếu nại (bản scan)"]


def test_telling_the_citizen_meets_the_notice_clock_and_a_result_stops_the_rest(
    office_services: Services, accepted: int
) -> None:
    follow = FollowUpService(office_services.ctx)
    petitions = PetitionService(office_services.ctx, office_services.working_calendar)
    follow.record(accepted, FollowUpType.THONG_BAO_CONG_DAN, D(2026, 11, 20), doc_no="20/TB-UBND")
    open_codes = {c.rule_code for c in petitions.clocks(accepted) if c.completed_on is None}
    assert open_codes == {"KN_RESOLVE_1"}
    follow.record(accepted, FollowUpType.NHAN_KET_QUA, D(2026, 11, 20), doc_no="21/QĐ-UBND")
    assert all(c.completed_on == D(2026, 11, 20) for c in petitions.clocks(accepted))
    assert petitions.status(accepted) is PetitionStatus.DA_GIAI_QUYET
