"""The steps of the screens tour: every page by its Alt+digit, every dialog by the button an officer clicks."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.conftest import FIXED_NOW
from tests.helpers.fit import available_size, codes_shown, misfits

FIXED_TODAY = FIXED_NOW.date()

# Long enough for the debounces and deferred fits of the pages (the longest is the search box's 300 ms).
SETTLE_MS = 350
# Before a grab: layouts, deferred row fits and zero-timers run.
SHOT_MS = 80


class Tour:
    """Opens screens, grabs them and collects what does not fit."""

    def __init__(self, services: Services, out: Path) -> None:
        self.services = services
        self.out = out
        self.shots: list[str] = []
        self.problems: list[str] = []
        self.step = ""
        self._window: MainWindow | None = None
        sys.excepthook = self._excepthook

    # The main window at the size it gets maximised on the office screen ------------------------------------
    @property
    def window(self) -> MainWindow:
        if self._window is None:
            window = MainWindow(self.services, ImmediateTaskRunner())
            room = available_size(window)
            window.resize(room)
            window.show()
            QTest.qWaitForWindowExposed(window)
            window.activateWindow()
            self._window = window
            settle()
        return self._window

    def page(self, index: int) -> QWidget:
        """Go to a page with Alt+digit, as the officer does."""
        window = self.window
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        settle()
        assert self.window.stack.currentIndex() == index, f"Alt+{index + 1} did not open the page"
        return self.window.stack.currentWidget()

    # Grabbing and checking ---------------------------------------------------------------------------------
    def shoot(self, widget: QWidget, name: str) -> None:
        settle(SHOT_MS)
        path = self.out / f"{len(self.shots) + 1:03d}_{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path.name)
        if not os.environ.get("NOFIT"):
            self.problems += [f"{name}: {m}" for m in misfits(widget)]
        self.problems += [f"{name}: a code is shown: {c}" for c in codes_shown(widget)]

    def dialog(
        self, name: str, trigger: Callable[[], None], inside: Callable[[QWidget], None] | None = None
    ) -> None:
        """Do what opens a dialog; grab and check it (and what `inside` opens from it), then close it."""
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        seen: list[QWidget] = []
        done = False

        def look(tries: int = 0) -> None:
            if done or seen:
                return
            found = _new_window(before)
            if found is None:
                if tries < 40:
                    QTimer.singleShot(25, lambda: look(tries + 1))
                return
            seen.append(found)
            try:
                self.shoot(found, name)
                if inside is not None:
                    inside(found)
            except Exception:
                self.problems.append(f"{name}: {traceback.format_exc()}")
            finally:
                _close(found)

        QTimer.singleShot(0, look)
        trigger()
        for _ in range(40):
            QTest.qWait(25)
            if seen:
                break
            found = _new_window(before)
            if found is not None:  # a dialog shown without exec(), after a job or a timer
                seen.append(found)
                self.shoot(found, name)
                if inside is not None:
                    inside(found)
                _close(found)
                break
        done = True
        if not seen:
            self.problems.append(f"{name}: the dialog did not open")
        _delete(seen)

    # Running -----------------------------------------------------------------------------------------------
    def run_step(self, name: str, step: Callable[[Tour], None]) -> None:
        self.step = name
        try:
            step(self)
        except Exception:
            self.problems.append(f"{name}: {traceback.format_exc()}")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self._window:
                self.problems.append(f"{name}: left open: {type(widget).__name__}")
                _close(widget)

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.problems.append(f"{self.step}: " + "".join(traceback.format_exception(kind, exc, tb)))

    def close(self) -> None:
        if self._window is not None:
            self._window.close()

    def names(self) -> set[str]:
        """The screens grabbed so far."""
        return {shot.split("_", 1)[1].removesuffix(".png") for shot in self.shots}

    def report(self) -> dict[str, object]:
        """The shots, and each problem once (a page's problem is seen again on every grab of it)."""
        unique: dict[str, str] = {}
        for problem in self.problems:
            _name, _sep, what = problem.partition(": ")
            unique.setdefault(what, problem)
        return {"shots": self.shots, "problems": list(unique.values())}


def settle(ms: int = SETTLE_MS) -> None:
    QTest.qWait(ms)


def _new_window(before: set[QWidget]) -> QWidget | None:
    modal = QApplication.activeModalWidget()
    if modal is not None and modal not in before:
        return modal
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget not in before and widget.isWindow() and not _is_popup(widget):
            return widget
    return None


def _is_popup(widget: QWidget) -> bool:
    return widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _close(widget: QWidget) -> None:
    if not shiboken6.isValid(widget):
        return
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def _delete(widgets: list[QWidget]) -> None:
    """Have Qt delete the windows the tour opened once their exec() has returned: a closed dialog left as a hidden
    child of the main window made a later findChildren crash PySide (a dangling child in getTypeForQObject)."""
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.deleteLater()


# The steps --------------------------------------------------------------------------------------------------
def first_run(tour: Tour) -> None:
    from desk_app.paths import AppPaths
    from desk_app.services.registry import open_services
    from desk_app.ui.first_run import FirstRunDialog

    fresh = open_services(AppPaths(tour.out / "fresh"))
    try:
        dialog = FirstRunDialog(fresh)
        tour.dialog("first_run", dialog.open)
        settle(50)
    finally:
        fresh.close()


def sign_in(tour: Tour) -> None:
    tour.dialog("sign_in", tour.window.switch_button.click)


def pages(tour: Tour) -> None:
    from desk_app.ui.main_window import PAGE_TITLES

    for index, title in enumerate(PAGE_TITLES):
        tour.page(index)
        tour.shoot(tour.window, f"page_{index + 1}_{_slug(title)}")


def intake(tour: Tour) -> None:
    page = tour.page(1)
    assert isinstance(page, type(tour.window.intake))
    tour.dialog("intake_refusal", page.refuse_button.click)
    visit_id = _latest_visit(tour)
    tour.window.open_visit(visit_id)
    settle()
    tour.shoot(tour.window, "intake_saved_visit")
    tour.dialog("intake_appointment", page.appointment_button.click)
    tour.dialog("intake_petition_from_visit", page.petition_button.click)


def register(tour: Tour) -> None:
    page = _unscrolled(tour.page(2))
    table = page.table
    table.selectRow(0)
    settle()
    tour.dialog("register_history", page.history_button.click)
    tour.dialog("register_void", page.void_button.click)
    transfer = page.transfer
    tour.dialog("register_print", transfer.print_button.click)
    tour.dialog("register_import", transfer.import_button.click)


def calendar(tour: Tour) -> None:
    from desk_app.domain.enums import SessionStatus

    page = tour.page(3)

    def rules_inside(dialog: QWidget) -> None:
        tour.dialog("calendar_rule_add", dialog.add_button.click)
        dialog.table.selectRow(0)
        settle(50)
        tour.dialog("calendar_rule_edit", dialog.edit_button.click)
        tour.dialog("calendar_rule_void", dialog.void_button.click)

    tour.dialog("calendar_rules", page.rules_button.click, rules_inside)

    def generate_inside(dialog: QWidget) -> None:
        tour.dialog("calendar_generate_report", dialog.run_button.click)

    tour.dialog("calendar_generate", page.generate_button.click, generate_inside)
    tour.dialog("calendar_publish", page.publish_button.click)
    tour.dialog("calendar_new_session", page.add_button.click)
    sessions = tour.services.schedule.sessions(
        FIXED_TODAY.replace(month=1, day=1), FIXED_TODAY.replace(month=12, day=31)
    )
    held = max((s for s in sessions if s.status is SessionStatus.DA_TIEP), key=lambda s: s.date)
    upcoming = min(
        (
            s
            for s in sessions
            if s.date > FIXED_TODAY and s.status in (SessionStatus.DA_CONG_BO, SessionStatus.DU_KIEN)
        ),
        key=lambda s: s.date,
    )
    page.show_session(held)
    settle()
    tour.shoot(tour.window, "calendar_held_session")
    tour.dialog("calendar_conclusion", page.conclusion_button.click)
    page.show_session(upcoming)
    settle()
    tour.shoot(tour.window, "calendar_upcoming_session")
    tour.dialog("calendar_edit_session", page.edit_button.click)
    tour.dialog("calendar_postpone", page.postpone_button.click)
    tour.dialog("calendar_cancel", page.cancel_button.click)
    tour.dialog("calendar_add_registrant", page.day_panel.add_registrant.click)
    page.tabs.setCurrentIndex(1)
    tour.shoot(tour.window, "calendar_list")
    if page.dialogues_tab is not None:
        _a_dialogue(tour)
        page.tabs.setCurrentIndex(2)
        tab = page.dialogues_tab
        tab.reload()
        tour.shoot(tour.window, "calendar_dialogues")
        for row in range(tab.table.rowCount()):
            tab.table.selectRow(row)
            settle(SHOT_MS)
            if row == 0:
                tour.shoot(tour.window, "calendar_dialogue_selected")
            if tab.notice_button.isEnabled() and "dialogue_notice" not in tour.names():
                tour.dialog("dialogue_notice", tab.notice_button.click)
            if tab.answer_button.isEnabled() and "dialogue_answer" not in tour.names():
                tour.dialog("dialogue_answer", tab.answer_button.click)
        tab.new_button.click()
        tour.shoot(tour.window, "calendar_dialogue_new")
    page.tabs.setCurrentIndex(0)


def petitions(tour: Tour) -> None:
    from desk_app.domain.enums import Role

    page = tour.page(4)
    page.tabs.setCurrentIndex(1)
    tour.shoot(tour.window, "petitions_form")
    form = page.form
    split = getattr(getattr(form, "content", None), "split_button", None) or form.findChild(
        QWidget, "splitButton"
    )
    if split is not None and split.isEnabled():
        tour.dialog("petitions_split", split.click)
    page.tabs.setCurrentIndex(0)
    settle()
    _a_pending_proposal(tour)
    by_status = _petitions_by_status(tour)
    actor = tour.services.ctx.actor
    officer_roles = actor.roles
    for status, petition_id in sorted(by_status.items()):
        for leader in (False, True):
            actor.roles = (Role.LANH_DAO, Role.TIEP_CONG_DAN) if leader else officer_roles
            name = f"petition_{status.lower()}" + ("_leader" if leader else "")

            def inside(view: QWidget, name: str = name) -> None:
                for index in range(view.tabs.count()):
                    view.tabs.setCurrentIndex(index)
                    tour.shoot(view, f"{name}_tab{index + 1}")
                view.tabs.setCurrentIndex(0)
                for action, button in list(view.action_buttons.items()):
                    tour.dialog(f"{name}_{action.value.lower()}", button.click)
                if view.record_button.isVisible():
                    tour.dialog(f"{name}_follow_up", view.record_button.click)
                tour.dialog(f"{name}_history", view.history_button.click)

            tour.dialog(name, lambda petition_id=petition_id: page.open_petition(petition_id), inside)
    actor.roles = officer_roles


def reports(tour: Tour) -> None:
    page = _unscrolled(tour.page(6))
    combo = page.controls.form_combo
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        page.controls.show_button.click()
        settle()
        tabs = page.chart_tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            tour.shoot(tour.window, f"report_{index + 1}_tab{tab + 1}")
        tabs.setCurrentIndex(0)
    combo.setCurrentIndex(0)
    page.controls.show_button.click()
    settle()
    result = page.table.result
    number = next((n for n, v in result.values.items() if v), None) if result is not None else None
    if number is not None:
        # What a click on the number does (a synthetic click on the merged-heading table was not reliable).
        click = lambda: page.table.on_value(number)  # noqa: E731
        tour.dialog("report_drill", click)
    if page.lock_button.isEnabled():
        tour.dialog("report_lock", page.lock_button.click)


def settings(tour: Tour) -> None:
    page = _unscrolled(tour.page(7))
    tabs = page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tour.shoot(tour.window, f"settings_tab{index + 1}")
        tab = tabs.currentWidget()
        listing = getattr(tab, "list", None) or getattr(tab, "listing", None)
        if listing is not None and hasattr(listing, "setCurrentRow") and listing.count():
            listing.setCurrentRow(0)
            tour.shoot(tour.window, f"settings_tab{index + 1}_first")
    tabs.setCurrentWidget(page.deadlines_tab)
    page.deadlines_tab.table.selectRow(0)
    tour.dialog("settings_deadline_edit", page.deadlines_tab.edit_button.click)
    tabs.setCurrentWidget(page.calendar_tab)
    tour.dialog("settings_calendar_add_day", page.calendar_tab.add_button.click)
    tabs.setCurrentIndex(0)


# Helpers ----------------------------------------------------------------------------------------------------
def _a_dialogue(tour: Tour) -> None:
    """Two dialogues, one waiting for its notice and one whose units' answers are awaited, so the notice and the
    answer dialogs both have something to show."""
    from desk_app.services.dialogue_types import DialogueEdit, DialogueKind

    dialogues = tour.services.dialogues
    for topic in ("Đối thoại về giá nước sạch", "Đối thoại về việc bồi thường khi mở rộng đường tỉnh 956"):
        info = dialogues.create(
            DialogueEdit(
                kind=DialogueKind.DINH_KY,
                date=FIXED_TODAY,
                place="Phòng tiếp công dân xã",
                topic=topic,
                participants="Các hộ dân ấp Phú Hữu; đại diện Phòng Nông nghiệp và Môi trường",
                issues_raised="Giá bồi thường đất trồng cây lâu năm; thời hạn chi trả",
            )
        )
    # The second one has its notice: its units' answers are awaited.
    dialogues.issue_notice(
        info.id, FIXED_TODAY, [("Phòng Nông nghiệp và Môi trường", "Trả lời về giá bồi thường")]
    )


def _a_pending_proposal(tour: Tour) -> None:
    """A letter waiting for the leader's decision, so the approve and return dialogs can open."""
    from desk_app.domain.enums import Handling, PetitionStatus

    petitions = tour.services.petitions
    waiting = next(
        (
            pid
            for status, pid in _petitions_by_status(tour).items()
            if status == PetitionStatus.DA_VAO_SO.value
        ),
        None,
    )
    if waiting is not None:
        petitions.classify(waiting, within_competence=True)
        petitions.propose(waiting, Handling.THU_LY)


def _unscrolled(page: QWidget) -> QWidget:
    from PySide6.QtWidgets import QScrollArea

    return page.widget() if isinstance(page, QScrollArea) else page


def _latest_visit(tour: Tour) -> int:
    from desk_app.services.register import RegisterFilter

    ids = tour.services.register.search_ids(RegisterFilter())
    return ids[0]


def _petitions_by_status(tour: Tour) -> dict[str, int]:
    from desk_app.services.petition_register import PetitionFilter

    found: dict[str, int] = {}
    register = tour.services.petition_register
    for row in register.rows(register.search_ids(PetitionFilter())):
        found.setdefault(row.status.value, row.id)
    return found


def _slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    return "_".join("".join(c if c.isalnum() else " " for c in ascii_text).lower().split())


STEPS: list[tuple[str, Callable[[Tour], None]]] = [
    ("sign_in", sign_in),
    ("pages", pages),
    ("intake", intake),
    ("register", register),
    ("calendar", calendar),
    ("petitions", petitions),
    ("reports", reports),
    ("settings", settings),
    # Last: a first-run dialog on a second, fresh data folder before the window's tour crashed PySide (segfault in
    # the dashboard's next QLabel); the real app opens one data folder only.
    ("first_run", first_run),
]
