"""The "Đơn có thể trùng" panel of the petition form: earlier letters like this one, to mark a duplicate or join its case."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.petition import PetitionInput
from desk_app.i18n import vi_accessible
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_date
from desk_app.services.petitions.service import DuplicateCandidate, DuplicateCheck, PetitionService
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel, hint_style, section_header
from desk_app.ui.widgets.form_state import Callbacks

DEBOUNCE_MS = 400


def candidate_text(c: DuplicateCandidate) -> str:
    """Two lines: number, date and likeness with what matched; then the content."""
    marks = [
        m for m, on in ((vpp.DUP_SAME_PERSON, c.same_person), (vpp.DUP_SAME_DOC, c.same_forwarded_doc)) if on
    ]
    head = vpp.DUP_LINE.format(label=c.label, date=fmt_date(c.received_date), score=round(c.score * 100))
    if marks:
        head += " · " + ", ".join(marks)
    return f"{head}\n{c.summary}"


class DuplicateAnswer(Enum):
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"


def same_as_earlier(found: Sequence[DuplicateCandidate]) -> DuplicateCandidate | None:
    """The earlier letter of the same person the check scores as the same matter, the likeliest first."""
    same = [c for c in found if c.same_person]
    return max(same, key=lambda c: (c.score, c.petition_id)) if same else None


def ask_duplicate(parent: QWidget | None, candidate: DuplicateCandidate) -> DuplicateAnswer:
    """At save: "Đơn này trùng với đơn số … của cùng người gửi. Đánh dấu là đơn trùng?" — Có / Không / Hủy bỏ."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        vpp.ASK_DUP_TITLE,
        vpp.ASK_DUP_TEXT.format(label=candidate.label, date=fmt_date(candidate.received_date)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("askDuplicate")
    # QMessageBox wraps at a narrow width of its own; the question reads better on fewer lines.
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }")
    box.setInformativeText(vpp.ASK_DUP_DETAIL.format(summary=candidate.summary))
    yes = box.addButton(vpp.ASK_DUP_YES, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(vpp.ASK_DUP_NO, QMessageBox.ButtonRole.NoRole)
    cancel = box.addButton(vpp.ASK_DUP_CANCEL, QMessageBox.ButtonRole.RejectRole)
    for button, name in ((yes, "askDuplicateYes"), (no, "askDuplicateNo"), (cancel, "askDuplicateCancel")):
        button.setObjectName(name)
    box.setDefaultButton(yes)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is yes:
        return DuplicateAnswer.YES
    return DuplicateAnswer.NO if clicked is no else DuplicateAnswer.CANCEL


class DuplicatePanel(QWidget):
    """Searches after a pause in typing (off the GUI thread); `changed` when the officer links or unlinks."""

    def __init__(
        self,
        petitions: PetitionService,
        tasks: TaskRunner,
        probe: Callable[[], PetitionInput | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._petitions = petitions
        self._tasks = tasks
        self._probe = probe
        self._generation = 0
        self.changed = Callbacks()
        self.candidates: list[DuplicateCandidate] = []
        self.duplicate_of: DuplicateCandidate | None = None
        self.same_case_as: DuplicateCandidate | None = None
        self.status = QLabel(vpp.DUP_INTRO)
        self.status.setObjectName("duplicateStatus")
        self.status.setWordWrap(True)
        hint_style(self.status, None)
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.setAccessibleName(vi_accessible.DUPLICATES)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.mark_button = QPushButton(vpp.DUP_MARK)
        self.mark_button.setObjectName("markDuplicate")
        self.mark_button.setToolTip(vpp.DUP_MARK_TIP)
        self.join_button = QPushButton(vpp.DUP_JOIN)
        self.join_button.setObjectName("joinCase")
        self.join_button.setToolTip(vpp.DUP_JOIN_TIP)
        self.clear_button = QPushButton(vpp.DUP_CLEAR)
        self.clear_button.setObjectName("clearLink")
        self.link = NoticeLabel()
        self.link.setObjectName("duplicateLink")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.mark_button, self.join_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_header(vpp.SECTION_DUPLICATES))
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.link)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)

        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.mark_button.clicked.connect(self.mark_selected)
        self.join_button.clicked.connect(self.join_selected)
        self.clear_button.clicked.connect(self.clear_link)
        self._update_buttons()
        self._show_link()

    # Searching -------------------------------------------------------------------------------------------
    def schedule(self) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        probe = self._probe()
        self._generation += 1
        generation = self._generation
        if probe is None:
            self._show(generation, DuplicateCheck(()))
            return
        self.status.setText(vpp.DUP_SEARCHING)
        petitions = self._petitions
        (
            self._tasks.op(lambda: petitions.check_duplicates(probe))
            .success(lambda check: self._show(generation, check))
            .failure(lambda _exc: self._show(generation, DuplicateCheck(())))
            .run()
        )

    def _show(self, generation: int, check: DuplicateCheck) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        found = list(check.candidates)
        keep = self.selected()
        self.candidates = list(found)
        self.list.clear()
        for candidate in found:
            item = QListWidgetItem(candidate_text(candidate))
            item.setToolTip(candidate_text(candidate))
            self.list.addItem(item)
        if keep is not None:
            index = next((i for i, c in enumerate(found) if c.petition_id == keep.petition_id), -1)
            self.list.setCurrentRow(index)
        elif found:
            self.list.setCurrentRow(0)
        status = vpp.DUP_FOUND.format(count=len(found)) if found else vpp.DUP_NONE
        if check.confidential_earlier:
            status = vpp.DUP_CONFIDENTIAL_EARLIER + ("\n" + status if found else "")
        self.status.setText(status)
        hint_style(self.status, "warn" if found or check.confidential_earlier else None)
        self._update_buttons()

    # Linking ---------------------------------------------------------------------------------------------
    def selected(self) -> DuplicateCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def mark_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.mark(chosen)

    def mark(self, candidate: DuplicateCandidate) -> None:
        self.duplicate_of = candidate
        self._show_link()
        self.changed.emit()

    def join_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.case_id is not None:
            self.same_case_as = chosen
            self._show_link()
            self.changed.emit()

    def clear_link(self) -> None:
        self.duplicate_of = self.same_case_as = None
        self._show_link()
        self.changed.emit()

    def reset(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.candidates = []
        self.list.clear()
        self.duplicate_of = self.same_case_as = None
        self.status.setText(vpp.DUP_INTRO)
        hint_style(self.status, None)
        self._show_link()
        self._update_buttons()

    def _show_link(self) -> None:
        lines = []
        if self.duplicate_of is not None:
            lines.append(vpp.DUP_MARKED.format(label=self.duplicate_of.label))
        if self.same_case_as is not None:
            lines.append(vpp.DUP_JOINED.format(label=self.same_case_as.label))
        if lines:
            self.link.show_text("\n".join(lines), "info")
        else:
            self.link.clear_text()
        self.clear_button.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.mark_button.setEnabled(chosen is not None)
        self.join_button.setEnabled(chosen is not None and chosen.case_id is not None)
        if chosen is not None and chosen.case_id is None:
            self.join_button.setToolTip(vpp.DUP_NO_CASE.format(label=chosen.label))
        else:
            self.join_button.setToolTip(vpp.DUP_JOIN_TIP)
