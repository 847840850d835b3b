"""Tách đơn: a letter with several contents becomes one petition per content (DOMAIN §6.4), all or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.enums import Category
from desk_app.domain.petition import PetitionInput, check_petition, split_contents
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.petitions.service import PetitionService, SavedPetition
from desk_app.ui.widgets.errors import desk_error_text, error_message
from desk_app.ui.widgets.fields import EnumCombo, NoticeLabel
from desk_app.ui.widgets.row_list import RowList


class ContentList(RowList):
    """One row per content: its summary and its own category."""

    def make_fields(self) -> dict[str, QWidget]:
        summary = QLineEdit()
        summary.setPlaceholderText(vpp.SPLIT_SUMMARY)
        category: EnumCombo[Category] = EnumCombo(
            labels.CATEGORY, empty=vpp.CHOOSE, exclude=[Category.NHIEU_NOI_DUNG]
        )
        return {"summary": summary, "category": category}

    def stretches(self) -> dict[str, int]:
        return {"summary": 1}


class SplitDialog(QDialog):
    """`saved_all` holds the petitions registered, in order, once OK succeeded."""

    def __init__(
        self,
        petitions: PetitionService,
        base: PetitionInput,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vpp.SPLIT_TITLE)
        self.setMinimumWidth(720)
        self._petitions = petitions
        self._base = base
        self._today = today
        self.saved_all: list[SavedPetition] = []
        self.missing_category = False
        intro = QLabel(vpp.SPLIT_INTRO)
        intro.setWordWrap(True)
        self.contents = ContentList(vpp.SPLIT_ADD)
        self.contents.setObjectName("splitContents")
        self.contents.add_row({"summary": base.summary})
        self.contents.add_row()
        self.problem = NoticeLabel()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(vpp.SPLIT_OK, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("splitOk")
        buttons.addButton(vpp.SPLIT_CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.contents)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def parts(self) -> list[PetitionInput]:
        """One petition per row with a summary; a row without its category is left out (and reported)."""
        summaries: list[str] = []
        categories: list[Category] = []
        self.missing_category = False
        for row in self.contents.filled_rows():
            summary = row.widget("summary")
            category = row.widget("category")
            assert isinstance(summary, QLineEdit) and isinstance(category, EnumCombo)
            chosen = category.value()
            if summary.text().strip() and chosen is None:
                self.missing_category = True
            elif summary.text().strip() and isinstance(chosen, Category):
                summaries.append(summary.text().strip())
                categories.append(chosen)
        return split_contents(self._base, summaries, categories)

    def submit(self) -> None:
        parts = self.parts()
        if self.missing_category:
            self.problem.show_text(i18n_errors.MESSAGES["category.required"], "error")
            return
        if len(parts) < 2:
            self.problem.show_text(vpp.SPLIT_TOO_FEW, "error")
            return
        today = self._today()
        errors = [e for p in parts for e in check_petition(p, today)]
        if errors:
            self.problem.show_text("\n".join(dict.fromkeys(error_message(e) for e in errors)), "error")
            return
        try:
            self.saved_all = [self._petitions.register(p) for p in parts]
        except Exception as exc:
            self.problem.show_text(vpp.SAVE_FAILED.format(detail=desk_error_text(exc)), "error")
            return
        self.accept()
