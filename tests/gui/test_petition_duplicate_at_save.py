"""Issue 9 §4: a letter the duplicate check scores as the same as an earlier one of the same person asks at save
whether it is a duplicate; "Có" links it, so the once-only handlings hold without a click on "Là đơn trùng"."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.petitions.service import RepeatHandlingRefused
from desk_app.services.registry import Services
from desk_app.storage.records.petition import PetitionRecord
from desk_app.ui.pages.petitions.duplicates import DEBOUNCE_MS
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import press, type_text

SHOTS = Path("/tmp/shots")
AN = PersonInput(full_name="Nguyễn Văn An", id_number="001099012345", address="Ấp 2, xã An Phú")
SUMMARY = "Tố cáo trưởng ấp thu tiền làm đường trái quy định"


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> PetitionsPage:
    widget = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def transferred_denunciation(services: Services) -> int:
    """An earlier denunciation of Nguyễn Văn An, sent on to the district (chuyển đơn: once only)."""
    petitions = services.petitions
    pid = petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 2), source=PetitionSource.BUU_CHINH, summary=SUMMARY,
            category=Category.TO_CAO, main=AN, respondent="Ông Lê Văn Ấp",
            # the officer handles it: only its handler (or a leader) is shown a denunciation as a duplicate (§13.3)
            handler_id=services.ctx.actor.staff_id,
        )
    ).id  # fmt: skip
    petitions.classify(pid, within_competence=False, competent_body="Chủ tịch UBND huyện Châu Phú")
    petitions.propose(pid, Handling.CHUYEN_DON, target_body="Chủ tịch UBND huyện Châu Phú")
    roles = services.ctx.actor.roles
    services.ctx.actor.roles = (Role.LANH_DAO,)
    petitions.decide(pid, approve=True)
    services.ctx.actor.roles = roles
    return pid


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item with the arrow keys, as an officer would."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in the list")


def type_same_letter(qtbot: QtBot, page: PetitionsPage) -> None:
    """The same person writes again about the same matter, in other words and without diacritics."""
    press(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    type_text(form.signer.full_name, "Nguyen Van An")
    type_text(form.signer.id_number, "001099012345")
    type_text(form.letter.summary, "Tố cáo trưởng ấp thu tiền làm đường sai quy định")
    choose(qtbot, form.letter.category, "Tố cáo")
    qtbot.wait(DEBOUNCE_MS + 150)  # a person pauses: the duplicates search has run
    assert [c.label for c in form.duplicates.candidates] == ["1/2026"]
    assert form.duplicates.duplicate_of is None  # nobody clicked "Là đơn trùng"


def answer_when_asked(qtbot: QtBot, button_name: str, seen: list[str]) -> None:
    """Click a button of the question when it shows (it is modal: the save waits for the answer)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "askDuplicate":
            QTimer.singleShot(20, look)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        SHOTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(SHOTS / "ask_duplicate.png"))
        button = box.findChild(QPushButton, button_name)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)


def save_with_answer(qtbot: QtBot, page: PetitionsPage, button_name: str) -> list[str]:
    seen: list[str] = []
    answer_when_asked(qtbot, button_name, seen)
    page.activateWindow()  # back at the form after an earlier question closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    press(page.form.letter.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(DEBOUNCE_MS + 150)
    return seen


def newest(services: Services) -> int:
    with services.ctx.db.read() as s:
        return int(s.scalar(select(func.max(PetitionRecord.id))) or 0)


def propose_transfer(services: Services, pid: int) -> Callable[[], object]:
    return lambda: services.petitions.propose(
        pid, Handling.CHUYEN_DON, target_body="Chủ tịch UBND huyện Châu Phú"
    )


def test_yes_marks_the_duplicate_and_the_transfer_is_not_made_twice(
    qtbot: QtBot, page: PetitionsPage, office_services: Services
) -> None:
    first = transferred_denunciation(office_services)
    type_same_letter(qtbot, page)
    [question] = save_with_answer(qtbot, page, "askDuplicateYes")
    assert question.startswith(
        "Đơn này trùng với đơn số 1/2026 (nhận ngày 02/11/2026) của cùng người gửi. Đánh dấu là đơn trùng?"
    )
    assert SUMMARY in question
    notice = page.form.notice.text()
    assert "Đã vào sổ đơn số 2/2026" in notice and vpp.SAVED_DUPLICATE.format(label="1/2026") in notice
    details = PetitionDetailService(office_services.ctx, office_services.working_calendar)
    second = newest(office_services)
    assert details.get(second).duplicate_of_id == first
    office_services.petitions.classify(second, within_competence=False, competent_body="UBND huyện Châu Phú")
    with pytest.raises(RepeatHandlingRefused):
        propose_transfer(office_services, second)()
    assert office_services.petitions.status(second) is PetitionStatus.DANG_XU_LY


def test_no_saves_a_new_letter_and_cancel_saves_nothing(
    qtbot: QtBot, page: PetitionsPage, office_services: Services
) -> None:
    first = transferred_denunciation(office_services)
    type_same_letter(qtbot, page)
    save_with_answer(qtbot, page, "askDuplicateCancel")
    assert newest(office_services) == first  # nothing saved
    assert page.form.signer.full_name.text() == "Nguyen Van An"  # the letter is still on the form
    assert "Đã vào sổ" not in page.form.notice.text()

    save_with_answer(qtbot, page, "askDuplicateNo")
    assert "Đã vào sổ đơn số 2/2026" in page.form.notice.text()
    second = newest(office_services)
    assert second != first
    assert (
        PetitionDetailService(office_services.ctx, office_services.working_calendar)
        .get(second)
        .duplicate_of_id
        is None
    )


def test_a_letter_already_marked_or_of_another_person_is_not_asked_about(
    qtbot: QtBot, page: PetitionsPage, office_services: Services
) -> None:
    transferred_denunciation(office_services)
    type_same_letter(qtbot, page)
    page.form.duplicates.list.setCurrentRow(0)
    qtbot.mouseClick(page.form.duplicates.mark_button, Qt.MouseButton.LeftButton)
    asked: list[object] = []
    page.form.ask_duplicate = lambda c: asked.append(c)  # type: ignore[assignment,func-returns-value,return-value]
    press(page.form.letter.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and "Đã vào sổ đơn số 2/2026" in page.form.notice.text()

    press(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(page.form.signer.full_name, "Trần Thị Bích")
    type_text(page.form.letter.summary, SUMMARY)
    choose(qtbot, page.form.letter.category, "Tố cáo")
    qtbot.wait(DEBOUNCE_MS + 150)
    press(page.form.letter.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and "Đã vào sổ đơn số 3/2026" in page.form.notice.text()


def test_a_third_letter_meets_the_first_ones_handling_through_the_second(office_services: Services) -> None:
    """The chain 3 → 2 → 1: the transfer of 1 is seen from 3."""
    first = transferred_denunciation(office_services)
    petitions = office_services.petitions
    letter = PetitionInput(
        received_date=dt.date(2026, 11, 10), source=PetitionSource.BUU_CHINH, summary=SUMMARY,
        category=Category.TO_CAO, main=AN,
    )  # fmt: skip
    second = petitions.register(dataclasses.replace(letter, duplicate_of_id=first)).id
    third = petitions.register(dataclasses.replace(letter, duplicate_of_id=second)).id
    petitions.classify(third, within_competence=False, competent_body="UBND huyện")
    with pytest.raises(RepeatHandlingRefused) as refused:
        propose_transfer(office_services, third)()
    assert refused.value.earlier.petition_label == "đơn số 1/2026"
