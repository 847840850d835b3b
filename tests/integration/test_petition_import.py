"""Importing and exporting the sổ theo dõi đơn in the layout of README "Tệp trao đổi: sổ theo dõi đơn"."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desk_app.documents.registers import export_petitions
from desk_app.domain.enums import Category, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services, open_services
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.services.transfer.table import ImportRefused, cell_text
from desk_app.storage.records import CaseRecord, ChangeLogRecord, DecisionRecord, PetitionRecord
from tests.conftest import FIXED_NOW
from tests.integration.test_visit_import import _office

HEADERS = list(vt.PETITION_HEADERS)


def prow(
    day: str,
    sender: str,
    summary: str,
    category: str = "Khiếu nại",
    *,
    source: str = "Qua dịch vụ bưu chính",
    forwarded: str = "",
    id_number: str = "",
    address: str = "Ấp 2, xã An Phú",
    signers: str = "1",
    field: str = "Đất đai, nhà cửa",
    case: str = "",
    processable: str = "",
    within: str = "",
    handling: str = "",
    handled: str = "",
    status: str = "",
) -> list[str]:
    return [day, source, forwarded, sender, id_number, address, signers, summary, category, field, case,
            processable, within, handling, handled, status]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


GOOD = [
    prow("02/03/2025", "Nguyễn Văn An", "Khiếu nại bồi thường đất", id_number="001099012345", processable="x",
         within="x", handling="Thụ lý giải quyết", handled="10/03/2025", status="Đã giải quyết", case="HS-9"),
    prow("05/03/2025", "", "Tố cáo cán bộ thu tiền sai", "Tố cáo", source="Hộp thư góp ý", processable="Không",
         handling="Lưu đơn", handled="06/03/2025"),
    prow("2025-04-01", "Trần Thị Bích", "Kiến nghị lắp đèn đường", "Kiến nghị, phản ánh",
         source="Mặt trận Tổ quốc và tổ chức thành viên chuyển đến", forwarded="UBMTTQ xã An Phú", signers="12"),
    prow("07/04/2025", "Lê Văn Cường", "Tố cáo chủ tịch ấp", "Tố cáo", address="Ấp 5", case="HS-9", within="Không",
         handling="Chuyển đơn"),
]  # fmt: skip


def petitions(sv: Services) -> list[PetitionRecord]:
    with sv.ctx.db.read() as s:
        return list(s.scalars(select(PetitionRecord).order_by(PetitionRecord.id)))


def test_a_good_petition_file_is_imported(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    result = PetitionImporter(sv.ctx).import_file(write_csv(tmp_path / "don.csv", GOOD))
    assert (result.imported, result.cases_created, result.linked_by_key) == (4, 1, 2)
    rows = petitions(sv)
    assert [(p.book_year, p.register_no) for p in rows] == [(2025, 1), (2025, 2), (2025, 3), (2025, 4)]
    first, anonymous, forwarded, denunciation = rows
    assert (first.processable, first.within_competence, first.status) == (True, True, "DA_GIAI_QUYET")
    assert anonymous.is_anonymous and anonymous.main_citizen_id is None and anonymous.status == "LUU_DON"
    assert anonymous.processable is False
    assert forwarded.forwarded_by_org == "UBMTTQ xã An Phú" and forwarded.signer_count == 12
    assert forwarded.status == PetitionStatus.DA_VAO_SO.value and forwarded.handling is None
    assert denunciation.is_confidential and denunciation.status == "DA_XU_LY"
    assert first.case_id == denunciation.case_id is not None
    with sv.ctx.db.read() as s:
        decisions = s.scalars(select(DecisionRecord).order_by(DecisionRecord.id)).all()
        assert s.scalar(select(func.count()).where(ChangeLogRecord.action == "import")) == 1
    assert [(d.proposal, d.approved_at.date() if d.approved_at else None) for d in decisions] == [
        ("THU_LY", dt.date(2025, 3, 10)), ("LUU_DON", dt.date(2025, 3, 6)), ("CHUYEN_DON", None),
    ]  # fmt: skip
    # the register lists them, masked for the officer; numbering continues at the desk
    listed = sv.petition_register.rows(sv.petition_register.search_ids(PetitionFilter()))
    assert {r.sender for r in listed} >= {"[Bảo mật]", "Đơn nặc danh"}
    saved = sv.petitions.register(
        PetitionInput(received_date=dt.date(2025, 5, 1), source=PetitionSource.BUU_CHINH, summary="Đơn mới",
                      category=Category.KHIEU_NAI, main=PersonInput(full_name="Phạm Văn Đức"))
    )  # fmt: skip
    assert saved.label == "5/2025"


def test_three_bad_petition_rows_import_nothing(office_services: Services, tmp_path: Path) -> None:
    rows = [
        GOOD[0],
        prow("01/01/2025", "A", "B", source="Thư điện tử"),  # row 3: unknown source
        prow("01/01/2025", "C", "D", source="Cơ quan báo chí chuyển đến", handled="02/01/2025"),  # row 4
        GOOD[2],
        prow("03/01/2025", "E", "F", handling="Trả lời, giải thích trực tiếp", handled="01/01/2025", within="có lẽ"),
    ]  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        PetitionImporter(office_services.ctx).import_file(write_csv(tmp_path / "bad.csv", rows))
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [3, 4, 6]
    assert "«Nguồn đơn» «Thư điện tử» không thuộc danh mục" in bad[3]
    assert "ghi «Cơ quan chuyển đơn»" in bad[4] and "Có «Ngày xử lý» nhưng thiếu «Hướng xử lý»" in bad[4]
    assert "chỉ dùng ở bàn tiếp công dân" in bad[6] and "trước ngày nhận đơn" in bad[6]
    assert "«Thuộc thẩm quyền» chỉ ghi «x», «Không»" in bad[6]
    assert petitions(office_services) == []
    with office_services.ctx.db.read() as s:
        assert s.scalar(select(func.count(CaseRecord.id))) == 0


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Services]:
    sv = open_services(AppPaths(tmp_path / "fresh"))
    sv.ctx.clock = lambda: FIXED_NOW
    yield _office(sv)
    sv.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_petition_round_trip(office_services: Services, fresh: Services, tmp_path: Path, suffix: str) -> None:
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    PetitionImporter(office_services.ctx).import_file(write_csv(tmp_path / "in.csv", GOOD))
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    assert export_petitions(office_services.ctx, first) == 4
    PetitionImporter(fresh.ctx).import_file(first)
    fresh.ctx.actor.roles = (Role.LANH_DAO,)  # full ID numbers leave the office only with EXPORT_IDENTITY
    assert export_petitions(fresh.ctx, second, full_identity=True) == 4

    def cells(path: Path) -> list[list[str]]:
        if suffix == ".csv":
            return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        ws = load_workbook(path).worksheets[0]
        return [[cell_text(c) for c in r] for r in ws.iter_rows(values_only=True)]

    assert cells(first) == cells(second)
    assert cells(first)[1] == GOOD[0]
    assert cells(first)[2][3] == "Đơn nặc danh"
    assert cells(first)[4][11:14] == ["", "Không", "Chuyển đơn"]
