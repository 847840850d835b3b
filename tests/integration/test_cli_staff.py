"""`desk-app staff add/list` (DOMAIN §16.4): an office set up from the command line names its head, deputies and
former presiders, so that a register naming them imports; bad input is one Vietnamese line, exit 2, nothing changed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.cli import main as cli
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.storage.records import ReceptionSessionRecord, StaffRecord
from tests.helpers.cli_output import one_error_line

AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


def register(path: Path, presider: str) -> Path:
    """A Sổ tiếp công dân with one periodic visit presided by `presider` and one regular visit."""
    rows = [
        {vt.V_DATE: "18/01/2024", vt.V_KIND: "Định kỳ", vt.V_PRESIDER: presider, vt.V_NAME: "Trần Thị Bích",
         vt.V_ADDRESS: "Ấp 1, xã An Phú", vt.V_GROUP: "1", vt.V_SUMMARY: "Kiến nghị sửa đường",
         vt.V_CATEGORY: "Kiến nghị, phản ánh", vt.V_HANDLING: "Hướng dẫn"},
        {vt.V_DATE: "19/01/2024", vt.V_KIND: "Thường xuyên", vt.V_NAME: "Nguyễn Văn An",
         vt.V_ADDRESS: "Ấp 2, xã An Phú", vt.V_GROUP: "1", vt.V_SUMMARY: "Khiếu nại thu hồi đất",
         vt.V_CATEGORY: "Khiếu nại", vt.V_HANDLING: "Thụ lý giải quyết"},
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(vt.VISIT_HEADERS), restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def staff_rows(folder: Path) -> list[tuple[str, str | None, bool, bool, bool]]:
    sv = open_services(AppPaths(folder))
    try:
        with sv.ctx.db.read() as s:
            recs = s.scalars(select(StaffRecord).order_by(StaffRecord.id)).all()
            return [(r.full_name, r.position, r.is_head, r.is_deputy_head, r.active) for r in recs]
    finally:
        sv.close()


def sessions(folder: Path) -> list[tuple[str, bool]]:
    sv = open_services(AppPaths(folder))
    try:
        with sv.ctx.db.read() as s:
            rows = s.execute(
                select(StaffRecord.full_name, ReceptionSessionRecord.delegated).join(
                    StaffRecord, StaffRecord.id == ReceptionSessionRecord.presided_by_id
                )
            ).all()
            return [(name, bool(delegated)) for name, delegated in rows]
    finally:
        sv.close()


def test_init_then_staff_add_head_lets_a_register_naming_the_presider_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    assert run(folder, "init", *AN_PHU) == 0
    capsys.readouterr()
    file = register(tmp_path / "so_tiep.csv", "Trần Văn Bình")
    assert (
        run(folder, "staff", "add", "--name", "Trần Văn Bình", "--title", "Chủ tịch UBND xã", "--head") == 0
    )
    out, err = capsys.readouterr()
    assert (out, err) == ("Đã thêm Trần Văn Bình (Chủ tịch UBND xã) — thủ trưởng.\n", "")
    assert (
        run(folder, "staff", "add", "--name", "Lê Thị Cúc", "--title", "Phó Chủ tịch UBND xã", "--deputy")
        == 0
    )
    assert run(folder, "import", "visits", str(file)) == 0
    capsys.readouterr()
    assert sessions(folder) == [("Trần Văn Bình", False)]  # the head himself presided: not delegated


def test_a_former_presider_is_recognised_and_counts_as_delegated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "add", "--name", "Nguyễn Văn Cũ", "--title", "Chủ tịch UBND xã 2016–2021",
               "--former") == 0  # fmt: skip
    assert run(folder, "import", "visits", str(register(tmp_path / "cu.csv", "nguyen van cu"))) == 0
    capsys.readouterr()
    assert sessions(folder) == [("Nguyễn Văn Cũ", True)]
    assert staff_rows(folder) == [("Nguyễn Văn Cũ", "Chủ tịch UBND xã 2016–2021", False, False, False)]


def test_staff_list_in_words_and_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "office"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "list") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Danh sách cán bộ còn trống")
    for args in (
        ["--name", "Phạm Thị Dung", "--title", "Công chức tiếp công dân"],
        ["--name", "Nguyễn Văn Cũ", "--former"],
        ["--name", "Lê Thị Cúc", "--deputy"],
        ["--name", "Trần Văn Bình", "--head"],
    ):
        assert run(folder, "staff", "add", *args) == 0
    # a new head replaces the one before, and says so
    assert run(folder, "staff", "add", "--data-dir", str(folder), "--name", "Võ Văn Mới", "--head") == 0
    out = capsys.readouterr().out.splitlines()[-1]
    assert out == "Đã thêm Võ Văn Mới — thủ trưởng. Trần Văn Bình không còn là thủ trưởng."
    assert run(folder, "staff", "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Võ Văn Mới — thủ trưởng",
        "Lê Thị Cúc — cấp phó",
        "Phạm Thị Dung (Công chức tiếp công dân)",
        "Trần Văn Bình",
        "Nguyễn Văn Cũ — đã nghỉ",
    ]
    assert run(folder, "staff", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0] == {"id": 5, "name": "Võ Văn Mới", "title": None, "head": True, "deputy": False,
                         "former": False}  # fmt: skip
    assert [x["former"] for x in listed] == [False, False, False, False, True]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["staff"], "Thiếu việc cần làm"),
        (["staff", "add"], "Thiếu tham số bắt buộc: --name"),
        (["staff", "add", "--name", "   "], "không được để trống"),
        (["staff", "add", "--name", "Trần văn bình"], "đã có Trần Văn Bình"),
        (
            ["staff", "add", "--name", "Hồ Văn Mười", "--head", "--deputy"],
            "Không dùng --deputy cùng với --head",
        ),
        (["staff", "add", "--name", "Hồ Văn Mười", "--head", "--former"], "không thể là thủ trưởng"),
        (["staff", "add", "--name", "Hồ Văn Mười " * 30], "dài quá 200 ký tự"),
        (["staff", "remove", "--name", "Hồ Văn Mười"], "add, list"),
        (["staff", "list", "--csv"], "--csv"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    folder = tmp_path / "office"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "add", "--name", "Trần Văn Bình", "--head") == 0
    capsys.readouterr()
    before = staff_rows(folder)
    assert run(folder, *args) == 2
    assert says in one_error_line(capsys)
    assert staff_rows(folder) == before


def test_a_folder_without_an_office_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nothing"
    assert run(folder, "staff", "add", "--name", "Trần Văn Bình", "--head") == 2
    assert "chạy desk-app init trước" in one_error_line(capsys)
    assert run(folder, "staff", "list") == 2
    assert "desk-app init" in one_error_line(capsys)
    assert not folder.exists()
