"""Issue 4's "Done when", told as a new user would: the day's petitions from the desk to their paper and the dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition_flow import PetitionAction
from desk_app.i18n import labels, vi_ui
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.registry import Services
from desk_app.ui.main_window import PAGE_TITLES, MainWindow
from desk_app.ui.pages.dashboard.page import DashboardPage
from desk_app.ui.pages.petitions.actions import ClassifyDialog, DecideDialog, ProposeDialog
from desk_app.ui.pages.petitions.from_visit import PetitionFormDialog
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.pdf import pdf_text
from tests.helpers.qt_input import press, press_on_row, settle, type_text

SHOTS = Path("/tmp/shots")
HOLIDAY = "Ngày Văn hóa Việt Nam"  # 24/11/2026, a day off inside every clock started this week


class Desk:
    """The main window as the officer sees it, with the PDFs it opened captured instead of shown."""

    def __init__(self, services: Services, qtbot: QtBot) -> None:
        self.services = services
        self.qtbot = qtbot
        self.window = MainWindow(services, ImmediateTaskRunner())
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.intake.ask_confirm = lambda text: pytest.fail(f"unexpected prompt: {text}")
        self.settle()
        self.opened: list[Path] = []
        staff = {s.full_name: s for s in services.office.list_staff()}
        self.head_id, self.officer_id = staff["Trần Văn Bình"].id, staff["Phạm Thị Dung"].id

    @property
    def petitions(self) -> PetitionsPage:
        page = self.window.petitions_page
        assert isinstance(page, PetitionsPage)
        return page

    def settle(self) -> None:
        """A person's pause between two steps: every debounce and timer of the windows has fired."""
        settle(self.qtbot)

    def sign_in(self, staff_id: int) -> None:
        self.services.office.sign_in(staff_id)

    def open(self, petition_id: int) -> PetitionView:
        """Find the petition in the register, select it and press Enter."""
        page = self.petitions
        self.window.show_page(PAGE_TITLES.index(vi_ui.NAV_PETITIONS))
        page.tabs.setCurrentIndex(0)
        page.refresh()
        self.settle()
        row = page.model.row_of(petition_id)
        assert row is not None
        press_on_row(page.table, row)
        self.settle()
        view = page.view
        assert view is not None and view.petition_id == petition_id
        view.printer.open_document = lambda path: self.opened.append(path) or True
        return view

    def handle(self, view: PetitionView, within: bool, handling: Handling, body: str = "") -> None:
        """Classify and propose as the officer, then approve as the head (signed in for it), then back."""
        classify = view.start_action(PetitionAction.CLASSIFY)
        assert isinstance(classify, ClassifyDialog)
        if not within:
            classify.not_within.setChecked(True)
            type_text(classify.competent_body, body)
        classify.ok_button.click()
        self.settle()
        propose = view.start_action(PetitionAction.PROPOSE)
        assert isinstance(propose, ProposeDialog)
        if not within:  # the proposal starts from the classification: its competent body, its handling
            assert propose.target.text() == body
        propose.handling.set_value(handling)
        if body and within:
            type_text(propose.target, body)
        type_text(propose.reason, "Đề nghị lãnh đạo xem xét")
        propose.ok_button.click()
        problem = propose.problem.text()
        self.settle()
        assert not (shiboken6.isValid(propose) and propose.isVisible()), problem  # closed (and deleted)
        assert PetitionAction.APPROVE not in view.action_buttons  # the officer cannot approve
        self.sign_in(self.head_id)
        view.refresh()
        approve = view.start_action(PetitionAction.APPROVE)
        assert isinstance(approve, DecideDialog)
        type_text(approve.opinion, "Đồng ý")
        approve.ok_button.click()
        self.settle()
        self.sign_in(self.officer_id)
        view.refresh()
        self.settle()

    def print(self, view: PetitionView, key: str) -> str:
        """Pick a document in "In văn bản ▾"; returns the opened PDF's text (spaces normalised)."""
        menu = view.print_button.menu()
        assert isinstance(menu, QMenu)
        actions = {a.objectName(): a for a in menu.actions()}
        assert f"print_{key}" in actions, sorted(actions)
        before = len(self.opened)
        actions[f"print_{key}"].trigger()
        self.settle()
        assert len(self.opened) == before + 1, view.notice.text()
        return " ".join(pdf_text(self.opened[-1].read_bytes()).split())

    def type_letter(self, name: str, id_number: str, summary: str, category: Category, **letter: str) -> None:
        """Ctrl+N on the Đơn thư page and type a letter in (not saved)."""
        page = self.petitions
        self.window.show_page(PAGE_TITLES.index(vi_ui.NAV_PETITIONS))
        page.new_button.click()
        self.settle()
        form = page.form
        if "received" in letter:
            form.letter.received.clear()
            type_text(form.letter.received, letter["received"])
        if "forwarded_by" in letter:
            form.letter.source.set_value(PetitionSource.MTTQ)
            type_text(form.letter.forwarded_by, letter["forwarded_by"])
            type_text(form.letter.forwarded_no, letter["forwarded_no"])
        type_text(form.signer.full_name, name)
        type_text(form.signer.id_number, id_number)
        type_text(form.letter.summary, summary)
        form.letter.category.set_value(category)
        self.settle()  # the duplicates panel searches once typing pauses

    def save_letter(self) -> int:
        form = self.petitions.form
        form.save_button.click()
        self.settle()
        assert form.notice.tone == "ok", form.notice.text()
        assert form._last_saved is not None
        return form._last_saved


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"petitions2_{name}.png"))


def test_a_day_of_petitions(qtbot: QtBot, office_services: Services) -> None:
    desk = Desk(office_services, qtbot)
    services = office_services

    # 1. A complaint received at the desk becomes a petition in one click from the saved visit.
    intake = desk.window.intake
    type_text(intake.people.full_name, "Nguyễn Văn An")
    type_text(intake.people.id_number, "001099012345")
    desk.settle()
    type_text(intake.people.address, "thôn Hiệu Châu, xã An Phú")
    type_text(intake.case.summary, "Khiếu nại quyết định thu hồi đất nông nghiệp của gia đình")
    intake.case.category.set_value(Category.KHIEU_NAI)
    desk.settle()
    # Under a real X server without a window manager nothing activates the window; a person's click would.
    desk.window.activateWindow()
    desk.qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    press(intake.people.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    desk.settle()
    intake.petition_button.click()
    desk.settle()
    dialog = intake.findChild(PetitionFormDialog)
    assert dialog is not None, intake.action.text()
    assert dialog.form.signer.full_name.text() == "Nguyễn Văn An"
    dialog.form.save_button.click()
    desk.settle()
    saved = dialog.form.notice.text()
    assert "Đã vào sổ đơn số 1/2026 (Khiếu nại)" in saved
    # Its due dates read right across the 24/11 holiday: 10 working days from Friday 20/11 skip it.
    assert "07/12/2026" in saved and HOLIDAY in saved
    dialog.close()
    desk.settle()

    # 2. It is classified, proposed, approved by the head and accepted; the papers carry their numbers.
    complaint = 1
    view = desk.open(complaint)
    desk.handle(view, True, Handling.THU_LY)
    assert services.petitions.status(complaint) is PetitionStatus.DANG_GIAI_QUYET
    assert labels.PETITION_STATUS[PetitionStatus.DANG_GIAI_QUYET] in view.header.text()
    clocks = view.clock_rows()
    resolve = next(row for row in clocks if "Giải quyết khiếu nại lần đầu" in row[0])
    assert resolve[1] and resolve[2] == ""  # its own due date, not extended
    assert any(HOLIDAY in row[3] for row in clocks)
    proposal = desk.print(view, "phieu_de_xuat")
    assert "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN" in proposal and "Nguyễn Văn An" in proposal
    assert "Số phiếu: 01/PĐX-2026" in view.notice.text()
    accepted = desk.print(view, "tb_thu_ly_kn")
    assert "Số: 01/TB-UBND" in view.notice.text()
    assert "thụ lý" in accepted.lower() and "Nguyễn Văn An" in accepted
    case_file = desk.print(view, "ho_so_vu_viec")
    assert "HỒ SƠ VỤ VIỆC" in case_file and "VV-2026-001" in case_file and "Nguyễn Văn An" in case_file
    shot(view, "detail_accepted")
    view.close()
    desk.settle()

    # 3. A denunciation outside competence is transferred; the slip has no trace of the denouncer.
    desk.type_letter(
        "Lê Văn Tố", "001088004321", "Tố cáo cán bộ địa chính huyện nhận tiền khi cấp giấy", Category.TO_CAO
    )
    denunciation = desk.save_letter()
    view = desk.open(denunciation)
    assert "Lê Văn Tố" not in view.header.text()
    desk.handle(view, False, Handling.CHUYEN_DON, "Chủ tịch UBND huyện Châu Phú")
    slip = desk.print(view, "phieu_chuyen_don")
    assert "Số: 01/PC-UBND" in view.notice.text()
    assert "PHIẾU CHUYỂN ĐƠN" in slip and "Chủ tịch UBND huyện Châu Phú" in slip
    for trace in ("Lê Văn Tố", "LÊ VĂN TỐ", "001088004321", "4321"):
        assert trace not in slip
    shot(view, "detail_transferred")
    view.close()
    desk.settle()

    # 4. A second letter with the same content from the same person is recognised as a duplicate.
    desk.type_letter(
        "Nguyen Van An", "001099012345", "Khiếu nại quyết định thu hồi đất nông nghiệp", Category.KHIEU_NAI
    )
    panel = desk.petitions.form.duplicates
    assert len(panel.candidates) == 1
    assert "Đơn số 1/2026" in panel.list.item(0).text() and vpp.DUP_SAME_PERSON in panel.list.item(0).text()
    panel.mark_button.click()
    desk.settle()
    shot(desk.petitions, "form_duplicate")
    duplicate = desk.save_letter()
    assert "đơn trùng với đơn số 1/2026" in desk.petitions.form.notice.text()

    # 5. A recommendation forwarded by the Front is guided once; a second guidance is refused.
    mttq = {"forwarded_by": "Ủy ban MTTQ Việt Nam xã An Phú", "forwarded_no": "15/MTTQ"}
    desk.type_letter(
        "Trần Thị Bích", "001185000111", "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất", Category.KIEN_NGHI_PHAN_ANH,
        **mttq,
    )  # fmt: skip
    guided = desk.save_letter()
    view = desk.open(guided)
    desk.handle(view, False, Handling.HUONG_DAN, "UBND huyện Châu Phú")
    letter = desk.print(view, "huong_dan")
    assert "Trần Thị Bích" in letter and "UBND huyện Châu Phú" in letter
    assert "/HD-UBND" in view.notice.text()
    view.close()
    desk.settle()
    desk.type_letter(
        "Tran Thi Bich", "001185000111", "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất", Category.KIEN_NGHI_PHAN_ANH,
        **mttq,
    )  # fmt: skip
    panel = desk.petitions.form.duplicates
    assert [c.label for c in panel.candidates] == [f"{guided}/2026"]
    panel.mark_button.click()
    desk.settle()
    again = desk.save_letter()
    view = desk.open(again)
    classify = view.start_action(PetitionAction.CLASSIFY)
    assert isinstance(classify, ClassifyDialog)
    classify.not_within.setChecked(True)
    type_text(classify.competent_body, "UBND huyện Châu Phú")
    classify.ok_button.click()
    propose = view.start_action(PetitionAction.PROPOSE)
    assert isinstance(propose, ProposeDialog)
    propose.handling.set_value(Handling.HUONG_DAN)
    assert propose.target.text() == "UBND huyện Châu Phú"  # the competent body of the classification
    propose.ok_button.click()
    assert propose.isVisible()
    assert propose.problem.text() == (
        f"Nội dung này đã được hướng dẫn ở đơn số {guided}/2026; chỉ hướng dẫn một lần."
    )
    assert services.petitions.status(again) is PetitionStatus.DANG_XU_LY
    propose.close()
    view.close()
    desk.settle()

    # 6. A letter received in October and forgotten is overdue on Tổng quan; a click there opens it.
    desk.type_letter(
        "Võ Văn Hùng", "001077000222", "Phản ánh ô nhiễm từ cơ sở chăn nuôi", Category.KIEN_NGHI_PHAN_ANH,
        received="01/10/2026",
    )  # fmt: skip
    forgotten = desk.save_letter()
    dashboard = desk.window.dashboard_page
    assert isinstance(dashboard, DashboardPage)
    desk.window.show_page(PAGE_TITLES.index(vi_ui.NAV_DASHBOARD))
    dashboard.refresh()
    desk.settle()
    rows = [
        (r, dashboard.clocks.item(r, 1).text())
        for r in range(dashboard.clocks.rowCount())
        if f"Đơn số {forgotten}/2026" in dashboard.clocks.item(r, 1).text()
    ]
    assert rows, [dashboard.clocks.item(r, 1).text() for r in range(dashboard.clocks.rowCount())]
    assert dashboard.data is not None and len(dashboard.data.clocks.overdue) >= 1
    shot(desk.window, "dashboard")
    item = dashboard.clocks.item(rows[0][0], 1)
    cell = dashboard.clocks.visualItemRect(item).center()
    qtbot.mouseClick(dashboard.clocks.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(dashboard.clocks.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    desk.settle()
    assert desk.window.current_title() == vi_ui.NAV_PETITIONS
    opened = desk.petitions.view
    assert opened is not None and opened.petition_id == forgotten
    assert any(row[4] == "Quá hạn" for row in opened.clock_rows())
    assert duplicate != forgotten
    assert Role.TIEP_CONG_DAN in services.ctx.actor.roles


def test_buttons_are_worded_in_vietnamese(qtbot: QtBot, office_services: Services) -> None:
    """Every button of the detail is Vietnamese (no leftover English) — looked at as the officer sees it."""
    desk = Desk(office_services, qtbot)
    desk.type_letter("Nguyễn Văn An", "001099012345", "Khiếu nại thu hồi đất", Category.KHIEU_NAI)
    view = desk.open(desk.save_letter())
    texts = [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]
    assert vpp.PRINT_MENU in texts and vpp.FOLLOW_UP_RECORD in texts
    assert not view.print_button.isEnabled()  # nothing to print before a proposal
    for english in ("OK", "Cancel", "Print", "Open", "Close"):
        assert english not in texts
