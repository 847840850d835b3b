"""Issue 14's acceptance: a five-year review rebuilt from files alone (DOMAIN §16.3, §16.4; seed 003, Kỳ Châu).

A fresh office set up from the command line imports its paper registers (visits with `Lượt` and `Kết quả`, the head's
sessions including eight not held, the dialogues), and `report TONG-HOP` gives the review's figures and paragraphs.
The register is ours, built to the seed's shape: periodic 2 turns / 15 persons; 8 scheduled days not held for the
epidemic and floods; regular 7 turns, 8 cases (one visit raised two matters), 0 old, 8 new, all 8 resolved; 6 dialogues.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desk_app.cli import main as cli

HEAD = "Nguyễn Văn Hùng"
FORMER_HEAD = "Trần Đình Lực"  # chaired the 2019 session; not on today's staff list


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


VISIT_HEADER = [
    "Lượt", "Ngày tiếp", "Hình thức tiếp", "Người chủ trì", "Họ tên", "Địa chỉ", "Số người", "Nội dung", "Phân loại",
    "Mã vụ việc", "Kết quả",
]  # fmt: skip
REGULAR, PERIODIC = "Thường xuyên", "Định kỳ"
KN, KNAI = "Kiến nghị, phản ánh", "Khiếu nại"
LAND = "Đề nghị công nhận đất ở trước 18/12/1980"
WELFARE = "Kiến nghị chính sách an sinh xã hội"


def _visits() -> list[list[str]]:
    # The two periodic turns brought back matters first raised at the desk (the same people, now as delegations):
    # they add turns and persons, not cases, so the review counts 8 cases as the seed does.
    done = "Đã giải quyết"
    return [
        ["", "04/02/2019", REGULAR, "", "Nguyễn Văn Bình", "Thôn Tân Thọ", "1", LAND, KN, "KC-01", done],
        ["", "12/03/2019", PERIODIC, FORMER_HEAD, "Nguyễn Văn Bình", "Thôn Tân Thọ", "7", LAND, KN, "KC-01", done],
        ["L2", "10/09/2019", REGULAR, "", "Hồ Thị Mai", "Thôn Hiệu Châu", "1",
         "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", KN, "KC-02", done],
        ["L2", "10/09/2019", REGULAR, "", "Hồ Thị Mai", "Thôn Hiệu Châu", "1",
         "Phản ánh đường điện chiếu sáng thôn chưa sửa", KN, "KC-03", done],
        ["", "22/05/2020", REGULAR, "", "Trần Văn Quý", "Thôn Phú Nhân Nghĩa", "1",
         "Khiếu nại mức hỗ trợ giải phóng mặt bằng", KNAI, "KC-04", done],
        ["", "08/03/2021", REGULAR, "", "Võ Thị Lan", "Thôn Tân Thọ", "1", WELFARE, KN, "KC-05", done],
        ["", "15/06/2021", PERIODIC, HEAD, "Võ Thị Lan", "Thôn Tân Thọ", "8", WELFARE, KN, "KC-05", done],
        ["", "17/11/2022", REGULAR, "", "Đặng Văn Hải", "Thôn Hiệu Châu", "1",
         "Kiến nghị lát gạch hai bên đường huyện lộ 12", KN, "KC-06", done],
        ["", "06/06/2023", REGULAR, "", "Lương Thị Thu", "Thôn Phú Nhân Nghĩa", "1",
         "Phản ánh tranh chấp ranh giới đất", KN, "KC-07", done],
        ["", "14/09/2023", REGULAR, "", "Phạm Văn Đức", "Thôn Tân Thọ", "1",
         "Kiến nghị xây dựng chợ tại khu dân cư Phú Nhân Nghĩa", KN, "KC-08", done],
    ]  # fmt: skip


SESSION_HEADER = ["Ngày", "Người chủ trì", "Hình thức tiếp", "Trạng thái", "Lý do"]
NOT_HELD = [
    ("15/04/2020", "Dịch COVID-19"), ("15/05/2020", "Dịch COVID-19"), ("15/10/2020", "Lũ lụt"),
    ("16/11/2020", "Lũ lụt"), ("15/07/2021", "Dịch COVID-19"), ("16/08/2021", "Dịch COVID-19"),
    ("15/09/2021", "Dịch COVID-19"), ("17/10/2022", "Mưa lũ"),
]  # fmt: skip


def _sessions() -> list[list[str]]:
    rows = [
        ["12/03/2019", FORMER_HEAD, "Định kỳ", "Đã tiếp", ""],
        ["15/06/2021", HEAD, "Định kỳ", "Đã tiếp", ""],
    ]
    rows += [[day, HEAD, "Định kỳ", "Không tổ chức được", reason] for day, reason in NOT_HELD]
    return rows


DIALOGUE_HEADER = ["Ngày", "Người chủ trì", "Loại", "Nội dung", "Số người tham dự", "Số kiến nghị",
                   "Số kiến nghị thuộc thẩm quyền"]  # fmt: skip
DIALOGUES = [
    ["20/06/2019", FORMER_HEAD, "Định kỳ", "Xây dựng chợ tại khu dân cư Phú Nhân Nghĩa", "45", "4", "4"],
    ["18/12/2019", FORMER_HEAD, "Định kỳ", "Giải phóng mặt bằng tuyến đường huyện lộ 12", "60", "3", "3"],
    ["09/07/2020", HEAD, "Đột xuất", "Bồi thường bờ kè sông Trí thôn Hiệu Châu", "30", "5", "4"],
    ["21/06/2021", HEAD, "Định kỳ", "Đất ở trước 18/12/1980 chưa được công nhận", "52", "3", "3"],
    ["15/12/2022", HEAD, "Định kỳ", "Chính sách an sinh xã hội", "40", "2", "2"],
    ["12/06/2023", HEAD, "Định kỳ", "Cấp giấy chứng nhận quyền sử dụng đất ở", "38", "2", "2"],
]


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "kychau"
    base = ["--data-dir", str(folder)]
    assert cli.main([*base, "init", "--office-name", "Ủy ban nhân dân xã Kỳ Châu", "--office-kind", "UBND_XA",
                     "--parent-name", "Ủy ban nhân dân tỉnh Hà Tĩnh", "--place-name", "Kỳ Châu"]) == 0  # fmt: skip
    assert cli.main([*base, "staff", "add", "--name", HEAD, "--title", "Chủ tịch UBND xã", "--head"]) == 0
    files = tmp_path / "files"
    files.mkdir()
    # Sessions first, then the visits join them; the dialogues last.
    for what, name, header, rows in (
        ("sessions", "buoi_tiep.csv", SESSION_HEADER, _sessions()),
        ("visits", "so_tiep_cong_dan.csv", VISIT_HEADER, _visits()),
        ("dialogues", "doi_thoai.csv", DIALOGUE_HEADER, DIALOGUES),
    ):
        code = cli.main([*base, "import", what, str(_write(files / name, header, rows))])
        assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return folder


def test_the_five_year_review_is_rebuilt_from_files(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(office), "report", "TONG-HOP", "--from", "2019-01-01", "--to", "2023-12-30"]
    assert cli.main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    f = data["figures"]
    assert (f["periodic_turns"], f["periodic_persons"]) == (2, 15)
    assert (f["sessions_held"], f["sessions_not_held"], f["sessions_no_citizen"]) == (2, 8, 0)
    assert (f["regular_turns"], f["regular_cases_new"], f["regular_cases_old"]) == (7, 8, 0)
    assert (f["cases"], f["cases_new"], f["cases_old"]) == (8, 8, 0)
    assert (f["resolved"], f["unresolved"]) == (8, 0)
    assert (f["delegations"], f["delegation_persons"]) == (2, 15)
    assert (f["dialogues"], f["dialogues_periodic"], f["dialogues_adhoc"]) == (6, 5, 1)
    assert (f["dialogue_recommendations"], f["dialogue_recommendations_in_competence"]) == (19, 18)
    text = data["text"]
    # The seed's own sentences, with the app's figures.
    assert "+ Tiếp định kỳ: 02 lượt với số người: 15." in text
    assert "Có 08 kỳ tiếp định kỳ theo lịch nhưng không tổ chức được: ngày 15/04/2020 (Dịch COVID-19)" in text
    assert "+ Tiếp thường xuyên: 07 lượt với số người: 07, tiếp nhận đơn thư có 08 vụ việc (vụ việc cũ: 0, " \
           "vụ việc mới phát sinh: 08)." in text  # fmt: skip
    assert "Số vụ việc đã được giải quyết: 08; vụ việc chưa được giải quyết: 0." in text
    assert "tổ chức 06 cuộc đối thoại" in text


def test_the_former_head_was_added_as_former_staff(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(office), "staff", "list", "--json"]) == 0
    staff = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert staff[FORMER_HEAD]["former"] is True and staff[HEAD]["head"] is True
