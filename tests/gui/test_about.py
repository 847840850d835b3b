""" "Giới thiệu" from the account menu: version, data folder, database size, last verified backup; the app's icon."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app import __version__
from desk_app import app as app_module
from desk_app.i18n import vi_about
from desk_app.services.registry import Services
from desk_app.ui.about import AboutDialog, app_icon
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.gui.accounts_kit import when_modal
from tests.helpers.qt_input import click


def test_about_tells_version_folder_size_and_last_backup(qtbot: QtBot, office_services: Services) -> None:
    made = office_services.backups.back_up()
    window = app_module.build_main_window(office_services, ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        click(qtbot, dialog.copy_button)
        seen.append(QGuiApplication.clipboard().text())
        dialog.reject()

    when_modal(qtbot, AboutDialog, read)
    window.about_action.trigger()
    text = seen[0]
    assert __version__ in text and str(office_services.ctx.data_dir) in text
    assert f"{vi_about.LAST_BACKUP} 20/11/2026 09:30" in text and made.verified
    assert vi_about.DATABASE_SIZE in text and " MB" in text


def test_the_icon_is_package_data_with_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert icon.actualSize(icon.availableSizes()[0]).width() == 256
