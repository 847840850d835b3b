"""How a control's accessible name is found: its caption, its text, its hint, its tip, its section (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.ui import accessible
from desk_app.ui.accessible import clean, is_control, name_controls


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("&Lưu  Ctrl+S", "Lưu"),
        ("Họ và tên:", "Họ và tên"),
        ("Số giấy tờ *", "Số giấy tờ"),
        ("<b>Quét CCCD</b> ▸", "Quét CCCD"),
        ("Tháng trước (Page Up)", "Tháng trước"),
        ("Làm mới (F5)", "Làm mới"),
        ("Vụ việc (3)", "Vụ việc"),
        ("Sao lưu & phục hồi", "Sao lưu & phục hồi"),
        ("Xuất && in", "Xuất & in"),
        ("Giới thiệu…", "Giới thiệu…"),
        ("  Nơi\n cấp ", "Nơi cấp"),
    ],
)
def test_clean_keeps_the_words_of_a_caption(text: str, name: str) -> None:
    assert clean(text) == name


def test_names_come_from_captions_texts_hints_tips_and_sections(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)

    buddy_label = QLabel("&Họ và tên:")
    by_buddy = QLineEdit()
    buddy_label.setBuddy(by_buddy)
    column.addWidget(buddy_label)
    column.addWidget(by_buddy)

    form = QFormLayout()
    in_form = QComboBox()
    form.addRow("Giới tính:", in_form)
    in_row, row_button = QLineEdit(), QPushButton("Chọn…")
    row = QHBoxLayout()
    row.addWidget(in_row)
    row.addWidget(row_button)
    form.addRow(QLabel("Thư mục:"), row)
    column.addLayout(form)

    line = QHBoxLayout()
    date = QDateEdit()
    line.addWidget(QLabel("Ngày"))
    line.addWidget(date)
    column.addLayout(line)

    hinted = QLineEdit()
    hinted.setPlaceholderText("Họ tên người đại diện")
    icon_only = QToolButton()
    icon_only.setToolTip("Tải lại (F5)")
    arrow = QPushButton("◀")
    arrow.setToolTip("Tháng trước (Page Up)")
    named = QPushButton("Xóa")
    named.setAccessibleName("Xóa người đại diện thứ hai")
    for widget in (hinted, icon_only, arrow, named):
        column.addWidget(widget)

    hint = QLabel("Khi nhập người gửi và nội dung, các đơn cũ giống đơn này hiện ở đây, để cán bộ đối chiếu.")
    hint.setWordWrap(True)
    box = QGroupBox("Đơn có thể trùng")
    box_column = QVBoxLayout(box)
    in_box = QListWidget()
    box_column.addWidget(hint)
    box_column.addWidget(in_box)
    column.addWidget(box)

    tabs = QTabWidget()
    in_tab = QTableWidget()
    tabs.addTab(in_tab, "Nhật ký &hệ thống")
    column.addWidget(tabs)
    nothing = QSpinBox()
    column.addWidget(nothing)

    left = name_controls(root)

    assert by_buddy.accessibleName() == "Họ và tên"
    assert in_form.accessibleName() == "Giới tính"
    assert in_row.accessibleName() == "Thư mục"
    assert row_button.accessibleName() == "Chọn…"  # a button says what it does, not its row
    assert date.accessibleName() == "Ngày"
    assert hinted.accessibleName() == "Họ tên người đại diện"
    assert icon_only.accessibleName() == "Tải lại"
    assert arrow.accessibleName() == "Tháng trước"
    assert named.accessibleName() == "Xóa người đại diện thứ hai"  # a name given by hand stays
    assert in_box.accessibleName() == "Đơn có thể trùng"  # the section, not the long hint above the list
    assert in_tab.accessibleName() == "Nhật ký hệ thống"
    assert left == [nothing] and nothing.accessibleName() == ""
    # The parts Qt builds inside a control are not controls of their own; the control carries the name.
    assert not [w for w in date.findChildren(QWidget) if is_control(w)]
    assert not is_control(in_tab.horizontalHeader())


def test_a_list_nothing_names_takes_the_name_given_for_lists(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    table = QTableWidget(page)
    field = QSpinBox(page)
    assert name_controls(page, "Sổ tiếp công dân") == [field]
    assert table.accessibleName() == "Sổ tiếp công dân"


def test_a_dialog_is_named_when_it_shows(qtbot: QtBot) -> None:
    accessible.install()
    accessible.install()  # once is enough: a second call adds nothing
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    edit = QLineEdit()
    form.addRow("Mật khẩu hiện tại:", edit)
    assert edit.accessibleName() == ""
    dialog.show()
    qtbot.waitExposed(dialog)
    assert edit.accessibleName() == "Mật khẩu hiện tại"
    # A control added to a window already shown is named when it first shows.
    later = QPushButton("Hiện mật khẩu")
    form.addRow(later)
    qtbot.waitUntil(later.isVisible)
    assert later.accessibleName() == "Hiện mật khẩu"
    dialog.close()
