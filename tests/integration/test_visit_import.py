"""Importing and exporting the Sổ tiếp công dân in the interchange layout of DOMAIN §16.3."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desk_app.documents.registers import export_visits
from desk_app.domain.enums import Category, Handling, ReceptionKind, ReceptionSessionStatus, Role, VisitOrder
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.transfer.table import ImportRefused, cell_text
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CounterRecord,
    ReceptionSessionRecord,
    VisitRecord,
)
from tests.conftest import FIXED_NOW
from tests.helpers.acting import acting_as

HEADERS = list(vt.VISIT_HEADERS)


def write_csv(
    path: Path, rows: list[list[str]], *, bom: bool = False, headers: list[str] | None = None
) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers or HEADERS)
        writer.writerows(rows)
    return path


def row(
    day: str,
    name: str,
    summary: str,
    category: str = "Khiếu nại",
    *,
    kind: str = "Thường xuyên",
    presider: str = "",
    delegated: str = "",
    id_number: str = "",
    address: str = "Ấp 1, xã An Phú",
    size: str = "1",
    field: str = "Đất đai, nhà cửa",
    case: str = "",
    within: str = "",
    handling: str = "Thụ lý giải quyết",
    remarks: str = "",
) -> list[str]:
    return [day, kind, presider, delegated, name, id_number, address, size, summary, category, field, case,
            within, handling, remarks]  # fmt: skip


GOOD = [
    row("05/01/2024", "Nguyễn Văn An", "Khiếu nại thu hồi đất", id_number="001099012345", within="x"),
    row("2024-01-18", "Trần Thị Bích", "Kiến nghị sửa đường", "Kiến nghị, phản ánh", kind="Định kỳ",
        presider="Trần Văn Bình", handling="Hướng dẫn", size="6"),
    row("18/01/2024", "Lê Văn Cường", "Tố cáo cán bộ địa chính", "Tố cáo", kind="Định kỳ", presider="trần văn bình",
        handling="Chuyển đơn"),
    row("03/03/2025", "Nguyễn Văn An", "Khiếu nại thu hồi đất", id_number="001 099 012 345", remarks="Lần 2"),
]  # fmt: skip


def count(services: Services, model: type) -> int:
    with services.ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def visits(services: Services) -> list[VisitRecord]:
    with services.ctx.db.read() as s:
        return list(s.scalars(select(VisitRecord).order_by(VisitRecord.id)))


def test_a_good_file_is_imported_with_book_numbers_cases_and_one_log_entry(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    before_log = count(sv, ChangeLogRecord)
    seen: list[tuple[int, int]] = []
    result = VisitImporter(sv.ctx).import_file(
        write_csv(tmp_path / "so.csv", GOOD), lambda d, t: seen.append((d, t))
    )
    assert result.imported == 4
    assert seen and seen[-1][0] == seen[-1][1]
    rows = visits(sv)
    assert [(v.book_year, v.book_no) for v in rows] == [(2024, 1), (2024, 2), (2024, 3), (2025, 1)]
    assert rows[1].group_size == 6 and rows[1].is_delegation and rows[1].status == "DA_XU_LY_TAI_CHO"
    assert rows[2].is_confidential
    # the same person (same ID, typed with spaces) and the same matter: one case, the second visit a repeat
    assert rows[0].case_id == rows[3].case_id
    assert (
        rows[3].visit_order == VisitOrder.NHIEU_LAN.value and rows[0].visit_order == VisitOrder.LAN_DAU.value
    )
    assert result.linked_by_match == 1 and result.cases_created == 3
    # counters continue: the next visit typed at the desk gets number 3 of 2024 … and the search finds them
    saved = sv.intake.save(
        VisitInput(date=dt.date(2024, 2, 1), visitor=PersonInput(full_name="Phạm Văn Đức"), summary="Hỏi đất",
                   category=Category.KHIEU_NAI, handling=Handling.THU_LY)
    )  # fmt: skip
    assert (saved.book_year, saved.book_no) == (2024, 4)
    assert sv.register.count(RegisterFilter(text="nguyen van an thu hoi")) == 2
    # one change-log entry for the whole import (besides the intake's own entries)
    with sv.ctx.db.read() as s:
        imports = s.scalars(select(ChangeLogRecord).where(ChangeLogRecord.action == "import")).all()
    assert len(imports) == 1 and json.loads(imports[0].changes)["rows"] == [None, 4]
    assert before_log < count(sv, ChangeLogRecord)


def test_a_file_with_three_bad_rows_imports_nothing_and_names_every_bad_row(
    office_services: Services, tmp_path: Path
) -> None:
    rows = [
        GOOD[0],
        row("31/02/2024", "Nguyễn Văn Em", "Khiếu nại"),  # row 3: no such date
        GOOD[3],
        row("10/01/2024", "", "Kiến nghị", "Phản ảnh", kind="Định kỳ"),  # row 5: name, category, presider
        row("11/01/2024", "Hồ Văn Giang", "Khiếu nại", id_number="12345", kind="Đột xuất", presider="Ông Ba"),
    ]
    with pytest.raises(ImportRefused) as refused:
        VisitImporter(office_services.ctx).import_file(write_csv(tmp_path / "bad.csv", rows))
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [3, 5, 6]
    assert "«Ngày tiếp» «31/02/2024» không phải ngày hợp lệ" in bad[3]
    assert "Thiếu «Họ tên»" in bad[5] and "«Phân loại» «Phản ảnh» không thuộc danh mục" in bad[5]
    assert "phải ghi «Người chủ trì»" in bad[5]
    # a presider not on the staff list is no reason: the import would add "Ông Ba" as former staff
    assert "«Số giấy tờ» «12345»" in bad[6] and "Người chủ trì" not in bad[6]
    assert count(office_services, VisitRecord) == 0
    assert count(office_services, CaseRecord) == 0
    assert count(office_services, CounterRecord) == 0


def test_missing_columns_and_a_future_date_are_refused(office_services: Services, tmp_path: Path) -> None:
    importer = VisitImporter(office_services.ctx)
    with pytest.raises(ImportRefused) as refused:
        importer.import_file(write_csv(tmp_path / "a.csv", [["x"]], headers=["Ngày tiếp", "Tên"]))
    assert refused.value.bad_rows[0].row == 1
    assert "Hình thức tiếp" in refused.value.bad_rows[0].text and "Họ tên" in refused.value.bad_rows[0].text
    tomorrow = (FIXED_NOW.date() + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    with pytest.raises(ImportRefused) as refused:
        importer.import_file(write_csv(tmp_path / "b.csv", [row(tomorrow, "A", "B")]))
    assert "sau ngày hôm nay" in refused.value.bad_rows[0].text


def test_csv_with_a_bom_odd_headers_and_unknown_columns(office_services: Services, tmp_path: Path) -> None:
    headers = ["  NGÀY TIẾP ", "hình thức tiếp", "Người chủ trì", "Ủy quyền", "HỌ TÊN", "Số giấy tờ", "Địa chỉ",
               "Số người", "Nội dung", "Phân loại", "Lĩnh vực", "Mã vụ việc", "Thuộc thẩm quyền", "Hướng xử lý",
               "Ghi chú", "Cột lạ"]  # fmt: skip
    # decomposed (NFD) Vietnamese, as some Mac tools write it
    import unicodedata

    headers = [unicodedata.normalize("NFD", h) for h in headers]
    path = write_csv(tmp_path / "bom.csv", [[*GOOD[0], "bỏ qua"]], bom=True, headers=headers)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = VisitImporter(office_services.ctx).import_file(path)
    assert result.imported == 1
    assert visits(office_services)[0].summary == "Khiếu nại thu hồi đất"


def test_xlsx_first_sheet_with_real_dates_and_numbers(office_services: Services, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADERS)
    ws.append([dt.datetime(2024, 5, 6), "Thường xuyên", None, None, "Võ Thị Hoa", 1099012345, "Ấp 3", 2,
               "Phản ánh ô nhiễm", "Kiến nghị, phản ánh", None, None, None, "Trả lời, giải thích trực tiếp", None])  # fmt: skip
    wb.create_sheet("Khác").append(["không đọc"])
    wb.save(tmp_path / "so.xlsx")
    result = VisitImporter(office_services.ctx).import_file(tmp_path / "so.xlsx")
    assert result.imported == 1
    v = visits(office_services)[0]
    assert (v.date, v.group_size, v.handling) == (dt.date(2024, 5, 6), 2, "TRA_LOI_TRUC_TIEP")
    rows = office_services.register.rows([v.id])
    assert rows[0].id_document == "001*******45"  # the leading zero Excel dropped is back


def test_case_keys_link_rows_and_existing_cases(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    desk = sv.intake.save(
        VisitInput(date=dt.date(2026, 3, 2), visitor=PersonInput(full_name="Đỗ Văn Khoa"), summary="Tranh chấp ranh giới",
                   category=Category.KHIEU_NAI, handling=Handling.THU_LY)
    )  # fmt: skip
    assert desk.case_code is not None
    rows = [
        row("01/02/2024", "Đỗ Văn Khoa", "Tranh chấp đất", case="HS-17"),
        row("02/02/2024", "Đỗ Văn Khoa", "Cùng tranh chấp", case="HS-17"),
        row("01/02/2026", "Đỗ Văn Khoa", "Tranh chấp ranh giới (trước)", case=desk.case_code),
    ]
    result = VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "keys.csv", rows))
    assert result.linked_by_key == 3 and result.cases_created == 1
    by_summary = {v.summary: v for v in visits(sv)}
    assert by_summary["Tranh chấp đất"].case_id == by_summary["Cùng tranh chấp"].case_id
    assert by_summary["Cùng tranh chấp"].visit_order == VisitOrder.NHIEU_LAN.value
    with sv.ctx.db.read() as s:
        hs = s.scalar(select(CaseRecord).where(CaseRecord.code == "HS-17"))
        old = s.scalar(select(CaseRecord).where(CaseRecord.code == desk.case_code))
    assert hs is not None and hs.first_seen_date == dt.date(2024, 2, 1)
    assert old is not None and by_summary["Tranh chấp ranh giới (trước)"].case_id == old.id
    # the imported visit is earlier: the case starts then, and the desk's visit became a repeat
    assert old.first_seen_date == dt.date(2026, 2, 1)
    assert by_summary["Tranh chấp ranh giới"].visit_order == VisitOrder.NHIEU_LAN.value


def test_codes_in_the_case_code_shape_from_a_file_are_skipped_by_the_desk_and_the_import(
    office_services: Services, tmp_path: Path
) -> None:
    """A register may key its cases VV-YYYY-NNN itself; a case opened at the desk or by a later import takes the
    next code nobody holds (the desk used to take VV-2024-001 again and fail on the unique code)."""
    sv = office_services
    rows = [
        row("01/02/2024", "Đỗ Văn Khoa", "Tranh chấp đất", case="VV-2024-001"),
        row("02/02/2024", "Đỗ Thị Lan", "Xin cấp sổ", case="VV-2024-003"),
        row("03/02/2024", "Hà Văn Minh", "Đường làng"),
    ]
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "vv.csv", rows))
    with sv.ctx.db.read() as s:
        codes = set(s.scalars(select(CaseRecord.code)))
    assert codes == {"VV-2024-001", "VV-2024-002", "VV-2024-003"}
    desk = sv.intake.save(
        VisitInput(date=dt.date(2024, 3, 1), visitor=PersonInput(full_name="Phạm Văn Đức"), summary="Hỏi đất",
                   category=Category.KHIEU_NAI, handling=Handling.THU_LY)
    )  # fmt: skip
    assert desk.case_code == "VV-2024-004"
    more = [row("04/03/2024", "Vũ Thị Nga", "Kiến nghị điện", "Kiến nghị, phản ánh")]
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "vv2.csv", more))
    with sv.ctx.db.read() as s:
        assert s.scalar(select(CaseRecord.code).where(CaseRecord.title == "Kiến nghị điện")) == "VV-2024-005"


def test_periodic_rows_join_or_create_held_sessions(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    staff = {s.full_name: s.id for s in sv.office.list_staff()}
    planned = sv.intake.save(
        VisitInput(date=dt.date(2026, 4, 9), kind=ReceptionKind.DINH_KY, presided_by_id=staff["Trần Văn Bình"],
                   visitor=PersonInput(full_name="Mai Văn Nam"), summary="Hỏi chính sách",
                   category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP)
    )  # fmt: skip
    rows = [
        row("09/04/2026", "Ngô Thị Oanh", "Kiến nghị điện", "Kiến nghị, phản ánh", kind="Định kỳ", presider="Trần Văn Bình"),
        row("10/04/2026", "Lý Văn Phúc", "Khiếu nại đất", kind="Đột xuất", presider="Lê Thị Cúc"),
        row("10/04/2026", "Lý Văn Quý", "Khiếu nại nhà", kind="Đột xuất", presider="Lê Thị Cúc"),
    ]  # fmt: skip
    result = VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "dk.csv", rows))
    assert (result.sessions_created, result.sessions_joined) == (1, 1)
    by_name = {v.summary: v for v in visits(sv)}
    with sv.ctx.db.read() as s:
        desk_session = s.scalar(select(VisitRecord.session_id).where(VisitRecord.id == planned.id))
        new = s.get(ReceptionSessionRecord, by_name["Khiếu nại đất"].session_id)
    assert by_name["Kiến nghị điện"].session_id == desk_session
    assert (
        new is not None
        and new.status == ReceptionSessionStatus.DA_TIEP.value
        and new.date == dt.date(2026, 4, 10)
    )
    assert by_name["Khiếu nại nhà"].session_id == new.id
    # the deputy presided on the head's behalf: delegated even without the "x"
    assert new.delegated and by_name["Khiếu nại đất"].delegated
    assert not by_name["Kiến nghị điện"].delegated


def _office(sv: Services) -> Services:
    from desk_app.domain.enums import OfficeKind
    from desk_app.services.office.service import OfficeInfo, StaffInfo

    with acting_as(sv):
        sv.office.save(OfficeInfo(name="ỦY BAN NHÂN DÂN XÃ AN PHÚ", parent_name=None, abbreviation="UBND",
                                  kind=OfficeKind.UBND_XA, place_name="An Phú", head_title="CHỦ TỊCH"))  # fmt: skip
        sv.office.save_staff(
            StaffInfo(full_name="Trần Văn Bình", position="Chủ tịch", is_head=True, roles=(Role.LANH_DAO,))
        )
        sv.office.save_staff(StaffInfo(full_name="Lê Thị Cúc", position="Phó Chủ tịch", is_deputy_head=True))
    return sv


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Services]:
    sv = open_services(AppPaths(tmp_path / "fresh"))
    sv.ctx.clock = lambda: FIXED_NOW
    yield _office(sv)
    sv.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_import_gives_the_same_rows(
    office_services: Services, fresh: Services, tmp_path: Path, suffix: str
) -> None:
    sv = office_services
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    fresh.ctx.actor.roles = (Role.LANH_DAO,)
    extra = [
        row("20/01/2024", "Phan Văn Sang", "Xin trích lục", kind="Đột xuất", presider="Lê Thị Cúc", delegated="x",
            id_number="C1234567", field="Tư pháp", case="HS-1", within="x", remarks="Đã hẹn"),
        row("21/01/2024", "Đinh Thị Tâm", "", "", handling="Từ chối tiếp", field=""),
    ]  # fmt: skip
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "in.csv", GOOD + extra))
    first = tmp_path / f"first{suffix}"
    assert export_visits(sv.ctx, first) == 6
    VisitImporter(fresh.ctx).import_file(first)
    second = tmp_path / f"second{suffix}"
    assert export_visits(fresh.ctx, second, dt.date(2024, 1, 1), dt.date(2025, 12, 31)) == 6

    def cells(path: Path) -> list[list[str]]:
        if suffix == ".csv":
            return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        ws = load_workbook(path).worksheets[0]
        return [[cell_text(c) for c in r] for r in ws.iter_rows(values_only=True)]

    assert cells(first) == cells(second)
    assert cells(first)[0] == HEADERS
    assert cells(first)[4][:6] == ["20/01/2024", "Đột xuất", "Lê Thị Cúc", "x", "Phan Văn Sang", "C1234567"]

    def book(services: Services) -> list[tuple[int, int, str, bool, str]]:
        return sorted(
            (v.book_year, v.book_no, v.summary, v.case_id is None, v.visit_order) for v in visits(services)
        )

    assert book(sv) == book(fresh)


def test_an_officer_export_masks_identity(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "in.csv", GOOD))
    out = tmp_path / "out.csv"
    export_visits(sv.ctx, out)
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[1][5] == "001*******45"
    assert lines[3][4:7] == ["[Bảo mật]", "[Bảo mật]", "[Bảo mật]"]
    with sv.ctx.db.read() as s:
        assert s.scalar(select(func.count()).where(ChangeLogRecord.action == "export")) == 1
