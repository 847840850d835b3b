"""Cài đặt › Mẫu văn bản: pick a form and a part, type the office's wording, save, see errors, go back to default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.form_texts import FormTextsTab
from desk_app.ui.pages.settings.page import SettingsPage
from tests.helpers.acting import acting_in
from tests.helpers.qt_input import type_text

CLOSING = "Ủy ban nhân dân xã trân trọng thông báo để ông (bà) biết."


@pytest.fixture(autouse=True)
def _administrator(request: pytest.FixtureRequest) -> Iterator[None]:
    """The form texts are the administrator's (DOMAIN §13.3): the page is driven as one.

    Anyone else is refused: tests/gui/test_settings_refused.py."""
    with acting_in(request, Role.QUAN_TRI):
        yield


def make(qtbot: QtBot, services: Services) -> tuple[SettingsPage, FormTextsTab]:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.form_texts_tab)
    return page, page.form_texts_tab


def test_type_save_and_reset_the_result_notices_closing(qtbot: QtBot, office_services: Services) -> None:
    _page, tab = make(qtbot, office_services)
    assert [tab.form_picker.itemText(i) for i in range(tab.form_picker.count())] == [
        f.label for f in fp.FORMS
    ]
    tab.select_form(fp.RESULT)
    assert [tab.part_list.item(i).text() for i in range(tab.part_list.count())] == [
        p.label
        for p in fp.form(fp.RESULT).parts  # type: ignore[union-attr]
    ]
    tab.select_part(fp.CLOSING)
    assert tab.editor.toPlainText() == vf.CLOSING_INFORM
    assert tab.default_text.text() == vf.CLOSING_INFORM and not tab.reset_button.isEnabled()

    tab.editor.selectAll()
    type_text(tab.editor, CLOSING)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert office_services.form_texts.text(fp.RESULT, fp.CLOSING) == CLOSING
    assert tab.status.text() == fp.SAVED
    assert tab.current_part() is not None and tab.current_part().part_key == fp.CLOSING  # type: ignore[union-attr]
    assert tab.part_list.currentItem().text().endswith("(đã sửa)")
    assert tab.reset_button.isEnabled()

    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert office_services.form_texts.text(fp.RESULT, fp.CLOSING) == vf.CLOSING_INFORM
    assert tab.editor.toPlainText() == vf.CLOSING_INFORM and tab.status.text() == fp.RESET_DONE
    assert not tab.part_list.currentItem().text().endswith("(đã sửa)")


def test_a_dropped_placeholder_is_refused_under_the_box(qtbot: QtBot, office_services: Services) -> None:
    page, tab = make(qtbot, office_services)
    tab.select_form(fp.GUIDANCE)
    tab.select_part(fp.ONCE)
    assert "{office}" in tab.hint.text()
    tab.editor.selectAll()
    type_text(tab.editor, "Chỉ hướng dẫn một lần.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "{office}" in tab.error.text() and "giữ đủ" in tab.error.text()
    assert office_services.form_texts.text(fp.GUIDANCE, fp.ONCE) == vf.GUIDANCE_ONCE
    type_text(tab.editor, " {office}")
    assert not tab.error.isVisible()  # typing clears the complaint
    page.save_current()  # Ctrl+S saves the open tab
    assert office_services.form_texts.text(fp.GUIDANCE, fp.ONCE) == "Chỉ hướng dẫn một lần. {office}"

    tab.select_part(fp.ARCHIVE)
    tab.editor.selectAll()
    type_text(tab.editor, "VT")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.error.text() == i18n_errors.MESSAGES["text.archive"]

    tab.select_part(fp.ONCE)
    tab.error.clear_messages()
    QApplication.processEvents()
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    page.grab().save(str(shots / "formtexts.png"))
    qtbot.wait(20)  # let the other tabs' deferred row fitting run while the page still exists
