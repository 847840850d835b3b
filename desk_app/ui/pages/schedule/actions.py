"""What the Lịch tiếp page's buttons do: open the dialogs, call the schedule service, report the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desk_app.errors import DeskError
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.registry import Services
from desk_app.services.schedule.types import (
    GenerationReport,
    Period,
    RegistrantInfo,
    SessionInfo,
)
from desk_app.ui.pages.schedule.conclusion_dialog import ConclusionDialog
from desk_app.ui.pages.schedule.day import DayPanel
from desk_app.ui.pages.schedule.dialogs import PostponeDialog, ReasonDialog, RegistrantDialog, SessionDialog
from desk_app.ui.pages.schedule.forms import problem_text
from desk_app.ui.pages.schedule.generate import GenerateDialog, ReportDialog
from desk_app.ui.pages.schedule.grid import MonthGrid
from desk_app.ui.pages.schedule.list_view import period_label
from desk_app.ui.pages.schedule.publish import PublishDialog, SchedulePrinter
from desk_app.ui.pages.schedule.rules import RulesDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel


class ScheduleHost(Protocol):
    """What the actions use of the Lịch tiếp page; the page satisfies it without this module importing it."""

    @property
    def services(self) -> Services: ...
    @property
    def tasks(self) -> TaskRunner: ...
    @property
    def grid(self) -> MonthGrid: ...
    @property
    def day_panel(self) -> DayPanel: ...
    @property
    def printer(self) -> SchedulePrinter: ...
    @property
    def action(self) -> NoticeLabel: ...
    @property
    def ask(self) -> Callable[[str], bool]: ...
    def current_session(self) -> SessionInfo | None: ...
    def reload(self, select: int | None = None) -> None: ...
    def done(self, text: str, select: SessionInfo | None = None) -> None: ...


class SessionActions:
    """Each dialog it opens stays reachable as an attribute (tests type into it; it opens window-modal)."""

    def __init__(self, page: ScheduleHost, parent: QWidget) -> None:
        self.page = page
        self.parent = parent  # the page as a widget: the dialogs open over it
        self.services = page.services
        self.rules_dialog: RulesDialog | None = None
        self.generate_dialog: GenerateDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.publish_dialog: PublishDialog | None = None
        self.session_dialog: SessionDialog | None = None
        self.postpone_dialog: PostponeDialog | None = None
        self.registrant_dialog: RegistrantDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.conclusion_dialog: ConclusionDialog | None = None

    def _session(self) -> SessionInfo | None:
        session = self.page.current_session()
        if session is None:
            self.page.action.show_text(vsched.PICK_SESSION, "warn")
        return session

    def _failed(self, exc: Exception) -> None:
        self.page.action.show_text(problem_text(exc), "error")

    # Rules and generation --------------------------------------------------------------------------------
    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.services, self.parent)
        dialog.changed.connect(self.page.reload)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def open_generate(self) -> GenerateDialog | None:
        if not self.services.schedule.rules():
            self.page.action.show_text(vsched.GEN_NO_RULES, "warn")
            return None
        dialog = GenerateDialog(self.page.grid.year, self.page.grid.month, self.parent)
        dialog.chosen.connect(self.generate)
        self.generate_dialog = dialog
        dialog.open()
        return dialog

    def generate(self, period: object) -> ReportDialog | None:
        assert isinstance(period, Period)
        try:
            report: GenerationReport = self.services.schedule.generate(period)
        except DeskError as exc:
            self._failed(exc)
            return None
        self.page.done(vsched.GENERATED.format(period=period_label(period), count=len(report.created)))
        dialog = ReportDialog(period, report, self.parent)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def open_publish(self) -> PublishDialog:
        dialog = PublishDialog(self.page.printer, self.page.grid.year, self.page.grid.month, self.parent)
        dialog.published.connect(self.page.reload)
        self.publish_dialog = dialog
        dialog.open()
        return dialog

    # Sessions --------------------------------------------------------------------------------------------
    def open_new_session(self) -> SessionDialog:
        dialog = SessionDialog(self.services, None, self.page.grid.selected(), self.parent)
        return self._open_session_dialog(dialog)

    def open_edit_session(self) -> SessionDialog | None:
        session = self._session()
        if session is None:
            return None
        return self._open_session_dialog(SessionDialog(self.services, session, session.date, self.parent))

    def _open_session_dialog(self, dialog: SessionDialog) -> SessionDialog:
        dialog.saved.connect(self._session_saved)
        self.session_dialog = dialog
        dialog.open()
        return dialog

    def _session_saved(self, session: object) -> None:
        assert isinstance(session, SessionInfo)
        self.page.done(vsched.SESSION_SAVED.format(date=fmt_date(session.date)), session)

    def open_postpone(self) -> PostponeDialog | None:
        return self._open_status(cancel=False)

    def open_cancel(self) -> PostponeDialog | None:
        return self._open_status(cancel=True)

    def _open_status(self, *, cancel: bool) -> PostponeDialog | None:
        session = self._session()
        if session is None:
            return None
        old = fmt_date(session.date)
        dialog = PostponeDialog(self.services, session, cancel=cancel, parent=self.parent)

        def finished(info: object) -> None:
            assert isinstance(info, SessionInfo)
            if cancel:
                self.page.done(vsched.CANCELLED.format(date=old), info)
            else:
                self.page.done(vsched.POSTPONED.format(old=old, new=fmt_date(info.date)), info)

        dialog.applied.connect(finished)
        self.postpone_dialog = dialog
        dialog.open()
        return dialog

    def mark_held(self) -> None:
        session = self._session()
        if session is None or not self.page.ask(vsched.CONFIRM_HELD.format(date=fmt_date(session.date))):
            return
        try:
            info = self.services.schedule.mark_held(session.id)
        except DeskError as exc:
            self._failed(exc)
            return
        self.page.done(vsched.MARKED_HELD.format(date=fmt_date(info.date)), info)

    def mark_no_citizen(self) -> None:
        session = self._session()
        if session is None or not self.page.ask(
            vsched.CONFIRM_NO_CITIZEN.format(date=fmt_date(session.date))
        ):
            return
        try:
            info = self.services.schedule.mark_no_citizen(session.id)
        except DeskError as exc:
            self._failed(exc)
            return
        self.page.done(vsched.MARKED_NO_CITIZEN.format(date=fmt_date(info.date)), info)

    def print_day_sheet(self) -> None:
        session = self._session()
        if session is not None:
            self.page.printer.day_sheet(session.id, fmt_date(session.date))

    def open_conclusion(self) -> ConclusionDialog | None:
        session = self._session()
        if session is None:
            return None
        dialog = ConclusionDialog(self.services, self.page.tasks, session.id, self.parent)
        dialog.accepted.connect(self.page.reload)
        self.conclusion_dialog = dialog
        dialog.open()
        return dialog

    # Registrants -----------------------------------------------------------------------------------------
    def open_add_registrant(self) -> RegistrantDialog | None:
        session = self._session()
        if session is None:
            return None
        dialog = RegistrantDialog(self.services, session, self.parent)

        def added(person: object) -> None:
            assert isinstance(person, RegistrantInfo)
            self.page.done(vsched.REGISTRANT_ADDED.format(name=person.full_name), session)

        dialog.saved.connect(added)
        self.registrant_dialog = dialog
        dialog.open()
        return dialog

    def open_remove_registrant(self) -> ReasonDialog | None:
        session = self._session()
        person = self.page.day_panel.current_registrant()
        if session is None:
            return None
        if person is None or person.id is None:
            self.page.action.show_text(vsched.PICK_REGISTRANT, "warn")
            return None
        person_id = person.id
        dialog = ReasonDialog(
            vsched.REGISTRANT_REMOVE_TITLE,
            vsched.REGISTRANT_REMOVE_REASON.format(name=person.full_name),
            vsched.REMOVE_REGISTRANT.rstrip("…"),
            lambda reason: self.services.schedule.void_registrant(person_id, reason),
            self.parent,
        )
        dialog.accepted.connect(
            lambda: self.page.done(vsched.REGISTRANT_REMOVED.format(name=person.full_name), session)
        )
        self.reason_dialog = dialog
        dialog.open()
        return dialog
