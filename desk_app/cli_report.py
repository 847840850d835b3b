"""`desk-app report FORM (--period P | --from D --to D) --format json|csv|xlsx|pdf [--out FILE]` (DOMAIN §16.4)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Final

from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import vi_cli
from desk_app.i18n import vi_reports as txt
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.report_types import ReportForm, ReportPeriod, ReportResult

EXIT_OK, EXIT_USAGE = 0, 2
FORMATS: Final = ("json", "csv", "xlsx", "pdf")
HEADING_JOIN: Final = " — "


class ReportCliError(DeskError):
    """An expected problem of the report command, already worded in Vietnamese."""


def _fail(message: str) -> int:
    print(vi_cli.ERROR_PREFIX + " ".join(message.split()), file=sys.stderr)
    return EXIT_USAGE


def _form(value: str | None) -> ReportForm:
    if not value:
        raise ReportCliError(txt.CLI_NO_FORM)
    wanted = value.strip().upper()
    for form in ReportForm:
        if form.value == wanted:
            return form
    raise ReportCliError(txt.CLI_BAD_FORM.format(form=value, forms=", ".join(f.value for f in ReportForm)))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ReportCliError(txt.CLI_BAD_DATE.format(value=value)) from None


def _format(ns: argparse.Namespace) -> str:
    if not ns.format:
        raise ReportCliError(txt.CLI_NO_FORMAT)
    value = str(ns.format).strip().lower()
    if value not in FORMATS:
        raise ReportCliError(txt.CLI_BAD_FORMAT.format(value=ns.format))
    if value in ("xlsx", "pdf") and not ns.out:
        raise ReportCliError(txt.CLI_NEEDS_OUT.format(value=value))
    return value


def _period(services: Services, ns: argparse.Namespace) -> ReportPeriod:
    ranged = ns.date_from is not None or ns.date_to is not None
    if ns.period and ranged:
        raise ReportCliError(txt.CLI_BOTH_PERIODS)
    try:
        if ns.period:
            return services.reports.period(ns.period)
        if ns.date_from is None or ns.date_to is None:
            raise ReportCliError(txt.CLI_NO_PERIOD)
        return services.reports.custom_period(_date(ns.date_from), _date(ns.date_to))
    except ValidationError as exc:
        raise ReportCliError(" ".join(txt.error_text(e.key) for e in exc.errors)) from None


def as_json(result: ReportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False)


def as_csv(result: ReportResult) -> str:
    """One row per column: its number, its heading path, its figure (UTF-8 with a BOM when written to a file)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(txt.CSV_HEADER)
    for column in result.columns:
        writer.writerow(
            [column.number, HEADING_JOIN.join(column.headings), result.values.get(column.number, 0)]
        )
    return buffer.getvalue()


def _write_text(path: Path, text: str, *, bom: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8-sig" if bom else "utf-8")
    tmp.replace(path)


def _write_office_format(services: Services, result: ReportResult, kind: str, out: Path) -> bool:
    """XLSX and PDF come from the report outputs of the window; False when this build has none."""
    try:
        from desk_app.ui import report_outputs
    except ImportError:
        return False
    if kind == "xlsx":
        report_outputs.report_xlsx(result, out)
    else:
        header = services.documents.office_header()
        report_outputs.report_pdf(result, header, out)
    return True


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    """Compute the report and print or write it; one Vietnamese line on stderr and status 2 on bad input."""
    try:
        form = _form(ns.form)
        kind = _format(ns)
        if ns.period is None and ns.date_from is None and ns.date_to is None:
            raise ReportCliError(txt.CLI_NO_PERIOD)
    except ReportCliError as exc:
        return _fail(str(exc))
    if not paths.database.exists():
        return _fail(txt.CLI_NO_DATA.format(folder=paths.data))
    services = open_services(paths)
    try:
        period = _period(services, ns)
        result = services.reports.compute(form, period)
        out = Path(ns.out) if ns.out else None
        if kind in ("json", "csv"):
            text = as_json(result) + "\n" if kind == "json" else as_csv(result)
            if out is None:
                sys.stdout.write(text)
                return EXIT_OK
            _write_text(out, text, bom=kind == "csv")
        elif out is None or not _write_office_format(services, result, kind, out):
            return _fail(txt.CLI_OUTPUT_MISSING.format(value=kind))
        print(txt.CLI_WRITTEN.format(form=form.value, label=period.label, path=out))
        return EXIT_OK
    except ReportCliError as exc:
        return _fail(str(exc))
    finally:
        services.close()
