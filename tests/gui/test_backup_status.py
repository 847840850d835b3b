"""The status bar's word on backups (DOMAIN §16.7): none yet and amber, the last verified one after "Sao lưu ngay",
amber again a day later; the hourly tick backs up only after a change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_backup_status as vb
from desk_app.services.registry import Services
from desk_app.ui.backup_watch import AMBER
from desk_app.ui.main_window import BACKUP_INDEX, MainWindow
from tests.conftest import FIXED_NOW
from tests.gui.window_kit import active_window
from tests.helpers.acting import acting_as
from tests.helpers.qt_input import settle

CLOCK = [FIXED_NOW]


@pytest.fixture
def window(qtbot: QtBot, office_services: Services) -> Iterator[MainWindow]:
    CLOCK[0] = FIXED_NOW
    office_services.ctx.clock = lambda: CLOCK[0]
    yield active_window(qtbot, office_services)


def test_the_status_bar_follows_the_backups(
    qtbot: QtBot, window: MainWindow, office_services: Services
) -> None:
    label = window.backup_label
    assert label.text() == vb.STATUS_NONE and label.styleSheet() == AMBER
    window.nav.setFocus()  # the officer came by the navigation, then presses Ctrl+B ("Sao lưu ngay")
    window.nav.setCurrentRow(BACKUP_INDEX)
    settle(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert label.text() == vb.STATUS_LAST.format(when="20/11/2026 09:30"), label.text()
    assert label.styleSheet() != AMBER

    CLOCK[0] += dt.timedelta(days=1, minutes=5)
    window.backup_watch.tick()  # the five-minute beat: nothing changed, so no backup, but the day has passed
    settle(qtbot)
    assert label.text() == vb.STATUS_STALE.format(when="20/11/2026 09:30") and label.styleSheet() == AMBER
    assert len(office_services.backups.backups()) == 1

    with acting_as(office_services):
        office_services.intake.save(
            VisitInput(
                date=CLOCK[0].date(),
                visitor=PersonInput(full_name="Lý Văn Sơn"),
                summary="Phản ánh đèn đường hỏng",
                category=Category.KIEN_NGHI_PHAN_ANH,
                field=SubjectField.HC_KHAC,
            )
        )
    window.backup_watch.tick()  # a change, and the newest backup is more than an hour old: backed up now
    settle(qtbot)
    assert len(office_services.backups.backups()) == 2
    assert label.text() == vb.STATUS_LAST.format(when="21/11/2026 09:35") and label.styleSheet() != AMBER
