"""Sao lưu & phục hồi: a backup made with the button is listed, who sees the restore, a refused second folder said
next to it, the full check's answer, and a restore asked for only after its preview was accepted."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Role
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_backup as vb
from desk_app.paths import AppPaths
from desk_app.services.backup.model import Reason
from desk_app.services.registry import Services
from desk_app.ui.pages.backup.page import BackupPage
from desk_app.ui.pages.backup.preview import RestorePreviewDialog
from desk_app.ui.tasks import TaskRunner
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import when_modal
from tests.helpers.acting import acting_as
from tests.helpers.fit import misfits
from tests.helpers.qt_input import click, press, settle

SHOTS = Path(os.environ.get("DESK_APP_SHOTS", "/tmp/shots"))
PAGE_SIZE = (1166, 688)
"""What the window leaves a page on a 1366×768 screen (the navigation and the status bar take the rest)."""


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def open_page(qtbot: QtBot, services: Services, tasks: TaskRunner) -> BackupPage:
    page = BackupPage(services, tasks)
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    qtbot.waitExposed(page)
    return page


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def cut_texts(widget: QWidget) -> list[object]:
    """Texts cut or overflowing (the offscreen screen is 800 px wide: the page's own size is not judged here)."""
    return [m for m in misfits(widget) if not m.kind.startswith("window")]


def table_rows(page: BackupPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def idle(qtbot: QtBot, page: BackupPage, tasks: TaskRunner) -> None:
    settle(qtbot, page, tasks=tasks)
    qtbot.waitUntil(lambda: not page.busy)


def save_visit(services: Services) -> None:
    services.intake.save(
        VisitInput(
            date=services.ctx.today(),
            visitor=PersonInput(full_name="Nguyễn Văn An", address="Ấp 2, xã An Phú"),
            summary="Kiến nghị sửa đường liên ấp",
            category=Category.KIEN_NGHI_PHAN_ANH,
        )
    )


def test_every_reason_has_its_vietnamese_label() -> None:
    assert {r.value for r in Reason} <= set(vb.REASONS)
    assert vb.reason_label("truoc-ma-hoa") == "Trước khi mã hóa"
    assert vb.size_text(1_300_000) == "1,2 MB" and vb.size_text(1000) == "0,1 MB"


def test_back_up_now_lists_the_new_backup_first(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    save_visit(office_services)
    page = open_page(qtbot, office_services, tasks)
    assert page.table.rowCount() == 0 and page.empty.isVisible()
    assert page.status.text().startswith(vb.STATUS_NONE) and "8a5300" in page.status.styleSheet()

    click(qtbot, page.back_up_button)
    assert page.busy and page.progress.isVisible() and page.progress_text.text() == vb.BACKING_UP
    assert not page.back_up_button.isEnabled(), "a second click must not start a second copy"
    idle(qtbot, page, tasks)
    assert not page.progress.isVisible() and page.back_up_button.isEnabled()
    assert table_rows(page) == [["20/11/2026 09:30", "Thủ công", table_rows(page)[0][2], "Có", "1", "0"]]
    assert table_rows(page)[0][2].endswith(" MB") and "," in table_rows(page)[0][2]
    assert page.notice.text() == "Đã sao lưu lúc 09:30 ngày 20/11/2026: 1 lượt tiếp, 0 đơn, 1 công dân."
    assert page.status.text().startswith("Bản sao lưu đã kiểm tra gần nhất: 09:30 ngày 20/11/2026.")
    assert "8a5300" not in page.status.styleSheet()

    office_services.ctx.clock = lambda: FIXED_NOW + dt.timedelta(minutes=25)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, page, tasks)
    assert [row[0] for row in table_rows(page)] == ["20/11/2026 09:55", "20/11/2026 09:30"]
    assert page.selected() == page.backups[0]  # the new one is chosen
    assert not cut_texts(page)
    shoot(page, "backup_page")


def test_a_reception_officer_backs_up_but_does_not_restore(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    page = open_page(qtbot, office_services, tasks)  # office_services signs in a reception officer
    assert page.back_up_button.isVisible() and page.check_button.isVisible()
    for hidden in (page.restore_button, page.second_button, page.second_clear):
        assert not hidden.isVisible()
    assert page.second_path.text() == vb.SECOND_NONE

    with acting_as(office_services, Role.LANH_DAO):
        leader = open_page(qtbot, office_services, tasks)
    assert leader.restore_button.isVisible() and leader.second_button.isVisible()


def test_only_a_verified_backup_can_be_restored(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    made = office_services.backups.back_up()
    legacy = made.path.with_name("truoc-ma-hoa-20261101-120000.sqlite3")
    shutil.copyfile(made.path, legacy)  # a copy from before manifests existed: listed, never verified
    with acting_as(office_services, Role.QUAN_TRI):
        page = open_page(qtbot, office_services, tasks)
        assert [row[1] for row in table_rows(page)] == ["Thủ công", "Trước khi mã hóa"]
        assert table_rows(page)[1][3:] == ["Chưa", "", ""]
        assert not page.restore_button.isEnabled()  # nothing chosen yet
        page.table.selectRow(1)
        assert not page.restore_button.isEnabled()
        page.table.selectRow(0)
        assert page.restore_button.isEnabled()
        assert not cut_texts(page)
        shoot(page, "backup_page_leader")


def test_a_second_folder_that_cannot_be_written_is_refused_next_to_the_field(
    qtbot: QtBot,
    office_services: Services,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "usb.txt"
    blocker.write_text("a file, not a folder")
    answers = [str(blocker / "SaoLuu"), str(tmp_path / "usb" / "SaoLuu")]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: answers.pop(0)))
    with acting_as(office_services, Role.QUAN_TRI):
        page = open_page(qtbot, office_services, tasks)
        click(qtbot, page.second_button)
        idle(qtbot, page, tasks)
        assert page.second_error.isVisible()
        assert page.second_error.text() == i18n_errors.message("second_folder.unwritable")
        error, chooser = page.second_error.geometry(), page.second_button.geometry()
        assert chooser.bottom() < error.top() < page.back_up_button.geometry().top(), "right under the row"
        assert error.top() - chooser.bottom() < 2 * chooser.height()
        assert page.second_path.text() == vb.SECOND_NONE
        shoot(page, "backup_page_second_folder_refused")

        click(qtbot, page.second_button)
        idle(qtbot, page, tasks)
        assert not page.second_error.isVisible()
        chosen = str((tmp_path / "usb" / "SaoLuu").resolve())
        assert page.second_path.text() == chosen
        assert page.notice.text() == vb.SECOND_SAVED.format(folder=chosen)

        office_services.ctx.clock = lambda: FIXED_NOW + dt.timedelta(minutes=5)
        click(qtbot, page.back_up_button)
        idle(qtbot, page, tasks)
        assert [p.name for p in Path(chosen).glob("*.sqlite3")] == [page.backups[0].path.name]


def test_the_full_check_says_the_data_is_sound(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    page = open_page(qtbot, office_services, tasks)
    assert page.status.text().endswith(vb.STATUS_NEVER_CHECKED)
    click(qtbot, page.check_button)
    idle(qtbot, page, tasks)
    assert page.notice.text() == vb.CHECK_OK.format(when="09:30 ngày 20/11/2026")
    assert page.notice.tone == "ok"
    assert page.status.text().endswith("Kiểm tra toàn vẹn lần cuối: 09:30 ngày 20/11/2026.")


def test_a_restore_is_asked_for_only_after_its_preview_is_accepted(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    office_services.backups.back_up()
    office_services.ctx.clock = lambda: FIXED_NOW + dt.timedelta(minutes=10)
    save_visit(office_services)
    asked: list[object] = []
    seen: list[list[str]] = []
    with acting_as(office_services, Role.LANH_DAO):
        page = open_page(qtbot, office_services, tasks)
        page.restore_requested.connect(asked.append)
        page.table.selectRow(0)

        def enter(dialog: QWidget) -> None:
            assert isinstance(dialog, RestorePreviewDialog)
            seen.append(dialog.lost.texts())
            press(dialog, Qt.Key.Key_Return)  # Enter answers Hủy, the default

        when_modal(qtbot, RestorePreviewDialog, enter)
        click(qtbot, page.restore_button)
        idle(qtbot, page, tasks)
        qtbot.waitUntil(lambda: bool(seen))
        assert asked == []
        assert "Lượt tiếp: 1 thay đổi" in seen[0]

        when_modal(
            qtbot, RestorePreviewDialog, lambda d: click(qtbot, d.findChild(QWidget, "previewRestore"))
        )
        click(qtbot, page.restore_button)
        idle(qtbot, page, tasks)
        qtbot.waitUntil(lambda: bool(asked))
    assert [getattr(b, "path", None) for b in asked] == [page.backups[0].path]
    assert AppPaths(office_services.ctx.data_dir).database.is_file()  # the page itself restored nothing


def test_a_second_folder_unreachable_for_a_week_is_warned_about(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    with acting_as(office_services, Role.QUAN_TRI):
        office_services.backups.set_second_folder(str(usb))
    shutil.rmtree(usb)
    usb.write_text("the stick was pulled out and a file took its name")
    office_services.backups.back_up()  # cannot reach the second folder: remembered since now
    page = open_page(qtbot, office_services, tasks)
    assert not page.second_down.isVisible()

    office_services.ctx.clock = lambda: FIXED_NOW + dt.timedelta(days=8)
    page.reload()
    assert page.second_down.isVisible()
    assert page.second_down.text() == vb.SECOND_DOWN.format(date="20/11/2026")
    assert "8a5300" in page.status.styleSheet()  # and the newest backup is more than a day old
    assert not cut_texts(page)
    shoot(page, "backup_page_second_folder_down")


def test_damage_found_by_the_full_check_is_said_and_signalled(
    qtbot: QtBot, office_services: Services, tasks: TaskRunner
) -> None:
    page = open_page(qtbot, office_services, tasks)
    found: list[object] = []
    page.damaged.connect(found.append)
    database = AppPaths(office_services.ctx.data_dir).database
    office_services.ctx.db.engine.dispose()  # the WAL is written back and no connection caches a sound page
    with contextlib.closing(sqlite3.connect(database)) as con:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_staff_name_key'"
        ).fetchone()
    with database.open(
        "r+b"
    ) as fh:  # one bit of an index flipped by the disk: a key no longer matches its row
        fh.seek(root * size - 1)
        byte = fh.read(1)[0]
        fh.seek(root * size - 1)
        fh.write(bytes([byte ^ 1]))
    click(qtbot, page.check_button)
    idle(qtbot, page, tasks)
    assert page.notice.tone == "error" and page.notice.text().startswith("Phát hiện ")
    assert page.notice.text() == vb.CHECK_DAMAGED.format(count="1")
    assert found == [["row 1 missing from index ix_staff_name_key"]]
