"""Before a restore: what the chosen backup holds against today, what will have to be entered again, and Hủy first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.i18n import vi_backup as vb
from desk_app.i18n import vi_ui
from desk_app.services.backup.model import Figures
from desk_app.services.backup.service import RestorePreview
from desk_app.ui.dialogs import fit_to_screen
from desk_app.ui.pages.backup.parts import MUTED, LostList, figures_words, heading, text_label
from desk_app.ui.widgets.fields import NoticeLabel


def _counts(figures: Figures | None) -> tuple[int, int, int]:
    return (figures.visits, figures.petitions, figures.citizens) if figures else (0, 0, 0)


def preview_sentences(preview: RestorePreview) -> list[str]:
    """The backup's figures, today's, and the difference, in plain Vietnamese."""
    backup = preview.backup
    return [
        vb.PREVIEW_BACKUP.format(when=vb.when(backup.created), figures=figures_words(backup.figures)),
        vb.PREVIEW_NOW.format(figures=figures_words(preview.current)),
        *vb.difference_text(_counts(backup.figures), _counts(preview.current)),
    ]


class RestorePreviewDialog(QDialog):
    """Accepted by "Phục hồi" only; Hủy is the default button and Esc's (a restore must never be one Enter away)."""

    def __init__(self, preview: RestorePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(vb.PREVIEW_TITLE)
        sentences = preview_sentences(preview)
        self.summary = heading(sentences[0], "previewBackup")
        self.now = text_label(" ".join(sentences[1:]), name="previewNow")
        self.lost = LostList(preview.lost)
        safe = NoticeLabel()
        safe.setObjectName("previewSafe")
        safe.show_text(vb.PREVIEW_SAFE, "info")
        self.restore_button = QPushButton(vb.PREVIEW_CONFIRM)
        self.restore_button.setObjectName("previewRestore")
        self.restore_button.setAutoDefault(False)
        self.cancel_button = QPushButton(vi_ui.BTN_CANCEL)
        self.cancel_button.setObjectName("previewCancel")
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.now)
        layout.addSpacing(6)
        layout.addWidget(heading(vb.PREVIEW_LOST))
        if preview.lost:
            layout.addWidget(self.lost, 1)
        else:
            self.lost.hide()
            layout.addWidget(text_label(vb.NO_LOST, MUTED, name="previewNoLost"))
            layout.addStretch(1)
        layout.addWidget(safe)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()
        fit_to_screen(self, 720, 560 if preview.lost else 360)
