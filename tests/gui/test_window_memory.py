"""The window comes back as the user left it: its size and the page they were on (ui.ini, per user)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.services.registry import Services
from desk_app.ui.main_window import INTAKE_INDEX, REPORTS_INDEX, MainWindow
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
