""" "Tạo đơn" at the desk: the petition form in a window, pre-filled from the saved visit and linked to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.pages.petitions.form import PetitionForm
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.scroll import scroll_area


class PetitionFormDialog(QDialog):
    """One petition from one visit: after Ctrl+S the form shows the number and clocks and stops taking input."""

    def __init__(
        self, services: Services, tasks: TaskRunner, visit_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        detail = services.intake.get(visit_id)
        self.setWindowTitle(vpp.FORM_DIALOG_TITLE.format(visit=f"{detail.book_no}/{detail.book_year}"))
        dialogs.fit_to_screen(self, 1180, 700)
        self.form = PetitionForm(services, tasks, keep_batch=False)
        self.form.clear_button.hide()  # one letter per visit here; the Đơn thư page takes batches
        self.form.saved.connect(self._after_save)
        close = QPushButton(vpp.CLOSE)
        close.setObjectName("closePetitionForm")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        # On a small screen (1366×768 at 125 %) the long form scrolls; the Close button stays in view.
        scroll = scroll_area(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.form.fill_from_visit(visit_id)

    def _after_save(self, _petition_id: int) -> None:
        for part in (self.form.letter, self.form.signer, self.form.duplicates):
            part.setEnabled(False)
        self.form.save_button.setEnabled(False)


def open_petition_form(
    parent: QWidget, services: Services, tasks: TaskRunner, visit_id: int
) -> PetitionFormDialog:
    dialog = PetitionFormDialog(services, tasks, visit_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
