"""Issue 14: a petition imported as resolved counts as resolved in every report; its result is corrected and voided."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.enums import PetitionStatus
from desk_app.domain.petition_followups import FollowUpType
from desk_app.errors import ValidationError
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.storage.records import ChangeLogRecord, FollowUpRecord, PetitionRecord
from tests.integration.test_petition_import import prow, write_csv

D = dt.date
KNPA = "Kiến nghị, phản ánh"


def _resolved_file(path: Path) -> Path:
    """Two recommendations accepted here and resolved, one accepted and still open, as an office's old book has them."""
    return write_csv(
        path,
        [
            prow("02/03/2025", "Nguyễn Văn An", "Kiến nghị sửa đường liên ấp", KNPA, processable="x", within="x",
                 handling="Thụ lý giải quyết", handled="10/03/2025", status="Đã giải quyết"),
            prow("05/03/2025", "Trần Thị Bích", "Kiến nghị lắp đèn đường", KNPA, processable="x", within="x",
                 handling="Thụ lý giải quyết", handled="12/03/2025", status="Đã giải quyết"),
            prow("07/03/2025", "Lê Văn Cường", "Kiến nghị nạo vét kênh", KNPA, processable="x", within="x",
                 handling="Thụ lý giải quyết", handled="14/03/2025"),
        ],
    )  # fmt: skip


def _counts(sv: Services) -> tuple[int, int, str]:
    period = sv.reports.custom_period(D(2025, 1, 1), D(2025, 12, 31))
    values = sv.reports.compute(ReportForm.XLD_04, period).values
    summary = sv.reports.narrative(period)
    line = next(x for x in summary.splitlines() if "đã được giải quyết" in x)
    return values[19], values[20], line


def _ids(sv: Services) -> list[int]:
    with sv.ctx.db.read() as s:
        return list(s.scalars(select(PetitionRecord.id).order_by(PetitionRecord.id)))


def test_an_imported_result_counts_and_can_be_corrected_then_voided(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    PetitionImporter(sv.ctx).import_file(_resolved_file(tmp_path / "don.csv"))
    first, second, _open = _ids(sv)
    resolved, unresolved, line = _counts(sv)
    assert (resolved, unresolved) == (2, 1)
    assert "đã được giải quyết: 02; vụ việc chưa được giải quyết: 01" in line

    # Recording the result afterwards is a correction, not TransitionError RESOLVE:DA_GIAI_QUYET.
    sv.follow_ups.record(first, FollowUpType.NHAN_KET_QUA, D(2025, 6, 3), doc_no="15/TB-UBND",
                         content="Đã sửa xong đường", reason="Ngày có kết quả ghi sai khi nhập")  # fmt: skip
    events = sv.follow_ups.list(first)
    assert [(e.event_type, e.event_date, e.doc_no) for e in events] == [
        (FollowUpType.NHAN_KET_QUA, D(2025, 6, 3), "15/TB-UBND")
    ]
    assert sv.petitions.status(first) is PetitionStatus.DA_GIAI_QUYET
    # The correction moved the result into June: a report of the first quarter no longer counts it.
    quarter = sv.reports.custom_period(D(2025, 1, 1), D(2025, 3, 31))
    assert sv.reports.compute(ReportForm.XLD_04, quarter).values[19] == 1
    assert _counts(sv)[:2] == (2, 1)

    with pytest.raises(ValidationError):
        sv.follow_ups.void_result(second, "  ")
    sv.follow_ups.void_result(second, "Sổ cũ ghi nhầm: vụ việc chưa giải quyết xong")
    assert sv.petitions.status(second) is PetitionStatus.DANG_GIAI_QUYET
    resolved, unresolved, line = _counts(sv)
    assert (resolved, unresolved) == (1, 2)
    assert "đã được giải quyết: 01; vụ việc chưa được giải quyết: 02" in line

    with sv.ctx.db.read() as s:
        kept = s.scalars(
            select(FollowUpRecord)
            .where(FollowUpRecord.petition_id.in_((first, second)))
            .order_by(FollowUpRecord.id)
        ).all()
        # Nothing is deleted: the imported results stay, voided with their reasons, beside the correction.
        assert [(r.petition_id, r.is_voided, r.void_reason) for r in kept] == [
            (first, True, "Ngày có kết quả ghi sai khi nhập"),
            (second, True, "Sổ cũ ghi nhầm: vụ việc chưa giải quyết xong"),
            (first, False, None),
        ]
        logged = s.scalars(
            select(ChangeLogRecord.action).where(
                ChangeLogRecord.entity == "petition", ChangeLogRecord.entity_id.in_((first, second))
            )
        ).all()
    assert {"follow_up", "void_result"} <= set(logged)

    # A voided result can be recorded again: the petition is being resolved, and a result closes it.
    sv.follow_ups.record(second, FollowUpType.NHAN_KET_QUA, D(2025, 8, 1), doc_no="20/TB-UBND")
    assert _counts(sv)[:2] == (2, 1)
