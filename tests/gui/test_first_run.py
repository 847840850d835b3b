"""The first-run dialog: typed in Vietnamese, keyboard only, creates the office, head, officer and place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import OfficeKind, Role
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_screens as vs
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import Services
from desk_app.ui.first_run import FirstRunDialog
from tests.helpers.qt_input import press, type_text


def make(qtbot: QtBot, services: Services) -> FirstRunDialog:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_defaults_and_vietnamese_buttons(qtbot: QtBot, services: Services) -> None:
    dialog = make(qtbot, services)
    assert dialog.office.kind.currentData() == OfficeKind.UBND_XA
    assert dialog.office.abbreviation.text() == "UBND"
    assert dialog.office.head_title.text() == "CHỦ TỊCH"
    assert dialog.office.collective.isChecked()
    assert dialog.save_button.text() == "Lưu"
    assert dialog.quit_button.text() == "Thoát"
    assert dialog.windowTitle() == "Thiết lập cơ quan"


def test_choosing_a_so_suggests_giam_doc_but_keeps_typed_titles(qtbot: QtBot, services: Services) -> None:
    dialog = make(qtbot, services)
    form = dialog.office
    form.kind.setCurrentIndex(form.kind.findData(OfficeKind.SO))
    assert form.head_title.text() == "GIÁM ĐỐC"
    assert form.abbreviation.text() == ""
    assert not form.collective.isChecked()
    form.kind.setCurrentIndex(form.kind.findData(OfficeKind.UBND_XA))
    assert form.head_title.text() == "CHỦ TỊCH"
    form.head_title.clear()
    type_text(form.head_title, "TRƯỞNG BAN")
    form.kind.setCurrentIndex(form.kind.findData(OfficeKind.SO))
    assert form.head_title.text() == "TRƯỞNG BAN"


def test_typed_in_vietnamese_with_the_keyboard_creates_everything(qtbot: QtBot, services: Services) -> None:
    dialog = make(qtbot, services)
    form = dialog.office
    assert dialog.focusWidget() is form.name
    type_text(form.name, "ỦY BAN NHÂN DÂN XÃ AN PHÚ")
    press(form.name, Qt.Key.Key_Return)  # Enter moves on, it does not save
    assert dialog.isVisible()
    assert dialog.focusWidget() is form.parent_name
    type_text(form.place_name, "An Phú")
    type_text(form.address, "Ấp 1, xã An Phú, tỉnh An Giang")
    type_text(dialog.head_name, "Trần Văn Bình")
    press(dialog.head_name, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.officer_name
    type_text(dialog.officer_name, "Phạm Thị Dung")
    dialog.place_name.clear()
    type_text(dialog.place_name, "Phòng tiếp công dân xã An Phú")
    press(dialog.place_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    office = services.office.get()
    assert office is not None
    assert office.name == "ỦY BAN NHÂN DÂN XÃ AN PHÚ"
    assert office.kind is OfficeKind.UBND_XA
    assert office.place_name == "An Phú"
    assert office.head_title == "CHỦ TỊCH"
    assert office.parent_name is None
    head = services.office.head()
    assert head is not None and head.full_name == "Trần Văn Bình"
    assert head.signature_title == "CHỦ TỊCH"
    assert Role.LANH_DAO in head.roles
    staff = {s.full_name: s for s in services.office.list_staff()}
    assert set(staff) == {"Trần Văn Bình", "Phạm Thị Dung"}
    assert Role.TIEP_CONG_DAN in staff["Phạm Thị Dung"].roles
    places = services.office.list_places()
    assert [(p.name, p.is_default, p.address) for p in places] == [
        ("Phòng tiếp công dân xã An Phú", True, "Ấp 1, xã An Phú, tỉnh An Giang")
    ]
    assert services.ctx.actor.name == "Phạm Thị Dung"


def test_missing_fields_are_shown_and_nothing_is_saved(qtbot: QtBot, services: Services) -> None:
    dialog = make(qtbot, services)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.office.errors["name"].text() == i18n_errors.message("office.name.required")
    assert dialog.office.errors["place_name"].text() == i18n_errors.message("office.place_name.required")
    assert dialog.office.errors["abbreviation"].text() == ""
    assert dialog.head_error.text() == vs.HEAD_NAME_REQUIRED
    assert dialog.officer_error.text() == vs.OFFICER_NAME_REQUIRED
    assert dialog.focusWidget() is dialog.office.name
    assert services.office.get() is None
    assert services.office.list_staff() == []
    assert services.office.list_places() == []
    type_text(dialog.head_name, "Trần Văn Bình")
    assert dialog.head_error.text() == ""  # the message goes once the officer types


def test_the_service_has_the_last_word(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error only the service finds shows under its field; no staff or place is created."""
    dialog = make(qtbot, services)

    def refuse(_session: object, _info: OfficeInfo) -> OfficeInfo:
        raise ValidationError([FieldError("office.kind", "invalid")])

    monkeypatch.setattr(services.office, "_save_office", refuse)
    type_text(dialog.office.name, "ỦY BAN NHÂN DÂN XÃ AN PHÚ")
    type_text(dialog.office.place_name, "An Phú")
    type_text(dialog.head_name, "Trần Văn Bình")
    type_text(dialog.officer_name, "Phạm Thị Dung")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.office.errors["kind"].text() == i18n_errors.message("office.kind.invalid")
    assert services.office.list_staff() == []
    assert services.office.list_places() == []
    assert services.office.get() is None


def test_quit_rejects_without_saving(qtbot: QtBot, services: Services) -> None:
    dialog = make(qtbot, services)
    type_text(dialog.office.name, "SỞ TƯ PHÁP")
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.office.get() is None
