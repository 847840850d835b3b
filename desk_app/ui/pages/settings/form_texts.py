"""The Mẫu văn bản tab: the office rewords a printed form's editable paragraphs, or goes back to the default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_form_parts as fp
from desk_app.services.office.form_texts import FormTextPart
from desk_app.services.registry import Services
from desk_app.ui.widgets.fields import ErrorLabel, NoticeLabel, hint_style, section_header

PART_ROLE = Qt.ItemDataRole.UserRole


class FormTextsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parts: list[FormTextPart] = []
        intro = QLabel(fp.INTRO)
        intro.setWordWrap(True)
        hint_style(intro, None)
        self.form_picker = QComboBox()
        self.form_picker.setObjectName("formTextForm")
        self.form_picker.setMinimumWidth(360)
        for spec in fp.FORMS:
            self.form_picker.addItem(spec.label, spec.key)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(fp.FORM_LABEL))
        picker.addWidget(self.form_picker)
        picker.addStretch(1)

        self.part_list = QListWidget()
        self.part_list.setObjectName("formTextParts")
        self.part_list.setMinimumWidth(320)
        self.part_list.setMaximumWidth(420)
        # A long part name wraps onto a second line instead of running past the list's right edge.
        self.part_list.setWordWrap(True)
        self.part_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.part_list.setResizeMode(QListView.ResizeMode.Adjust)
        left = QVBoxLayout()
        left.addWidget(section_header(fp.PARTS_LABEL))
        left.addWidget(self.part_list, 1)

        self.part_title = QLabel()
        self.part_title.setWordWrap(True)
        self.part_title.setStyleSheet("font-weight: bold;")
        self.default_text = QLabel()
        self.default_text.setObjectName("formTextDefault")
        self.default_text.setWordWrap(True)
        self.default_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.default_text.setStyleSheet(
            "QLabel { background: #f4f4f4; border: 1px solid #d0d0d0; border-radius: 3px; padding: 6px; }"
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        hint_style(self.hint, None)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("formTextEditor")
        self.editor.setMinimumHeight(110)
        self.error = ErrorLabel()
        self.error.setObjectName("formTextError")
        self.save_button = QPushButton(fp.SAVE)
        self.save_button.setObjectName("formTextSave")
        self.reset_button = QPushButton(fp.RESET)
        self.reset_button.setObjectName("formTextReset")
        self.status = NoticeLabel()
        self.status.setObjectName("formTextStatus")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.part_title)
        right.addWidget(section_header(fp.DEFAULT_LABEL))
        right.addWidget(self.default_text)
        right.addWidget(self.hint)
        right.addSpacing(6)
        right.addWidget(section_header(fp.TEXT_LABEL))
        right.addWidget(self.editor)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(picker)
        layout.addLayout(body, 1)

        self.form_picker.currentIndexChanged.connect(lambda _i: self._load_parts())
        self.part_list.currentRowChanged.connect(lambda _r: self._show_part())
        self.editor.textChanged.connect(self.error.clear_messages)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.reload()

    # Loading -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._load_parts()

    def select_form(self, form_key: str) -> None:
        self.form_picker.setCurrentIndex(max(0, self.form_picker.findData(form_key)))

    def select_part(self, part_key: str) -> None:
        for row, part in enumerate(self._parts):
            if part.part_key == part_key:
                self.part_list.setCurrentRow(row)

    def current_part(self) -> FormTextPart | None:
        row = self.part_list.currentRow()
        return self._parts[row] if 0 <= row < len(self._parts) else None

    def _load_parts(self, keep: str | None = None) -> None:
        key = str(self.form_picker.currentData() or "")
        self._parts = self._services.form_texts.parts(key) if key else []
        self.part_list.blockSignals(True)
        self.part_list.clear()
        for part in self._parts:
            label = fp.CUSTOM_MARK.format(label=part.label) if part.custom is not None else part.label
            item = QListWidgetItem(label)
            item.setData(PART_ROLE, part.part_key)
            item.setToolTip(part.text)
            self.part_list.addItem(item)
        self.part_list.blockSignals(False)
        rows = [i for i, p in enumerate(self._parts) if p.part_key == keep]
        self.part_list.setCurrentRow(rows[0] if rows else 0)
        self._show_part()

    def _show_part(self) -> None:
        part = self.current_part()
        enabled = part is not None
        for widget in (self.editor, self.save_button, self.reset_button):
            widget.setEnabled(enabled)
        self.error.clear_messages()
        if part is None:
            self.part_title.clear()
            self.default_text.clear()
            self.hint.clear()
            self.editor.clear()
            return
        self.part_title.setText(part.label)
        self.default_text.setText(part.default)
        names = part.placeholders
        notes = [
            fp.PLACEHOLDERS_NOTE.format(names=fp.placeholder_list(names, explained=True))
            if names
            else fp.NO_PLACEHOLDERS
        ]
        if part.hint:
            notes.append(part.hint)
        self.hint.setText(" ".join(notes))
        self.editor.setPlainText(part.text)
        self.reset_button.setEnabled(part.custom is not None)

    # Actions -----------------------------------------------------------------------------------------------
    def save(self) -> FormTextPart | None:
        part = self.current_part()
        if part is None:
            return None
        self.status.clear_text()
        try:
            saved = self._services.form_texts.save(part.form_key, part.part_key, self.editor.toPlainText())
        except ValidationError as exc:
            names = fp.placeholder_list(part.placeholders)
            self.error.set_messages(i18n_errors.message(e.key, names=names) for e in exc.errors)
            return None
        except DeskError as exc:
            self.error.set_messages([i18n_errors.message(str(getattr(exc, "key", "")))])
            return None
        self._load_parts(keep=part.part_key)
        self.status.show_text(fp.SAVED if saved.custom is not None else fp.RESET_DONE, "ok")
        return saved

    def reset(self) -> FormTextPart | None:
        part = self.current_part()
        if part is None:
            return None
        self.status.clear_text()
        try:
            done = self._services.form_texts.reset(part.form_key, part.part_key)
        except DeskError as exc:
            self.error.set_messages([i18n_errors.message(str(getattr(exc, "key", "")))])
            return None
        self._load_parts(keep=part.part_key)
        self.status.show_text(fp.RESET_DONE, "ok")
        return done
