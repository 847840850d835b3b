"""The printed registers (Sổ tiếp công dân, Sổ theo dõi xử lý đơn) from the service's batches: cover, lines, PDF, kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from desk_app.domain.documents import DocumentKind
from desk_app.domain.form_versions import OfficialForm, form_versions
from desk_app.i18n import labels
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.vi_form_versions import form_mark
from desk_app.printing.forms.book_layout import BookCover
from desk_app.printing.forms.petition_register_book import PetitionBookLine, render_petition_register
from desk_app.printing.forms.visit_register import VisitBookLine, render_visit_register
from desk_app.services.documents import KeptDocument
from desk_app.services.registry import Services
from desk_app.services.visits.books import BookCoverData, RegisterBookService, VisitBookRow

Progress = Callable[[int, int], None]


def books(services: Services) -> RegisterBookService:
    return RegisterBookService(services.ctx, services.register, services.petition_register)


def _cover(data: BookCoverData, title: str, form_no: str | None, basis: str | None) -> BookCover:
    return BookCover(
        parent_name=data.parent_name, office_name=data.office_name, place_name=data.place_name,
        head_title=data.head_title, title=title, date_from=data.date_from, date_to=data.date_to, rows=data.rows,
        form_no=form_no, form_basis=basis, printed_on=data.printed_on,
    )  # fmt: skip


def visit_line(item: VisitBookRow) -> VisitBookLine:
    r = item.row
    remarks = r.remarks
    if r.is_voided:
        remarks = "; ".join(x for x in (vt.VOIDED_NOTE, remarks) if x)
    return VisitBookLine(
        book_no=r.book_no, date=r.date, name_address=r.name_address, id_document=item.id_document,
        summary=r.summary, category=labels.CATEGORY[r.category] if r.category else "", group_size=r.group_size,
        prior_handling=r.prior_handling, within_competence=r.within_competence, guidance=r.guidance,
        transfer=r.transfer, follow_up=r.follow_up, remarks=remarks,
    )  # fmt: skip


def visit_book_pdf(
    services: Services, date_from: dt.date, date_to: dt.date, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The Sổ tiếp công dân of the range and its number of lines, on the form in force over the range (DOMAIN §9)."""
    service = books(services)
    data = service.visit_cover(date_from, date_to)

    def lines() -> Iterator[VisitBookLine]:
        for batch in service.visit_batches(date_from, date_to):
            yield from (visit_line(item) for item in batch)

    number, basis = form_mark(form_versions(OfficialForm.VISIT_BOOK, date_from, date_to))
    cover = _cover(data, vt.BOOK_TITLE_VISITS, number, basis)
    return render_visit_register(cover, lines(), progress), data.rows


def petition_book_pdf(
    services: Services, date_from: dt.date, date_to: dt.date, progress: Progress | None = None
) -> tuple[bytes, int]:
    """The Sổ theo dõi xử lý đơn of the range and its number of lines."""
    service = books(services)
    data = service.petition_cover(date_from, date_to)

    def lines() -> Iterator[PetitionBookLine]:
        for batch in service.petition_batches(date_from, date_to):
            for r in batch:
                yield PetitionBookLine(
                    label=r.label, received_date=r.received_date, source=labels.PETITION_SOURCE[r.source],
                    sender=r.sender, id_document=r.id_document, summary=r.summary, category=labels.CATEGORY[r.category],
                    handling=labels.HANDLING[r.handling] if r.handling else "",
                    status=labels.PETITION_STATUS[r.status], next_due=r.next_due,
                )  # fmt: skip

    return render_petition_register(
        _cover(data, vt.BOOK_TITLE_PETITIONS, None, None), lines(), progress
    ), data.rows


def keep_visit_book(
    services: Services, date_from: dt.date, date_to: dt.date, progress: Progress | None = None
) -> tuple[KeptDocument, int]:
    pdf, rows = visit_book_pdf(services, date_from, date_to, progress)
    return services.documents.keep(None, DocumentKind.VISIT_BOOK, pdf), rows


def keep_petition_book(
    services: Services, date_from: dt.date, date_to: dt.date, progress: Progress | None = None
) -> tuple[KeptDocument, int]:
    pdf, rows = petition_book_pdf(services, date_from, date_to, progress)
    return services.documents.keep(None, DocumentKind.PETITION_BOOK, pdf), rows
