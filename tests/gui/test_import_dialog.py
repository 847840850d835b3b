"""The import dialog (progress, count or bad rows) and the In sổ / Nhập / Xuất Excel buttons of the two register pages."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_transfer as vt
from desk_app.services.audit import history
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.services.visits.register import RegisterFilter
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.register import book_print
from desk_app.ui.pages.register.book_print import BookPrintDialog
from desk_app.ui.pages.register.import_dialog import ImportDialog
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.tasks import ImmediateTaskRunner, TaskRunner
from tests.helpers.pdf import pdf_flat_text
from tests.helpers.qt_input import press, type_text, wait_idle
from tests.integration.test_petition_import import GOOD as PETITIONS
from tests.integration.test_petition_import import write_csv as petitions_csv
from tests.integration.test_visit_import import GOOD, row, write_csv

SHOTS = Path("/tmp/shots")


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_good_file_shows_the_count_and_a_full_bar(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    dialog = ImportDialog(office_services, ImmediateTaskRunner(), "visits")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notice.isHidden() and not dialog.run_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.start_import(write_csv(tmp_path / "so.csv", GOOD))
    assert dialog.notice.text().startswith("Đã nhập 4 lượt tiếp.")
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.bad_table.isHidden()
    assert office_services.register.count(RegisterFilter()) == 4
    shot(dialog, "import_done")


def test_a_bad_file_shows_every_bad_row_and_imports_nothing(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    rows = [GOOD[0], row("30/02/2024", "A", "B"), row("01/03/2024", "", "C"), GOOD[1],
            row("02/03/2024", "D", "E", kind="Định kỳ", presider="")]  # fmt: skip
    dialog = ImportDialog(office_services, ImmediateTaskRunner(), "visits")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_import(write_csv(tmp_path / "sai.csv", rows))
    assert dialog.notice.text() == vt.REFUSED_HEAD.format(count=3)
    assert [number for number, _ in dialog.bad_rows()] == [3, 4, 6]
    reasons = dict(dialog.bad_rows())
    assert "«Ngày tiếp» «30/02/2024»" in reasons[3] and "Thiếu «Họ tên»" in reasons[4]
    assert "phải ghi «Người chủ trì»" in reasons[6]
    assert dialog.bad_table.isVisible() and dialog.run_button.isEnabled()
    assert office_services.register.count(RegisterFilter()) == 0
    shot(dialog, "import_bad_rows")


def test_the_import_runs_off_the_gui_thread(qtbot: QtBot, office_services: Services, tmp_path: Path) -> None:
    tasks = TaskRunner()
    dialog = ImportDialog(office_services, tasks, "petitions")
    qtbot.addWidget(dialog)
    moves: list[int] = []
    dialog.relay.progress.connect(lambda done, _total: moves.append(done))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start_import(petitions_csv(tmp_path / "don.csv", PETITIONS))
    tasks.wait()
    assert dialog.notice.text().startswith("Đã nhập 4 đơn.") and moves
    assert office_services.petition_register.count(PetitionFilter()) == 4


def test_the_register_page_prints_the_book_and_opens_the_import(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    page = RegisterPage(sv, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert (
        page.transfer.print_button.text() == "In sổ"
        and page.transfer.import_button.text() == "Nhập từ Excel…"
    )
    assert page.model.rowCount() == 0
    importer = page.transfer.open_import()
    importer.start_import(
        write_csv(tmp_path / "so.csv", [*GOOD, row("05/11/2026", "Hà Văn Tư", "Kiến nghị điện")])
    )
    assert page.model.rowCount() == 1  # the page searched again (this year) after the import
    importer.close()
    shot(page, "import_register_page")
    dialog = page.transfer.open_print()
    assert isinstance(dialog, BookPrintDialog)
    opened: list[Path] = []
    dialog.open_document = lambda path: opened.append(path) or True
    dialog.from_field.set_date(dt.date(2024, 1, 1))
    dialog.to_field.set_date(dt.date(2024, 12, 31))
    dialog.print_book()
    assert dialog.kept is not None and opened == [dialog.kept.path]
    assert "Đã in sổ (3 dòng)" in dialog.notice.text()
    text = pdf_flat_text(opened[0].read_bytes())
    assert "SỔ TIẾP CÔNG DÂN" in text and "Từ ngày 01/01/2024 đến ngày 31/12/2024" in text
    shot(dialog, "import_book_dialog")
    dialog.to_field.setText("01/01/2023")
    dialog.print_book()
    assert dialog.notice.text() == vt.RANGE_BAD


def test_the_petitions_page_prints_exports_and_imports(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    page = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    transfer = page.transfer
    assert transfer.print_button.text() == "In sổ theo dõi đơn" and transfer.export_button is not None
    assert transfer.export_button.text() == "Xuất Excel"
    importer = transfer.open_import()
    assert importer.windowTitle() == vt.IMPORT_TITLE_PETITIONS
    importer.start_import(petitions_csv(tmp_path / "don.csv", PETITIONS))
    importer.close()
    assert transfer.exporter is not None
    target = tmp_path / "don.xlsx"
    transfer.exporter.export_to(target, PetitionFilter())
    assert page.count_label.text() == f"Đã xuất 4 đơn ra {target}"
    assert load_workbook(target).worksheets[0].max_row == 5
    dialog = transfer.open_print()
    opened: list[Path] = []
    dialog.open_document = lambda path: opened.append(path) or True
    dialog.from_field.set_date(dt.date(2025, 1, 1))
    dialog.print_book()
    assert opened and "SỔ THEO DÕI XỬ LÝ ĐƠN" in pdf_flat_text(opened[0].read_bytes())
    page.refresh()
    shot(page, "import_petitions_page")


def test_the_register_page_exports_the_filtered_visits_off_the_gui_thread(
    qtbot: QtBot, office_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sv = office_services
    VisitImporter(sv.ctx).import_file(write_csv(tmp_path / "so.csv", GOOD))
    target = tmp_path / "so-tiep"  # the officer typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    threads: list[str] = []
    original = book_print.export_visit_ids

    def spy(*args: Any, **kwargs: Any) -> int:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(book_print, "export_visit_ids", spy)
    tasks = TaskRunner()
    page = RegisterPage(sv, tasks)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    for field, text in ((page.filters.date_from, "01/01/2024"), (page.filters.date_to, "31/12/2024")):
        field.setFocus()
        press(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(field, text)
        press(field, Qt.Key.Key_Tab)
    wait_idle(qtbot, page, tasks=tasks)
    assert page.model.rowCount() == 3, (page.filters.date_from.text(), page.filters.date_to.text())
    button = page.transfer.export_button
    assert button.text() == "Xuất Excel" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    done = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: page.count_label.text() == f"Đã xuất 3 lượt tiếp ra {done}", timeout=5000)
    assert threads and threading.main_thread().name not in threads
    sheet = load_workbook(done).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == vt.VISIT_HEADERS and len(rows) == 4
    assert [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])  # book order, whatever the screen sort
    assert all(isinstance(r[0], dt.datetime) for r in rows[1:])
    assert "001099012345" not in str(rows)  # an officer's export masks the ID numbers
    assert any(e.action == "export" for e in history(sv.ctx, "visit", 0))
    assert tasks.wait(5000)
    shot(page, "register_export")
