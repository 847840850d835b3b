"""The intake page: typing, scanning, saving, refusing, errors next to fields, editing and printing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.documents import visits as visit_docs
from desk_app.domain.enums import (
    Category,
    DocCondition,
    Gender,
    Handling,
    IdType,
    ReceptionKind,
    RefusalReason,
    VisitStatus,
)
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi, vi_ui
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.ui.pages.intake.dialogs import RefusalDialog
from desk_app.ui.pages.intake.page import IntakePage
from tests.gui.intake_kit import open_intake
from tests.helpers.qt_input import press, type_text

QR = "001099012345|123456789|Nguyễn Văn An|15081999|Nam|Thôn Hiệu Châu, Xã An Phú, Tỉnh An Giang|20042021"
TINY_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> Iterator[IntakePage]:
    yield open_intake(qtbot, office_services)


def ctrl(widget: QWidget, key: Qt.Key) -> None:
    press(widget, key, Qt.KeyboardModifier.ControlModifier)


def visit_count(services: Services) -> int:
    return services.register.count(RegisterFilter(include_voided=True))


def fill_minimal(page: IntakePage, name: str = "Nguyễn Văn An", number: str = "001099012345") -> None:
    type_text(page.people.full_name, name)
    type_text(page.people.id_number, number)
    type_text(page.case.summary, "Khiếu nại việc thu hồi đất nông nghiệp của gia đình")
    page.case.category.set_value(Category.KHIEU_NAI)


def shown_errors(page: IntakePage) -> list[str]:
    from desk_app.ui.widgets.fields import ErrorLabel

    return [
        label.text() for label in page.findChildren(ErrorLabel) if label.isVisibleTo(page) and label.text()
    ]


def test_typed_visit_is_saved_with_ctrl_s_and_keeps_diacritics(
    page: IntakePage, office_services: Services
) -> None:
    fill_minimal(page)
    saved: list[int] = []
    page.saved.connect(saved.append)

    ctrl(page.people.full_name, Qt.Key.Key_S)

    assert len(saved) == 1
    detail = office_services.intake.get(saved[0])
    assert detail.data.visitor.full_name == "Nguyễn Văn An"
    assert detail.data.summary == "Khiếu nại việc thu hồi đất nông nghiệp của gia đình"
    assert detail.data.category is Category.KHIEU_NAI
    assert detail.data.date == dt.date(2026, 11, 20)
    assert page.banner.text() == f"✓ Đã vào sổ: STT 1/2026 · {detail.case_code} · Lần đầu"
    assert page.banner.tone == "ok"
    # The form keeps showing the saved visit, clean, with nothing left as a draft.
    assert page.people.full_name.text() == "Nguyễn Văn An"
    assert not page.is_dirty()
    assert office_services.drafts.load("intake") is None


def test_saving_twice_updates_the_same_line(page: IntakePage, office_services: Services) -> None:
    fill_minimal(page)
    first = page.save()
    assert first is not None
    type_text(page.people.phone, "0912 345 678")
    second = page.save()

    assert second is not None and second.id == first.id and second.case_code == first.case_code
    assert visit_count(office_services) == 1
    assert office_services.intake.get(first.id).data.visitor.phone == "0912 345 678"
    assert page.banner.text().startswith("✓ Đã lưu thay đổi: STT 1/2026")


def test_empty_form_ctrl_s_shows_errors_next_to_fields_and_writes_nothing(
    page: IntakePage, office_services: Services
) -> None:
    ctrl(page.people.full_name, Qt.Key.Key_S)

    assert visit_count(office_services) == 0
    assert (
        page.people.errors["visitor.full_name"].text() == i18n_errors.MESSAGES["visitor.full_name.required"]
    )
    assert page.case.errors["summary"].text() == i18n_errors.MESSAGES["summary.required"]
    assert page.case.errors["category"].text() == i18n_errors.MESSAGES["category.required"]
    assert page.action.text() == vi_ui.NOT_SAVED_ERRORS.format(count=3)
    # Errors go away as the officer fixes them.
    type_text(page.people.full_name, "Trần Thị Bích")
    QApplication.processEvents()
    page._revalidate()
    assert not page.people.errors["visitor.full_name"].isVisibleTo(page)


def test_delegation_of_seven_with_one_more_representative_saves(
    page: IntakePage, office_services: Services
) -> None:
    fill_minimal(page)
    page.people.group_size.setValue(7)
    assert page.people.group_hint.text().startswith("⚠ Đoàn 7 người: cần cử 1–2 người đại diện.")
    page.people.reps.add_button.click()
    type_text(page.people.reps.rows[0].widget("full_name"), "Lê Văn Bảy")

    saved = page.save()

    assert saved is not None
    data = office_services.intake.get(saved.id).data
    assert data.group_size == 7
    assert [r.full_name for r in data.representatives] == ["Lê Văn Bảy"]


def test_too_many_representatives_show_the_error_and_save_nothing(
    page: IntakePage, office_services: Services
) -> None:
    fill_minimal(page)
    page.people.group_size.setValue(7)
    for name in ("Lê Văn Bảy", "Đỗ Thị Tám", "Võ Văn Chín"):
        page.people.reps.add_button.click()
        type_text(page.people.reps.rows[-1].widget("full_name"), name)

    assert page.save() is None

    assert visit_count(office_services) == 0
    assert page.people.errors["representatives"].text() == i18n_errors.MESSAGES["representatives.too_many"]


def test_scanning_a_cccd_fills_the_visitor(qtbot: QtBot, page: IntakePage) -> None:
    type_text(page.top.scan, QR)
    press(page.top.scan, Qt.Key.Key_Return)

    people = page.people
    assert people.full_name.text() == "Nguyễn Văn An"
    assert people.id_number.text() == "001099012345"
    assert people.id_type.value() is IdType.CAN_CUOC
    assert people.birth_year.text() == "1999"
    assert people.gender.value() is Gender.NAM
    assert people.address.text() == "Thôn Hiệu Châu, Xã An Phú, Tỉnh An Giang"
    assert people.id_issue_date.text() == "20/04/2021"
    assert page.top.scan_message.text() == "✓ Đã đọc CCCD của Nguyễn Văn An"
    assert page.top.scan.text() == ""


def test_a_garbage_scan_fills_nothing_and_says_so(page: IntakePage) -> None:
    type_text(page.top.scan, "001099012345|Nguyen|khong phai ma QR")
    press(page.top.scan, Qt.Key.Key_Return)

    assert page.people.full_name.text() == ""
    assert page.people.id_number.text() == ""
    assert page.top.scan_message.text() == "✗ " + vi_ui.SCAN_FAILED
    assert not page.is_dirty()


def test_full_width_digits_in_the_id_are_refused(page: IntakePage, office_services: Services) -> None:
    type_text(page.people.id_number, "００１０９９０１２３４５")

    assert page.people.errors["visitor.id_number"].text() == i18n_errors.MESSAGES["id_number.digits_only"]
    type_text(page.people.full_name, "Nguyễn Văn An")
    type_text(page.case.summary, "Kiến nghị")
    page.case.category.set_value(Category.KIEN_NGHI_PHAN_ANH)
    assert page.save() is None
    assert visit_count(office_services) == 0
    assert page.people.errors["visitor.id_number"].text() == i18n_errors.MESSAGES["id_number.digits_only"]


def test_several_contents_must_be_split(page: IntakePage, office_services: Services) -> None:
    fill_minimal(page)
    page.case.category.set_value(Category.NHIEU_NOI_DUNG)

    assert page.save() is None
    assert page.case.errors["category"].text() == i18n_errors.MESSAGES["category.split"]
    assert visit_count(office_services) == 0


def test_guidance_target_shows_only_for_guidance_and_is_required(page: IntakePage) -> None:
    assert not page.case.guidance_row.isVisibleTo(page)
    page.case.handling.set_value(Handling.HUONG_DAN)
    assert page.case.guidance_row.isVisibleTo(page)
    assert not page.case.transfer_row.isVisibleTo(page)
    fill_minimal(page)

    assert page.save() is None
    assert page.case.errors["guidance_target"].text() == i18n_errors.MESSAGES["guidance_target.required"]


def test_presiding_person_only_for_sessions_and_defaults_to_the_head(
    page: IntakePage, office_services: Services
) -> None:
    assert not page.top.presider.isVisibleTo(page)
    page.top.kind.set_value(ReceptionKind.DINH_KY)
    assert page.top.presider.isVisibleTo(page)
    head = office_services.office.head()
    assert head is not None and page.top.presider.value() == head.id
    fill_minimal(page)

    saved = page.save()

    assert saved is not None
    assert office_services.intake.get(saved.id).data.presided_by_id == head.id


def test_refusal_dialog_shows_basis_and_the_notice_reminder(qtbot: QtBot) -> None:
    dialog = RefusalDialog(dt.date(2026, 11, 20), category=Category.KHIEU_NAI)
    qtbot.addWidget(dialog)
    dialog.set_reason(RefusalReason.KHIEU_TO_KEO_DAI)

    assert dialog.basis.text() == "Căn cứ: khoản 3 Điều 9 Luật Tiếp công dân."
    assert dialog.reminder.text() == "⚠ " + vi.WARN_NOTICE_DUE.format(days="03")
    assert "03 ngày làm việc" in dialog.reminder.text()
    dialog.set_reason(RefusalReason.VU_KHI)
    assert dialog.reminder.text() == ""


def test_refusing_keo_dai_stores_tu_choi_and_reminds_of_the_notice(
    qtbot: QtBot, page: IntakePage, office_services: Services
) -> None:
    type_text(page.people.full_name, "Nguyễn Văn An")
    # The LTCD 9.3 ground is about a complaint or denunciation.
    page.case.category.set_value(Category.KHIEU_NAI)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RefusalDialog)
        dialog.set_reason(RefusalReason.KHIEU_TO_KEO_DAI)
        dialog.accept()

    QTimer.singleShot(0, choose)
    page.refuse_button.click()

    assert visit_count(office_services) == 1
    visit_id = office_services.register.search_ids(RegisterFilter())[0]
    detail = office_services.intake.get(visit_id)
    assert detail.status is VisitStatus.TU_CHOI
    assert detail.data.refusal_reason is RefusalReason.KHIEU_TO_KEO_DAI
    assert page.banner.text() == "✓ " + vi_ui.SAVED_BANNER_REFUSAL.format(book="1/2026")
    assert vi.WARN_NOTICE_DUE.format(days="03") in page.warnings.text()
    assert page.warnings.tone == "warn"


def test_ctrl_n_asks_before_dropping_unsaved_content(page: IntakePage) -> None:
    type_text(page.people.full_name, "Nguyễn Văn An")
    asked: list[str] = []

    def refuse(text: str) -> bool:
        asked.append(text)
        return False

    page.ask_confirm = refuse

    ctrl(page.people.full_name, Qt.Key.Key_N)
    assert asked == [vi_ui.CONFIRM_DISCARD]
    assert page.people.full_name.text() == "Nguyễn Văn An"

    page.ask_confirm = lambda text: True
    ctrl(page.people.full_name, Qt.Key.Key_N)
    assert page.people.full_name.text() == ""
    assert not page.is_dirty()


def test_an_existing_visit_opens_for_editing_and_saves_with_update(
    page: IntakePage, office_services: Services
) -> None:
    saved = office_services.intake.save(
        VisitInput(
            date=dt.date(2026, 11, 19),
            visitor=PersonInput(full_name="Trần Thị Bích", id_number="079199001234"),
            summary="Kiến nghị sửa đường liên ấp",
            category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )

    assert page.load_visit(saved.id)
    assert page.people.full_name.text() == "Trần Thị Bích"
    assert page.top.date.date().toString("dd/MM/yyyy") == "19/11/2026"
    assert "STT 1/2026" in page.banner.text()
    page.case.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(page.case.summary, " và làm cống thoát nước")
    assert page.save() is not None

    assert visit_count(office_services) == 1
    assert office_services.intake.get(saved.id).data.summary.endswith("làm cống thoát nước")


def test_receipt_is_printed_kept_and_opened(
    page: IntakePage, office_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(visit_docs, "receipt_pdf", lambda services, visit_id, page_size="A4": TINY_PDF)
    opened: list[Path] = []

    def capture(path: Path) -> bool:
        opened.append(path)
        return True

    page.printer.open_document = capture
    fill_minimal(page)
    assert not page.receipt_button.isEnabled()
    page.case.documents.add_row(
        {"title": "Đơn khiếu nại", "pages": 2, "condition": DocCondition.BAN_CHINH.value}
    )
    saved = page.save()
    assert saved is not None
    assert page.receipt_button.isEnabled()

    ctrl(page.people.full_name, Qt.Key.Key_P)

    kept = office_services.documents.kept_for_visit(saved.id)
    assert [k.kind for k in kept] == ["bien_nhan_02tcd"]
    assert kept[0].path.read_bytes() == TINY_PDF
    assert opened == [kept[0].path]
    assert page.action.tone == "ok"


def test_receipt_needs_documents(page: IntakePage) -> None:
    fill_minimal(page)
    assert page.save() is not None

    assert not page.receipt_button.isEnabled()
    page.print_receipt()
    assert page.action.text() == vi_ui.PRINT_NEED_DOCUMENTS


def test_a_failing_print_job_shows_a_vietnamese_message(
    page: IntakePage, office_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise NotImplementedError

    monkeypatch.setattr(visit_docs, "receipt_pdf", broken)
    fill_minimal(page)
    page.case.documents.add_row({"title": "Đơn khiếu nại"})
    saved = page.save()
    assert saved is not None

    page.print_receipt()

    assert page.action.tone == "error"
    assert page.action.text().startswith("Không tạo được giấy biên nhận.")
    assert vi_ui.NOT_READY in page.action.text()
    assert office_services.documents.kept_for_visit(saved.id) == []


def test_appointment_slip_is_printed_for_the_head(
    page: IntakePage, office_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, object, str]] = []

    def fake(
        services: Services,
        visit_id: int,
        when: object,
        meet_whom: str,
        page_size: str = "A4",
        place: str | None = None,
    ) -> bytes:
        calls.append((visit_id, when, meet_whom))
        places.append(place)
        return TINY_PDF

    places: list[str | None] = []
    monkeypatch.setattr(visit_docs, "appointment_pdf", fake)
    page.printer.open_document = lambda path: True
    fill_minimal(page)
    saved = page.save()
    assert saved is not None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.windowTitle() == vi_ui.APPOINTMENT_TITLE
        dialog.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(0, answer)
    page.appointment_button.click()

    assert calls == [(saved.id, dt.datetime(2026, 11, 23, 8, 0), "Trần Văn Bình, Chủ tịch UBND xã")]
    assert places == ["Phòng tiếp công dân xã An Phú"]  # the office's default place, as the dialog offered
    assert [k.kind for k in office_services.documents.kept_for_visit(saved.id)] == ["phieu_hen"]


def test_enter_moves_to_the_next_field_in_reading_order(page: IntakePage) -> None:
    people = page.people
    type_text(people.full_name, "Nguyễn Văn An")
    press(people.full_name, Qt.Key.Key_Return)
    assert people.id_type.hasFocus()
    press(people.id_type, Qt.Key.Key_Return)
    assert people.id_number.hasFocus()
    type_text(people.id_number, "001099012345")
    press(people.id_number, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert people.id_issue_date.hasFocus()
    # A multi-line box keeps Enter for new lines; Tab leaves it.
    page.case.summary.setFocus()
    press(page.case.summary, Qt.Key.Key_Return)
    assert page.case.summary.hasFocus() and page.case.summary.toPlainText() == "\n"
    press(page.case.summary, Qt.Key.Key_Tab)
    assert page.case.requests.hasFocus()


def test_id_and_birth_year_disagreement_is_a_warning_not_an_error(page: IntakePage) -> None:
    type_text(page.people.id_number, "001099012345")
    type_text(page.people.birth_year, "1989")

    assert page.people.id_warning.isVisibleTo(page)
    assert page.people.id_warning.text() == vi.WARN_ID_BIRTH_YEAR.format(expected="1999", typed="1989")
    assert page.people.errors["visitor.id_number"].text() == ""


def test_the_receipt_can_be_printed_on_a5(page: IntakePage, office_services: Services) -> None:
    from pypdf import PdfReader

    page.printer.open_document = lambda path: True
    fill_minimal(page)
    page.case.documents.add_row(
        {"title": "Đơn khiếu nại", "pages": 2, "condition": DocCondition.BAN_CHINH.value}
    )
    saved = page.save()
    assert saved is not None
    page.paper.setCurrentIndex(page.paper.findData("A5"))
    page.print_receipt()

    kept = office_services.documents.kept_for_visit(saved.id)
    box = PdfReader(kept[0].path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5 portrait in points
