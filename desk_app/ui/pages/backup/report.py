"""After a restore: which backup is in place, where the replaced file was kept, and what to enter again (copyable)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.i18n import vi_backup as vb
from desk_app.i18n import vi_ui
from desk_app.services.backup.recovery import RestoreReport
from desk_app.ui.dialogs import fit_to_screen
from desk_app.ui.pages.backup.parts import MUTED, LostList, figures_words, heading, text_label
from desk_app.ui.widgets.fields import NoticeLabel


def report_text(report: RestoreReport) -> str:
    """The whole report as plain text: what "Sao chép" puts on the clipboard."""
    lines = [vb.REPORT_TITLE, in_place(report)]
    if report.kept_aside is not None:
        lines += [vb.REPORT_KEPT, str(report.kept_aside)]
    if report.safety_backup is not None:
        lines += [vb.REPORT_SAFETY, str(report.safety_backup)]
    lines += ["", vb.REPORT_LOST, vb.lost_text(report.lost)]
    return "\n".join(lines)


def in_place(report: RestoreReport) -> str:
    backup = report.backup
    return vb.REPORT_IN_PLACE.format(
        when=vb.when(backup.created),
        reason=vb.reason_label(backup.reason).lower(),
        figures=figures_words(report.figures),
    )


class RestoreReportDialog(QDialog):
    def __init__(self, report: RestoreReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(vb.REPORT_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(in_place(report), "reportInPlace"))
        for title, path, name in (
            (vb.REPORT_KEPT, report.kept_aside, "reportKept"),
            (vb.REPORT_SAFETY, report.safety_backup, "reportSafety"),
        ):
            if path is not None:
                layout.addWidget(text_label(title))
                layout.addWidget(text_label(str(path), MUTED, selectable=True, name=name))
        layout.addSpacing(6)
        layout.addWidget(heading(vb.REPORT_LOST))
        self.lost = LostList(report.lost)
        if report.lost:
            layout.addWidget(self.lost, 1)
        else:
            self.lost.hide()
            layout.addWidget(text_label(vb.NO_LOST, MUTED, name="reportNoLost"))
            layout.addStretch(1)
        self.notice = NoticeLabel()
        self.copy_button = QPushButton(vb.COPY)
        self.copy_button.setObjectName("reportCopy")
        self.copy_button.setToolTip(vb.COPY_TIP)
        self.copy_button.setAutoDefault(False)
        close = QPushButton(vi_ui.BTN_CLOSE)
        close.setObjectName("reportClose")
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addStretch(1)  # the buttons keep their size while the notice is hidden
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy)
        close.clicked.connect(self.accept)
        fit_to_screen(self, 720, 560 if report.lost else 380)

    def text(self) -> str:
        return report_text(self.report)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.notice.show_text(vb.COPIED, "ok")
