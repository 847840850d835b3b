"""A petition opened from the register: its data, clocks, proposals, follow-ups, scans, documents and actions."""

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
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.permissions import Action
from desk_app.domain.petition_flow import PetitionAction, decision_actions
from desk_app.domain.petition_followups import FollowUpType, offered_follow_ups
from desk_app.i18n import labels, vi
from desk_app.i18n import vi_grants as vg
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.services.permissions import may
from desk_app.services.petitions.detail import PetitionDetail, PetitionDetailService
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.models.petition_table_model import DUE_COLOURS
from desk_app.ui.pages.petitions.actions import (
    ActionDialog,
    ClassifyDialog,
    DecideDialog,
    ProposeDialog,
    ReopenDialog,
    VoidResultDialog,
)
from desk_app.ui.pages.petitions.attachments import AttachmentPanel
from desk_app.ui.pages.petitions.followup import FollowUpDialog, FollowUpList
from desk_app.ui.pages.petitions.grants import AccessGrantsDialog
from desk_app.ui.pages.petitions.history import PetitionHistoryDialog, WrapDelegate, decision_lines
from desk_app.ui.pages.petitions.printing import PetitionPrinter
from desk_app.ui.preferences import scaled_font
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel, section_header

CLOCKS_TAB, DECISIONS_TAB, FOLLOW_UPS_TAB, ATTACHMENTS_TAB = range(4)


def _value(text: str) -> QLabel:
    label = QLabel(text or vpp.D_NONE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PetitionView(QDialog):
    """`changed` after an action so the register can refresh its row."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        petition_id: int,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks or TaskRunner(self)
        self.details = PetitionDetailService(services.ctx, services.working_calendar)
        self.petition_id = petition_id
        self.detail: PetitionDetail = self.details.get(petition_id)
        dialogs.fit_to_screen(self, 1120, 720)
        self.header = QLabel()
        self.header.setObjectName("petitionHeader")
        self.header.setStyleSheet("font-weight: bold; color: #1a3f7a;")
        self.header.setFont(scaled_font(self.header.font(), 1.25))  # follows Tùy chọn › Cỡ chữ
        self.confidential = NoticeLabel()
        self.facts_left = QFormLayout()
        self.facts_right = QFormLayout()
        for form in (self.facts_left, self.facts_right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clocks = QTreeWidget()
        self.clocks.setObjectName("petitionClocks")
        self.clocks.setHeaderLabels(list(vpp.CLOCK_COLUMNS_FULL))
        self.clocks.setRootIsDecorated(False)
        self.clocks.setWordWrap(True)
        self.clocks.setUniformRowHeights(False)
        self.clocks.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        header = self.clocks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 300), (1, 100), (2, 130), (4, 150)):
            self.clocks.setColumnWidth(column, width)
        self.clocks.setItemDelegate(WrapDelegate(self.clocks))
        self.decisions = QLabel()
        self.decisions.setObjectName("petitionDecisions")
        self.decisions.setWordWrap(True)
        self.decisions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.decisions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_ups = FollowUpList()
        self.record_button = QPushButton(vpp.FOLLOW_UP_RECORD)
        self.record_button.setObjectName("recordFollowUp")
        self.record_button.setToolTip(vpp.FOLLOW_UP_RECORD_TIP)
        self.record_button.clicked.connect(lambda: self.record_follow_up())
        self.attachments = AttachmentPanel(
            services.attachments, self.tasks, petition_id, self.detail.label, self
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("petitionTabs")
        self.notice = NoticeLabel()
        self.notice.setObjectName("petitionActionNotice")
        self.actions_row = QHBoxLayout()
        self.action_buttons: dict[PetitionAction, QPushButton] = {}
        self.no_actions = QLabel(vpp.NO_ACTIONS)
        self.history_button = QPushButton(vpp.HISTORY)
        self.history_button.setObjectName("petitionHistory")
        self.history_button.clicked.connect(self.show_history)
        # Only who may grant (the leader) sees the button; the service refuses everyone else anyway.
        self.grants_button = QPushButton(vg.OPEN_BUTTON)
        self.grants_button.setObjectName("petitionGrants")
        self.grants_button.setToolTip(vg.OPEN_TIP)
        self.grants_button.setVisible(may(services.ctx, Action.GRANT_ACCESS))
        self.grants_button.clicked.connect(lambda: self.show_grants())
        self.printer = PetitionPrinter(services, self.tasks, self.notice, self)
        self.print_button = self.printer.make_button(self)
        self.printer.printed.connect(lambda *_a: self.refresh())
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
        bottom.addWidget(self.grants_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.confidential)
        layout.addLayout(facts)
        decisions = QWidget()
        QVBoxLayout(decisions).addWidget(self.decisions)
        follow_ups = QWidget()
        follow_layout = QVBoxLayout(follow_ups)
        follow_layout.setContentsMargins(4, 4, 4, 4)
        follow_layout.addWidget(self.follow_ups, 1)
        for page, title in (
            (self.clocks, vpp.TAB_CLOCKS),
            (decisions, vpp.TAB_DECISIONS),
            (follow_ups, vpp.TAB_FOLLOW_UPS.format(count=0)),
            (self.attachments, vpp.TAB_ATTACHMENTS.format(count=0)),
        ):
            self.tabs.addTab(page, title)
        self.attachments.changed.connect(self._count_tabs)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(section_header(vpp.ACTIONS_HEADER))
        layout.addLayout(self.actions_row)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

    # Showing ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        d = self.detail = self.details.get(self.petition_id)
        self.setWindowTitle(vpp.DETAIL_TITLE.format(label=d.label))
        self.header.setText(
            vpp.DETAIL_HEADER.format(
                label=d.label, category=labels.CATEGORY[d.category], status=labels.PETITION_STATUS[d.status]
            )
        )
        if d.is_confidential:
            self.confidential.show_text(vpp.D_CONFIDENTIAL, "warn")
        self._fill_facts(d)
        self._fill_clocks(d)
        lines = [line for decision in d.decisions for line in decision_lines(decision)]
        self.decisions.setText("\n".join(lines) or vpp.DECISION_NONE)
        self._fill_actions(d)
        self.follow_ups.show_items(self.services.follow_ups.list(d.id))
        self.attachments.refresh()
        self.printer.fill_menu(self.print_button, d)
        self._count_tabs()

    def _count_tabs(self) -> None:
        follow_ups = len(self.follow_ups.items)
        self.tabs.setTabText(FOLLOW_UPS_TAB, vpp.TAB_FOLLOW_UPS.format(count=follow_ups))
        self.tabs.setTabText(ATTACHMENTS_TAB, vpp.TAB_ATTACHMENTS.format(count=len(self.attachments.items)))

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
            (vpp.D_FIELD, labels.SUBJECT_FIELD[d.field] if d.field else ""),
            (
                vpp.D_PRIOR,
                labels.PRIOR_DECISION_LEVEL[d.prior_decision_level] if d.prior_decision_level else "",
            ),
        ):
            self.facts_left.addRow(caption, _value(text))
        for caption, text in (
            (vpp.D_RECEIVED, fmt_date(d.received_date)),
            (vpp.D_SOURCE, labels.PETITION_SOURCE[d.source]),
            (vpp.D_FORWARDED, forwarded),
            (vpp.D_LETTER_DATE, fmt_date(d.letter_date)),
            (vpp.D_SIGNERS, f"{d.signer_count} — {labels.SIGNATURE_KIND[d.signature]}"),
            (vpp.D_ORIGINALS, vs.YES if d.has_original_documents else vs.NO),
            (vpp.D_COMPETENCE, competence),
            (vpp.D_HANDLING, labels.HANDLING[d.handling] if d.handling else ""),
            (vpp.D_LINKS, "\n".join(x for x in links if x)),
        ):
            self.facts_right.addRow(caption, _value(text))

    def _fill_clocks(self, d: PetitionDetail) -> None:
        self.clocks.clear()
        for clock in d.clocks:
            original = fmt_date(clock.original_due_date)
            moved = fmt_date(clock.due_date) if clock.due_date != clock.original_due_date else ""
            state = (
                vpp.CLOCK_DONE.format(date=fmt_date(clock.completed_on))
                if clock.completed_on
                else labels.DEADLINE_STATUS[clock.state]
            )
            what = clock.what + (vpp.SAVED_CLOCK_GIVEN if clock.given_to_citizen else "")
            item = QTreeWidgetItem([what, original, moved, clock.explanation, state])
            for column in range(5):
                item.setToolTip(column, item.text(column))
            colours = DUE_COLOURS.get(clock.state) if clock.completed_on is None else None
            if colours is not None:
                for column in range(5):
                    item.setBackground(column, QBrush(colours[0]))
                    item.setForeground(column, QBrush(colours[1]))
            self.clocks.addTopLevelItem(item)

    def _fill_actions(self, d: PetitionDetail) -> None:
        for button in self.action_buttons.values():
            button.hide()  # deleted later: hidden now so a refreshed row never shows stale buttons
            button.deleteLater()
        self.action_buttons.clear()
        while self.actions_row.count():
            self.actions_row.takeAt(0)
        allowed = decision_actions(
            d.status, self.services.ctx.actor.roles, has_pending_proposal=d.pending_decision is not None
        )
        for action in allowed:
            button = QPushButton(labels.PETITION_ACTION[action])
            button.setObjectName(f"action{action.value.title()}")
            button.setToolTip(vpp.ACTION_TIPS.get(action.value, ""))
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            self.actions_row.addWidget(button)
            self.action_buttons[action] = button
        types = offered_follow_ups(
            d.status, self.services.ctx.actor.roles, any(not c.completed_on for c in d.clocks)
        )
        self.record_button.setVisible(bool(types))
        self.actions_row.addWidget(self.record_button)
        self.no_actions.setVisible(not allowed and not types)
        self.actions_row.addWidget(self.no_actions)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.print_button)

    # Acting ----------------------------------------------------------------------------------------------
    def start_action(self, action: PetitionAction) -> ActionDialog | None:
        """Open the dialog of an action (not modal, so tests can fill it); the view refreshes when it is done."""
        petitions, d = self.services.petitions, self.detail
        dialog: ActionDialog
        if action is PetitionAction.CLASSIFY:
            dialog = ClassifyDialog(petitions, d.id, d.label, self)
        elif action is PetitionAction.PROPOSE:
            dialog = ProposeDialog(petitions, d.id, d.label, self, start=d)
        elif action in (PetitionAction.APPROVE, PetitionAction.RETURN) and d.pending_decision is not None:
            dialog = DecideDialog(
                petitions, d.id, d.label, d.pending_decision, action is PetitionAction.APPROVE, self
            )
        elif action is PetitionAction.REOPEN:
            dialog = ReopenDialog(petitions, d.id, d.label, self)
        elif action is PetitionAction.VOID_RESULT:
            dialog = VoidResultDialog(self.services.follow_ups, d.id, d.label, self)
        else:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._done(action, dialog.result_status))
        dialog.open()
        return dialog

    def _done(self, action: PetitionAction, status: Any) -> None:
        self.refresh()
        shown = (
            labels.PETITION_STATUS.get(status, "")
            if status is not None
            else labels.PETITION_STATUS[self.detail.status]
        )
        self.notice.show_text(
            vpp.ACTION_DONE.format(action=labels.PETITION_ACTION[action], status=shown), "ok"
        )
        self.changed.emit()

    def record_follow_up(self) -> FollowUpDialog:
        """ "Ghi nhận…": a reply, an urging, a result, a withdrawal, a suspension, an extension (not modal)."""
        d = self.detail
        pairs = list(zip(self.services.petitions.clocks(d.id), d.clocks, strict=True))
        dialog = FollowUpDialog(
            self.services.follow_ups, d.id, d.label, d.status, self.services.ctx.actor.roles, pairs,
            self.services.ctx.today(), self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._recorded(dialog))
        dialog.open()
        return dialog

    def _recorded(self, dialog: FollowUpDialog) -> None:
        saved, picked = dialog.saved, dialog.extended_clock()
        before = self.detail.status
        self.refresh()
        self.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
        if saved is None:
            return
        what = vpp.FOLLOW_UP_TYPES[saved.event_type]
        if saved.event_type is FollowUpType.GIA_HAN and picked is not None:
            clock = next((c for c in self.detail.clocks if c.rule_code == picked[1].rule_code), picked[1])
            text = vpp.FOLLOW_UP_EXTENDED.format(
                what=clock.what, original=fmt_date(clock.original_due_date), due=fmt_date(clock.due_date)
            )
            self.tabs.setCurrentIndex(CLOCKS_TAB)
        else:
            text = vpp.FOLLOW_UP_DONE.format(what=what)
            if self.detail.status is not before:
                status = labels.PETITION_STATUS[self.detail.status]
                text = vpp.FOLLOW_UP_DONE_STATUS.format(what=what, status=status)
        self.notice.show_text(text, "ok")
        self.changed.emit()

    def show_history(self) -> PetitionHistoryDialog:
        dialog = PetitionHistoryDialog(self.details.history(self.petition_id), self.detail.label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_grants(self) -> AccessGrantsDialog:
        d = self.detail
        dialog = AccessGrantsDialog(self.services.grants, d.id, d.label, d.case_id, d.case_code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def clock_rows(self) -> list[list[str]]:
        """The clocks table as text (tests and screen readers)."""
        rows = []
        for i in range(self.clocks.topLevelItemCount()):
            item = self.clocks.topLevelItem(i)
            if item is not None:
                rows.append([item.text(c) for c in range(5)])
        return rows

    def clock_state(self, row: int) -> DeadlineStatus | None:
        clocks = self.detail.clocks
        return clocks[row].state if 0 <= row < len(clocks) else None
