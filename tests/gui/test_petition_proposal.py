"""Issue 9 §4: the proposal starts from the classification (its handling, the competent body as receiving body),
and whether a handling names a receiving body is one rule shared by the dialog and the service (issue 10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.domain.enums import Category, Handling, PetitionSource
from desk_app.domain.petition import PetitionInput
from desk_app.domain.petition_flow import PetitionAction
from desk_app.domain.petition_rules import PETITION_HANDLINGS, implied_handling, needs_receiving_body
from desk_app.domain.visit import PersonInput
from desk_app.errors import ValidationError
from desk_app.i18n import labels
from desk_app.services.registry import Services
from desk_app.storage.records.petition import DecisionRecord
from desk_app.ui.pages.petitions.actions import ClassifyDialog, ProposeDialog
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import type_text

SHOTS = Path("/tmp/shots")
BODY = "Chủ tịch UBND huyện Châu Phú"


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def registered(services: Services, category: Category) -> int:
    return services.petitions.register(
        PetitionInput(
            received_date=dt.date(2026, 11, 18), source=PetitionSource.BUU_CHINH,
            summary="Phản ánh việc cấp phép xây dựng", category=category,
            main=PersonInput(full_name="Nguyễn Văn An", address="Ấp 2, xã An Phú"), respondent="Ông Lê Văn B",
        )
    ).id  # fmt: skip


def opened(qtbot: QtBot, services: Services, pid: int) -> PetitionView:
    view = PetitionView(services, pid, tasks=ImmediateTaskRunner())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def click(qtbot: QtBot, widget: QWidget) -> None:
    # A radio button takes a click on its circle and its text only, not on the empty rest of its row.
    at = QPoint(8, widget.height() // 2) if isinstance(widget, QRadioButton) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(20)


def closed(dialog: QWidget) -> bool:
    """Done: the dialog closed (and, deleted on close, may be gone already)."""
    QApplication.processEvents()
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def classify_by_hand(qtbot: QtBot, view: PetitionView, body: str | None) -> None:
    click(qtbot, view.action_buttons[PetitionAction.CLASSIFY])
    dialog = next(w for w in view.findChildren(ClassifyDialog) if w.isVisible())
    qtbot.waitExposed(dialog)
    if body is not None:
        click(qtbot, dialog.not_within)
        type_text(dialog.competent_body, body)
    click(qtbot, dialog.ok_button)
    assert closed(dialog)


def open_proposal(qtbot: QtBot, view: PetitionView) -> ProposeDialog:
    click(qtbot, view.action_buttons[PetitionAction.PROPOSE])
    dialog = next(w for w in view.findChildren(ProposeDialog) if w.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    ("category", "handling"),
    [(Category.KIEN_NGHI_PHAN_ANH, Handling.CHUYEN_DON), (Category.KHIEU_NAI, Handling.HUONG_DAN)],
)
def test_outside_competence_the_proposal_starts_with_the_competent_body(
    qtbot: QtBot, office_services: Services, category: Category, handling: Handling
) -> None:
    view = opened(qtbot, office_services, registered(office_services, category))
    classify_by_hand(qtbot, view, BODY)
    propose = open_proposal(qtbot, view)
    assert propose.handling.value() is handling
    assert propose.handling.currentText() == labels.HANDLING[handling]
    assert propose.target_field.isVisible() and propose.target.text() == BODY
    shot(propose, f"proposal_starts_from_classification_{handling.value}")
    type_text(propose.reason, "Không thuộc thẩm quyền của UBND xã")
    click(qtbot, propose.ok_button)
    assert closed(propose)
    with office_services.ctx.db.read() as s:
        decision = s.scalars(select(DecisionRecord)).one()
        assert (decision.proposal, decision.target_body) == (handling.value, BODY)


def test_within_competence_it_starts_with_acceptance_and_no_body(
    qtbot: QtBot, office_services: Services
) -> None:
    view = opened(qtbot, office_services, registered(office_services, Category.KHIEU_NAI))
    classify_by_hand(qtbot, view, None)
    propose = open_proposal(qtbot, view)
    assert propose.handling.value() is Handling.THU_LY
    assert not propose.target_field.isVisible() and propose.target.text() == ""


def test_a_duplicate_starts_as_filed_with_the_letter_it_repeats() -> None:
    assert implied_handling(Category.TO_CAO, False, duplicate=True) is Handling.LUU_DON
    assert implied_handling(Category.TO_CAO, None) is None
    assert implied_handling(Category.TO_CAO, False) is Handling.CHUYEN_DON


def test_the_dialog_asks_for_a_receiving_body_exactly_when_the_service_requires_one(
    qtbot: QtBot, office_services: Services
) -> None:
    petitions = office_services.petitions
    for handling in PETITION_HANDLINGS:
        pid = registered(office_services, Category.TO_CAO)
        petitions.classify(pid, within_competence=True)
        dialog = ProposeDialog(petitions, pid, "1/2026")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.handling.set_value(handling)
        shown = dialog.target_field.isVisible()
        try:
            petitions.propose(pid, handling, target_body=None, reason="Thử")
            required = False
        except ValidationError as exc:
            required = [e.field for e in exc.errors] == ["target_body"]
        assert shown == required == needs_receiving_body(handling), handling
        dialog.close()
    assert {h for h in PETITION_HANDLINGS if needs_receiving_body(h)} == {
        Handling.HUONG_DAN, Handling.CHUYEN_DON, Handling.CHUYEN_CQ_DIEU_TRA, Handling.DON_DOC,
    }  # fmt: skip
