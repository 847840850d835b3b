"""A petition opened from the register: its data, clocks, proposals, the actions its state allows, its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.petition_flow import PetitionAction, actions_from
from desk_app.i18n import vi
from desk_app.i18n import vi_petition as vp
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.services.audit import ChangeEntry
from desk_app.services.petition_detail import DecisionInfo, PetitionDetail, PetitionDetailService
from desk_app.services.petition_register import DueState
from desk_app.services.registry import Services
from desk_app.ui.formatting import fmt_date
from desk_app.ui.models.petition_table_model import DUE_COLOURS
from desk_app.ui.pages.petition_actions import (
    ActionDialog,
    ClassifyDialog,
    DecideDialog,
    ProposeDialog,
    ReopenDialog,
)
from desk_app.ui.visit_history import local_time_text, value_text
from desk_app.ui.widgets.fields import NoticeLabel, section_header

OFFERED = (
    PetitionAction.CLASSIFY,
    PetitionAction.PROPOSE,
    PetitionAction.APPROVE,
    PetitionAction.RETURN,
    PetitionAction.REOPEN,
)
"""The actions this screen can take; follow-ups (suspension, withdrawal …) come with their own forms."""

_LABELS: dict[str, Any] = {
    "status": vp.PETITION_STATUS,
    "category": vi.CATEGORY,
    "handling": vi.HANDLING,
    "proposal": vi.HANDLING,
}


def _at(value: Any) -> str:
    return local_time_text(value) if value is not None else ""


def decision_lines(d: DecisionInfo) -> list[str]:
    target = vpp.DECISION_TARGET.format(body=d.target_body) if d.target_body else ""
    lines = [
        vpp.DECISION_LINE.format(
            at=_at(d.proposed_at), who=d.proposed_by, handling=vi.HANDLING[d.handling], target=target
        )
    ]
    opinion = vpp.DECISION_OPINION.format(text=d.leader_opinion) if d.leader_opinion else ""
    if d.outcome is None:
        lines.append(vpp.DECISION_PENDING)
    elif d.outcome == "DUYET":
        lines.append(vpp.DECISION_APPROVED.format(who=d.decided_by, at=_at(d.decided_at), opinion=opinion))
    else:
        lines.append(vpp.DECISION_RETURNED.format(who=d.decided_by, at=_at(d.decided_at), opinion=opinion))
    return lines


def history_line(field: str, old: Any, new: Any, created: bool) -> str:
    label = vpp.HISTORY_FIELDS.get(field, vs.FIELD_LABELS.get(field, field))

    def text(value: Any) -> str:
        labels = _LABELS.get(field)
        if labels is not None and value in labels:
            return str(labels[value])
        return value_text(field, value)

    return f"{label}: {text(new)}" if created else f"{label}: {text(old)} → {text(new)}"


def _value(text: str) -> QLabel:
    label = QLabel(text or vpp.D_NONE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PetitionHistoryDialog(QDialog):
    def __init__(self, entries: list[ChangeEntry], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vpp.HISTORY_TITLE.format(label=label))
        self.resize(820, 420)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(list(vs.HISTORY_COLUMNS))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 170, 140)):
            self.tree.setColumnWidth(column, width)
        for entry in entries:
            reason = vs.HISTORY_REASON.format(reason=entry.reason) if entry.reason else ""
            item = QTreeWidgetItem(
                [
                    local_time_text(entry.at),
                    entry.actor,
                    vpp.HISTORY_ACTIONS.get(entry.action, entry.action),
                    reason,
                ]
            )
            self.tree.addTopLevelItem(item)
            for field, (old, new) in entry.changes.items():
                child = QTreeWidgetItem([history_line(field, old, new, entry.action == "create")])
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            item.setExpanded(True)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(vs.HISTORY_EMPTY))
        layout.addWidget(self.tree)
        close = QPushButton(vpp.CLOSE)
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def action_texts(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]


class PetitionView(QDialog):
    """`changed` after an action so the register can refresh its row."""

    changed = Signal()

    def __init__(self, services: Services, petition_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.details = PetitionDetailService(services.ctx, services.calendar)
        self.petition_id = petition_id
        self.detail: PetitionDetail = self.details.get(petition_id)
        self.resize(1060, 680)
        self.header = QLabel()
        self.header.setObjectName("petitionHeader")
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1a3f7a;")
        self.confidential = NoticeLabel()
        self.facts_left = QFormLayout()
        self.facts_right = QFormLayout()
        for form in (self.facts_left, self.facts_right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clocks = QTreeWidget()
        self.clocks.setObjectName("petitionClocks")
        self.clocks.setHeaderLabels(list(vpp.CLOCK_COLUMNS))
        self.clocks.setRootIsDecorated(False)
        self.clocks.setWordWrap(True)
        self.clocks.setUniformRowHeights(False)
        self.clocks.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.clocks.setMaximumHeight(self.fontMetrics().height() * 12)
        header = self.clocks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 330), (1, 170), (3, 120)):
            self.clocks.setColumnWidth(column, width)
        self.decisions = QLabel()
        self.decisions.setObjectName("petitionDecisions")
        self.decisions.setWordWrap(True)
        self.notice = NoticeLabel()
        self.notice.setObjectName("petitionActionNotice")
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[PetitionAction, QPushButton] = {}
        self.no_actions = QLabel(vpp.NO_ACTIONS)
        self.history_button = QPushButton(vpp.HISTORY)
        self.history_button.setObjectName("petitionHistory")
        self.history_button.clicked.connect(self.show_history)
        close = QPushButton(vpp.CLOSE)
        close.clicked.connect(self.reject)
        self._build(close)
        self.refresh()

    def _build(self, close: QPushButton) -> None:
        facts = QHBoxLayout()
        facts.addLayout(self.facts_left, 3)
        facts.addSpacing(16)
        facts.addLayout(self.facts_right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.confidential)
        layout.addLayout(facts)
        layout.addWidget(section_header(vpp.CLOCKS_HEADER))
        layout.addWidget(self.clocks)
        layout.addWidget(section_header(vpp.DECISIONS_HEADER))
        layout.addWidget(self.decisions)
        layout.addWidget(section_header(vpp.ACTIONS_HEADER))
        layout.addLayout(self.actions_row)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # Showing ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        d = self.detail = self.details.get(self.petition_id)
        self.setWindowTitle(vpp.DETAIL_TITLE.format(label=d.label))
        self.header.setText(
            vpp.DETAIL_HEADER.format(
                label=d.label, category=vi.CATEGORY[d.category], status=vp.PETITION_STATUS[d.status]
            )
        )
        if d.is_confidential:
            self.confidential.show_text(vpp.D_CONFIDENTIAL, "warn")
        self._fill_facts(d)
        self._fill_clocks(d)
        lines = [line for decision in d.decisions for line in decision_lines(decision)]
        self.decisions.setText("\n".join(lines) or vpp.DECISION_NONE)
        self._fill_actions(d)

    def _fill_facts(self, d: PetitionDetail) -> None:
        for form in (self.facts_left, self.facts_right):
            while form.rowCount():
                form.removeRow(0)
        forwarded = ""
        if d.forwarded_by_org:
            forwarded = vpp.D_FORWARDED_TEXT.format(
                org=d.forwarded_by_org,
                no=d.forwarded_doc_no or vpp.D_NONE,
                date=fmt_date(d.forwarded_doc_date) or vpp.D_NONE,
            )
        sender = (
            ", ".join(x for x in (d.sender_name, d.sender_address) if x and x != vi.MASKED) or d.sender_name
        )
        if d.is_impersonation:
            sender += vpp.D_IMPERSONATION
        if d.within_competence is None:
            competence = vpp.D_COMPETENCE_UNKNOWN
        elif d.within_competence:
            competence = vpp.D_COMPETENCE_YES
        else:
            competence = vpp.D_COMPETENCE_NO.format(body=d.competent_body or vpp.D_NONE)
        links = [
            vpp.D_DUPLICATE.format(label=d.duplicate_of_label) if d.duplicate_of_label else "",
            vpp.D_CASE.format(code=d.case_code) if d.case_code else "",
            vpp.D_VISIT.format(label=d.visit_label) if d.visit_label else "",
        ]
        for caption, text in (
            (vpp.D_SUMMARY, d.summary),
            (vpp.D_SENDER, sender),
            (vpp.D_ID, d.sender_id),
            (vpp.D_PHONE, d.sender_phone),
            (vpp.D_RESPONDENT, d.respondent),
            (vpp.D_FIELD, vi.SUBJECT_FIELD[d.field] if d.field else ""),
            (vpp.D_PRIOR, vi.PRIOR_DECISION_LEVEL[d.prior_decision_level] if d.prior_decision_level else ""),
        ):
            self.facts_left.addRow(caption, _value(text))
        for caption, text in (
            (vpp.D_RECEIVED, fmt_date(d.received_date)),
            (vpp.D_SOURCE, vp.PETITION_SOURCE[d.source]),
            (vpp.D_FORWARDED, forwarded),
            (vpp.D_LETTER_DATE, fmt_date(d.letter_date)),
            (vpp.D_SIGNERS, f"{d.signer_count} — {vi.SIGNATURE_KIND[d.signature]}"),
            (vpp.D_ORIGINALS, vs.YES if d.has_original_documents else vs.NO),
            (vpp.D_COMPETENCE, competence),
            (vpp.D_HANDLING, vi.HANDLING[d.handling] if d.handling else ""),
            (vpp.D_LINKS, "\n".join(x for x in links if x)),
        ):
            self.facts_right.addRow(caption, _value(text))

    def _fill_clocks(self, d: PetitionDetail) -> None:
        self.clocks.clear()
        for clock in d.clocks:
            due = fmt_date(clock.due_date)
            if clock.due_date != clock.original_due_date:
                due = vpp.CLOCK_EXTENDED.format(due=due, original=fmt_date(clock.original_due_date))
            state = (
                vpp.CLOCK_DONE.format(date=fmt_date(clock.completed_on))
                if clock.completed_on
                else vpp.CLOCK_STATE[clock.state]
            )
            what = clock.what + (vpp.SAVED_CLOCK_GIVEN if clock.given_to_citizen else "")
            item = QTreeWidgetItem([what, due, clock.explanation, state])
            for column in range(4):
                item.setToolTip(column, item.text(column))
            colours = DUE_COLOURS.get(clock.state) if clock.completed_on is None else None
            if colours is not None:
                for column in range(4):
                    item.setBackground(column, QBrush(colours[0]))
                    item.setForeground(column, QBrush(colours[1]))
            self.clocks.addTopLevelItem(item)

    def _fill_actions(self, d: PetitionDetail) -> None:
        for button in self.action_buttons.values():
            button.deleteLater()
        self.action_buttons.clear()
        while self.actions_row.count():
            self.actions_row.takeAt(0)
        allowed = [a for a in actions_from(d.status, self.services.ctx.actor.roles) if a in OFFERED]
        if d.pending_decision is None:
            allowed = [a for a in allowed if a not in (PetitionAction.APPROVE, PetitionAction.RETURN)]
        for action in allowed:
            button = QPushButton(vp.PETITION_ACTION[action])
            button.setObjectName(f"action{action.value.title()}")
            button.setToolTip(vpp.ACTION_TIPS.get(action.value, ""))
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            self.actions_row.addWidget(button)
            self.action_buttons[action] = button
        self.no_actions.setVisible(not allowed)
        self.actions_row.addWidget(self.no_actions)
        self.actions_row.addStretch(1)

    # Acting ----------------------------------------------------------------------------------------------
    def start_action(self, action: PetitionAction) -> ActionDialog | None:
        """Open the dialog of an action (not modal, so tests can fill it); the view refreshes when it is done."""
        petitions, d = self.services.petitions, self.detail
        dialog: ActionDialog
        if action is PetitionAction.CLASSIFY:
            dialog = ClassifyDialog(petitions, d.id, d.label, self)
        elif action is PetitionAction.PROPOSE:
            dialog = ProposeDialog(petitions, d.id, d.label, self)
        elif action in (PetitionAction.APPROVE, PetitionAction.RETURN) and d.pending_decision is not None:
            dialog = DecideDialog(
                petitions, d.id, d.label, d.pending_decision, action is PetitionAction.APPROVE, self
            )
        elif action is PetitionAction.REOPEN:
            dialog = ReopenDialog(petitions, d.id, d.label, self)
        else:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._done(action, dialog.result_status))
        dialog.open()
        return dialog

    def _done(self, action: PetitionAction, status: Any) -> None:
        self.refresh()
        shown = (
            vp.PETITION_STATUS.get(status, "")
            if status is not None
            else vp.PETITION_STATUS[self.detail.status]
        )
        self.notice.show_text(vpp.ACTION_DONE.format(action=vp.PETITION_ACTION[action], status=shown), "ok")
        self.changed.emit()

    def show_history(self) -> PetitionHistoryDialog:
        dialog = PetitionHistoryDialog(self.details.history(self.petition_id), self.detail.label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clock_rows(self) -> list[list[str]]:
        """The clocks table as text (tests and screen readers)."""
        rows = []
        for i in range(self.clocks.topLevelItemCount()):
            item = self.clocks.topLevelItem(i)
            if item is not None:
                rows.append([item.text(c) for c in range(4)])
        return rows

    def clock_state(self, row: int) -> DueState | None:
        clocks = self.detail.clocks
        return clocks[row].state if 0 <= row < len(clocks) else None
