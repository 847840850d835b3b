"""The steps of the screens tour: every page by its Alt+digit, every dialog by the button an officer clicks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from tests.gui import screens_accounts as accounts
from tests.gui.screens_kit import FIXED_TODAY, Tour, settle
from tests.helpers.fit import available_size


# The steps --------------------------------------------------------------------------------------------------
def first_run(tour: Tour) -> None:
    from desk_app.paths import AppPaths
    from desk_app.services.registry import open_services
    from desk_app.ui.first_run import FirstRunDialog

    fresh = open_services(AppPaths(tour.out / "fresh"))
    try:
        dialog = FirstRunDialog(fresh)
        tour.dialog("first_run", dialog.open)
        settle()
    finally:
        fresh.close()


def pages(tour: Tour) -> None:
    from desk_app.ui.main_window import PAGE_TITLES

    window = tour.window
    for index, title in enumerate(PAGE_TITLES):
        page = tour.page(index)
        name = f"page_{index + 1}_{_slug(title)}"
        # Which page makes the window wider than the screen (the window takes its widest page's minimum).
        room = available_size(window).width() - (window.width() - window.stack.width())
        need = page.minimumSizeHint().width()
        if need > room:
            tour.problems.append(
                f"{name}: {type(page).__name__} needs {need}px wide, the window leaves it {room}px"
            )
        tour.shoot(window, name)


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
    # A visit that raised two more matters (issue 14): their rows must fit the column too.
    matters = page.case.matters
    for summary, category, field in (
        ("Kiến nghị sửa chữa đường giao thông liên thôn bị sạt lở sau mưa lũ", "KIEN_NGHI_PHAN_ANH", "KHAC"),
        ("Tố cáo cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận", "TO_CAO", None),
    ):
        matters.add_row({"summary": summary, "category": category, "field": field})
    settle()
    page.form_scroll.ensureWidgetVisible(matters)
    tour.shoot(tour.window, "intake_further_matters")
    matters.clear_rows()


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
    from desk_app.domain.enums import ReceptionSessionStatus

    page = tour.page(3)

    def rules_inside(dialog: QWidget) -> None:
        tour.dialog("calendar_rule_add", dialog.add_button.click)
        dialog.table.selectRow(0)
        settle()
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
    held = max((s for s in sessions if s.status is ReceptionSessionStatus.DA_TIEP), key=lambda s: s.date)
    upcoming = min(
        (
            s
            for s in sessions
            if s.date > FIXED_TODAY
            and s.status in (ReceptionSessionStatus.DA_CONG_BO, ReceptionSessionStatus.DU_KIEN)
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
    _a_dialogue(tour)
    page.tabs.setCurrentIndex(2)
    tab = page.dialogues_tab
    tab.reload()
    tour.shoot(tour.window, "calendar_dialogues")
    for row in range(tab.table.rowCount()):
        tab.table.selectRow(row)
        settle()
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
    # A letter with several contents: the form offers to split it.
    from desk_app.domain.enums import Category

    form.letter.category.set_value(Category.NHIEU_NOI_DUNG)
    settle()
    tour.shoot(tour.window, "petitions_form_several")
    tour.dialog("petitions_split", form.letter.split_button.click)
    form.letter.category.set_value(None)
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
    from desk_app.services.schedule.dialogue_types import DialogueEdit, DialogueKind

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
    """A letter waiting for the leader's decision and one waiting for its proposal, so the approve, return and
    proposal dialogs can open."""
    from desk_app.domain.enums import Handling, PetitionStatus

    petitions = tour.services.petitions
    waiting = _petitions_by_status(tour).get(PetitionStatus.DA_VAO_SO.value)
    if waiting is not None:
        petitions.classify(waiting, within_competence=True)
        petitions.propose(waiting, Handling.THU_LY)
    # And one classified but not yet proposed, for the proposal dialog.
    waiting = _petitions_by_status(tour).get(PetitionStatus.DA_VAO_SO.value)
    if waiting is not None:
        petitions.classify(waiting, within_competence=True)


def _unscrolled(page: QWidget) -> QWidget:
    from PySide6.QtWidgets import QScrollArea

    return page.widget() if isinstance(page, QScrollArea) else page


def _latest_visit(tour: Tour) -> int:
    from desk_app.services.visits.register import RegisterFilter

    ids = tour.services.register.search_ids(RegisterFilter())
    return ids[0]


def _petitions_by_status(tour: Tour) -> dict[str, int]:
    from desk_app.services.petitions.register import PetitionFilter

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
    ("sign_in", accounts.sign_in),
    ("first_admin", accounts.first_admin),
    ("recovery_key", accounts.recovery_key),
    ("pages", pages),
    ("intake", intake),
    ("register", register),
    ("calendar", calendar),
    ("petitions", petitions),
    ("reports", reports),
    ("settings", settings),
    ("users", accounts.users),
    ("change_password", accounts.change_password),
    ("screen_lock", accounts.screen_lock),
    # Last: a first-run dialog on a second, fresh data folder before the window's tour crashed PySide (segfault in
    # the dashboard's next QLabel); the real app opens one data folder only.
    ("first_run", first_run),
]
