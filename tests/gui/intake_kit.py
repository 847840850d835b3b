"""The intake page on its own, shown and focused as an officer finds it, for the intake GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.services.registry import Services
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.tasks import ImmediateTaskRunner


def open_intake(qtbot: QtBot, services: Services, size: tuple[int, int] = (1180, 700)) -> IntakePage:
    """Shown, the active window (keys go to it), and any confirmation it would ask fails the test."""
    widget = IntakePage(services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.ask_confirm = lambda text: pytest.fail(f"unexpected confirmation: {text}")
    return widget
