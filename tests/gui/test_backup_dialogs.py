"""The dialogs of a restore: the preview (figures, what will be lost, Hủy by default), the report after it (what to
enter again, copyable), and the offer when the database is found damaged at start."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Role
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_backup as vb
from desk_app.paths import AppPaths
from desk_app.services.backup.journal import JournalEntry
from desk_app.services.backup.model import BackupFile, Damage, DatabaseDamaged
from desk_app.services.backup.recovery import DamagedOffice, restore_office
from desk_app.services.backup.service import RestorePreview
from desk_app.services.registry import Services, open_services
from desk_app.ui.pages.backup.dialogs import (
    DamagedDatabaseDialog,
    RestorePreviewDialog,
    RestoreReportDialog,
)
from tests.conftest import FIXED_NOW
from tests.helpers.acting import acting_as
from tests.helpers.fit import misfits
from tests.helpers.qt_input import click, press

SHOTS = Path(os.environ.get("DESK_APP_SHOTS", "/tmp/shots"))
LATER = FIXED_NOW + dt.timedelta(minutes=10)


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not misfits(dialog), misfits(dialog)
    return dialog


def save_visit(services: Services, name: str = "Nguyễn Văn An") -> None:
    services.intake.save(
        VisitInput(
            date=services.ctx.today(),
            visitor=PersonInput(full_name=name, address="Ấp 2, xã An Phú"),
            summary="Kiến nghị sửa đường liên ấp",
            category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )


@pytest.fixture
def backup_then_visit(office_services: Services) -> Iterator[tuple[Services, BackupFile]]:
    """A backup at 09:30 of an office with one visit, then a second visit at 09:40 that the backup does not hold."""
    save_visit(office_services, "Trần Thị Bích")
    made = office_services.backups.back_up()
    office_services.ctx.clock = lambda: LATER
    save_visit(office_services)
    yield office_services, made


def preview_of(services: Services, backup: BackupFile) -> RestorePreview:
    with acting_as(services, Role.LANH_DAO):
        return services.backups.preview(backup)


def test_lost_changes_are_grouped_by_kind_with_their_times() -> None:
    at = dt.datetime(2026, 11, 20, 9, 40)
    entries = [
        JournalEntry(at, "create", "staff", 4, "quantri"),
        JournalEntry(at, "create", "citizen", 7, "tiepdan"),
        JournalEntry(at + dt.timedelta(minutes=5), "update", "visit", 3, "tiepdan"),
        JournalEntry(at, "create", "visit", 3, "tiepdan"),
    ]
    groups = vb.lost_changes(entries)
    assert [g.title for g in groups] == [
        "Lượt tiếp: 2 thay đổi",
        "Công dân: 1 thay đổi",
        "Cán bộ: 1 thay đổi",
    ]
    assert groups[0].lines == (
        "20/11/2026 09:40 — Tạo mới (tài khoản tiepdan)",
        "20/11/2026 09:45 — Sửa (tài khoản tiepdan)",
    )
    many = [JournalEntry(at, "update", "petition", n, "") for n in range(vb.MAX_LINES + 3)]
    (only,) = vb.lost_changes(many)
    assert only.lines[-1].startswith("… và 3 thay đổi khác") and len(only.lines) == vb.MAX_LINES + 1
    assert vb.lost_text([]) == vb.NO_LOST


def test_the_preview_names_the_figures_and_what_will_be_lost(
    qtbot: QtBot, backup_then_visit: tuple[Services, BackupFile]
) -> None:
    services, made = backup_then_visit
    dialog = shown(qtbot, RestorePreviewDialog(preview_of(services, made)))
    assert isinstance(dialog, RestorePreviewDialog)
    assert dialog.summary.text() == "Bản sao lưu lúc 09:30 ngày 20/11/2026: 1 lượt tiếp, 0 đơn, 1 công dân."
    assert dialog.now.text() == (
        "Hiện nay: 2 lượt tiếp, 0 đơn, 2 công dân. Sau khi phục hồi sẽ ít hơn hiện nay: 1 lượt tiếp, 1 công dân."
    )
    lines = dialog.lost.texts()
    assert "Lượt tiếp: 1 thay đổi" in lines and "Công dân: 1 thay đổi" in lines
    assert lines.index("Lượt tiếp: 1 thay đổi") == 0, "the visits come first"
    assert lines[1].startswith("20/11/2026 09:40 — Tạo mới")
    assert "damaged/" in dialog.findChild(QWidget, "previewSafe").text()  # type: ignore[union-attr]
    shoot(dialog, "backup_preview")


def test_hủy_is_the_default_and_enter_does_not_restore(
    qtbot: QtBot, backup_then_visit: tuple[Services, BackupFile]
) -> None:
    services, made = backup_then_visit
    dialog = RestorePreviewDialog(preview_of(services, made))
    shown(qtbot, dialog)
    assert dialog.cancel_button.text() == "Hủy" and dialog.cancel_button.isDefault()
    assert dialog.restore_button.text() == "Phục hồi" and not dialog.restore_button.isDefault()
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected

    again = RestorePreviewDialog(preview_of(services, made))
    shown(qtbot, again)
    click(qtbot, again.restore_button)
    assert again.result() == QDialog.DialogCode.Accepted


def test_the_report_says_what_to_enter_again_and_copies_it(
    qtbot: QtBot, backup_then_visit: tuple[Services, BackupFile]
) -> None:
    services, made = backup_then_visit
    paths = AppPaths(services.ctx.data_dir)
    services.close()  # the window signs out before it restores
    report = restore_office(paths, None, made, LATER + dt.timedelta(minutes=1), "truong", damaged=False)
    dialog = shown(qtbot, RestoreReportDialog(report))
    assert isinstance(dialog, RestoreReportDialog)
    kept = dialog.findChild(QWidget, "reportKept")
    assert kept is not None and report.kept_aside is not None and kept.text() == str(report.kept_aside)  # type: ignore[attr-defined]
    assert "/damaged/" in kept.text().replace("\\", "/")  # type: ignore[attr-defined]
    assert dialog.lost.texts()[0] == "Lượt tiếp: 1 thay đổi"
    shoot(dialog, "backup_report")
    click(qtbot, dialog.copy_button)
    copied = QApplication.clipboard().text()
    assert (
        copied.startswith(vb.REPORT_TITLE)
        and "Dữ liệu hiện nay là bản sao lưu lúc 09:30 ngày 20/11/2026" in copied
    )
    assert vb.REPORT_LOST in copied and "  - 20/11/2026 09:40 — Tạo mới" in copied


def test_a_report_with_nothing_lost_says_so(qtbot: QtBot, office_services: Services) -> None:
    made = office_services.backups.back_up()
    paths = AppPaths(office_services.ctx.data_dir)
    office_services.close()
    report = restore_office(paths, None, made, LATER, "truong", damaged=False)
    dialog = shown(qtbot, RestoreReportDialog(report))
    assert dialog.findChild(QWidget, "reportNoLost").text() == vb.NO_LOST  # type: ignore[union-attr]
    assert vb.NO_LOST in dialog.text()  # type: ignore[attr-defined]


def test_a_damaged_database_is_offered_its_newest_verified_backup(
    qtbot: QtBot, office_services: Services
) -> None:
    older = office_services.backups.back_up()
    office_services.ctx.clock = lambda: LATER
    save_visit(office_services)
    newest = office_services.backups.back_up()
    paths = AppPaths(office_services.ctx.data_dir)
    office_services.close()
    paths.database.write_bytes(b"")  # a power cut left the file empty
    with pytest.raises(DatabaseDamaged) as refused:
        open_services(paths).close()
    office = refused.value.office
    assert isinstance(office, DamagedOffice)

    dialog = DamagedDatabaseDialog(office)
    shown(qtbot, dialog)
    text = dialog.findChild(QWidget, "damageText").text()  # type: ignore[union-attr]
    assert text == i18n_errors.message("database.damaged.empty")
    assert (
        dialog.offer.text()
        == "Bản sao lưu gần nhất đã kiểm tra: lúc 09:40 ngày 20/11/2026 — 1 lượt tiếp, 0 đơn, 1 công dân."
    )
    assert dialog.restore_button.text() == "Phục hồi bản sao lưu này" and dialog.restore_button.isDefault()
    assert dialog.chosen is not None and dialog.chosen.path == newest.path
    shoot(dialog, "backup_damaged")

    click(qtbot, dialog.other_button)
    assert dialog.list.isVisible() and dialog.list.count() == 2
    dialog.list.setFocus()
    press(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen is not None and dialog.chosen.path == older.path
    assert dialog.offer.text().startswith("Bản sẽ phục hồi: lúc 09:30 ngày 20/11/2026 — 0 lượt tiếp")
    shoot(dialog, "backup_damaged_other")
    click(qtbot, dialog.restore_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert paths.database.stat().st_size == 0, "the dialog restores nothing itself"


def test_without_a_verified_backup_the_officer_is_told_to_call_the_administrator(
    qtbot: QtBot, paths: AppPaths
) -> None:
    paths.ensure()
    office = DamagedOffice(paths, Damage.MALFORMED, "integrity_check: page 12 is never used")
    dialog = DamagedDatabaseDialog(office)
    shown(qtbot, dialog)
    assert dialog.chosen is None
    assert dialog.none.isVisible() and "quản trị viên" in dialog.none.text()
    assert dialog.findChild(QWidget, "damagedFolder").text() == str(paths.data)  # type: ignore[union-attr]
    assert not dialog.restore_button.isVisible() and not dialog.other_button.isVisible()
    quit_button = dialog.findChild(QPushButton, "damagedQuit")
    assert quit_button is not None and quit_button.isDefault()
    shoot(dialog, "backup_damaged_none")
    click(qtbot, quit_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
