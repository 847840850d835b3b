"""Thiết lập cơ quan: the first start asks for the office, its head, the reception officer and the place."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_screens as vs
from desk_app.services.office.service import PlaceInfo, StaffInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.fields import EnterMovesOn, ErrorLabel, with_error
from desk_app.ui.pages.settings.office import OfficeForm


def _line(object_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(200)
    return edit


class FirstRunDialog(QDialog):
    """Accepted only after services.office.save(...) succeeded and the head, officer and place exist."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(vs.FIRST_RUN_TITLE)
        self.setMinimumWidth(900)
        title = QLabel(vs.FIRST_RUN_TITLE)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(vs.FIRST_RUN_INTRO)
        intro.setWordWrap(True)
        self.office = OfficeForm(self)
        self.head_name = _line("headName", vs.HEAD_NAME_PLACEHOLDER)
        self.officer_name = _line("officerName", vs.OFFICER_NAME_PLACEHOLDER)
        self.place_name = _line("placeName")
        self.place_name.setText(vs.PLACE_DEFAULT_NAME)
        self.head_error = ErrorLabel()
        self.head_error.setObjectName("headNameError")
        self.officer_error = ErrorLabel()
        self.officer_error.setObjectName("officerNameError")
        self.place_error = ErrorLabel()
        self.place_error.setObjectName("placeNameError")
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("firstRunError")
        people = QGroupBox(vs.FIRST_RUN_PEOPLE)
        form = QFormLayout(people)
        form.addRow(f"{vs.HEAD_NAME} *", with_error(self.head_name, self.head_error))
        form.addRow(f"{vs.OFFICER_NAME} *", with_error(self.officer_name, self.officer_error))
        form.addRow(f"{vs.PLACE_NAME_LABEL} *", with_error(self.place_name, self.place_error))
        office_box = QGroupBox(vs.FIRST_RUN_OFFICE)
        QVBoxLayout(office_box).addWidget(self.office)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(vs.SAVE, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("firstRunSave")
        self.save_button.setToolTip(vs.SAVE_SHORTCUT_HINT)
        self.quit_button = buttons.addButton(vs.QUIT, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("firstRunQuit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(vs.FIRST_RUN_HINT)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(office_box)
        layout.addWidget(people)
        layout.addWidget(self.general_error)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._keyboard()
        for edit, error in (
            (self.head_name, self.head_error),
            (self.officer_name, self.officer_error),
            (self.place_name, self.place_error),
        ):
            edit.textChanged.connect(lambda _t, e=error: e.clear_error())
        self.office.name.setFocus()

    def _keyboard(self) -> None:
        chain: list[QWidget] = [*self.office.inputs(), self.head_name, self.officer_name, self.place_name]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(chain[-1], self.save_button)
        QWidget.setTabOrder(self.save_button, self.quit_button)
        self._enter = EnterMovesOn(self)
        self._enter.watch(*chain)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.accept)

    def _people_errors(self) -> list[tuple[QLineEdit, ErrorLabel, str]]:
        checks = (
            (self.head_name, self.head_error, vs.HEAD_NAME_REQUIRED),
            (self.officer_name, self.officer_error, vs.OFFICER_NAME_REQUIRED),
            (self.place_name, self.place_error, i18n_errors.message("place.name.required")),
        )
        return [check for check in checks if not check[0].text().strip()]

    def accept(self) -> None:
        """Save everything; on a problem show it under its field and stay open."""
        self.office.clear_errors()
        self.general_error.clear_error()
        people = self._people_errors()
        missing = self.office.missing_required()
        for _edit, label, message in people:
            label.show_error(message)
        first = self.office.show_errors(missing)
        if missing or people:
            (first or people[0][0]).setFocus()
            self._grow()
            return
        info = self.office.value()
        head_title = info.head_title.strip().upper()
        try:
            # One transaction: a failure leaves no office without its head, officer or place.
            officer = self._services.office.setup(
                info,
                StaffInfo(
                    full_name=self.head_name.text(),
                    position=head_title.capitalize(),
                    is_head=True,
                    signature_title=head_title,
                    roles=(Role.LANH_DAO,),
                ),
                StaffInfo(
                    full_name=self.officer_name.text(),
                    position=vs.OFFICER_POSITION,
                    roles=(Role.TIEP_CONG_DAN,),
                ),
                PlaceInfo(name=self.place_name.text(), address=info.address, is_default=True),
            )
        except ValidationError as exc:
            focus = self.office.show_errors(exc.errors)
            if focus is not None:
                focus.setFocus()
            self._grow()
            return
        except DeskError as exc:
            self.general_error.show_error(i18n_errors.message(str(getattr(exc, "key", exc))))
            return
        actor = self._services.ctx.actor
        actor.name = officer.full_name
        actor.staff_id = officer.id
        super().accept()

    def _grow(self) -> None:
        """Make room for the error lines (the nested office form's minimum height is not always propagated)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))
