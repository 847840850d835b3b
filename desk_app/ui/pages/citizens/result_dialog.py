"""'Ghi kết quả…' on a case: its result (Đã / Đang / Chưa giải quyết) as of a day, recorded or corrected later."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from desk_app.domain.enums import PetitionStatus
from desk_app.domain.matter_results import MatterResult
from desk_app.errors import FieldError
from desk_app.i18n import vi_citizens as vcit
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_results
from desk_app.services.visits.case_results import CaseResultInfo, CaseResultService
from desk_app.ui.pages.petitions.actions import ActionDialog, plain_edit
from desk_app.ui.pages.petitions.form_parts import read_date
from desk_app.ui.widgets.errors import error_message
from desk_app.ui.widgets.fields import DateField, EnumCombo


class CaseResultDialog(ActionDialog):
    """A new result of the case: the latest one (by its day, then the order entered) is what the reports count;
    an earlier result, imported or entered wrong, is corrected by recording the right one."""

    def __init__(
        self,
        results: CaseResultService,
        case_id: int,
        code: str,
        today: dt.date,
        current: MatterResult | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vcit.RESULT_TITLE.format(code=code), vcit.RESULT_SAVE, parent)
        self._results, self._case_id = results, case_id
        self.saved: CaseResultInfo | None = None
        self.outcome = EnumCombo(vi_results.RESULT)
        self.outcome.setObjectName("caseResultValue")
        self.outcome.set_value(current or MatterResult.DA_GIAI_QUYET)
        self.on = DateField()
        self.on.setObjectName("caseResultDate")
        self.on.set_date(today)
        self.note = plain_edit(2)
        self.note.setObjectName("caseResultNote")
        self.add_field("result", vcit.RESULT_VALUE, self.outcome)
        self.add_field("result_date", vcit.RESULT_DATE, self.on)
        self.add_field("note", vcit.RESULT_NOTE, self.note)

    def submit(self) -> None:
        errors: list[FieldError] = []
        result = self.outcome.value()
        if result is None:
            errors.append(FieldError("result", "required"))
        on = read_date(self.on, "result_date", errors)
        if on is None and not any(e.field == "result_date" for e in errors):
            errors.append(FieldError("result_date", "required"))
        if errors:
            for label in self.errors.values():
                label.clear_messages()
            for err in errors:
                text = vpp.DATE_INVALID if err.code == "invalid_date" else error_message(err)
                self.errors[err.field].set_messages([text])
            return
        assert result is not None and on is not None

        def call() -> PetitionStatus | None:
            self.saved = self._results.record(self._case_id, result, on, note=self.note.toPlainText())
            return None

        self.run(call)
