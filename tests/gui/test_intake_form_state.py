"""What a form holds is its values: labels a combo shows and rows left blank do not make it "changed"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desk_app.ui.pages.intake.case import DocumentList
from desk_app.ui.widgets.form_state import Binder


def test_a_combo_with_item_data_is_read_by_its_value_not_its_label(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("VV-2026-001", 7)
    binder = Binder()
    binder.add("case", combo)
    before = binder.state()
    assert before == {"case": 7}

    combo.setItemText(0, "VV-2026-001 · Khiếu nại")  # a later lookup shows more about the same case
    assert binder.state() == before

    combo.addItem("VV-2026-002", 9)
    binder.restore({"case": 9})
    assert combo.currentIndex() == 1


def test_a_blank_row_is_not_content(qtbot: QtBot) -> None:
    documents = DocumentList("+")
    qtbot.addWidget(documents)
    documents.add_button.click()
    assert documents.state_value() == []
    documents.rows[0].widget("title").setText("Đơn khiếu nại")  # type: ignore[attr-defined]
    assert [row["title"] for row in documents.state_value()] == ["Đơn khiếu nại"]  # type: ignore[attr-defined]
