"""What may be printed for a visit at the desk: the receipt (02/TCD), the appointment slip, the refusal notice (01/TCD)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from desk_app.domain.enums import RefusalReason
from desk_app.domain.legal_rules import refusal_ground


class VisitPaper(StrEnum):
    RECEIPT = "RECEIPT"
    APPOINTMENT = "APPOINTMENT"
    REFUSAL_NOTICE = "REFUSAL_NOTICE"


class PrintProblem(StrEnum):
    """Why a paper cannot be printed now; the value is the error key (its sentence lives in i18n)."""

    NEED_SAVE = "print.need_save"
    NOT_FOR_REFUSAL = "print.not_for_refusal"
    NEED_DOCUMENTS = "print.need_documents"
    NOT_REFUSED = "print.not_refused"
    NOTICE_NOT_NEEDED = "print.notice_not_needed"


def print_problem(
    paper: VisitPaper, *, saved: bool, refusal: RefusalReason | None, documents: int, on: dt.date
) -> PrintProblem | None:
    """Why `paper` cannot be printed for a visit, or None.

    Papers are printed from what is in the book, so the visit must be saved with nothing typed since (`saved`).
    The receipt lists the documents handed over, so a visit without any has none; a refused visitor gets only the
    refusal notice, and that only when the refusal's ground needs it in writing (DOMAIN §3).
    """
    if paper is VisitPaper.REFUSAL_NOTICE:
        if refusal is None:
            return PrintProblem.NOT_REFUSED
        if not saved:
            return PrintProblem.NEED_SAVE
        if not refusal_ground(refusal, on).needs_written_notice:
            return PrintProblem.NOTICE_NOT_NEEDED
        return None
    if not saved:
        return PrintProblem.NEED_SAVE
    if refusal is not None:
        return PrintProblem.NOT_FOR_REFUSAL
    if paper is VisitPaper.RECEIPT and not documents:
        return PrintProblem.NEED_DOCUMENTS
    return None
