"""The petition detail's Theo dõi, Tệp đính kèm and In văn bản, and the co-signers on the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_followups import FollowUpType
from desk_app.domain.visit import PersonInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.registry import Services
from desk_app.storage.records import CitizenRecord
from desk_app.storage.records.petition import PetitionRecord, PetitionSignerRecord
from desk_app.ui.pages.petitions.followup import FollowUpDialog
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.petitions.printing import documents_for
from desk_app.ui.pages.petitions.view import ATTACHMENTS_TAB, CLOCKS_TAB, PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import type_text

TODAY = dt.date(2026, 11, 20)
AN = PersonInput(full_name="Nguyễn Văn An", id_number="001099012345", address="Ấp 2, xã An Phú")
SHOTS = Path("/tmp/shots")


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"petitions2_{name}.png"))


def accepted_complaint(services: Services) -> int:
    pid = services.petitions.register(
        PetitionInput(
            received_date=TODAY, source=PetitionSource.BUU_CHINH, summary="Khiếu nại việc thu hồi đất",
            category=Category.KHIEU_NAI, main=AN,
        )
    ).id  # fmt: skip
    services.petitions.classify(pid, within_competence=True)
    services.petitions.propose(pid, Handling.THU_LY, reason="Đủ điều kiện")
    roles = services.ctx.actor.roles
    services.ctx.actor.roles = (Role.LANH_DAO,)
    services.petitions.decide(pid, approve=True)
    services.ctx.actor.roles = roles
    return pid


@pytest.fixture
def view(qtbot: QtBot, office_services: Services) -> PetitionView:
    widget = PetitionView(office_services, accepted_complaint(office_services), tasks=ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1120, 720)
    widget.show()
    return widget


def test_an_extension_shows_the_original_and_the_new_due_date(view: PetitionView) -> None:
    dialog = view.record_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    dialog.event_type.set_value(FollowUpType.GIA_HAN)
    assert dialog.clock_field.isVisible() and dialog.new_due_field.isVisible()
    items = [dialog.clock.itemText(i) for i in range(dialog.clock.count())]
    resolve = next(i for i, text in enumerate(items) if text.startswith("Giải quyết khiếu nại lần đầu"))
    dialog.choose_clock(resolve)
    type_text(dialog.new_due, "20/01/2027")
    dialog.ok_button.click()
    assert dialog.isVisible()  # an extension needs its decision's number
    assert dialog.errors["doc_no"].text() == i18n_errors.MESSAGES["doc_no.required"]
    type_text(dialog.doc_no, "12/QĐ-UBND")
    type_text(dialog.doc_date, "20/11/2026")
    type_text(dialog.content, "Vụ việc phức tạp, gia hạn giải quyết")
    shot(dialog, "followup_dialog")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    row = next(r for r in view.clock_rows() if r[0].startswith("Giải quyết khiếu nại lần đầu"))
    assert row[1] == "21/12/2026" and row[2] == "20/01/2027"  # original and new side by side
    assert "hạn ban đầu 21/12/2026, hạn mới 20/01/2027" in view.notice.text()
    assert view.tabs.currentIndex() == CLOCKS_TAB
    assert view.follow_ups.rows() == [
        [
            "20/11/2026",
            "Gia hạn thời hạn",
            "Số 12/QĐ-UBND ngày 20/11/2026",
            "Vụ việc phức tạp, gia hạn giải quyết",
        ]
    ]
    shot(view, "detail_extended")


def test_a_suspension_changes_the_status_and_a_continuation_resumes(view: PetitionView) -> None:
    dialog = view.record_follow_up()
    offered = [dialog.event_type.itemText(i) for i in range(dialog.event_type.count())]
    assert "Tiếp tục giải quyết" not in offered  # nothing to continue yet
    dialog.event_type.set_value(FollowUpType.TAM_DINH_CHI)
    assert "«Tạm đình chỉ»" in dialog.status_note.text()
    type_text(dialog.doc_no, "15/QĐ-UBND")
    dialog.ok_button.click()
    assert view.detail.status is PetitionStatus.TAM_DINH_CHI
    assert "Tạm đình chỉ" in view.header.text()
    dialog = view.record_follow_up()
    dialog.event_type.set_value(FollowUpType.TIEP_TUC)
    type_text(dialog.doc_no, "16/QĐ-UBND")
    dialog.ok_button.click()
    assert view.detail.status is PetitionStatus.DANG_GIAI_QUYET
    assert view.notice.text() == "✓ Đã ghi nhận «Tiếp tục giải quyết»: đơn chuyển sang «Đang giải quyết»."
    assert [r[1] for r in view.follow_ups.rows()] == ["Tạm đình chỉ giải quyết", "Tiếp tục giải quyết"]
    assert view.tabs.tabText(2) == vpp.TAB_FOLLOW_UPS.format(count=2)
    view.tabs.setCurrentIndex(2)
    shot(view, "detail_followups")


def test_a_scan_is_attached_opened_and_checked(view: PetitionView, tmp_path: Path) -> None:
    scan = tmp_path / "don-goc.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the letter " * 200)
    panel = view.attachments
    opened: list[Path] = []
    panel.choose_file = lambda: scan
    panel.ask_title = lambda _default: "Đơn khiếu nại bản gốc"
    panel.open_document = lambda path: opened.append(path) or True
    panel.add_button.click()
    assert "Đã đính kèm «Đơn khiếu nại bản gốc» (5 KB)" in panel.notice.text()
    assert view.tabs.tabText(ATTACHMENTS_TAB) == vpp.TAB_ATTACHMENTS.format(count=1)
    panel.open_button.click()
    assert opened and opened[0].read_bytes() == scan.read_bytes()
    panel.verify_button.click()
    assert panel.check_texts() == [vpp.ATTACH_INTACT]
    view.tabs.setCurrentIndex(ATTACHMENTS_TAB)
    shot(view, "detail_attachments")
    opened[0].write_bytes(b"changed")  # someone edited the stored copy
    panel.verify_button.click()
    assert panel.check_texts() == [vpp.ATTACH_BROKEN]
    assert panel.notice.tone == "error"


def test_the_print_menu_follows_the_handling(view: PetitionView) -> None:
    assert documents_for(view.detail) == [
        "phieu_de_xuat", "tb_ket_qua_xu_ly", "tb_thu_ly_kn",
    ]  # fmt: skip
    menu = view.print_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "Phiếu đề xuất xử lý đơn",
        "Thông báo kết quả xử lý đơn",
        "Thông báo thụ lý giải quyết khiếu nại",
    ]
    opened: list[Path] = []
    view.printer.open_document = lambda path: opened.append(path) or True
    menu.actions()[1].trigger()
    assert "Số: 01/TB-UBND" in view.notice.text() and len(opened) == 1
    menu.actions()[1].trigger()  # a re-print keeps its number
    assert "Số: 01/TB-UBND (in lại, giữ số cũ)" in view.notice.text()


def test_co_signers_are_typed_on_the_form(qtbot: QtBot, office_services: Services) -> None:
    page = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    page.new_petition()
    form = page.form
    type_text(form.signer.full_name, "Nguyễn Văn An")
    type_text(form.letter.summary, "Kiến nghị sửa đường liên ấp")
    form.letter.category.set_value(Category.KIEN_NGHI_PHAN_ANH)
    form.signer.cosigners.add_button.click()
    form.signer.cosigners.add_button.click()
    assert form.signer.signer_count.value() == 3
    first, second = form.signer.cosigners.rows
    type_text(first.name, "Trần Thị Bích")
    type_text(first.id_number, "001185000111")
    type_text(second.id_number, "001185000222")  # the name forgotten
    shot(page, "form_cosigners")
    assert form.save() is None
    assert form.signer.cosigners.rows[1].error.text() == i18n_errors.MESSAGES["full_name.required"]
    type_text(second.name, "Lê Văn Cường")
    saved = form.save()
    assert saved is not None
    with office_services.ctx.db.read() as s:
        rec = s.get(PetitionRecord, saved.id)
        assert rec is not None and rec.signer_count == 3
        names = s.scalars(
            select(CitizenRecord.full_name)
            .join(PetitionSignerRecord, PetitionSignerRecord.citizen_id == CitizenRecord.id)
            .where(PetitionSignerRecord.petition_id == saved.id)
            .order_by(PetitionSignerRecord.position)
        ).all()
    assert list(names) == ["Trần Thị Bích", "Lê Văn Cường"]
