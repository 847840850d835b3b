"""Issue 14: a register naming former presiders imports (they join the staff list as former staff, the summary
names them), and a `Mã vụ việc` of another person is a bad row, never a silent merge (DOMAIN §16.3)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli import main as cli
from desk_app.domain.enums import Category, Handling
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.transfer.table import ImportRefused
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import CaseRecord, ReceptionSessionRecord, StaffRecord, VisitRecord


def register(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(vt.VISIT_HEADERS), restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def visit(day: str, name: str, *, kind: str = "Thường xuyên", presider: str = "", case: str = "",
          id_number: str = "", address: str = "Ấp 1", summary: str = "Khiếu nại thu hồi đất") -> dict[str, str]:  # fmt: skip
    return {
        vt.V_DATE: day, vt.V_KIND: kind, vt.V_PRESIDER: presider, vt.V_NAME: name, vt.V_ID: id_number,
        vt.V_ADDRESS: address, vt.V_SUMMARY: summary, vt.V_CATEGORY: "Khiếu nại", vt.V_CASE: case,
        vt.V_HANDLING: "Thụ lý giải quyết",
    }  # fmt: skip


def count(sv: Services, model: type) -> int:
    with sv.ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_unknown_presiders_are_added_as_former_staff_and_the_summary_names_them(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    rows = [
        visit("12/03/2019", "Phan Văn Tú", kind="Định kỳ", presider="Hoàng Văn Xưa"),
        visit(
            "12/03/2019", "Vũ Thị Hạnh", kind="Định kỳ", presider="hoang van xua"
        ),  # same person, typed plain
        visit("20/09/2020", "Đặng Văn Lộc", kind="Đột xuất", presider="Mai Thị Trước"),
        visit("21/09/2020", "Đặng Văn Lộc", kind="Định kỳ", presider="Trần Văn Bình"),  # the current head
    ]
    result = VisitImporter(sv.ctx).import_file(register(tmp_path / "so.csv", rows))
    assert result.staff_added == ("Hoàng Văn Xưa", "Mai Thị Trước")
    assert "Đã thêm 2 người chủ trì" in result.detail() and "Hoàng Văn Xưa, Mai Thị Trước" in result.detail()
    with sv.ctx.db.read() as s:
        former = {r.full_name: r for r in s.scalars(select(StaffRecord).where(StaffRecord.active.is_(False)))}
        presided = dict(
            s.execute(
                select(StaffRecord.full_name, func.count(ReceptionSessionRecord.id))
                .join(ReceptionSessionRecord, ReceptionSessionRecord.presided_by_id == StaffRecord.id)
                .group_by(StaffRecord.full_name)
            ).all()
        )
    assert sorted(former) == ["Hoàng Văn Xưa", "Mai Thị Trước"]
    assert all(r.is_leader and not r.is_head for r in former.values())
    # one session per presider and day: the two spellings of the former head are one person
    assert presided == {"Hoàng Văn Xưa": 1, "Mai Thị Trước": 1, "Trần Văn Bình": 1}
    # a second file naming them again finds them on the list: nobody is added twice
    again = VisitImporter(sv.ctx).import_file(
        register(
            tmp_path / "so2.csv",
            [visit("13/03/2019", "Lý Văn Tâm", kind="Định kỳ", presider="Hoàng Văn Xưa")],
        )
    )
    assert again.staff_added == () and "người chủ trì" not in again.detail()
    assert count(sv, StaffRecord) == len(former) + 3  # the office's head, deputy and officer


def test_a_refused_file_adds_nobody(office_services: Services, tmp_path: Path) -> None:
    rows = [
        visit("12/03/2019", "Phan Văn Tú", kind="Định kỳ", presider="Hoàng Văn Xưa"),
        visit("31/02/2019", "A"),
    ]
    with pytest.raises(ImportRefused):
        VisitImporter(office_services.ctx).import_file(register(tmp_path / "so.csv", rows))
    assert count(office_services, StaffRecord) == 3


def test_the_command_line_says_who_was_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "office"
    assert cli.main(["--data-dir", str(folder), "init", "--office-name", "ỦY BAN NHÂN DÂN XÃ KỲ CHÂU",
                     "--office-kind", "UBND_XA"]) == 0  # fmt: skip
    capsys.readouterr()
    file = register(
        tmp_path / "so.csv", [visit("12/03/2019", "Phan Văn Tú", kind="Định kỳ", presider="Hoàng Văn Xưa")]
    )
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(file)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 1 lượt tiếp" in out and "ghi là cán bộ cũ): Hoàng Văn Xưa." in out
    assert cli.main(["--data-dir", str(folder), "staff", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Hoàng Văn Xưa — đã nghỉ"]


def test_a_case_code_of_another_person_in_the_database_refuses_the_file(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    desk = sv.intake.save(
        VisitInput(date=dt.date(2026, 3, 2), visitor=PersonInput(full_name="Đỗ Văn Khoa", id_number="001099012345",
                   address="Ấp 3"), summary="Tranh chấp ranh giới", category=Category.KHIEU_NAI,
                   handling=Handling.THU_LY)
    )  # fmt: skip
    code = desk.case_code
    assert code is not None
    rows = [
        visit(
            "01/02/2024", "Đỗ Văn Khoa", case=code, id_number="001099012345", address="Ấp 9"
        ),  # same ID: same
        visit("02/02/2024", "Đỗ Văn Khoa", case=code, address="ấp 3"),  # no ID, same name and address: same
        visit("03/02/2024", "Ngô Thị Hoa", case=code, address="Ấp 3"),  # row 4: another name
        visit("04/02/2024", "Đỗ Văn Khoa", case=code, id_number="001099054321"),  # row 5: another ID number
        visit("05/02/2024", "Đỗ Văn Khoa", case=code, address="Ấp 7"),  # row 6: same name, another address
    ]
    with pytest.raises(ImportRefused) as refused:
        VisitImporter(sv.ctx).import_file(register(tmp_path / "so.csv", rows))
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [4, 5, 6]
    assert f"«Mã vụ việc» «{code}» đã là mã vụ việc của một người khác" in bad[4] and "dòng 4" in bad[4]
    assert "Đỗ Văn Khoa" not in bad[4]  # the other person is never named: the case may be confidential
    assert count(sv, VisitRecord) == 1 and count(sv, CaseRecord) == 1  # all or nothing


def test_one_code_for_two_people_in_the_same_file_is_a_bad_row(
    office_services: Services, tmp_path: Path
) -> None:
    rows = [
        visit("01/02/2024", "Đỗ Văn Khoa", case="HS-17", id_number="001099012345"),
        visit("02/02/2024", "Đỗ Thị Lan", case="HS-17"),  # row 3
        visit("03/02/2024", "Đỗ Văn Khoa", case="HS-17"),  # no ID here, but the same name and address: same
        visit("04/02/2024", "Bùi Văn Nam", case="HS-18", summary=""),  # row 5: also missing its matter
        visit("05/02/2024", "Lê Văn Ba", case="HS-18"),  # row 6: HS-18 was Bùi Văn Nam's on row 5
    ]
    with pytest.raises(ImportRefused) as refused:
        VisitImporter(office_services.ctx).import_file(register(tmp_path / "so.csv", rows))
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [3, 5]
    assert (
        "«Mã vụ việc» «HS-17» ở dòng 2 đã dùng cho người khác (Đỗ Văn Khoa, số giấy tờ 001099012345)"
        in bad[3]
    )
    assert "sửa mã ở dòng 3" in bad[3]
    assert "Thiếu «Nội dung»" in bad[5]
    assert count(office_services, VisitRecord) == 0


def test_staff_added_by_an_import_survive_reopening(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    assert (
        cli.main(
            ["--data-dir", str(folder), "init", "--office-name", "UBND XÃ A", "--office-kind", "UBND_XA"]
        )
        == 0
    )
    file = register(
        tmp_path / "so.csv", [visit("12/03/2019", "Phan Văn Tú", kind="Đột xuất", presider="Cao Văn Cũ")]
    )
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(file)]) == 0
    sv = open_services(AppPaths(folder))
    try:
        with sv.ctx.db.read() as s:
            rec = s.scalar(select(StaffRecord).where(StaffRecord.full_name == "Cao Văn Cũ"))
            session = s.scalar(select(ReceptionSessionRecord))
        assert rec is not None and not rec.active and session is not None and session.presided_by_id == rec.id
    finally:
        sv.close()
