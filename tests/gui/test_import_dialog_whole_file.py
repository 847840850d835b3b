"""The import dialog tells a file that is wrong as a whole (its format, nothing under the header) in one sentence
above, without a table of one "row 1"; row problems keep their table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_transfer as vt
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.ui.pages.register.import_dialog import ImportDialog
from desk_app.ui.tasks import TaskRunner
from tests.helpers.qt_input import click, wait_idle
from tests.integration.test_visit_import import GOOD, row, write_csv


def xlsx_named_csv(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(vt.VISIT_HEADERS))
    out = io.BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return path


def header_only(path: Path) -> Path:
    path.write_text(",".join(vt.VISIT_HEADERS) + "\n", encoding="utf-8")
    return path


def import_by_clicks(qtbot: QtBot, dialog: ImportDialog, tasks: TaskRunner, chosen: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Chọn tệp… (the file dialog answers `chosen`), then Nhập, and wait for the worker."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(chosen), "")))
    click(qtbot, dialog.choose_button)
    wait_idle(qtbot, dialog, tasks=tasks)
    assert dialog.file_label.text() == str(chosen) and dialog.run_button.isEnabled()
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled(), timeout=10_000)
    assert tasks.wait(5000)
    wait_idle(qtbot, dialog, tasks=tasks)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (xlsx_named_csv, vt.R_XLSX_AS_CSV.format(name="so.csv")),
        (header_only, vt.R_NO_ROWS),
    ],
    ids=["xlsx renamed csv", "header only"],
)
def test_a_wrong_file_is_one_sentence_without_a_table(
    qtbot: QtBot, office_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    make: object, reason: str,
) -> None:  # fmt: skip
    tasks = TaskRunner()
    dialog = ImportDialog(office_services, tasks, "visits")
    qtbot.addWidget(dialog)
    dialog.show()
    assert callable(make)
    import_by_clicks(qtbot, dialog, tasks, make(tmp_path / "so.csv"), monkeypatch)
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == vt.IMPORT_REFUSED_FILE.format(reason=reason)
    assert dialog.bad_table.isHidden() and dialog.bad_rows() == []
    assert office_services.register.count(RegisterFilter()) == 0
    assert dialog.run_button.isEnabled()


def test_row_problems_after_a_wrong_file_show_their_table_and_the_reverse(
    qtbot: QtBot, office_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = TaskRunner()
    dialog = ImportDialog(office_services, tasks, "visits")
    qtbot.addWidget(dialog)
    dialog.show()
    import_by_clicks(qtbot, dialog, tasks, header_only(tmp_path / "trong.csv"), monkeypatch)
    assert dialog.bad_table.isHidden()
    rows = [GOOD[0], row("30/02/2024", "A", "B")]
    import_by_clicks(qtbot, dialog, tasks, write_csv(tmp_path / "sai.csv", rows), monkeypatch)
    assert dialog.notice.text() == vt.REFUSED_HEAD.format(count=1)
    assert dialog.bad_table.isVisible() and [n for n, _ in dialog.bad_rows()] == [3]
    import_by_clicks(qtbot, dialog, tasks, xlsx_named_csv(tmp_path / "so.csv"), monkeypatch)
    assert dialog.notice.text().startswith(vt.IMPORT_REFUSED_FILE.format(reason=""))
    assert dialog.bad_table.isHidden() and dialog.bad_rows() == []
    assert office_services.register.count(RegisterFilter()) == 0
