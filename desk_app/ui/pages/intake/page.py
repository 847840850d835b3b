"""The Tiếp công dân page: receive a citizen, save the visit to the book, print the receipt or appointment."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.enums import Handling, RefusalReason
from desk_app.domain.petition import from_visit_block
from desk_app.domain.visit import VisitInput, is_case_owner
from desk_app.domain.visit_papers import VisitPaper, print_problem
from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.i18n.formatting import fmt_book_no
from desk_app.services.citizens.service import CitizenMatch
from desk_app.services.registry import Services
from desk_app.services.visits.service import SavedVisit, VisitDetail
from desk_app.ui import dialogs
from desk_app.ui.pages.intake.case import CaseSection
from desk_app.ui.pages.intake.dialogs import AppointmentRequest, ask_appointment, ask_refusal
from desk_app.ui.pages.intake.drafts import DraftKeeper
from desk_app.ui.pages.intake.history import HistoryPanel
from desk_app.ui.pages.intake.matters import link_cases
from desk_app.ui.pages.intake.people import PeopleSection
from desk_app.ui.pages.intake.printing import RefusalNoticeButton, VisitPrinter, print_problem_text
from desk_app.ui.pages.intake.top import TopBar, qr_of
from desk_app.ui.pages.petitions.from_visit import PetitionFormDialog, open_petition_form
from desk_app.ui.print_output import preview_button
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.columns import StackingColumns
from desk_app.ui.widgets.errors import desk_error_text, show_field_errors
from desk_app.ui.widgets.fields import ErrorLabel, NoticeLabel, enter_moves_on
from desk_app.ui.widgets.scroll import scroll_area

log = logging.getLogger(__name__)

VALIDATE_MS = 300  # errors shown after a failed save are re-checked once typing pauses


class IntakePage(QWidget):
    """`saved(visit_id)` after every successful save; the form then shows that visit until Ctrl+N."""

    saved = Signal(int)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        # Replaceable so tests answer instead of modal dialogs (and capture instead of opening PDFs).
        self.ask_confirm: Callable[[str], bool] = lambda text: dialogs.confirm(self, text)
        self.ask_refusal: Callable[[RefusalReason | None], RefusalReason | None] = lambda current: (
            ask_refusal(self, self.top.visit_date(), current, self.case.category.value())
        )
        self.ask_appointment: Callable[[], AppointmentRequest | None] = lambda: ask_appointment(
            self, services
        )

        self._visit_id: int | None = None
        self._visit_book = ""
        self._refusal: RefusalReason | None = None
        self._saved_documents = 0
        self._clean: dict[str, Any] = {}
        self._loading = False
        self._live_errors = False
        self._head_id: int | None = None
        self._build()
        self.reload_staff()
        self._reset_form()
        self._restore_draft()

    # Layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.top = TopBar()
        self.banner = NoticeLabel()
        self.warnings = NoticeLabel()
        self.people = PeopleSection(self.services.ctx.today())
        self.case = CaseSection()
        self.history = HistoryPanel(self.services.citizens, self.tasks, lambda: self.people.search_terms())
        self.history.changed.connect(self._on_case_chosen)
        link_cases(self.case.matters, self.history)  # a further matter may continue one of the person's cases
        self.history.setFixedWidth(290)
        self.form_scroll = scroll_area(sideways=False)
        self.form_scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes from field to field, not to the frame
        self._columns = StackingColumns(self.form_scroll, self.people, self.case)

        self.refuse_button = QPushButton(vi_ui.REFUSE)
        self.receipt_button = QPushButton(vi_ui.PRINT_RECEIPT)
        self.preview_button = preview_button(vpu.PREVIEW_RECEIPT_TIP)
        self.preview_button.setObjectName("previewReceipt")
        self.appointment_button = QPushButton(vi_ui.PRINT_APPOINTMENT)
        self.save_button = QPushButton(vi_ui.SAVE)
        self.new_button = QPushButton(vi_ui.NEW)
        self.petition_button = QPushButton(vpp.CREATE_FROM_VISIT)
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 18px; }")
        self.general_error = ErrorLabel()
        self.action = NoticeLabel()
        self.printer = VisitPrinter(self.services, self.tasks, self.action)
        self.notice_button = RefusalNoticeButton(self.printer)

        body = QHBoxLayout()
        body.addWidget(self.form_scroll, 1)
        body.addWidget(self.history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        self.paper = QComboBox()
        for size in ("A4", "A5"):
            self.paper.addItem(vi_ui.PAPER_SIZE.format(size=size), size)
        self.paper.setToolTip(vi_ui.PAPER_SIZE_TIP)
        self.paper.currentIndexChanged.connect(
            lambda _i: self.printer.set_page_size(self.paper.currentData())
        )
        buttons.addWidget(self.paper)
        for button in (self.receipt_button, self.preview_button, self.appointment_button, self.notice_button,
                       self.petition_button, self.save_button, self.new_button):  # fmt: skip
            buttons.addWidget(button)
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.addWidget(self.top)
        root.addWidget(self.banner)
        root.addWidget(self.warnings)
        root.addLayout(body, 1)
        root.addWidget(self.general_error)
        root.addWidget(self.action)
        root.addLayout(buttons)

        for button, tip, slot in (
            (self.refuse_button, vi_ui.REFUSE_TIP, self.refuse),
            (self.receipt_button, vi_ui.PRINT_RECEIPT_TIP, self.print_receipt),
            (self.preview_button, vpu.PREVIEW_RECEIPT_TIP, self.preview_receipt),
            (self.appointment_button, vi_ui.PRINT_APPOINTMENT_TIP, self.print_appointment),
            (self.save_button, vi_ui.SAVE_TIP, self.save),
            (self.new_button, vi_ui.NEW_TIP, self.new_form),
            (self.petition_button, vpp.CREATE_FROM_VISIT_TIP, self.create_petition),
        ):
            button.setToolTip(tip)
            button.clicked.connect(slot)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+P", self.print_receipt), ("Ctrl+N", self.new_form)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        single_line = [self.top.date, self.top.time, self.top.presider]
        for section in (self.people.binder, self.case.binder):
            single_line += [
                w for w in section.fields.values() if w.metaObject().className() != "QPlainTextEdit"
            ]
        enter_moves_on(self, single_line)

        self.draft = DraftKeeper(self.services.drafts, self, self._draft_payload)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_MS)
        self._validate_timer.timeout.connect(self._revalidate)
        for signal in (self.people.changed, self.case.changed, self.history.changed):
            signal.connect(self._on_changed)
        self.top.binder.connect(self._on_changed)
        self.people.search_changed.connect(self.history.schedule_search)
        self.top.scanned.connect(self._fill_from_scan)
        self.history.use_citizen.connect(self._use_citizen)

    # Form state ------------------------------------------------------------------------------------------
    def reload_staff(self) -> None:
        staff = self.services.office.list_staff()
        self.top.set_staff(staff)
        self._head_id = next((s.id for s in staff if s.is_head), None)

    def state(self) -> dict[str, Any]:
        """What the form holds, as values (never display labels): the one snapshot for dirty, draft and print."""
        return {
            "top": self.top.binder.state(),
            "people": self.people.state(),
            "case": self.case.binder.state(),
            "history": self.history.state(),
            "refusal": self._refusal.value if self._refusal else None,
        }

    def _restore_state(self, state: dict[str, Any]) -> None:
        parts = {name: state.get(name) for name in ("top", "people", "case", "history")}
        if isinstance(parts["top"], dict):
            self.top.binder.restore(parts["top"])
        if isinstance(parts["people"], dict):
            self.people.restore(parts["people"])
        if isinstance(parts["case"], dict):
            self.case.binder.restore(parts["case"])
        if isinstance(parts["history"], dict):
            self.history.restore(parts["history"])
        refusal = state.get("refusal")
        self._refusal = RefusalReason(refusal) if refusal in set(RefusalReason) else None

    def is_dirty(self) -> bool:
        """Typed content that is not in the book yet."""
        return self.state() != self._clean

    def _mark_clean(self) -> None:
        self._clean = self.state()
        self._update_buttons()

    def _reset_form(self) -> None:
        self._loading = True
        self.people.today = self.services.ctx.today()
        self.top.reset(self.services.ctx.clock(), self._head_id)
        self.people.reset()
        self.case.reset()
        self.history.reset()
        self._visit_id, self._visit_book, self._refusal, self._saved_documents = None, "", None, 0
        self._live_errors = False
        for label in (self.banner, self.warnings, self.action):
            label.clear_text()
        self._clear_errors()
        self._loading = False
        self._mark_clean()

    def _show_visit(self, detail: VisitDetail) -> None:
        """Fill the form from the book, so what is shown (and printed) is what was stored."""
        self._reset_form()
        self._loading = True
        data = detail.data
        self.top.fill(data.date, data.time, data.kind, data.mode, data.presided_by_id)
        self.people.fill(data)
        self.people.lock_identity(detail.identity_hidden)
        self.case.fill(data)
        if data.case_id is not None:
            self.history.select_case(data.case_id)
        self._visit_id, self._visit_book = detail.id, fmt_book_no(detail.book_no, detail.book_year)
        self._refusal = data.refusal_reason if data.is_refusal else None
        self._saved_documents = len(data.documents)
        self._loading = False
        self._mark_clean()
        if self._refusal is not None:
            self.warnings.show_text(
                vi_ui.REFUSAL_MODE.format(reason=enum_labels.REFUSAL_REASON[self._refusal]), "warn"
            )

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.draft.touch()
        self._update_buttons()
        if self._live_errors:
            self._validate_timer.start()

    # Drafts ----------------------------------------------------------------------------------------------
    def _draft_payload(self) -> dict[str, Any] | None:
        if not self.is_dirty():
            return None
        return {"form": self.state(), "visit_id": self._visit_id, "visit_book": self._visit_book}

    def flush_draft(self) -> None:
        """Keep unsaved content in the database now (also called when the window closes)."""
        self.draft.flush()

    def _restore_draft(self) -> None:
        payload = self.draft.load()
        if payload is None:
            return
        self._loading = True
        self._restore_state(payload["form"])
        visit_id, book = payload.get("visit_id"), payload.get("visit_book")
        self._visit_id = visit_id if isinstance(visit_id, int) else None
        self._visit_book = book if isinstance(book, str) else ""
        self._loading = False
        text = vi_ui.DRAFT_RESTORED
        if self._visit_id is not None:
            text += " " + vi_ui.EDITING_BANNER.format(book=self._visit_book, case="")
        self.banner.show_text(text, "info")
        self._update_buttons()
        self.history.schedule_search()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        super().closeEvent(event)

    # Building and saving ---------------------------------------------------------------------------------
    def collect(self, refusal: RefusalReason | None = None) -> tuple[VisitInput, list[FieldError]]:
        """The VisitInput the form holds, and the problems only the screen can see (unreadable dates)."""
        errors: list[FieldError] = []
        people = self.people.collect(errors)
        case: dict[str, Any] = self.case.collect()
        if refusal is not None:
            case["handling"] = Handling.TU_CHOI_TIEP
        visit = VisitInput(
            date=self.top.visit_date(),
            time=self.top.visit_time(),
            visitor=people.visitor,
            kind=self.top.kind.value(),
            mode=self.top.mode.value(),
            presided_by_id=self.top.presided_by(),
            representatives=people.representatives,
            group_size=people.group_size,
            authorised_person=people.authorised_person,
            interpreter_name=people.interpreter_name,
            refusal_reason=refusal,
            case_id=None if refusal else self.history.selected_case_id(),
            **case,
        )
        return visit, errors

    def save(self) -> SavedVisit | None:
        """Ctrl+S: a new line of the book, or the changes to the visit shown."""
        if self._visit_id is not None and not self.is_dirty():
            self.action.show_text(vi_ui.NOTHING_CHANGED, "info")
            return None
        return self._submit(self._refusal)

    def _submit(self, refusal: RefusalReason | None) -> SavedVisit | None:
        visit, errors = self.collect(refusal)
        errors += self.services.intake.validate(visit)
        if errors:
            self._show_errors(errors)
            return None
        updating = self._visit_id is not None
        try:
            if self._visit_id is not None:
                saved = self.services.intake.update(self._visit_id, visit)
            else:
                saved = self.services.intake.save(visit)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except Exception as exc:
            log.exception("visit not saved")
            self.action.show_text(vi_ui.SAVE_FAILED.format(detail=desk_error_text(exc)), "error")
            return None
        self.draft.clear()
        self._show_visit(self.services.intake.get(saved.id))
        template = vi_ui.UPDATED_BANNER if updating else vi_ui.SAVED_BANNER
        book = fmt_book_no(saved.book_no, saved.book_year)
        if saved.case_code is None:
            text = vi_ui.SAVED_BANNER_REFUSAL.format(book=book)
        else:
            text = template.format(
                book=book, case=saved.case_code, order=enum_labels.VISIT_ORDER[saved.visit_order]
            )
        self.banner.show_text("✓ " + text, "ok")
        if saved.warnings:
            self.warnings.show_text("\n".join(f"⚠ {w}" for w in saved.warnings), "warn")
        self.saved.emit(saved.id)
        self.history.schedule_search()  # the panel now lists this visit too
        return saved

    def _clear_errors(self) -> None:
        for label in (self.top.error, self.history.error, self.general_error):
            label.clear_messages()
        self.people.clear_errors()
        self.case.clear_errors()

    def _show_errors(self, errors: list[FieldError], *, announce: bool = True) -> None:
        self._clear_errors()
        self._live_errors = True
        rest = show_field_errors(errors, {"date": self.top.error, "time": self.top.error,
                                          "presided_by": self.top.error, "case": self.history.error})  # fmt: skip
        rest = self.case.show_errors(self.people.show_errors(rest))
        show_field_errors(rest, {err.field: self.general_error for err in rest})
        if not errors:
            self.action.clear_text()
        elif announce:
            self.action.show_text(vi_ui.NOT_SAVED_ERRORS.format(count=len(errors)), "error")
            first = next((w for w in self.findChildren(ErrorLabel) if w.isVisibleTo(self)), None)
            if first is not None and self._columns.isAncestorOf(first):
                self.form_scroll.ensureWidgetVisible(first)

    def _revalidate(self) -> None:
        visit, errors = self.collect(self._refusal)
        self._show_errors(errors + self.services.intake.validate(visit), announce=False)

    # Commands --------------------------------------------------------------------------------------------
    def new_form(self) -> bool:
        """Ctrl+N: an empty form for the next citizen (asks first when something is unsaved)."""
        if self.is_dirty() and not self.ask_confirm(vi_ui.CONFIRM_DISCARD):
            return False
        self._reset_form()
        self.draft.clear()
        self.top.scan.setFocus()
        return True

    def load_visit(self, visit_id: int) -> bool:
        """Open a visit of the book for editing (from the register)."""
        if self.is_dirty() and not self.ask_confirm(vi_ui.CONFIRM_DISCARD_OPEN):
            return False
        try:
            detail = self.services.intake.get(visit_id)
        except DeskError as exc:
            self.action.show_text(vi_ui.OPEN_VISIT_FAILED.format(detail=desk_error_text(exc)), "error")
            return False
        self.draft.clear()
        self._show_visit(detail)
        if detail.is_voided:
            self.banner.show_text(
                vi_ui.EDITING_VOIDED.format(book=self._visit_book, reason=detail.void_reason), "error"
            )
        else:
            case = f" · {detail.case_code}" if detail.case_code else ""
            self.banner.show_text(vi_ui.EDITING_BANNER.format(book=self._visit_book, case=case), "info")
        return True

    def refuse(self) -> None:
        reason = self.ask_refusal(self._refusal)
        if reason is not None:
            self._submit(reason)

    # Printing --------------------------------------------------------------------------------------------
    def _print_problem(self, paper: VisitPaper, dirty: bool | None = None) -> str | None:
        """Why `paper` cannot be printed for the form now (domain.visit_papers), in the page's words."""
        saved = self._visit_id is not None and not (self.is_dirty() if dirty is None else dirty)
        problem = print_problem(
            paper,
            saved=saved,
            refusal=self._refusal,
            documents=self._saved_documents,
            on=self.top.visit_date(),
        )
        return print_problem_text(problem, paper)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.notice_button.update_for(self._visit_id, dirty, self._refusal, self.top.visit_date())
        # a refusal has no receipt, and its notice button takes the room
        self.preview_button.setVisible(self._refusal is None)
        for button, tip, paper in (
            (self.receipt_button, vi_ui.PRINT_RECEIPT_TIP, VisitPaper.RECEIPT),
            (self.preview_button, vpu.PREVIEW_RECEIPT_TIP, VisitPaper.RECEIPT),
            (self.appointment_button, vi_ui.PRINT_APPOINTMENT_TIP, VisitPaper.APPOINTMENT),
        ):
            problem = self._print_problem(paper, dirty)
            button.setEnabled(problem is None)
            button.setToolTip(tip if problem is None else f"{tip}\n{problem}")

    def print_receipt(self, *, preview: bool = False) -> None:
        """Ctrl+P: Giấy biên nhận 02/TCD of the saved visit, kept with it and printed (`preview`: shown first)."""
        problem = self._print_problem(VisitPaper.RECEIPT)
        if problem is not None or self._visit_id is None:
            self.action.show_text(problem or vi_ui.PRINT_NEED_SAVE, "warn")
            return
        self.printer.receipt(self._visit_id, preview=preview)

    def preview_receipt(self) -> None:
        """ "Xem trước": the same receipt, its pages shown before they print."""
        self.print_receipt(preview=True)

    def print_appointment(self) -> None:
        problem = self._print_problem(VisitPaper.APPOINTMENT)
        if problem is not None or self._visit_id is None:
            self.action.show_text(problem or vi_ui.PRINT_NEED_SAVE, "warn")
            return
        request = self.ask_appointment()
        if request is not None:
            self.printer.appointment(self._visit_id, request)

    def create_petition(self) -> PetitionFormDialog | None:
        """ "Tạo đơn": the petition form pre-filled from the saved visit, linked to it and its case."""
        visit_id = self._visit_id
        block = from_visit_block(visit_saved=visit_id is not None, has_unsaved_edits=self.is_dirty())
        if block is not None:
            self.action.show_text(vpp.CREATE_BLOCKED[block], "warn")
            return None
        assert visit_id is not None  # an unsaved visit is blocked above
        return open_petition_form(self, self.services, self.tasks, visit_id)

    # Earlier visits --------------------------------------------------------------------------------------
    def _on_case_chosen(self) -> None:
        if self._loading:  # a stored visit or a draft shows its own values
            return
        self._link_case_owner()
        self.case.prefill_from_case(self.history.case_brief(self.history.selected_case_id()))

    def _link_case_owner(self) -> None:
        """Choosing a person's open case means it is that person (domain.visit.is_case_owner): reuse the record,
        don't create a second one."""
        owner = self.history.owner_of(self.history.selected_case_id())
        if owner is None or self.people.citizen_id() is not None:
            return
        typed_name, typed_id = self.people.full_name.text(), self.people.id_number.text()
        if is_case_owner(typed_name, typed_id, owner.full_name, owner.id_number):
            self.people.fill_from_match(owner)

    def _use_citizen(self, match: object) -> None:
        assert isinstance(match, CitizenMatch)
        self.people.fill_from_match(match)

    def _fill_from_scan(self, value: object) -> None:
        self.people.fill_from_qr(qr_of(value))
        self.people.phone.setFocus()
