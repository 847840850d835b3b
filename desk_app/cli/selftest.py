"""`desk-app self-test`: migrate a temporary database, render every document, open and close the window."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desk_app.cli.common import EXIT_FAILED, EXIT_OK, EXPECTED, CliError, describe, one_line
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.demo.service import fill_demo
from desk_app.services.registry import Services, open_services


def _check(label: str, run: Callable[[], str | None]) -> bool:
    """Run one check; print "OK …" or "LỖI …" on one line."""
    try:
        detail = run()
    except NotImplementedError:
        print(f"{txt.FAIL} {label}: {txt.NOT_WIRED}")
        return False
    except Exception as exc:
        reason = describe(exc, Path()) if isinstance(exc, EXPECTED) else f"{type(exc).__name__}: {exc}"
        print(f"{txt.FAIL} {label}: {one_line(reason)}")
        return False
    print(f"{txt.OK} {one_line(detail or label)}")
    return True


def _pdf(label: str, visit_id: int | None, missing: str, render: Callable[[int], bytes]) -> str:
    if visit_id is None:
        raise CliError(missing)
    data = render(visit_id)
    if not data.startswith(b"%PDF"):
        raise CliError(txt.NOT_PDF)
    return txt.CHECK_PDF_SIZE.format(label=label, size=len(data))


def _visits_for_printing(services: Services) -> tuple[int | None, int | None]:
    """(a visit with received documents, any visit that was not refused), newest first."""
    from desk_app.domain.enums import Handling
    from desk_app.services.visits.register import RegisterFilter

    with_docs: int | None = None
    received: int | None = None
    for visit_id in services.register.search_ids(RegisterFilter()):
        data = services.intake.get(visit_id).data
        if data.handling is not Handling.TU_CHOI_TIEP:
            received = received or visit_id
            if data.documents and with_docs is None:
                with_docs = visit_id
        if with_docs and received:
            break
    return with_docs, received


def _open_window(services: Services) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk_app.app import open_window_once

    open_window_once(services, txt.PROG)


def run_self_test() -> int:
    """Migrate a temporary database, fill it, render every document, open the window; 0 when all pass."""
    from desk_app.documents import conclusions, petitions, visits
    from desk_app.i18n import vi_conclusions as vc
    from desk_app.i18n import vi_petition_forms as vpf
    from desk_app.storage.migrate import head_revision

    with tempfile.TemporaryDirectory(prefix="desk-app-self-test-") as tmp:
        opened: list[Services] = []

        def database() -> str:
            opened.append(open_services(AppPaths(Path(tmp) / "data")))
            return txt.CHECK_DATABASE.format(revision=head_revision())

        if not _check(txt.CHECK_DATABASE_LABEL, database):
            return EXIT_FAILED
        sv = opened[0]
        try:

            def demo() -> str:
                summary = fill_demo(sv, seed=1, months=1, per_working_day=1.0)
                return txt.CHECK_DEMO.format(visits=summary.visits, cases=summary.cases)

            results = [_check(txt.CHECK_DEMO_LABEL, demo)]
            with_docs, received = _visits_for_printing(sv)
            head = sv.office.head()
            meet = txt.APPOINTMENT_MEET.format(name=head.full_name, title=head.position or "") if head else ""
            when = dt.datetime.combine(sv.ctx.today() + dt.timedelta(days=3), dt.time(8, 0))
            receipt, appointment = txt.CHECK_RECEIPT, txt.CHECK_APPOINTMENT
            results += [
                _check(receipt, lambda: _pdf(receipt, with_docs, txt.NO_VISIT_WITH_DOCUMENTS,
                                             lambda v: visits.receipt_pdf(sv, v))),
                _check(appointment, lambda: _pdf(appointment, received, txt.NO_VISIT,
                                                 lambda v: visits.appointment_pdf(sv, v, when, meet))),
                _check(vc.SELF_TEST_LABEL, lambda: _pdf(vc.SELF_TEST_LABEL, 0, "",
                                                        lambda _v: conclusions.self_test_pdf(sv))),
                _check(vpf.SELF_TEST_LABEL, lambda: _pdf(vpf.SELF_TEST_LABEL, 0, "",
                                                         lambda _v: petitions.self_test_pdf(sv))),
                _check(txt.CHECK_WINDOW, lambda: _open_window(sv)),
            ]  # fmt: skip
        finally:
            sv.close()
    return EXIT_OK if all(results) else EXIT_FAILED
