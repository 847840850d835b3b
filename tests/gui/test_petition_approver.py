"""Issue 9 §4: an approval names its approver ("Đã duyệt (, 30/11/2026…" before), and imported history has no empty brackets."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi_transfer as vt
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner

SHOTS = Path("/tmp/shots")


def proposed(services: Services) -> int:
    pid = services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 16), source=PetitionSource.BUU_CHINH, summary="Kiến nghị sửa cầu",
            category=Category.KIEN_NGHI_PHAN_ANH, main=PersonInput(full_name="Nguyễn Văn An"),
        )
    ).id  # fmt: skip
    services.petitions.classify(pid, within_competence=True)
    services.petitions.propose(pid, Handling.THU_LY, reason="Thuộc thẩm quyền")
    return pid


def decisions_text(qtbot: QtBot, services: Services, pid: int) -> str:
    view = PetitionView(services, pid, tasks=ImmediateTaskRunner())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    view.grab().save(str(SHOTS / f"petition_approver_{pid}.png"))
    return view.decisions.text()


def test_the_head_who_approves_is_named(qtbot: QtBot, office_services: Services) -> None:
    pid = proposed(office_services)
    head = office_services.office.head()
    assert head is not None and head.id is not None
    office_services.office.sign_in(head.id)
    office_services.petitions.decide(pid, approve=True, opinion="Đồng ý")
    assert "   Đã duyệt (Trần Văn Bình, 20/11/2026 09:30): Đồng ý" in decisions_text(
        qtbot, office_services, pid
    )


def test_a_leader_not_on_the_staff_list_is_named_by_the_name_they_worked_under(
    qtbot: QtBot, office_services: Services
) -> None:
    pid = proposed(office_services)
    actor = office_services.ctx.actor
    actor.name, actor.staff_id, actor.roles = "Võ Văn Kiệt", None, (Role.LANH_DAO,)
    office_services.petitions.decide(pid, approve=True)
    text = decisions_text(qtbot, office_services, pid)
    assert "Đã duyệt (Võ Văn Kiệt, 20/11/2026 09:30)" in text and "(," not in text


def test_imported_history_without_an_approver_has_no_empty_brackets(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    rows = [
        {"Ngày nhận": "02/03/2025", "Nguồn đơn": "Qua dịch vụ bưu chính", "Người gửi": "Nguyễn Văn An",
         "Nội dung": "Khiếu nại bồi thường đất", "Phân loại": "Khiếu nại", "Thuộc thẩm quyền": "x",
         "Hướng xử lý": "Thụ lý giải quyết", "Ngày xử lý": "10/03/2025"},
        {"Ngày nhận": "07/04/2025", "Nguồn đơn": "Qua dịch vụ bưu chính", "Người gửi": "Lê Văn Cường",
         "Nội dung": "Kiến nghị làm đường", "Phân loại": "Kiến nghị, phản ánh", "Thuộc thẩm quyền": "Không",
         "Hướng xử lý": "Chuyển đơn"},
    ]  # fmt: skip
    path = tmp_path / "don.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(vt.PETITION_HEADERS), restval="")
        writer.writeheader()
        writer.writerows(rows)
    PetitionImporter(office_services.ctx).import_file(path)
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    ids = office_services.petition_register.search_ids(PetitionFilter())
    texts = {decisions_text(qtbot, office_services, pid) for pid in ids}
    assert all("(," not in t and "()" not in t and ", )" not in t for t in texts)
    assert any("   Đã duyệt (10/03/2025" in t for t in texts)
    assert any(t.endswith("   Đã duyệt") for t in texts)
