"""Vào sổ đơn: the registration form with its duplicates panel; Ctrl+S gives the number and the due dates."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Category
from desk_app.domain.petition import PetitionInput, check_petition
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_date
from desk_app.services.petitions.detail import PetitionDetailService
from desk_app.services.petitions.service import DuplicateCandidate, SavedPetition
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.pages.petitions.duplicates import (
    DuplicateAnswer,
    DuplicatePanel,
    ask_duplicate,
    same_as_earlier,
)
from desk_app.ui.pages.petitions.form_parts import LetterSection, SignerSection
from desk_app.ui.pages.petitions.split import SplitDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.columns import StackingColumns
from desk_app.ui.widgets.errors import desk_error_text, error_message
from desk_app.ui.widgets.fields import ErrorLabel, NoticeLabel, enter_moves_on
from desk_app.ui.widgets.scroll import scroll_area

log = logging.getLogger(__name__)


def field_error_text(err: FieldError) -> str:
    """The sentence for an error of this form; unreadable dates are the screen's own."""
    return vpp.DATE_INVALID if err.code == "invalid_date" else error_message(err)


def saved_text(
    label: str, category: Category | None, detail_clocks: Iterable[tuple[str, str, str, bool]]
) -> str:
    lines = [vpp.SAVED.format(label=label, category=enum_labels.CATEGORY[category] if category else "")]
    for what, due, explanation, given in detail_clocks:
        line = vpp.SAVED_CLOCK.format(what=what, explanation=explanation or vpp.SAVED_DUE.format(due=due))
        lines.append(line + (vpp.SAVED_CLOCK_GIVEN if given else ""))
    return "\n".join(lines)


class PetitionForm(QWidget):
    """`saved(petition_id)` after each registration; `openRequested(id)` asks to show a petition's detail."""

    saved = Signal(int)
    openRequested = Signal(int)

    def __init__(
        self, services: Services, tasks: TaskRunner, *, keep_batch: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.details = PetitionDetailService(services.ctx, services.working_calendar)
        self._keep_batch = keep_batch
        self.ask_confirm: Callable[[str], bool] = lambda text: dialogs.confirm(self, text)
        self.ask_duplicate: Callable[[DuplicateCandidate], DuplicateAnswer] = lambda c: ask_duplicate(self, c)
        self._visit_id: int | None = None
        self._case_id: int | None = None
        self._last_saved: int | None = None
        self._clean: dict[str, Any] = {}
        self._loading = False
        self.letter = LetterSection()
        self.signer = SignerSection()
        self.duplicates = DuplicatePanel(services.petitions, tasks, self.probe)
        self.duplicates.setFixedWidth(300)
        self.banner = NoticeLabel()
        self.banner.setObjectName("petitionBanner")
        self.notice = NoticeLabel()
        self.notice.setObjectName("petitionNotice")
        self.general_error = ErrorLabel()
        self.save_button = QPushButton(vpp.SAVE)
        self.save_button.setObjectName("savePetition")
        self.save_button.setToolTip(vpp.SAVE_TIP)
        self.save_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 18px; }")
        self.clear_button = QPushButton(vpp.CLEAR)
        self.clear_button.setObjectName("newPetition")
        self.clear_button.setToolTip(vpp.CLEAR_TIP)
        self.open_saved_button = QPushButton(vpp.OPEN_SAVED)
        self.open_saved_button.setObjectName("openSavedPetition")
        self.open_saved_button.hide()
        self._build()
        self.reset()

    def _build(self) -> None:
        self.form_scroll = scroll_area(sideways=False)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The letter above its signer when they do not fit side by side (1366×768 at 125 %): never cut at the right.
        self._columns = StackingColumns(self.form_scroll, self.letter, self.signer)
        body = QHBoxLayout()
        body.addWidget(self.form_scroll, 1)
        body.addWidget(self.duplicates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_saved_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.new_form)
        self.open_saved_button.clicked.connect(self._open_saved)
        self.letter.split_button.clicked.connect(self.split)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+N", self.new_form)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        single_line = [
            w
            for section in (self.letter.binder, self.signer.binder)
            for w in section.fields.values()
            if w.metaObject().className() != "QPlainTextEdit"
        ]
        enter_moves_on(self, single_line)
        self.letter.changed.connect(self._on_changed)
        self.signer.changed.connect(self._on_changed)
        self.signer.search_changed.connect(self.duplicates.schedule)
        self.letter.summary.textChanged.connect(self.duplicates.schedule)
        self.letter.forwarded_no.textChanged.connect(lambda _t: self.duplicates.schedule())

    # State -----------------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        return {
            "letter": self.letter.binder.state(),
            "signer": self.signer.binder.state(),
            "cosigners": self.signer.cosigners.state(),
        }

    def is_dirty(self) -> bool:
        return self.state() != self._clean

    def _on_changed(self) -> None:
        if not self._loading and self.notice.tone == "error":
            self.notice.clear_text()

    def reset(self, *, keep_batch: bool = False) -> None:
        """An empty form; after a save the received date and source stay for the next letter of the batch."""
        self._loading = True
        keep = None
        if keep_batch:
            shared = self.letter.binder.state()
            keep = {k: shared[k] for k in ("received_date", "source")}
        self.letter.reset(self.services.ctx.today(), keep)
        self.signer.reset()
        self.duplicates.reset()
        self._visit_id = self._case_id = None
        self.banner.clear_text()
        self._clear_errors()
        self._loading = False
        self._clean = self.state()

    def new_form(self) -> bool:
        """Ctrl+N: a fresh form (asks first when something typed is not in the register yet)."""
        if self.is_dirty() and not self.ask_confirm(vpp.CONFIRM_DISCARD):
            return False
        self.reset()
        self.notice.clear_text()
        self.open_saved_button.hide()
        self.letter.received.setFocus()
        return True

    def fill(self, p: PetitionInput, banner: str = "") -> None:
        """Pre-fill (from a visit): the form is dirty until saved."""
        self.reset()
        self._loading = True
        self.letter.fill(p)
        self.signer.fill(p)
        self._visit_id, self._case_id = p.visit_id, p.case_id
        self._loading = False
        if banner:
            self.banner.show_text(banner, "info")
        self.duplicates.search_now()

    def fill_from_visit(self, visit_id: int) -> None:
        detail = self.services.intake.get(visit_id)
        visit = f"{detail.book_no}/{detail.book_year}"
        banner = vpp.FROM_VISIT.format(visit=visit)
        existing = self.details.petitions_of_visit(visit_id)
        if existing:
            banner += " " + vpp.FROM_VISIT_EXISTS.format(labels=", ".join(existing))
        self.fill(self.details.input_from_visit(visit_id), banner)

    # Building and saving ---------------------------------------------------------------------------------
    def collect(self) -> tuple[PetitionInput, list[FieldError]]:
        """The PetitionInput the form holds, and the problems only the screen sees (unreadable dates)."""
        errors: list[FieldError] = []
        today = self.services.ctx.today()
        letter = self.letter.collect(errors, today)
        dup, same_case = self.duplicates.duplicate_of, self.duplicates.same_case_as
        case_id = same_case.case_id if same_case is not None else self._case_id
        petition = PetitionInput(
            **letter,
            **self.signer.collect(),
            visit_id=self._visit_id,
            case_id=case_id,
            duplicate_of_id=dup.petition_id if dup else None,
        )
        return petition, errors

    def probe(self) -> PetitionInput | None:
        """What the duplicates search needs: a person or a forwarded number, and the content so far."""
        petition, _errors = self.collect()
        if petition.main is None and not petition.forwarded_doc_no:
            return None
        return dataclasses.replace(petition, duplicate_of_id=None)

    def save(self) -> SavedPetition | None:
        """Ctrl+S: enter the letter in the register; shows its number and clocks, then clears for the next one."""
        petition, errors = self.collect()
        errors += check_petition(petition, self.services.ctx.today())
        if errors:
            self.show_errors(errors)
            return None
        if self.duplicates.duplicate_of is None:
            same = self._same_as_earlier()
            if same is not None:
                answer = self.ask_duplicate(same)
                if answer is DuplicateAnswer.CANCEL:
                    return None
                if answer is DuplicateAnswer.YES:
                    # Linked like a click on "Là đơn trùng": the once-only handlings then see the earlier letter.
                    self.duplicates.mark(same)
                    petition = dataclasses.replace(petition, duplicate_of_id=same.petition_id)
        try:
            saved = self.services.petitions.register(petition)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        except Exception as exc:
            log.exception("petition not saved")
            self.notice.show_text(vpp.SAVE_FAILED.format(detail=desk_error_text(exc)), "error")
            return None
        self.show_saved(saved, petition)
        if self._keep_batch:
            self.reset(keep_batch=True)
        else:
            self._clean = self.state()
        self.saved.emit(saved.id)
        return saved

    def _same_as_earlier(self) -> DuplicateCandidate | None:
        """Searched again now (the panel's search may still be waiting for its pause): a quick indexed query."""
        probe = self.probe()
        if probe is None:
            return None
        try:
            return same_as_earlier(self.services.petitions.find_duplicates(probe))
        except Exception:
            log.exception("duplicate check at save failed")
            return None  # saving must not depend on the hint

    def show_saved(self, saved: SavedPetition, petition: PetitionInput) -> None:
        clocks = self.details.get(saved.id).clocks
        text = saved_text(
            saved.label,
            petition.category,
            ((c.what, fmt_date(c.due_date), c.explanation, c.given_to_citizen) for c in clocks),
        )
        dup, same_case = self.duplicates.duplicate_of, self.duplicates.same_case_as
        if dup is not None:
            text += "\n" + vpp.SAVED_DUPLICATE.format(label=dup.label)
        if same_case is not None:
            text += "\n" + vpp.SAVED_CASE.format(label=same_case.label)
        self._clear_errors()
        self.notice.show_text(text, "ok")
        self._last_saved = saved.id
        self.open_saved_button.show()

    def split(self) -> SplitDialog:
        """A letter with several contents: one petition per content, same sender and date (not modal)."""
        base, _errors = self.collect()
        dialog = SplitDialog(self.services.petitions, base, self.services.ctx.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_split(dialog.saved_all))
        dialog.open()
        return dialog

    def _after_split(self, saved: list[SavedPetition]) -> None:
        self.reset(keep_batch=self._keep_batch)
        self.notice.show_text(
            vpp.SPLIT_DONE.format(count=len(saved), labels=", ".join(s.label for s in saved)), "ok"
        )
        for one in saved:
            self.saved.emit(one.id)

    def _open_saved(self) -> None:
        if self._last_saved is not None:
            self.openRequested.emit(self._last_saved)

    # Errors ----------------------------------------------------------------------------------------------
    def _labels(self) -> dict[str, ErrorLabel]:
        return {**self.letter.errors, **self.signer.errors, **self.signer.cosigners.error_labels()}

    def _clear_errors(self) -> None:
        for label in (*self._labels().values(), self.general_error):
            label.clear_messages()
            owner = label.parentWidget()
            layout = owner.layout() if owner is not None else None
            if owner is not None and layout is not None:
                # The wrapped line's height stays cached otherwise, leaving a gap above the input.
                layout.invalidate()
                owner.updateGeometry()

    def show_errors(self, errors: list[FieldError]) -> None:
        self._clear_errors()
        labels = self._labels()
        per_label: dict[ErrorLabel, list[str]] = {}
        for err in errors:
            per_label.setdefault(labels.get(err.field, self.general_error), []).append(field_error_text(err))
        for label, messages in per_label.items():
            label.set_messages(messages)
        self.notice.show_text(vpp.NOT_SAVED_ERRORS.format(count=len(errors)), "error")
        first = next((w for w in labels.values() if w.isVisibleTo(self)), None)
        if first is not None:
            self.form_scroll.ensureWidgetVisible(first)

    def error_texts(self) -> dict[str, str]:
        """The red lines shown, by field (tests and screen readers)."""
        return {name: label.text() for name, label in self._labels().items() if label.text()}
