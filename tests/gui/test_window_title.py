"""Issue 9 §4: the window's title bar names the office once and the app once, as a window manager shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.i18n import vi
from desk_app.services.registry import Services
from desk_app.ui.tasks import ImmediateTaskRunner


@pytest.fixture
def display_name() -> Iterator[str]:
    """The display name the app sets at start-up (app.configure_application), restored afterwards."""
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName(vi.APP_NAME)
    yield vi.APP_NAME
    QApplication.setApplicationDisplayName(before)


def shown_title(title: str, display: str) -> str:
    """What Linux (xcb) and Windows put in the title bar: Qt appends the display name unless the title ends with it
    (QPlatformWindow::formatWindowTitle); the offscreen platform of the tests does not, so the rule is applied here."""
    return title if title.endswith(display) else f"{title} — {display}"


def test_the_title_bar_names_the_office_and_the_app_once(
    qtbot: QtBot, office_services: Services, display_name: str
) -> None:
    window = app_module.build_main_window(office_services, ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = shown_title(window.windowTitle(), display_name)
    assert bar == "ỦY BAN NHÂN DÂN XÃ AN PHÚ — Bàn tiếp công dân"
    assert bar.count("AN PHÚ") == 1 and bar.count(display_name) == 1
