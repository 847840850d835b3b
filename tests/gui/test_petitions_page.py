"""The Đơn thư page: typing a petition in, duplicates, masking, handling through the leader, "Tạo đơn" from a visit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, DeadlineStatus, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.registry import Services
from desk_app.ui.models.petition_table_model import COLUMNS, OVERDUE_BACKGROUND, SOON_BACKGROUND
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.petitions.actions import ClassifyDialog, DecideDialog, ProposeDialog
from desk_app.ui.pages.petitions.from_visit import PetitionFormDialog
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import press, press_on_row, type_text

TODAY = dt.date(2026, 11, 20)
AN = PersonInput(full_name="Nguyễn Văn An", id_number="001099012345", address="Ấp 2, xã An Phú")


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> PetitionsPage:
    widget = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1186, 720)
    widget.show()
    return widget


def register(services: Services, **extra: object) -> int:
    values: dict[str, object] = {
        "received_date": TODAY,
        "source": PetitionSource.BUU_CHINH,
        "summary": "Khiếu nại việc thu hồi đất nông nghiệp",
        "category": Category.KHIEU_NAI,
        "main": AN,
    }
    values.update(extra)
    return services.petitions.register(PetitionInput(**values)).id  # type: ignore[arg-type]


def cell(page: PetitionsPage, row: int, header: str) -> str:
    column = [c.header[0] for c in COLUMNS].index(header)
    return str(page.model.index(row, column).data())


def test_a_complaint_typed_in_gets_its_number_and_due_dates(page: PetitionsPage, qtbot: QtBot) -> None:
    press(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert page.tabs.currentWidget() is form
    assert form.letter.received.text() == "20/11/2026"  # today by default
    type_text(form.signer.full_name, "Nguyễn Văn An")
    type_text(form.signer.id_number, "001099012345")
    type_text(form.letter.summary, "Khiếu nại quyết định thu hồi đất")
    form.letter.category.set_value(Category.KHIEU_NAI)
    press(form.letter.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    notice = form.notice.text()
    assert form.notice.tone == "ok"
    assert "Đã vào sổ đơn số 1/2026" in notice
    # 10 and 7 working days from 20/11/2026, skipping Sunday and the 24/11 holiday.
    assert "Hạn 07/12/2026" in notice and "Hạn 02/12/2026" in notice
    assert "Ngày Văn hóa Việt Nam" in notice
    assert form.signer.full_name.text() == ""  # ready for the next letter
    assert page.model.rowCount() == 1
    assert cell(page, 0, "Số vào sổ") == "1/2026"
    assert cell(page, 0, "Hạn gần nhất") == "02/12/2026"


def test_errors_show_under_their_fields(page: PetitionsPage) -> None:
    form = page.form
    page.new_petition()
    form.letter.received.setText("21/11/2026")
    form.letter.source.set_value(PetitionSource.CO_QUAN_CAP_TREN)
    form.letter.letter_date.setText("31/02/2026")
    assert form.save() is None
    errors = form.error_texts()
    assert errors["received_date"] == i18n_errors.MESSAGES["received_date.future"]
    assert errors["letter_date"] == vpp.DATE_INVALID
    assert errors["forwarded_by_org"] == i18n_errors.MESSAGES["forwarded_by_org.required"]
    assert errors["summary"] == i18n_errors.MESSAGES["summary.required"]
    assert errors["main.full_name"] == i18n_errors.MESSAGES["main.full_name.required"]
    assert form.notice.tone == "error"
    assert page.services.petition_register.count(page.filters.current()) == 0


def test_several_contents_are_split_into_one_petition_each(page: PetitionsPage) -> None:
    form = page.form
    page.new_petition()
    type_text(form.signer.full_name, "Trần Thị Bích")
    form.letter.category.set_value(Category.NHIEU_NOI_DUNG)
    assert form.letter.split_box.isVisible()
    assert form.save() is None
    assert "tách thành từng đơn" in form.error_texts()["category"]
    dialog = form.split()
    first, second = dialog.contents.rows
    type_text(first.widget("summary"), "Khiếu nại việc thu hồi đất")
    first.widget("category").set_value(Category.KHIEU_NAI)  # type: ignore[attr-defined]
    type_text(second.widget("summary"), "Kiến nghị sửa đường liên ấp")
    dialog.ok_button.click()
    assert dialog.problem.text() == i18n_errors.MESSAGES["category.required"]
    second.widget("category").set_value(Category.KIEN_NGHI_PHAN_ANH)  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert "Đã vào sổ 2 đơn: 1/2026, 2/2026" in form.notice.text()
    assert [cell(page, r, "Loại đơn") for r in range(2)] == ["Kiến nghị, phản ánh", "Khiếu nại"]


def test_a_second_letter_from_the_same_person_shows_as_duplicate(
    page: PetitionsPage, office_services: Services
) -> None:
    first = register(office_services, received_date=dt.date(2026, 10, 1))
    form = page.form
    page.new_petition()
    type_text(form.signer.full_name, "Nguyen Van An")  # typed without diacritics
    type_text(form.signer.id_number, "001099012345")
    type_text(form.letter.summary, "Khiếu nại thu hồi đất nông nghiệp")
    form.letter.category.set_value(Category.KHIEU_NAI)
    form.duplicates.search_now()  # the 400 ms pause, without waiting

    panel = form.duplicates
    assert len(panel.candidates) == 1
    text = panel.list.item(0).text()
    assert "Đơn số 1/2026" in text and "01/10/2026" in text and vpp.DUP_SAME_PERSON in text
    panel.mark_button.click()
    assert panel.link.text() == vpp.DUP_MARKED.format(label="1/2026")
    saved = form.save()
    assert saved is not None and "đơn trùng với đơn số 1/2026" in form.notice.text()
    detail = PetitionDetailService(office_services.ctx, office_services.working_calendar).get(saved.id)
    assert detail.duplicate_of_id == first
    assert cell(page, 0, "Nội dung").startswith(vpp.DUPLICATE_MARK)


def test_a_denouncer_is_masked_for_the_reception_officer(
    page: PetitionsPage, office_services: Services
) -> None:
    register(
        office_services,
        summary="Tố cáo cán bộ địa chính nhận tiền",
        category=Category.TO_CAO,
        main=PersonInput(full_name="Lê Văn Tố", address="Ấp 3"),
    )
    page.refresh()
    assert cell(page, 0, "Người gửi") == "[Bảo mật]"
    view = page.open_petition(page.model.petition_id(0) or 0)
    assert "Lê Văn Tố" not in " ".join(label.text() for label in view.findChildren(type(view.header)))
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    page.refresh()
    assert cell(page, 0, "Người gửi") == "Lê Văn Tố, Ấp 3"


def test_rows_are_coloured_by_due_state(page: PetitionsPage, office_services: Services) -> None:
    register(office_services, received_date=dt.date(2026, 10, 1))  # KN_ACCEPT long past
    register(office_services, received_date=dt.date(2026, 11, 11), main=None, is_anonymous=True)  # due today
    page.refresh()
    colours = {
        cell(page, r, "Số vào sổ"): page.model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(2)
    }
    assert colours == {"1/2026": OVERDUE_BACKGROUND, "2/2026": SOON_BACKGROUND}
    page.filters.set_choice(page.filters.due, DeadlineStatus.QUA_HAN)
    assert page.model.rowCount() == 1 and cell(page, 0, "Số vào sổ") == "1/2026"


def _open(page: PetitionsPage, petition_id: int, qtbot: QtBot) -> PetitionView:
    page.refresh()
    row = page.model.row_of(petition_id)
    assert row is not None
    press_on_row(page.table, row)
    assert page.view is not None and page.view.petition_id == petition_id
    return page.view


def test_propose_then_the_leader_approves(
    page: PetitionsPage, office_services: Services, qtbot: QtBot
) -> None:
    petition = register(office_services)
    view = _open(page, petition, qtbot)
    assert set(view.action_buttons) == {PetitionAction.CLASSIFY}
    classify = view.start_action(PetitionAction.CLASSIFY)
    assert isinstance(classify, ClassifyDialog)
    classify.ok_button.click()
    propose = view.start_action(PetitionAction.PROPOSE)
    assert isinstance(propose, ProposeDialog)
    propose.handling.set_value(Handling.THU_LY)
    type_text(propose.reason, "Đủ điều kiện thụ lý")
    propose.ok_button.click()
    assert labels.PETITION_STATUS[PetitionStatus.CHO_DUYET] in view.header.text()
    assert PetitionAction.APPROVE not in view.action_buttons  # the officer may not approve

    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    view.refresh()
    approve = view.start_action(PetitionAction.APPROVE)
    assert isinstance(approve, DecideDialog)
    type_text(approve.opinion, "Đồng ý thụ lý")
    approve.ok_button.click()
    assert office_services.petitions.status(petition) is PetitionStatus.DANG_GIAI_QUYET
    assert "Đang giải quyết" in view.header.text()
    assert "Đã duyệt" in view.decisions.text() and "Đồng ý thụ lý" in view.decisions.text()
    assert any("Giải quyết khiếu nại lần đầu" in row[0] for row in view.clock_rows())
    history = view.show_history()
    assert history.action_texts()[-3:] == ["Phân loại", "Trình đề xuất", "Duyệt đề xuất"]
    assert cell(page, page.model.row_of(petition) or 0, "Trạng thái") == "Đang giải quyết"


def test_a_second_guidance_is_refused_with_the_reason(
    page: PetitionsPage, office_services: Services, qtbot: QtBot
) -> None:
    forwarded = {
        "source": PetitionSource.MTTQ,
        "forwarded_by_org": "Ủy ban MTTQ xã An Phú",
        "summary": "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất",
        "category": Category.KIEN_NGHI_PHAN_ANH,
    }
    first = register(office_services, **forwarded)
    petitions = office_services.petitions
    petitions.classify(first, within_competence=False, competent_body="UBND huyện")
    petitions.propose(first, Handling.HUONG_DAN, target_body="UBND huyện")
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    petitions.decide(first, approve=True)
    office_services.ctx.actor.roles = (Role.TIEP_CONG_DAN,)
    second = register(office_services, duplicate_of_id=first, **forwarded)
    petitions.classify(second, within_competence=False, competent_body="UBND huyện")

    view = _open(page, second, qtbot)
    propose = view.start_action(PetitionAction.PROPOSE)
    assert isinstance(propose, ProposeDialog)
    propose.handling.set_value(Handling.HUONG_DAN)
    assert propose.target.text() == "UBND huyện"  # the competent body of the classification
    propose.ok_button.click()
    assert propose.isVisible()
    assert propose.problem.text() == "Nội dung này đã được hướng dẫn ở đơn số 1/2026; chỉ hướng dẫn một lần."
    assert petitions.status(second) is PetitionStatus.DANG_XU_LY


def test_create_petition_from_a_saved_visit(qtbot: QtBot, office_services: Services) -> None:
    saved = office_services.intake.save(
        VisitInput(
            date=TODAY,
            visitor=AN,
            summary="Khiếu nại việc bồi thường khi mở rộng đường",
            category=Category.KHIEU_NAI,
        )
    )
    intake = IntakePage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(intake)
    assert intake.create_petition() is None  # nothing saved on the form yet
    assert intake.action.text() == "Lưu lượt tiếp (Ctrl+S) trước khi tạo đơn."
    intake.load_visit(saved.id)
    intake.petition_button.click()
    dialog = intake.findChild(PetitionFormDialog)
    assert dialog is not None
    form = dialog.form
    assert form.signer.full_name.text() == "Nguyễn Văn An"
    assert form.signer.id_number.text() == "001099012345"
    assert form.letter.summary.toPlainText() == "Khiếu nại việc bồi thường khi mở rộng đường"
    assert form.letter.source.value() is PetitionSource.TRUC_TIEP_TCD
    assert form.letter.category.value() is Category.KHIEU_NAI
    assert f"lượt tiếp số {saved.book_no}/{saved.book_year}" in form.banner.text()
    petition = form.save()
    assert petition is not None
    detail = PetitionDetailService(office_services.ctx, office_services.working_calendar).get(petition.id)
    assert detail.visit_id == saved.id and detail.case_id == saved.case_id
    assert any(c.rule_code == "TCD_NOTIFY_RESULT" and c.given_to_citizen for c in detail.clocks)
    assert not form.save_button.isEnabled()
