"""`desk-app report FORM (--period P | --from D --to D) --format json|csv|xlsx|pdf [--out FILE]` (DOMAIN §16.4)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Final

from desk_app.cli import review, signin
from desk_app.cli.common import EXIT_OK
from desk_app.cli.report_period import ReportCliError, fail, period_of
from desk_app.documents import report_files
from desk_app.domain.permissions import Action
from desk_app.files import write_whole
from desk_app.i18n import vi_reports as vrep
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm, ReportResult

FORMATS: Final = ("json", "csv", "xlsx", "pdf")


def _form(value: str | None) -> ReportForm:
    if not value:
        raise ReportCliError(vrep.CLI_NO_FORM)
    wanted = value.strip().upper()
    for form in ReportForm:
        if form.value == wanted:
            return form
    raise ReportCliError(vrep.CLI_BAD_FORM.format(form=value, forms=", ".join(f.value for f in ReportForm)))


def _format(ns: argparse.Namespace) -> str:
    if not ns.format:
        raise ReportCliError(vrep.CLI_NO_FORMAT)
    value = str(ns.format).strip().lower()
    if value not in FORMATS:
        raise ReportCliError(vrep.CLI_BAD_FORMAT.format(value=ns.format))
    if value in ("xlsx", "pdf") and not ns.out:
        raise ReportCliError(vrep.CLI_NEEDS_OUT.format(value=value))
    return value


def as_json(result: ReportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False)


def as_csv(result: ReportResult) -> str:
    """One row per column: its number, its heading path, its figure (the file the window writes, without the BOM)."""
    return report_files.report_csv_text(result)


def _write_file(services: Services, result: ReportResult, kind: str, out: Path) -> None:
    """CSV, XLSX and PDF through the same report files as the window (documents.report_files)."""
    if kind == "csv":
        report_files.report_csv(result, out)
        return
    office = services.documents.office_header()
    if kind == "xlsx":
        report_files.report_xlsx(result, office, out, **report_files.signing(services))
    else:
        report_files.report_pdf(result, office, out, **report_files.signing(services))


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    """Compute the report and print or write it; one Vietnamese line on stderr and status 2 on bad input."""
    if review.is_review(ns.form):
        return review.run(ns, paths)
    try:
        form = _form(ns.form)
        kind = _format(ns)
        if ns.period is None and ns.date_from is None and ns.date_to is None:
            raise ReportCliError(vrep.CLI_NO_PERIOD)
    except ReportCliError as exc:
        return fail(str(exc))
    if not paths.database.exists():
        return fail(vrep.CLI_NO_DATA.format(folder=paths.data))
    services = signin.open_office(ns, paths, signin.may(Action.VIEW_REPORTS), f"report {form.value}")
    try:
        period = period_of(services, ns)
        result = services.reports.compute(form, period)
        out = Path(ns.out) if ns.out else None
        if out is None:
            sys.stdout.write(as_json(result) + "\n" if kind == "json" else as_csv(result))
            return EXIT_OK
        if kind == "json":
            write_whole(out, as_json(result) + "\n", make_parents=True)
        else:
            _write_file(services, result, kind, out)
        print(vrep.CLI_WRITTEN.format(form=form.value, label=period.label, path=out))
        return EXIT_OK
    except ReportCliError as exc:
        return fail(str(exc))
    finally:
        services.close()
