"""Issue 14: each case's latest result (DOMAIN §16.3 `Kết quả`) counts in TONG-HOP and stays correctable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.matter_results import MatterResult
from desk_app.errors import ConflictError, ValidationError
from desk_app.services.registry import Services
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import CaseResultRecord, ChangeLogRecord
from tests.integration.test_visit_import import row, write_csv

D = dt.date
R = MatterResult


YEAR = (D(2024, 1, 1), D(2024, 12, 31))


def _figures(sv: Services, span: tuple[dt.date, dt.date] = YEAR) -> tuple[int, int, int]:
    f = sv.reports.review(sv.reports.custom_period(*span)).review.figures
    return f.cases, f.resolved, f.unresolved


def test_the_latest_result_of_each_case_is_recorded_corrected_and_voided(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    path = write_csv(
        tmp_path / "so.csv",
        [
            row("05/01/2024", "Nguyễn Văn An", "Khiếu nại thu hồi đất"),
            row("18/01/2024", "Trần Thị Bích", "Kiến nghị sửa đường", "Kiến nghị, phản ánh"),
            row("20/02/2024", "Lê Văn Cường", "Kiến nghị lắp đèn", "Kiến nghị, phản ánh"),
        ],
    )
    VisitImporter(sv.ctx).import_file(path)
    cases = sv.case_results.span(D(2024, 1, 1), D(2024, 12, 31))
    assert [c.result for c in cases] == [None, None, None]
    first, second, third = (c.case_id for c in cases)
    assert _figures(sv) == (3, 0, 3)

    done = sv.case_results.record(first, R.DA_GIAI_QUYET, D(2024, 3, 1), note="Quyết định 12/QĐ-UBND")
    sv.case_results.record(second, R.DANG_GIAI_QUYET, D(2024, 3, 1))
    sv.case_results.record(second, R.DA_GIAI_QUYET, D(2024, 9, 1))  # a later result supersedes
    assert [c.result for c in sv.case_results.span(D(2024, 1, 1), D(2024, 12, 31))] == [
        R.DA_GIAI_QUYET, R.DA_GIAI_QUYET, None
    ]  # fmt: skip
    assert _figures(sv) == (3, 2, 1)
    # By the middle of the year the second case was still being resolved.
    assert _figures(sv, (D(2024, 1, 1), D(2024, 6, 30))) == (3, 1, 2)
    with pytest.raises(ValidationError):
        sv.case_results.record(third, R.DA_GIAI_QUYET, D(2027, 1, 1))  # after today

    fixed = sv.case_results.correct(done.id, R.CHUA_GIAI_QUYET, "Nhập nhầm kết quả")
    assert (fixed.result, fixed.on, fixed.note) == (R.CHUA_GIAI_QUYET, D(2024, 3, 1), "Quyết định 12/QĐ-UBND")
    assert _figures(sv) == (3, 1, 2)
    with pytest.raises(ConflictError):
        sv.case_results.void(done.id, "đã hủy rồi")
    with pytest.raises(ValidationError):
        sv.case_results.void(fixed.id, " ")
    sv.case_results.void(fixed.id, "Vụ việc chưa có kết quả nào")
    assert sv.case_results.latest(first) is None
    assert [(h.result, h.voided) for h in sv.case_results.history(first)] == [
        (R.DA_GIAI_QUYET, True), (R.CHUA_GIAI_QUYET, True)
    ]  # fmt: skip

    with sv.ctx.db.read() as s:
        assert len(s.scalars(select(CaseResultRecord.id)).all()) == 4  # nothing deleted
        actions = s.scalars(
            select(ChangeLogRecord.action).where(
                ChangeLogRecord.entity == "case", ChangeLogRecord.entity_id == first
            )
        ).all()
    assert actions == ["result", "correct_result", "void_result"]
