"""`desk-app report TONG-HOP (--period P | --from D --to D) --format json|txt|docx|pdf [--out FILE]` (DOMAIN §16.4)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Final

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK
from desk_app.cli.report_period import ReportCliError, fail, period_of
from desk_app.documents import review_files
from desk_app.domain.permissions import Action
from desk_app.files import write_whole
from desk_app.i18n import vi_reports as vrep
from desk_app.i18n import vi_review as txt
from desk_app.paths import AppPaths

FORM: Final = "TONG-HOP"
FORMATS: Final = ("json", "txt", "docx", "pdf")


def is_review(form: str | None) -> bool:
    return bool(form) and str(form).strip().upper() == FORM


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    kind = str(ns.format or "").strip().lower()
    if not kind:
        return fail(vrep.CLI_NO_FORMAT)
    if kind not in FORMATS:
        return fail(txt.CLI_BAD_FORMAT.format(value=ns.format))
    if kind in ("docx", "pdf") and not ns.out:
        return fail(vrep.CLI_NEEDS_OUT.format(value=kind))
    if ns.period is None and ns.date_from is None and ns.date_to is None:
        return fail(vrep.CLI_NO_PERIOD)
    if not paths.database.exists():
        return fail(vrep.CLI_NO_DATA.format(folder=paths.data))
    services = signin.open_office(ns, paths, signin.may(Action.VIEW_REPORTS), f"report {FORM}")
    try:
        period = period_of(services, ns)
        report = services.reports.review(period)
        data = json.dumps(report.as_json(), ensure_ascii=False) + "\n"
        out = Path(ns.out) if ns.out else None
        if out is None:
            sys.stdout.write(data if kind == "json" else review_files.text_file(report))
            return EXIT_OK
        if kind == "json":
            write_whole(out, data, make_parents=True)
        else:
            review_files.write(services, report, kind, out)
        print(vrep.CLI_WRITTEN.format(form=FORM, label=period.label, path=out))
        return EXIT_OK
    except ReportCliError as exc:
        return fail(str(exc))
    finally:
        services.close()
