"""The window comes back as the user left it: its size and the page they were on (ui.ini, per user)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.services.registry import Services
from desk_app.ui.main_window import CITIZENS_INDEX, INTAKE_INDEX, REGISTER_INDEX, REPORTS_INDEX, MainWindow
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.helpers.qt_input import settle


def _open(qtbot: QtBot, services: Services) -> MainWindow:
    window = app_module.build_main_window(services, ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show_where_it_was()
    qtbot.waitExposed(window)
    return window


def test_the_window_reopens_on_the_last_page_at_its_last_size(
    qtbot: QtBot, office_services: Services
) -> None:
    first = _open(qtbot, office_services)
    assert first.stack.currentIndex() == INTAKE_INDEX  # nothing remembered yet: the intake, maximized
    assert first.isMaximized()
    first.showNormal()
    first.setGeometry(20, 20, 700, 500)  # within the offscreen screen (800×600): nothing to clamp
    first.nav.setCurrentRow(REPORTS_INDEX)
    settle(qtbot)
    size = first.size()
    first.close()

    again = _open(qtbot, office_services)
    assert again.stack.currentIndex() == REPORTS_INDEX
    assert not again.isMaximized() and again.size() == size
    again.close()


def test_a_remembered_page_the_user_may_not_open_is_not_shown(
    qtbot: QtBot, office_services: Services
) -> None:
    from desk_app.domain.enums import Role
    from tests.helpers.acting import acting_as

    first = _open(qtbot, office_services)
    first.nav.setCurrentRow(INTAKE_INDEX)
    first.close()
    with acting_as(office_services, Role.XEM_BAO_CAO):
        viewer = _open(qtbot, office_services)
        assert viewer.stack.currentIndex() == REPORTS_INDEX
        viewer.close()


def _drag(qtbot: QtBot, widget: QWidget, start: QPoint, dx: int, dy: int) -> None:
    """A person's drag: press, move in steps, release, with the events flushed between steps."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(widget, start + QPoint(dx * step // 5, dy * step // 5))
        settle(qtbot)
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(dx, dy)
    )
    settle(qtbot)


def test_column_widths_and_splitters_come_back_per_user(
    qtbot: QtBot, office_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _open(qtbot, office_services)
    first.nav.setCurrentRow(REGISTER_INDEX)
    settle(qtbot)
    table = first.findChild(QTableView, "registerTable")
    assert table is not None
    header = table.horizontalHeader()
    before = header.sectionSize(1)
    edge = QPoint(header.sectionViewportPosition(1) + before - 1, header.height() // 2)
    _drag(qtbot, header.viewport(), edge, 70, 0)  # the officer widens the second column by dragging its edge
    widened = header.sectionSize(1)
    assert widened >= before + 50

    first.nav.setCurrentRow(CITIZENS_INDEX)
    settle(qtbot)
    split = first.findChild(QSplitter, "citizenSplit")
    assert split is not None
    sizes = split.sizes()
    handle = split.handle(1)
    _drag(qtbot, handle, QPoint(handle.width() // 2, handle.height() // 2), 0, -60)  # results shorter
    moved = split.sizes()
    assert moved[0] <= sizes[0] - 40
    first.close()

    again = _open(qtbot, office_services)
    assert again.findChild(QTableView, "registerTable").horizontalHeader().sectionSize(1) == widened
    again_split = again.findChild(QSplitter, "citizenSplit")
    assert again_split.sizes()[0] == moved[0]
    again.close()

    monkeypatch.setattr(
        office_services.ctx.actor, "login", "another"
    )  # another user keeps the code's own widths
    other = _open(qtbot, office_services)
    assert other.findChild(QTableView, "registerTable").horizontalHeader().sectionSize(1) == before
    other.close()


def test_unreadable_saved_widths_are_ignored(qtbot: QtBot, office_services: Services) -> None:
    from PySide6.QtCore import QSettings

    first = _open(qtbot, office_services)
    header = first.findChild(QTableView, "registerTable").horizontalHeader()
    default = header.sectionSize(1)
    first.close()
    ini = QSettings(str(office_services.ctx.data_dir / "ui.ini"), QSettings.Format.IniFormat)
    keys = [k for k in ini.allKeys() if k.endswith("registerTable")]
    assert keys, ini.allKeys()
    for key in keys:
        ini.setValue(key, "12,abc,,-5")
    ini.sync()
    again = _open(qtbot, office_services)
    assert again.findChild(QTableView, "registerTable").horizontalHeader().sectionSize(1) == default
    again.close()
