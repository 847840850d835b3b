"""A morning with a damaged database (issue 12's "done when"): the officer signs in, is told the file is damaged, is
offered yesterday's backup, restores it, reads what to re-enter, and signs in again on the restored office."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.paths import AppPaths
from desk_app.services.backup.model import DatabaseDamaged
from desk_app.services.users.session import sign_in
from desk_app.ui import restore_flow
from desk_app.ui.pages.backup.damaged import DamagedDatabaseDialog
from desk_app.ui.pages.backup.report import RestoreReportDialog
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import OFFICER, OFFICER_PASSWORD, secure_office, when_modal
from tests.helpers.qt_input import click, press, type_text


def _visit(name: str) -> VisitInput:
    return VisitInput(
        date=FIXED_NOW.date(),
        visitor=PersonInput(full_name=name),
        summary="Kiến nghị sửa cầu qua kênh",
        category=Category.KIEN_NGHI_PHAN_ANH,
        field=SubjectField.HC_KHAC,
    )


def _overwrite_pages(database_bytes: bytearray, seed: int) -> bytearray:
    rng = random.Random(seed)
    pages = len(database_bytes) // 4096
    for page in rng.sample(range(2, pages), 3):
        database_bytes[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    return database_bytes


def test_a_damaged_database_is_refused_at_sign_in_and_yesterdays_backup_restored(
    qtbot: QtBot, paths: AppPaths
) -> None:
    office = secure_office(paths)
    officer = sign_in(paths, OFFICER, OFFICER_PASSWORD, FIXED_NOW)
    clock = [FIXED_NOW]
    officer.ctx.clock = lambda: clock[0]
    officer.intake.save(_visit("Đỗ Văn Hải"))
    backup = officer.backups.back_up()
    clock[0] += dt.timedelta(minutes=10)
    officer.intake.save(_visit("Ngô Thị Lan"))  # after the backup: to be entered again
    officer.close()
    paths.database.write_bytes(bytes(_overwrite_pages(bytearray(paths.database.read_bytes()), 12)))
    damaged_bytes = paths.database.read_bytes()

    def sign_in_as_officer(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(dialog.login, OFFICER)
        type_text(dialog.password, OFFICER_PASSWORD)
        press(dialog.password, Qt.Key.Key_Return)

    when_modal(qtbot, SignInDialog, sign_in_as_officer)
    with pytest.raises(DatabaseDamaged) as refused:
        app_module.open_office(office.paths, ImmediateTaskRunner(), lambda: FIXED_NOW)
    assert paths.database.read_bytes() == damaged_bytes  # nothing was written into the damaged file

    seen: dict[str, str] = {}

    def restore_newest(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        assert dialog.chosen is not None and dialog.chosen.path == backup.path
        when_modal(qtbot, RestoreReportDialog, read_report)
        click(qtbot, dialog.restore_button)

    def read_report(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreReportDialog)
        seen["report"] = dialog.text()
        dialog.accept()

    when_modal(qtbot, DamagedDatabaseDialog, restore_newest)
    assert restore_flow.offer_restore(refused.value, paths)
    assert "Lượt tiếp" in seen["report"] and "09:40" in seen["report"]  # the visit saved after the backup
    assert [p.name for p in (paths.data / "damaged").iterdir() if p.suffix == ".sqlite3"]

    when_modal(qtbot, SignInDialog, sign_in_as_officer)
    services = app_module.open_office(office.paths, ImmediateTaskRunner(), lambda: FIXED_NOW)
    assert services is not None
    try:
        figures = services.backups.current_figures()
        assert figures.visits == 1  # the backup's visit; the later one is listed to re-enter
    finally:
        services.close()


def test_leaving_the_offer_writes_nothing(qtbot: QtBot, paths: AppPaths) -> None:
    secure_office(paths)
    paths.database.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as refused:
        sign_in(paths, OFFICER, OFFICER_PASSWORD, FIXED_NOW)

    def leave(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        assert dialog.chosen is None  # no verified backup yet: only "Thoát" and the administrator
        click(qtbot, dialog.quit_button)

    when_modal(qtbot, DamagedDatabaseDialog, leave)
    assert not restore_flow.offer_restore(refused.value, paths)
    assert paths.database.read_bytes() == b""


def _damage(paths: AppPaths, how: str) -> None:
    data = bytearray(paths.database.read_bytes())
    if how == "not_a_database":
        paths.database.write_bytes(b"Bao cao quy IV.docx " * 500)
    elif how == "truncated":
        paths.database.write_bytes(bytes(data[: len(data) // 2]))
    elif how == "header":
        paths.database.write_bytes(b"\xff" * 100 + bytes(data[100:]))
    elif how == "pages":
        paths.database.write_bytes(bytes(_overwrite_pages(data, 3)))
    elif how == "zero":
        paths.database.write_bytes(b"")
    else:
        paths.database.unlink()


@pytest.mark.parametrize("how", ["not_a_database", "truncated", "header", "pages", "zero", "missing"])
def test_every_kind_of_damage_is_refused_at_sign_in_with_the_backup_offered(
    qtbot: QtBot, paths: AppPaths, how: str
) -> None:
    office = secure_office(paths)
    officer = sign_in(paths, OFFICER, OFFICER_PASSWORD, FIXED_NOW)
    backup = officer.backups.back_up()
    officer.close()
    _damage(paths, how)
    before = paths.database.read_bytes() if paths.database.exists() else None

    def sign_in_as_officer(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(dialog.login, OFFICER)
        type_text(dialog.password, OFFICER_PASSWORD)
        press(dialog.password, Qt.Key.Key_Return)

    when_modal(qtbot, SignInDialog, sign_in_as_officer)
    with pytest.raises(DatabaseDamaged) as refused:
        app_module.open_office(office.paths, ImmediateTaskRunner(), lambda: FIXED_NOW)
    after = paths.database.read_bytes() if paths.database.exists() else None
    assert after == before  # never written, never made into a new office
    dialog = DamagedDatabaseDialog(refused.value.office)
    qtbot.addWidget(dialog)
    assert dialog.chosen is not None and dialog.chosen.path == backup.path
