"""Issue 14: `import sessions` and `import dialogues` (DOMAIN §16.3) rebuild years of leaders' sessions, days not
held and dialogues from files; all or nothing, every bad row named; re-running a file changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.cli import main as cli
from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus, Role
from desk_app.domain.visit import not_held
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n import vi_transfer as vt
from desk_app.services.permissions import AccessDenied
from desk_app.services.registry import Services
from desk_app.services.transfer.dialogue_import import DialogueImporter
from desk_app.services.transfer.session_import import SessionImporter
from desk_app.services.transfer.table import ImportRefused
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import DialogueRecord, ReceptionSessionRecord, StaffRecord, VisitRecord
from tests.helpers.acting import acting_as

HEAD = "Trần Văn Bình"  # the office_services head
S_HEADERS = ["Ngày", "Buổi", "Người chủ trì", "Hình thức tiếp", "Ủy quyền", "Trạng thái", "Lý do"]
D_HEADERS = ["Ngày", "Người chủ trì", "Loại", "Nội dung", "Số người tham dự", "Số kiến nghị",
             "Số kiến nghị thuộc thẩm quyền"]  # fmt: skip


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # Excel's "CSV UTF-8": with a BOM
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for line in rows:
        sheet.append(line)
    book.save(path)
    return path


def sessions(sv: Services) -> list[ReceptionSessionRecord]:
    with sv.ctx.db.read() as s:
        return list(s.scalars(select(ReceptionSessionRecord).order_by(ReceptionSessionRecord.date)))


def count(sv: Services, model: type) -> int:
    with sv.ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


SESSIONS = [
    ["15/03/2019", "Sáng", "Hoàng Văn Xưa", "Định kỳ", "", "Đã tiếp", ""],
    ["2020-04-15", "", "Hoàng Văn Xưa", "Định kỳ", "", "Không tổ chức được", "Dịch COVID-19"],
    ["15/10/2020", "Chiều", "hoàng văn xưa", "Định kỳ", "", "không tổ chức được", "Lũ lụt"],
    ["16/10/2020", "Sáng", "Lê Thị Cúc", "Đột xuất", "x", "Không có công dân đến", ""],
    ["15/05/2021", "Sáng", HEAD, "Định kỳ", "", "Hoãn", "Chủ tịch đi họp huyện"],
]


def test_sessions_of_every_status_are_imported_and_days_not_held_are_countable(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    result = SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky.csv", S_HEADERS, SESSIONS))
    assert (result.created, result.updated, result.unchanged, result.not_held) == (5, 0, 0, 2)
    assert result.staff_added == ("Hoàng Văn Xưa",)
    assert result.headline() == "Đã nhập 5 kỳ tiếp" and "ghi là cán bộ cũ): Hoàng Văn Xưa." in result.detail()
    rows = sessions(sv)
    assert [r.status for r in rows] == ["DA_TIEP", "HUY", "HUY", "KHONG_CO_CONG_DAN", "HOAN"]
    assert [r.status_reason for r in rows] == [None, "Dịch COVID-19", "Lũ lụt", None, "Chủ tịch đi họp huyện"]
    assert [r.start_time for r in rows] == [dt.time(7, 30), dt.time(7, 30), dt.time(13, 30), dt.time(7, 30),
                                            dt.time(7, 30)]  # fmt: skip
    assert rows[3].no_citizen_came and rows[3].delegated and rows[3].kind == ReceptionKind.DOT_XUAT.value
    assert not rows[4].delegated  # the head himself
    # "Không tổ chức được" is what reports count as scheduled days not held
    assert [r.date for r in rows if not_held(r.status)] == [dt.date(2020, 4, 15), dt.date(2020, 10, 15)]
    with sv.ctx.db.read() as s:
        former = s.scalar(select(StaffRecord).where(StaffRecord.full_name == "Hoàng Văn Xưa"))
    assert former is not None and not former.active and rows[0].presided_by_id == former.id


def test_bad_rows_are_all_named_and_nothing_is_written(office_services: Services, tmp_path: Path) -> None:
    rows = [
        SESSIONS[0],
        ["15/04/2020", "Sáng", HEAD, "Định kỳ", "", "Không tổ chức được", ""],  # row 3: no reason
        ["15/05/2020", "Sáng", HEAD, "Định kỳ", "", "Hoãn", " "],  # row 4: no reason
        ["15/06/2020", "Tối", HEAD, "Định kỳ", "", "Đã họp", ""],  # row 5: part of day, status
        ["31/06/2020", "Sáng", HEAD, "Định kỳ", "", "Đã tiếp", ""],  # row 6: no such date
        ["15/07/2020", "Sáng", HEAD, "Thường xuyên", "", "Đã tiếp", ""],  # row 7: not a leader's session
        [
            "15/03/2019",
            "Chiều",
            "Hoàng Văn Xưa",
            "Định kỳ",
            "",
            "Đã tiếp",
            "",
        ],  # row 8: row 2's session again
        ["15/08/2020", "Sáng", "", "Định kỳ", "y", "Đã tiếp", ""],  # row 9: presider, mark
    ]
    with pytest.raises(ImportRefused) as refused:
        SessionImporter(office_services.ctx).import_file(write_csv(tmp_path / "sai.csv", S_HEADERS, rows))
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [3, 4, 5, 6, 7, 8, 9]
    assert "Trạng thái «Không tổ chức được» phải ghi «Lý do»" in bad[3]
    assert "Trạng thái «Hoãn» phải ghi «Lý do»" in bad[4]
    assert "«Buổi» «Tối»" in bad[5] and "«Trạng thái» «Đã họp» không thuộc danh mục" in bad[5]
    assert "«Ngày» «31/06/2020» không phải ngày hợp lệ" in bad[6]
    assert "«Hình thức tiếp» «Thường xuyên»" in bad[7]
    assert "đã có ở dòng 2" in bad[8]
    assert "Thiếu «Người chủ trì»" in bad[9] and "«Ủy quyền» chỉ ghi «x»" in bad[9]
    assert sessions(office_services) == [] and count(office_services, StaffRecord) == 3  # nobody added


def test_re_running_the_same_file_changes_nothing(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    file = write_xlsx(tmp_path / "ky.xlsx", S_HEADERS, SESSIONS)  # type: ignore[arg-type]
    SessionImporter(sv.ctx).import_file(file)
    before = [(r.id, r.status, r.status_reason) for r in sessions(sv)]
    again = SessionImporter(sv.ctx).import_file(file)
    assert (again.created, again.updated, again.unchanged, again.staff_added) == (0, 0, 5, ())
    assert again.headline() == "Đã nhập 0 kỳ tiếp" and "5 kỳ tiếp đã có sẵn" in again.detail()
    assert [(r.id, r.status, r.status_reason) for r in sessions(sv)] == before


def test_visits_join_imported_sessions_and_sessions_meet_imported_visits(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    # sessions first, then the register: its visits join them, a "nobody came" day with a visit becomes held
    SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky.csv", S_HEADERS, SESSIONS))
    visit = {vt.V_DATE: "16/10/2020", vt.V_KIND: "Đột xuất", vt.V_PRESIDER: "Lê Thị Cúc", vt.V_NAME: "Phan Văn Tú",
             vt.V_SUMMARY: "Kiến nghị sửa cầu", vt.V_CATEGORY: "Kiến nghị, phản ánh"}  # fmt: skip
    visit2 = {**visit, vt.V_DATE: "15/03/2019", vt.V_KIND: "Định kỳ", vt.V_PRESIDER: "Hoàng Văn Xưa"}
    with (tmp_path / "so.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(vt.VISIT_HEADERS), restval="")
        writer.writeheader()
        writer.writerows([visit, visit2])
    result = VisitImporter(sv.ctx).import_file(tmp_path / "so.csv")
    assert (result.sessions_created, result.sessions_joined, result.staff_added) == (0, 2, ())
    assert count(sv, ReceptionSessionRecord) == 5
    assert sessions(sv)[3].status == ReceptionSessionStatus.DA_TIEP.value

    # the register first, then the sessions: a held day is already there; a day the register shows held cannot be
    # "not held", and a planned session takes the file's status
    with sv.ctx.db.write() as s, s.begin():
        head_id = s.scalar(select(StaffRecord.id).where(StaffRecord.full_name == HEAD))
        s.add(ReceptionSessionRecord(kind="DINH_KY", date=dt.date(2022, 3, 15), presided_by_id=head_id,
                                     status="DU_KIEN"))  # fmt: skip
    later = [
        ["16/10/2020", "Sáng", "Lê Thị Cúc", "Đột xuất", "x", "Đã tiếp", ""],  # held, as the register shows
        ["15/03/2022", "Sáng", HEAD, "Định kỳ", "", "Không tổ chức được", "Bão số 3"],  # the planned one
    ]
    done = SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky2.csv", S_HEADERS, later))
    assert (done.created, done.updated, done.unchanged) == (0, 1, 1)
    planned = sessions(sv)[-1]
    assert (planned.status, planned.status_reason) == ("HUY", "Bão số 3")
    wrong = [["15/03/2019", "Sáng", "Hoàng Văn Xưa", "Định kỳ", "", "Không tổ chức được", "Mưa"]]
    with pytest.raises(ImportRefused) as refused:
        SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky3.csv", S_HEADERS, wrong))
    text = refused.value.bad_rows[0].text
    assert (
        "Dòng 2" in text and "trạng thái «Đã tiếp» và 1 lượt tiếp" in text and "«Không tổ chức được»" in text
    )


def test_the_sessions_import_needs_the_schedule_right(office_services: Services, tmp_path: Path) -> None:
    with acting_as(office_services, Role.XEM_BAO_CAO), pytest.raises(AccessDenied):
        SessionImporter(office_services.ctx).import_file(write_csv(tmp_path / "ky.csv", S_HEADERS, SESSIONS))
    assert sessions(office_services) == []


DIALOGUES: list[list[object]] = [
    [dt.date(2019, 6, 20), "Hoàng Văn Xưa", "Định kỳ", "Đối thoại về bồi thường đường liên xã", 45, 6, 4],
    ["12/12/2019", HEAD, "Đột xuất", "Đối thoại với hộ dân ấp 3 về ranh giới đất", "", "", ""],
    ["2023-06-30", HEAD, "Đối thoại định kỳ", "Đối thoại giữa năm 2023", "30", "5", "5"],
]


def test_dialogues_are_imported_with_their_figures_and_no_clock(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    file = write_xlsx(tmp_path / "doi-thoai.xlsx", D_HEADERS, DIALOGUES)
    result = DialogueImporter(sv.ctx).import_file(file)
    assert (result.created, result.unchanged, result.staff_added) == (3, 0, ("Hoàng Văn Xưa",))
    assert result.headline() == "Đã nhập 3 cuộc đối thoại"
    with sv.ctx.db.read() as s:
        recs = s.scalars(select(DialogueRecord).order_by(DialogueRecord.date)).all()
        got = [
            (r.kind, r.date, r.participant_count, r.recommendations, r.recommendations_in_competence)
            for r in recs
        ]
    assert got == [
        ("DINH_KY", dt.date(2019, 6, 20), 45, 6, 4),
        ("DOT_XUAT", dt.date(2019, 12, 12), None, None, None),
        ("DINH_KY", dt.date(2023, 6, 30), 30, 5, 5),
    ]
    listed = sv.dialogues.list(2019)  # the window's list shows them, history without a notice clock
    assert listed.counts[listed.dialogues[0].kind] == 1 and listed.dialogues[0].notice_due is None
    assert not any(d.overdue for d in listed.dialogues)
    again = DialogueImporter(sv.ctx).import_file(file)
    assert (again.created, again.unchanged) == (0, 3) and count(sv, DialogueRecord) == 3


def test_bad_dialogue_rows_are_named(office_services: Services, tmp_path: Path) -> None:
    rows = [
        DIALOGUES[1],
        ["01/02/2020", HEAD, "Chuyên đề", "", "-3", "4", "7"],  # row 3: kind, topic, count, 7 > 4
        ["01/13/2020", HEAD, "Định kỳ", "Đối thoại", "", "", ""],  # row 4: date
        [
            "12/12/2019",
            "trần văn bình",
            "Đột xuất",
            "đối thoại với hộ dân ấp 3 về ranh giới đất",
            "",
            "",
            "",
        ],  # 5
    ]
    with pytest.raises(ImportRefused) as refused:
        DialogueImporter(office_services.ctx).import_file(write_csv(tmp_path / "dt.csv", D_HEADERS, rows))  # type: ignore[arg-type]
    bad = {b.row: " ".join(b.reasons) for b in refused.value.bad_rows}
    assert sorted(bad) == [3, 4, 5]
    assert "«Loại» «Chuyên đề»" in bad[3] and "Thiếu «Nội dung»" in bad[3]
    assert "«Số người tham dự» phải là số nguyên từ 0" in bad[3]
    assert "«Số kiến nghị thuộc thẩm quyền» (7) lớn hơn «Số kiến nghị» (4)" in bad[3]
    assert "«Ngày» «01/13/2020»" in bad[4] and "đã có ở dòng 2" in bad[5]
    assert count(office_services, DialogueRecord) == 0


def test_the_command_line_imports_history_and_refuses_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"

    def run(*args: str) -> int:
        return cli.main(["--data-dir", str(folder), *args])

    assert run("init", "--office-name", "ỦY BAN NHÂN DÂN XÃ KỲ CHÂU", "--office-kind", "UBND_XA") == 0
    capsys.readouterr()
    assert run("import", "sessions", str(write_csv(tmp_path / "ky.csv", S_HEADERS, SESSIONS))) == 0
    out = capsys.readouterr().out
    assert out.startswith("Đã nhập 5 kỳ tiếp từ ") and "2 kỳ không tổ chức được" in out
    assert (
        "Hoàng Văn Xưa, Lê Thị Cúc, Trần Văn Bình." in out
    )  # an office set up from the command line, in file order
    assert run("import", "dialogues", str(write_xlsx(tmp_path / "dt.xlsx", D_HEADERS, DIALOGUES))) == 0
    assert capsys.readouterr().out.startswith("Đã nhập 3 cuộc đối thoại từ ")
    bad = write_csv(tmp_path / "sai.csv", S_HEADERS, [["15/04/2020", "", HEAD, "Định kỳ", "", "Hủy bỏ", ""]])
    assert run("import", "sessions", str(bad)) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Không nhập gì" in err and "Dòng 2" in err and "«Trạng thái» «Hủy bỏ»" in err
    assert run("import", "meetings", str(bad)) == 2
    assert vh.CLI_WHAT_UNKNOWN_IMPORT.format(what="meetings") in capsys.readouterr().err
    assert run("export", "sessions", str(tmp_path / "x.csv")) == 2  # history is imported, not exported


def test_a_visit_on_a_day_not_held_is_a_bad_row(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky.csv", S_HEADERS, SESSIONS))
    base = {vt.V_PRESIDER: "Hoàng Văn Xưa", vt.V_NAME: "Phan Văn Tú", vt.V_SUMMARY: "Kiến nghị sửa cầu",
            vt.V_CATEGORY: "Kiến nghị, phản ánh"}  # fmt: skip
    rows = [
        {**base, vt.V_DATE: "15/04/2020", vt.V_KIND: "Định kỳ"},  # row 2: that day was not held (COVID-19)
        {**base, vt.V_DATE: "15/04/2020", vt.V_KIND: "Đột xuất"},  # another kind: its own session
        {
            **base,
            vt.V_DATE: "15/05/2021",
            vt.V_KIND: "Định kỳ",
            vt.V_PRESIDER: HEAD,
        },  # postponed: the visit holds it
    ]
    with (tmp_path / "so.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(vt.VISIT_HEADERS), restval="")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ImportRefused) as refused:
        VisitImporter(sv.ctx).import_file(tmp_path / "so.csv")
    assert [b.row for b in refused.value.bad_rows] == [2]
    assert "đã ghi «Không tổ chức được» (Dịch COVID-19)" in refused.value.bad_rows[0].text
    assert count(sv, VisitRecord) == 0 and count(sv, ReceptionSessionRecord) == 5
