""" "In" on the Báo cáo page: the report shown, rendered off the GUI thread, kept with the documents, then printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from desk_app.documents import report_files as outputs
from desk_app.domain.documents import DocumentKind
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.services.documents import KeptDocument, OfficeHeader
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportResult
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.widgets.fields import NoticeLabel


@dataclass(frozen=True, slots=True)
class Shown:
    """What the page shows: the report, its monthly series, the narrative and the office's header."""

    result: ReportResult
    monthly: list[tuple[str, int, int]]
    narrative: str
    office: OfficeHeader
    by_field: list[tuple[str, int, int]] = field(default_factory=list)
    timeliness: list[tuple[str, int]] = field(default_factory=list)


Run = Callable[[Callable[[], Any], Callable[[Any], None], str | None], None]


class ReportPrint:
    """The "In" button and what it does: A4 (landscape when the form's sheet is), one copy, by the PC's print mode.
    `open_document` and `output`'s steps are replaceable (tests capture the path or stand in for the printer)."""

    def __init__(self, services: Services, parent: QWidget, notice: NoticeLabel, run: Run) -> None:
        self.services, self.notice, self._run = services, notice, run
        self.output = PdfOutput(parent)
        self.open_document: Callable[[Path], bool] = self.print_document
        self.kept: KeptDocument | None = None
        self._what = ""
        self.button = QPushButton(vpu.REPORT_PRINT)
        self.button.setObjectName("reportPrint")
        self.button.setToolTip(vpu.REPORT_PRINT_TIP)

    def print_document(self, path: Path) -> bool:
        return self.output.print(job_for(path, self._what))

    def print_report(self, shown: Shown | None) -> None:
        if shown is None:
            return
        services = self.services
        what = vpu.REPORT_WHAT.format(form=shown.result.form.value)

        def job() -> KeptDocument:
            pdf = outputs.report_pdf_bytes(
                shown.result, shown.office, **outputs.signing(services),
                monthly=shown.monthly, by_field=shown.by_field, timeliness=shown.timeliness,
            )  # fmt: skip
            return services.documents.keep(None, DocumentKind.REPORT, pdf)

        def printed(kept: KeptDocument) -> None:
            self.kept, self._what = kept, what
            self.notice.show_text(vi_ui.PRINT_DONE.format(what=what, path=kept.path), "ok")
            if not self.open_document(kept.path):
                self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

        self._run(job, printed, vi_ui.PRINTING.format(what=what))
