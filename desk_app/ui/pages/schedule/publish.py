"""Publishing the schedule and printing the day sheet: jobs in the task runner, PDFs kept and printed, files saved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import schedule as schedule_docs
from desk_app.domain.documents import DocumentKind
from desk_app.files import write_whole
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n import vi_ui
from desk_app.services.documents import KeptDocument
from desk_app.services.registry import Services
from desk_app.services.schedule.types import NoticeSource, Period, PeriodKind
from desk_app.ui.pages.schedule.forms import problem_text, width_strut
from desk_app.ui.pages.schedule.generate import PeriodPicker
from desk_app.ui.pages.schedule.list_view import period_label
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel
from desk_app.ui.widgets.file_dialogs import Kind, save_file

log = logging.getLogger(__name__)
T = TypeVar("T")


def ask_save_path(
    parent: QWidget, caption: str, name: str, file_filter: str, kind: Kind = Kind.SCHEDULE
) -> Path | None:
    return save_file(parent, kind, caption, name, file_filter)


class SchedulePrinter:
    """Reports on `notice`; `open_document`, `output`'s steps and `save_path` are replaceable (tests capture
    instead). "In" prints the kept PDF by the PC's mode, A4, one copy."""

    def __init__(self, services: Services, tasks: TaskRunner, notice: NoticeLabel, parent: QWidget) -> None:
        self.services = services
        self.tasks = tasks
        self.notice = notice
        self.parent = parent
        self.output = PdfOutput(parent)
        self.open_document: Callable[[Path], bool] = self.print_document
        self._what = ""
        self.save_path: Callable[[str, str, str], Path | None] = lambda caption, name, filt: ask_save_path(
            parent, caption, name, filt
        )
        self.last_kept: KeptDocument | None = None
        self.last_saved: Path | None = None

    def print_document(self, path: Path) -> bool:
        return self.output.print(job_for(path, self._what))

    def notice_pdf(
        self, period: Period, done: Callable[[], None] | None = None, notice: NoticeLabel | None = None
    ) -> None:
        """Take the number once, mark the sessions published, render and keep the Thông báo, then open it."""
        services = self.services
        out = notice or self.notice
        what = vsched.NOTICE_NAME.format(period=period_label(period))

        def job() -> tuple[NoticeSource, KeptDocument]:
            src, pdf = schedule_docs.publish_notice(services, period)
            return src, services.documents.keep(
                None, DocumentKind.SCHEDULE_NOTICE, pdf, src.number_text or None
            )

        def printed(result: tuple[NoticeSource, KeptDocument]) -> None:
            src, kept = result
            text = vsched.NOTICE_PUBLISHED.format(what=what, number=src.number_text)
            self._opened(kept, text, out, what)
            out.setToolTip(str(kept.path))
            if done is not None:
                done()

        self._run(job, printed, what, out)

    def day_sheet(self, session_id: int, day_text: str) -> None:
        services = self.services
        what = vsched.DAY_SHEET_NAME.format(date=day_text)

        def job() -> KeptDocument:
            return services.documents.keep(
                None, DocumentKind.DAY_SHEET, schedule_docs.day_sheet_pdf(services, session_id)
            )

        def printed(kept: KeptDocument) -> None:
            self._opened(kept, vi_ui.PRINT_DONE.format(what=what, path=kept.path), self.notice, what)

        self._run(job, printed, what, self.notice)

    def save_text(self, period: Period, notice: NoticeLabel | None = None) -> None:
        name = vsched.TEXT_FILE.format(key=period.key)
        self._save(
            period,
            (vsched.SAVE_TEXT_CAPTION, name, vsched.TEXT_FILTER),
            schedule_docs.notice_text,
            notice or self.notice,
        )

    def save_ics(self, period: Period, notice: NoticeLabel | None = None) -> None:
        stamp = self.services.ctx.clock()
        name = vsched.ICS_FILE.format(key=period.key)
        self._save(
            period,
            (vsched.SAVE_ICS_CAPTION, name, vsched.ICS_FILTER),
            lambda src: schedule_docs.notice_ics(src, stamp),
            notice or self.notice,
        )

    def _save(
        self,
        period: Period,
        ask: tuple[str, str, str],
        render: Callable[[NoticeSource], str],
        out: NoticeLabel,
    ) -> None:
        path = self.save_path(*ask)
        if path is None:
            return
        services = self.services

        def job() -> Path:
            # A preview of the notice: no number is taken and nothing is marked published.
            src = services.schedule.notice_source(period, publish=False, take_number=False)
            # written as given: the CRLF line ends iCalendar requires stay
            return write_whole(path, render(src))

        def saved(written: Path) -> None:
            self.last_saved = written
            out.show_text(vsched.FILE_SAVED.format(path=written), "ok")

        self._run(job, saved, path.name, out)

    def _run(self, job: Callable[[], T], success: Callable[[T], None], what: str, out: NoticeLabel) -> None:
        out.show_text(vi_ui.PRINTING.format(what=what), "info")
        self.tasks.op(job).success(success).failure(lambda exc: self._failed(exc, what, out)).run()

    def _opened(self, kept: KeptDocument, text: str, out: NoticeLabel, what: str) -> None:
        self.last_kept = kept
        self._what = what
        out.show_text(text, "ok")
        if not self.open_document(kept.path):
            out.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

    def _failed(self, exc: Exception, what: str, out: NoticeLabel) -> None:
        log.error("schedule output %s failed", what, exc_info=exc)
        out.show_text(vi_ui.PRINT_FAILED.format(what=what, detail=problem_text(exc)), "error")


class PublishDialog(QDialog):
    """Choose the month or quarter, then print the notice or save it as text or .ics; `published()` after a PDF."""

    published = Signal()

    def __init__(
        self, printer: SchedulePrinter, year: int, month: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vsched.PUBLISH_TITLE)
        self.printer = printer
        intro = QLabel(vsched.PUBLISH_INTRO)  # explicit lines: a wrapped label does not grow a dialog
        caption = QLabel(vsched.PUBLISH_PERIOD)
        caption.setStyleSheet("font-weight: bold;")
        self.picker = PeriodPicker((PeriodKind.MONTH, PeriodKind.QUARTER), year, month)
        self.notice = NoticeLabel()
        self.notice.setObjectName("calendarPublishNotice")
        buttons = QDialogButtonBox()
        self.pdf_button: QPushButton = buttons.addButton(
            vsched.PUBLISH_PDF, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setObjectName("calendarPublishPdf")
        self.text_button: QPushButton = buttons.addButton(
            vsched.SAVE_TEXT, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.text_button.setObjectName("calendarPublishText")
        self.ics_button: QPushButton = buttons.addButton(
            vsched.SAVE_ICS, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ics_button.setObjectName("calendarPublishIcs")
        close = buttons.addButton(vsched.CLOSE, QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.pdf_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.print_notice)
        self.text_button.clicked.connect(lambda: self._with_notice(self.printer.save_text))
        self.ics_button.clicked.connect(lambda: self._with_notice(self.printer.save_ics))
        layout = QVBoxLayout(self)
        # the dialog grows when an error or a result line appears, instead of squeezing its text
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(width_strut(640))
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.picker)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)

    def _with_notice(self, action: Callable[[Period, NoticeLabel], None]) -> None:
        action(self.picker.period(), self.notice)

    def print_notice(self) -> None:
        self.printer.notice_pdf(self.picker.period(), self.published.emit, self.notice)
