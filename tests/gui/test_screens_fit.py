"""Every page and dialog fits the office's screen: 1366×768, and 1366×768 at 125 % scaling, on a year of demo data.

The tours run in subprocesses (tests/gui/screens_tour.py): Qt reads the screen size and QT_SCALE_FACTOR only before
the QApplication exists. Each grabs every screen to PNG (look at them: the checker cannot see everything) and lists
the texts that do not fit (tests/helpers/fit.py) and any code shown to the officer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.fit import codes_shown, misfits
from tests.helpers.templates import DemoTemplate

ROOT = Path(__file__).resolve().parents[2]
SCALES = ("1", "1.25")
TOUR_TIMEOUT_S = 900
# Screens the tour must reach: a tour that silently stops early must not pass.
MUST_SEE = (
    "sign_in",
    "sign_in_locked",
    "sign_in_forgot",
    "recovery",
    "recovery_new_password",
    "first_admin",
    "first_admin_errors",
    "first_admin_converting",
    "recovery_key",
    "users_tab",
    "users_add",
    "users_add_leader",
    "change_password",
    "screen_lock",
    "page_1_tong_quan",
    "page_8_danh_muc_cai_dat",
    "intake_refusal",
    "intake_appointment",
    "intake_petition_from_visit",
    "intake_further_matters",
    "register_history",
    "register_void",
    "register_print",
    "register_import",
    "calendar_rules",
    "calendar_rule_add",
    "calendar_generate",
    "calendar_publish",
    "calendar_conclusion",
    "calendar_postpone",
    "calendar_add_registrant",
    "dialogue_notice",
    "dialogue_answer",
    "petitions_form",
    "petitions_split",
    "petition_da_vao_so_classify",
    "petition_dang_xu_ly_propose",
    "petition_cho_duyet_leader_approve",
    "petition_cho_duyet_leader_return",
    "petition_dang_giai_quyet_follow_up",
    "petition_dang_giai_quyet_history",
    "report_drill",
    "settings_tab5",
    "settings_deadline_edit",
    "settings_calendar_add_day",
    "first_run",
)


@pytest.fixture(scope="module")
def tours(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Callable[[int], DemoTemplate]
) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """The run's demo office (seed 1, today 20/11/2026), then both tours at once, each on its own copy of it."""
    demo = demo_template(1).folder
    runs: dict[str, subprocess.Popen[str]] = {}
    for scale in SCALES:
        folder = tmp_path_factory.mktemp(f"screens_{scale.replace('.', '_')}")
        shutil.copytree(demo, folder / "data")
        command = [sys.executable, "-X", "faulthandler", "-m", "tests.gui.screens_tour"]
        command += ["--data", str(folder / "data"), "--out", str(folder / "shots"), "--scale", scale]
        runs[scale] = subprocess.Popen(
            command, cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    yield runs
    for run in runs.values():
        if run.poll() is None:
            run.kill()


def _report(run: subprocess.Popen[str]) -> dict[str, list[str]]:
    out, err = run.communicate(timeout=TOUR_TIMEOUT_S)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and lines, f"the tour failed (exit {run.returncode}):\n{err[-3000:]}"
    report: dict[str, list[str]] = json.loads(lines[-1])
    return report


@pytest.mark.parametrize("scale", SCALES)
def test_every_screen_fits_the_office_screen(tours: dict[str, subprocess.Popen[str]], scale: str) -> None:
    report = _report(tours[scale])
    shots = report["shots"]
    seen = {name.split("_", 1)[1].removesuffix(".png") for name in shots}
    assert not [name for name in MUST_SEE if name not in seen], f"not reached: {sorted(set(MUST_SEE) - seen)}"
    where = Path(tours[scale].args[-3]).parent / "shots"  # --out, for looking at the grabs
    problems = "\n".join(report["problems"])
    assert not report["problems"], f"at scale {scale} (grabs in {where}):\n{problems}"


# The checker itself ------------------------------------------------------------------------------------------
def _window(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_checker_finds_a_cut_label_a_cut_button_and_an_elided_cell(qtbot: QtBot) -> None:
    label = QLabel("Thông báo kết luận việc tiếp công dân của Chủ tịch")
    label.setFixedWidth(120)
    button = QPushButton("Công bố / In thông báo…")
    button.setFixedWidth(80)
    table = QTableWidget(1, 2)
    table.setWordWrap(False)
    table.setColumnWidth(0, 60)
    table.setItem(0, 0, QTableWidgetItem("Qua dịch vụ bưu chính"))
    with_tip = QTableWidgetItem("Qua dịch vụ bưu chính")
    with_tip.setToolTip("Qua dịch vụ bưu chính")
    table.setColumnWidth(1, 60)
    table.setItem(0, 1, with_tip)
    window = _window(qtbot, label, button, table)

    found = {(m.kind, m.text) for m in misfits(window)}
    assert ("label width", label.text()) in found
    assert ("button", button.text()) in found
    assert ("cell elided without a tooltip", "Qua dịch vụ bưu chính") in found
    # The same text with its tooltip may be elided: hovering shows it whole.
    assert [m for m in misfits(window) if "(1, 2)" in m.where] == []


def test_the_checker_passes_what_fits_and_finds_codes(qtbot: QtBot) -> None:
    label = QLabel("Thời hạn")
    wrapped = QLabel("Thời hạn theo luật được tính tự động khi tiếp nhận, xử lý đơn. " * 3)
    wrapped.setWordWrap(True)
    code = QLabel("TCD_NOTIFY_RESULT")
    window = _window(qtbot, label, wrapped, code)
    wrapped.setAlignment(Qt.AlignmentFlag.AlignLeft)

    assert misfits(window) == []
    assert codes_shown(window) == ["QWidget › QLabel: «TCD_NOTIFY_RESULT»"]
