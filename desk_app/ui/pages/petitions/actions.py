"""The handling dialogs of a petition: classify, propose, the leader's approval or return, re-open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Handling, PetitionStatus
from desk_app.domain.petition_flow import PermissionDenied, PetitionAction, TransitionError
from desk_app.domain.petition_rules import PETITION_HANDLINGS, implied_handling, needs_receiving_body
from desk_app.errors import ValidationError
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_petition as vpet
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.services.petitions.detail import DecisionInfo, PetitionDetail
from desk_app.services.petitions.followups import FollowUpService
from desk_app.services.petitions.service import PetitionService, RepeatHandlingRefused
from desk_app.ui.widgets.errors import desk_error_text, error_message
from desk_app.ui.widgets.fields import EnumCombo, ErrorLabel, Field, NoticeLabel


def action_error_text(exc: Exception) -> str:
    """A Vietnamese sentence for a refused action: once-only handlings name the earlier petition."""
    if isinstance(exc, RepeatHandlingRefused):
        return vpet.REPEAT_REFUSED[exc.rule].format(petition=exc.earlier.petition_label)
    if isinstance(exc, PermissionDenied):
        return vpp.PERMISSION_DENIED.format(action=enum_labels.PETITION_ACTION[exc.action])
    if isinstance(exc, TransitionError):
        return vpp.TRANSITION_REFUSED.format(
            action=enum_labels.PETITION_ACTION[exc.action], status=enum_labels.PETITION_STATUS[exc.status]
        )
    return desk_error_text(exc)


def plain_edit(lines: int) -> QPlainTextEdit:
    """A few lines of text; Tab leaves the box (keyboard first)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class ActionDialog(QDialog):
    """A small form whose OK runs one service call; field errors go under their field, others at the bottom."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.result_status: PetitionStatus | None = None
        self.errors: dict[str, ErrorLabel] = {}
        self.problem = NoticeLabel()
        self.problem.setObjectName("actionProblem")
        self.body = QVBoxLayout()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("actionOk")
        self.ok_button.setDefault(True)
        cancel = self.buttons.addButton(vpp.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("actionCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def add_field(self, key: str, caption: str, widget: QWidget) -> Field:
        field = Field(caption, widget)
        self.errors[key] = field.error
        self.body.addWidget(field)
        return field

    def run(self, call: Callable[[], PetitionStatus | None]) -> bool:
        for label in self.errors.values():
            label.clear_messages()
        self.problem.clear_text()
        try:
            self.result_status = call()
        except ValidationError as exc:
            rest: list[str] = []
            for err in exc.errors:
                found = self.errors.get(err.field)
                if found is None:
                    rest.append(error_message(err))
                else:
                    found.set_messages([error_message(err)])
            if rest:
                self.problem.show_text("\n".join(rest), "error")
            return False
        except Exception as exc:
            self.problem.show_text(action_error_text(exc), "error")
            return False
        self.accept()
        return True

    def submit(self) -> None:
        raise NotImplementedError


class ClassifyDialog(ActionDialog):
    def __init__(
        self, petitions: PetitionService, petition_id: int, label: str, parent: QWidget | None = None
    ):
        super().__init__(vpp.CLASSIFY_TITLE.format(label=label), vpp.OK, parent)
        self._petitions, self._id = petitions, petition_id
        self.within = QRadioButton(vpp.CLASSIFY_WITHIN)
        self.within.setObjectName("withinCompetence")
        self.not_within = QRadioButton(vpp.CLASSIFY_NOT_WITHIN)
        self.not_within.setObjectName("notWithinCompetence")
        group = QButtonGroup(self)
        for button in (self.within, self.not_within):
            group.addButton(button)
            self.body.addWidget(button)
        self.within.setChecked(True)
        self.competent_body = QLineEdit()
        self.competent_body.setObjectName("competentBody")
        self.competent_body.setPlaceholderText(vpp.COMPETENT_PLACEHOLDER)
        self.body_field = self.add_field("competent_body", vpp.COMPETENT_BODY, self.competent_body)
        self.not_within.toggled.connect(self.body_field.setVisible)
        self.body_field.setVisible(False)

    def submit(self) -> None:
        within = self.within.isChecked()
        body = None if within else self.competent_body.text()

        def call() -> PetitionStatus:
            self._petitions.classify(self._id, within_competence=within, competent_body=body)
            return self._petitions.status(self._id)

        self.run(call)


class ProposeDialog(ActionDialog):
    """The proposal starts from the classification: its handling, and the competent body as the receiving body."""

    def __init__(
        self,
        petitions: PetitionService,
        petition_id: int,
        label: str,
        parent: QWidget | None = None,
        *,
        start: PetitionDetail | None = None,
    ):
        super().__init__(
            vpp.PROPOSE_TITLE.format(label=label), enum_labels.PETITION_ACTION[PetitionAction.PROPOSE], parent
        )
        self._petitions, self._id = petitions, petition_id
        labels = {h: enum_labels.HANDLING[h] for h in PETITION_HANDLINGS}
        self.handling: EnumCombo[Handling] = EnumCombo(labels)
        self.handling.setObjectName("proposalHandling")
        self.target = QLineEdit()
        self.target.setObjectName("proposalTarget")
        self.reason = plain_edit(3)
        self.reason.setObjectName("proposalReason")
        self.basis = QLineEdit()
        self.basis.setObjectName("proposalBasis")
        self.basis.setPlaceholderText(vpp.PROPOSE_BASIS_PLACEHOLDER)
        self.add_field("handling", vpp.PROPOSE_HANDLING, self.handling)
        self.target_field = self.add_field("target_body", vpp.PROPOSE_TARGET, self.target)
        self.add_field("reason", vpp.PROPOSE_REASON, self.reason)
        self.add_field("legal_basis", vpp.PROPOSE_BASIS, self.basis)
        if start is not None:
            self._start_from(start)
        self.handling.currentIndexChanged.connect(lambda _i: self._show_target())
        self._show_target()

    def _start_from(self, d: PetitionDetail) -> None:
        implied = implied_handling(d.category, d.within_competence, duplicate=d.duplicate_of_id is not None)
        if implied in PETITION_HANDLINGS:
            self.handling.set_value(implied)
        if d.within_competence is False and d.competent_body:
            self.target.setText(d.competent_body)

    def _show_target(self) -> None:
        handling = self.handling.value() or Handling.THU_LY
        self.target_field.setVisible(needs_receiving_body(handling))
        self.target_field.caption.setText(vpp.PROPOSE_TARGETS.get(handling, vpp.PROPOSE_TARGET))

    def submit(self) -> None:
        handling = self.handling.value() or Handling.THU_LY
        target = self.target.text() if self.target_field.isVisible() else None
        reason, basis = self.reason.toPlainText(), self.basis.text()

        def call() -> PetitionStatus:
            self._petitions.propose(self._id, handling, target_body=target, reason=reason, legal_basis=basis)
            return self._petitions.status(self._id)

        self.run(call)


class DecideDialog(ActionDialog):
    """The leader's opinion on the pending proposal: Duyệt or Trả lại."""

    def __init__(
        self,
        petitions: PetitionService,
        petition_id: int,
        label: str,
        pending: DecisionInfo,
        approve: bool,
        parent: QWidget | None = None,
    ):
        ok = vpp.DECIDE_APPROVE if approve else vpp.DECIDE_RETURN
        super().__init__(vpp.DECIDE_TITLE.format(label=label), ok, parent)
        self._petitions, self._id, self._approve = petitions, petition_id, approve
        target = vpp.DECISION_TARGET.format(body=pending.target_body) if pending.target_body else ""
        proposal = QLabel(
            vpp.DECIDE_PROPOSAL.format(handling=enum_labels.HANDLING[pending.handling], target=target)
        )
        proposal.setWordWrap(True)
        proposal.setStyleSheet("font-weight: bold;")
        self.body.addWidget(proposal)
        if pending.reason:
            reason = QLabel(pending.reason)
            reason.setWordWrap(True)
            self.body.addWidget(reason)
        self.opinion = plain_edit(3)
        self.opinion.setObjectName("leaderOpinion")
        self.add_field("opinion", vpp.DECIDE_OPINION, self.opinion)

    def submit(self) -> None:
        opinion = self.opinion.toPlainText().strip() or None
        self.run(lambda: self._petitions.decide(self._id, approve=self._approve, opinion=opinion))


class ReopenDialog(ActionDialog):
    def __init__(
        self, petitions: PetitionService, petition_id: int, label: str, parent: QWidget | None = None
    ):
        super().__init__(
            vpp.REOPEN_TITLE.format(label=label), enum_labels.PETITION_ACTION[PetitionAction.REOPEN], parent
        )
        self._petitions, self._id = petitions, petition_id
        self.reason = plain_edit(3)
        self.reason.setObjectName("reopenReason")
        self.add_field("reason", vpp.REOPEN_REASON, self.reason)

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        self.run(lambda: self._petitions.reopen(self._id, reason))


class VoidResultDialog(ActionDialog):
    """Void the result recorded on a resolved petition (imported wrong, entered by mistake), with the reason."""

    def __init__(
        self, follow_ups: FollowUpService, petition_id: int, label: str, parent: QWidget | None = None
    ):
        super().__init__(
            vpp.VOID_RESULT_TITLE.format(label=label),
            enum_labels.PETITION_ACTION[PetitionAction.VOID_RESULT],
            parent,
        )
        self._follow_ups, self._id = follow_ups, petition_id
        self.reason = plain_edit(3)
        self.reason.setObjectName("voidResultReason")
        self.add_field("void_reason", vpp.VOID_RESULT_REASON, self.reason)

    def submit(self) -> None:
        reason = self.reason.toPlainText()

        def call() -> PetitionStatus:
            self._follow_ups.void_result(self._id, reason)
            return PetitionStatus.DANG_GIAI_QUYET

        self.run(call)
