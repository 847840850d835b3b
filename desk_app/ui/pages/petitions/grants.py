"""Cho phép xem danh tính: the leader lets a named officer see this petition (or its whole case), and revokes it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import ValidationError
from desk_app.i18n import vi_grants as vg
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.services.citizens.grants import AccessGrantService, GrantInfo
from desk_app.ui import dialogs
from desk_app.ui.pages.petitions.actions import ActionDialog
from desk_app.ui.pages.petitions.history import WrapDelegate
from desk_app.ui.widgets.errors import desk_error_text, error_message
from desk_app.ui.widgets.fields import Field, IdCombo, NoticeLabel, section_header


def fmt_moment(value: dt.datetime) -> str:
    """dd/mm/yyyy HH:mm (grants keep the office's wall-clock time)."""
    return f"{fmt_date(value.date())} {fmt_time(value.time())}"


def scope_text(grant: GrantInfo) -> str:
    if grant.case_id is not None:
        return vg.SCOPE_CASE.format(code=grant.case_code or "")
    return vg.SCOPE_PETITION.format(label=grant.petition_label or "")


def status_text(grant: GrantInfo) -> str:
    if grant.revoked_at is None:
        return vg.LIVE
    return vg.REVOKED.format(
        at=fmt_moment(grant.revoked_at), by=grant.revoked_by or "", reason=grant.revoke_reason or ""
    )


class RevokeGrantDialog(ActionDialog):
    """The reason for ending one grant; the grant itself is kept, marked revoked."""

    def __init__(self, grants: AccessGrantService, grant: GrantInfo, parent: QWidget | None = None) -> None:
        super().__init__(vg.REVOKE_TITLE.format(name=grant.staff_name), vg.REVOKE_OK, parent)
        self._grants, self.grant = grants, grant
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.add_field("reason", vg.REVOKE_REASON, self.reason)
        self.reason.setFocus()  # the one thing to type; Enter confirms

    def submit(self) -> None:
        def call() -> None:
            self.grant = self._grants.revoke(self.grant.id, self.reason.text())

        self.run(call)


class AccessGrantsDialog(QDialog):
    """The grants of one petition and of its case: who sees, why, since when; add one, revoke one."""

    def __init__(
        self,
        grants: AccessGrantService,
        petition_id: int,
        label: str,
        case_id: int | None,
        case_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._grants, self._petition_id, self._case_id = grants, petition_id, case_id
        self.items: list[GrantInfo] = []
        self.setWindowTitle(vg.TITLE.format(label=label))
        dialogs.fit_to_screen(self, 900, 560)
        intro = QLabel(vg.INTRO)
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("grantList")
        self.list.setHeaderLabels(list(vg.COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrapDelegate(self.list))
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 170), (1, 130), (3, 210)):
            self.list.setColumnWidth(column, width)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton(vg.REVOKE_BUTTON)
        self.revoke_button.setObjectName("revokeGrant")
        self.revoke_button.setToolTip(vg.REVOKE_TIP)
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(lambda: self.start_revoke())
        self.grantee = IdCombo()
        self.grantee.setObjectName("grantee")
        self.only_petition = QRadioButton(vg.ONLY_PETITION)
        self.only_petition.setObjectName("scopePetition")
        self.only_petition.setChecked(True)
        self.whole_case = QRadioButton(vg.WHOLE_CASE.format(code=case_code or ""))
        self.whole_case.setObjectName("scopeCase")
        self.whole_case.setVisible(case_id is not None)
        self.reason = QLineEdit()
        self.reason.setObjectName("grantReason")
        self.reason.setPlaceholderText(vg.REASON_PLACEHOLDER)
        self.reason.returnPressed.connect(self.add)
        self.add_button = QPushButton(vg.ADD_BUTTON)
        self.add_button.setObjectName("addGrant")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.notice = NoticeLabel()
        self.notice.setObjectName("grantNotice")
        self.grantee_field = Field(vg.GRANTEE, self.grantee)
        self.reason_field = Field(vg.REASON, self.reason)
        self._build(intro)
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()
        self._fill_grantees()
        self.grantee.setFocus()

    def _build(self, intro: QLabel) -> None:
        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(self.only_petition)
        scope_layout.addWidget(self.whole_case)
        scope_field = Field(vg.SCOPE, scope)
        list_buttons = QHBoxLayout()
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.revoke_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.reason_field, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(vg.CLOSE)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(section_header(vg.LIST_HEADER))
        layout.addWidget(self.list, 1)
        layout.addLayout(list_buttons)
        layout.addWidget(section_header(vg.ADD_HEADER))
        top = QHBoxLayout()
        top.addWidget(self.grantee_field, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(scope_field, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addLayout(add_row)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        QWidget.setTabOrder(self.grantee, self.only_petition)
        QWidget.setTabOrder(self.only_petition, self.whole_case)
        QWidget.setTabOrder(self.whole_case, self.reason)
        QWidget.setTabOrder(self.reason, self.add_button)
        QWidget.setTabOrder(self.add_button, self.list)
        QWidget.setTabOrder(self.list, self.revoke_button)

    # Showing -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The petition's grants, then its case's; live ones first within each."""
        found = self._grants.list_for(petition_id=self._petition_id)
        if self._case_id is not None:
            found += self._grants.list_for(case_id=self._case_id)
        self.items = sorted(found, key=lambda g: (not g.live, -g.id))
        self.list.clear()
        for grant in self.items:
            given = vg.GIVEN.format(at=fmt_moment(grant.granted_at), by=grant.granted_by)
            row = QTreeWidgetItem(
                [grant.staff_name, scope_text(grant), grant.reason, given, status_text(grant)]
            )
            for column in range(5):
                row.setToolTip(column, row.text(column))
                if not grant.live:
                    row.setForeground(column, Qt.GlobalColor.gray)
            self.list.addTopLevelItem(row)
        if not self.items:
            row = QTreeWidgetItem([vg.NONE])
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(row)
            row.setFirstColumnSpanned(True)
        else:
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
        self._update_buttons()

    def _fill_grantees(self) -> None:
        people = self._grants.grantees()
        self.grantee.set_items(
            [(None, vg.CHOOSE)]
            + [
                (
                    p.staff_id,
                    vg.GRANTEE_ITEM.format(name=p.staff_name, login=p.login) if p.login else p.staff_name,
                )
                for p in people
            ]
        )
        if not people:
            self.grantee_field.error.set_messages([vg.NO_GRANTEES])

    def rows(self) -> list[list[str]]:
        """The list as text (tests and screen readers); none when there is no grant."""
        found = (self.list.topLevelItem(i) for i in range(len(self.items)))
        return [[item.text(c) for c in range(5)] for item in found if item is not None]

    def selected(self) -> GrantInfo | None:
        current = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self.items[index] if 0 <= index < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.live)

    # Acting ------------------------------------------------------------------------------------------
    def add(self) -> bool:
        self.grantee_field.error.clear_messages()
        self.reason_field.error.clear_messages()
        self.notice.clear_text()
        case = self.whole_case.isVisible() and self.whole_case.isChecked()
        try:
            grant = self._grants.grant(
                self.grantee.value(),
                case_id=self._case_id if case else None,
                petition_id=None if case else self._petition_id,
                reason=self.reason.text(),
            )
        except ValidationError as exc:
            fields = {"grantee": self.grantee_field, "reason": self.reason_field}
            rest = []
            for err in exc.errors:
                field = fields.get(err.field)
                if field is None:
                    rest.append(error_message(err))
                else:
                    field.error.set_messages([error_message(err)])
            if rest:
                self.notice.show_text("\n".join(rest), "error")
            return False
        except Exception as exc:
            self.notice.show_text(desk_error_text(exc), "error")
            return False
        self.reason.clear()
        self.grantee.setCurrentIndex(0)
        self.refresh()
        self.notice.show_text(vg.ADDED.format(name=grant.staff_name, scope=scope_text(grant)), "ok")
        self.grantee.setFocus()
        return True

    def start_revoke(self) -> RevokeGrantDialog | None:
        """Open the reason dialog for the selected live grant (not modal, so tests can fill it)."""
        chosen = self.selected()
        if chosen is None or not chosen.live:
            return None
        dialog = RevokeGrantDialog(self._grants, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._revoked(dialog.grant))
        dialog.open()
        return dialog

    def _revoked(self, grant: GrantInfo) -> None:
        self.refresh()
        self.notice.show_text(vg.REVOKED_DONE.format(name=grant.staff_name), "ok")
        self.list.setFocus()
