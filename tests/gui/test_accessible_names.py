"""Every input, button and list of every page and of the dialogs has a Vietnamese accessible name (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category
from desk_app.paths import AppPaths
from desk_app.ui.about import AboutDialog
from desk_app.ui.main_window import PAGE_TITLES, MainWindow
from desk_app.ui.pages.intake.dialogs import AppointmentDialog, RefusalDialog
from desk_app.ui.preferences_dialog import PreferencesDialog
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import ADMIN, ADMIN_PASSWORD, secure_office, signing_in, when_modal
from tests.helpers.qt_input import settle

# The kinds issue 13 names (QAbstractButton and QAbstractItemView cover their subclasses too).
KINDS = (
    QLineEdit,
    QComboBox,
    QSpinBox,
    QDateEdit,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
    QRadioButton,
    QPushButton,
    QToolButton,
    QAbstractButton,
    QAbstractItemView,
)
# Parts Qt builds inside another control (a combo's list, a table's headers, a box's clear button): the control
# itself carries the name. A button in a table's cell is not one of them (it sits in the viewport).
INNER = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QLineEdit)


def inner_part(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(), QAbstractItemView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INNER):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Controls under `root` without an accessible name, described so a failure says which."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, KINDS) or widget.objectName().startswith("qt_"):
            continue
        if inner_part(widget) or widget.accessibleName().strip():
            continue
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        where = widget.parentWidget()
        found.append(
            f"{type(widget).__name__} objectName={widget.objectName()!r} text={text!r} "
            f"tip={widget.toolTip()!r} in {type(where).__name__ if where else None}"
        )
    return found


@pytest.fixture
def leader_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The administrator who is also the leader: every page and every settings tab (users included) is built."""
    from desk_app.domain.enums import Role

    office = secure_office(AppPaths(tmp_path / "data"), admin_roles=(Role.LANH_DAO,))
    with signing_in(office) as open_as:
        window = MainWindow(open_as(ADMIN, ADMIN_PASSWORD), ImmediateTaskRunner())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        yield window
        if window.idle is not None:
            window.idle.stop()
        window.close()


def test_every_page_names_its_inputs_buttons_and_lists(qtbot: QtBot, leader_window: MainWindow) -> None:
    window = leader_window
    assert window.opens == frozenset(range(len(PAGE_TITLES)))
    missing: dict[str, list[str]] = {}
    for index, title in enumerate(PAGE_TITLES):
        window.show_page(index)
        settle(qtbot, window)
        page = window.stack.widget(index)
        assert len([w for w in page.findChildren(QWidget) if isinstance(w, KINDS)]) > 2, title
        if problems := unnamed(page):
            missing[title] = problems
    missing_bar = unnamed(window.statusBar()) + unnamed(window.nav)
    assert not missing and not missing_bar, f"no accessible name: {missing} {missing_bar}"
    # Names are words, not leftovers of a caption: no mnemonic '&', no trailing ':' or shortcut hint.
    names = [w.accessibleName() for w in window.findChildren(QWidget) if w.accessibleName()]
    assert not [n for n in names if re.search(r"&\w", n) or n.endswith((":", "Ctrl+S"))]
    assert window.account_button.accessibleName() == "Tài khoản"
    assert window.intake is not None and window.intake.save_button.accessibleName() == "Lưu"


def test_dialogs_name_their_controls_when_they_show(qtbot: QtBot, leader_window: MainWindow) -> None:
    window = leader_window
    seen: dict[str, list[str]] = {}

    def check(dialog: QWidget) -> None:
        seen[type(dialog).__name__] = unnamed(dialog)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_modal(qtbot, PreferencesDialog, check)
    window.preferences_action.trigger()
    when_modal(qtbot, AboutDialog, check)
    window.about_action.trigger()
    assert seen == {"PreferencesDialog": [], "AboutDialog": []}

    # Dialogs built outside the window's own code: named by the application's hook as they show.
    staff = window.services.office.list_staff()
    built: list[QDialog] = [
        AppointmentDialog(FIXED_NOW.date(), staff, staff[0], "Trụ sở", parent=window),
        RefusalDialog(FIXED_NOW.date(), parent=window, category=Category.KHIEU_NAI),
    ]
    for dialog in built:
        assert unnamed(dialog)  # nothing named before it shows: the hook below does it
        dialog.open()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()
        dialog.deleteLater()
    QApplication.processEvents()
