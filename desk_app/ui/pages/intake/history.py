"""Column (c) of the intake page: people who came before, their visits and open cases, and the case to link."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.text import search_key
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_ui
from desk_app.i18n.formatting import fmt_date
from desk_app.services.citizens.service import MIN_NAME_KEY, CaseBrief, CitizenMatch, CitizenService
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import ErrorLabel, hint_style, section_header
from desk_app.ui.widgets.form_state import Callbacks
from desk_app.ui.widgets.scroll import scroll_area

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
MIN_ID_DIGITS = 6
_SHOWN_VISITS = 4
_SUMMARY_CHARS = 70


def _short(text: str, limit: int = _SUMMARY_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def case_option_label(case: CaseBrief) -> str:
    return vi_ui.HISTORY_CASE_OPTION.format(code=case.code, category=enum_labels.CATEGORY[case.category])


def case_option_detail(case: CaseBrief) -> str:
    return vi_ui.HISTORY_CASE_DETAIL.format(
        status=enum_labels.CASE_STATUS[case.status], title=_short(case.title, 90)
    )


def _card_html(match: CitizenMatch) -> str:
    facts = [x for x in (match.id_number_masked, vi_ui.HISTORY_BORN.format(year=match.birth_year)
                         if match.birth_year else "") if x]  # fmt: skip
    lines = [f"<b>{escape(match.full_name)}</b>"]
    if facts:
        lines.append(escape(" · ".join(facts)))
    if match.address:
        lines.append(f"<span style='color:#555'>{escape(match.address)}</span>")
    for visit in match.visits[:_SHOWN_VISITS]:
        parts = [fmt_date(visit.date)]
        if visit.refused:
            parts.append(vi_ui.HISTORY_REFUSED)
        elif visit.category is not None:
            parts.append(enum_labels.CATEGORY[visit.category])
        parts.append(_short(visit.summary))
        if visit.case_code:
            parts.append(f"<b>{escape(visit.case_code)}</b>")
        lines.append("▸ " + " · ".join(p if p.startswith("<b>") else escape(p) for p in parts))
    if len(match.visits) > _SHOWN_VISITS:
        lines.append(escape(vi_ui.HISTORY_MORE_VISITS.format(count=len(match.visits) - _SHOWN_VISITS)))
    if not match.visits:
        lines.append(f"<i>{escape(vi_ui.HISTORY_NO_VISITS)}</i>")
    return "<br>".join(lines)


class HistoryPanel(QFrame):
    """Shows matches; `use_citizen` carries the CitizenMatch the officer wants to reuse."""

    use_citizen = Signal(object)

    def __init__(
        self,
        citizens: CitizenService,
        tasks: TaskRunner,
        terms: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self._citizens = citizens
        self._tasks = tasks
        self._terms = terms
        self._search_seq = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.setObjectName("historyPanel")
        self.setStyleSheet(
            "QFrame#historyPanel { background: #f6f8fb; border: 1px solid #c9d3e0; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.header = section_header(vi_ui.HISTORY_HEADER)
        layout.addWidget(self.header)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        hint_style(self.hint, None)
        layout.addWidget(self.hint)

        self._cards = QWidget()
        self._cards.setObjectName("historyCards")
        self._cards.setStyleSheet("QWidget#historyCards { background: transparent; }")
        self._cards_layout = QVBoxLayout(self._cards)
        self._cards_layout.setContentsMargins(0, 0, 4, 0)
        self._cards_layout.addStretch(1)
        scroll = scroll_area(self._cards, sideways=False)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)

        link_title = QLabel(f"<b>{vi_ui.HISTORY_LINK}</b>")
        layout.addWidget(link_title)
        self._radios_box = QWidget()
        self._radios = QVBoxLayout(self._radios_box)
        self._radios.setContentsMargins(0, 0, 0, 0)
        self._radios.setSpacing(2)
        layout.addWidget(self._radios_box)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self._group = QButtonGroup(self)
        self._group.buttonToggled.connect(self._toggled)
        self._options: list[tuple[int | None, str]] = []
        self._details: dict[int, str] = {}
        self._briefs: dict[int, CaseBrief] = {}
        self.matches: list[CitizenMatch] = []
        self.case_buttons: dict[int | None, QRadioButton] = {}
        self._set_options([], selected=(None, ""))
        self.show_idle()

    # Searching -------------------------------------------------------------------------------------------
    def schedule_search(self) -> None:
        """The ID number or name changed: look them up once typing pauses."""
        self._search_timer.start()

    def search_now(self) -> None:
        self._search_timer.stop()
        number, name = self._terms()
        digits = "".join(ch for ch in number if ch.isascii() and ch.isalnum())
        self._search_seq += 1
        if len(digits) < MIN_ID_DIGITS and len(search_key(name)) < MIN_NAME_KEY:
            self.show_idle()
            return
        seq, citizens = self._search_seq, self._citizens

        def show(matches: list[CitizenMatch]) -> None:
            if seq == self._search_seq:  # a slower, older search must not overwrite a newer one
                self.show_matches(matches)

        def failed(exc: Exception) -> None:
            log.error("repeat-visitor search failed", exc_info=exc)
            if seq == self._search_seq:
                self.show_failure()

        self._tasks.op(lambda: citizens.find(id_number=number, name=name)).success(show).failure(failed).run()

    # Matches ---------------------------------------------------------------------------------------------
    def show_idle(self) -> None:
        self._show_cards([], vi_ui.HISTORY_HINT)

    def show_failure(self) -> None:
        self._show_cards([], vi_ui.HISTORY_FAILED)

    def show_matches(self, matches: list[CitizenMatch]) -> None:
        self._show_cards(matches, "" if matches else vi_ui.HISTORY_NONE)

    def _show_cards(self, matches: list[CitizenMatch], hint: str) -> None:
        self.matches = list(matches)
        self.header.setText(
            vi_ui.HISTORY_HEADER_COUNT.format(count=len(matches)) if matches else vi_ui.HISTORY_HEADER
        )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        while self._cards_layout.count() > 1:
            item = self._cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout it would still paint until deleted
                widget.deleteLater()
        for index, match in enumerate(matches):
            self._cards_layout.insertWidget(index, self._card(match))
        cases: dict[int, CaseBrief] = {}
        for match in matches:
            for case in match.open_cases:
                cases.setdefault(case.id, case)
        self._remember(cases.values())
        selected = self.selected_case()
        self._set_options([(c.id, case_option_label(c)) for c in cases.values()], selected=selected)

    def _card(self, match: CitizenMatch) -> QWidget:
        card = QFrame()
        card.setObjectName("historyCard")
        card.setStyleSheet(
            "QFrame#historyCard { background: white; border: 1px solid #d5dce6; border-radius: 4px; }"
        )
        layout = QVBoxLayout(card)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        text = QLabel(_card_html(match))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        use = QPushButton(vi_ui.HISTORY_USE)
        use.setToolTip(vi_ui.HISTORY_USE_TIP)
        use.clicked.connect(lambda: self.use_citizen.emit(match))
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _remember(self, cases: Iterable[CaseBrief]) -> None:
        for case in cases:
            self._briefs[case.id] = case
            self._details[case.id] = case_option_detail(case)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    # Case choice -----------------------------------------------------------------------------------------
    def _set_options(self, options: list[tuple[int, str]], *, selected: tuple[int | None, str]) -> None:
        """Rebuild the radios; the chosen case stays listed even when the new matches do not show it."""
        all_options: list[tuple[int | None, str]] = [(None, vi_ui.HISTORY_NEW_CASE), *options]
        chosen_id, chosen_label = selected
        if chosen_id is not None and chosen_id not in {o[0] for o in all_options}:
            all_options.insert(1, (chosen_id, chosen_label))
        for button in self._group.buttons():
            self._group.removeButton(button)
        while self._radios.count():
            item = self._radios.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.case_buttons = {}
        self._options = all_options
        self._group.blockSignals(True)
        for case_id, label in all_options:
            button = QRadioButton(label)
            self._group.addButton(button)
            self._radios.addWidget(button)
            self.case_buttons[case_id] = button
            detail = self._details.get(case_id) if case_id is not None else None
            if detail:
                button.setToolTip(detail)
                note = QLabel(detail)
                note.setWordWrap(True)
                note.setContentsMargins(22, 0, 0, 2)  # under the radio's text, not its circle
                hint_style(note, None)
                self._radios.addWidget(note)
        self.case_buttons.get(chosen_id, self.case_buttons[None]).setChecked(True)
        self._group.blockSignals(False)

    def owner_of(self, case_id: int | None) -> CitizenMatch | None:
        """The matched person whose open case this is."""
        if case_id is None:
            return None
        return next((m for m in self.matches if any(c.id == case_id for c in m.open_cases)), None)

    def selected_case(self) -> tuple[int | None, str]:
        for case_id, label in self._options:
            button = self.case_buttons.get(case_id)
            if button is not None and button.isChecked():
                return case_id, label
        return None, ""

    def selected_case_id(self) -> int | None:
        return self.selected_case()[0]

    def case_brief(self, case_id: int | None) -> CaseBrief | None:
        """What the panel knows of a listed case (its category, field and title), looked up if no match shows it."""
        if case_id is None:
            return None
        known = self._briefs.get(case_id)
        if known is None:
            try:
                known = self._citizens.case_brief(case_id)
            except Exception:
                log.exception("case %s not readable", case_id)
                return None
            if known is not None:
                self._remember([known])
        return known

    def select_case(self, case_id: int | None) -> None:
        """Choose a case (listed even if no match shows it, e.g. when an existing visit is opened).

        The label is the one a search would give ("VV-2026-001 · Khiếu nại"): what is on screen never depends on
        whether the search has run yet.
        """
        brief = self.case_brief(case_id)
        if case_id is not None and brief is None:
            case_id = None  # voided or gone: a new case, rather than a dead link
        options = [(i, text) for i, text in self._options if i is not None]
        if brief is not None and brief.id not in {i for i, _ in options}:
            options.insert(0, (brief.id, case_option_label(brief)))
        label = case_option_label(brief) if brief is not None else ""
        self._set_options(options, selected=(case_id, label))
        self.changed.emit()

    def reset(self) -> None:
        self.error.clear_messages()
        self._set_options([], selected=(None, ""))
        self.show_idle()

    def state(self) -> dict[str, Any]:
        """The chosen case as a value (its id): labels are for the eye and change once a search has run."""
        return {"case_id": self.selected_case_id()}

    def restore(self, state: dict[str, Any]) -> None:
        case_id = state.get("case_id")
        if isinstance(case_id, int):
            self.select_case(case_id)
