"""'Hủy kết quả…' on a case: the result recorded last is voided, with a reason; the one before it counts again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.i18n import vi_citizens as vcit
from desk_app.i18n import vi_results
from desk_app.i18n.formatting import fmt_date
from desk_app.services.visits.case_results import CaseResultInfo, CaseResultService
from desk_app.ui.pages.schedule.dialogs import ReasonDialog


def last_live(results: CaseResultService, case_id: int) -> CaseResultInfo | None:
    """The live result the case shows now (by its day, then the order entered), or None."""
    live = [r for r in results.history(case_id) if not r.voided]
    return live[-1] if live else None


def void_dialog(
    results: CaseResultService, case_id: int, code: str, parent: QWidget | None = None
) -> ReasonDialog | None:
    """The reason dialog voiding the case's last live result; None when the case has none."""
    last = last_live(results, case_id)
    if last is None:
        return None
    result_id = last.id
    prompt = vcit.RESULT_VOID_REASON.format(result=vi_results.RESULT[last.result], date=fmt_date(last.on))
    return ReasonDialog(
        vcit.RESULT_VOID_TITLE.format(code=code),
        prompt,
        vcit.RESULT_VOID_OK,
        lambda reason: results.void(result_id, reason),
        parent,
    )
