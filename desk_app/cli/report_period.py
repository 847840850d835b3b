"""What `report` and `report TONG-HOP` share: the period from --period or --from/--to, and the one-line failure."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from desk_app.cli.common import EXIT_USAGE
from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_cli
from desk_app.i18n import vi_reports as vrep
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportPeriod


class ReportCliError(DeskError):
    """An expected problem of the report command, already worded in Vietnamese."""


def fail(message: str) -> int:
    print(vi_cli.ERROR_PREFIX + " ".join(message.split()), file=sys.stderr)
    return EXIT_USAGE


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ReportCliError(vrep.CLI_BAD_DATE.format(value=value)) from None


def period_of(services: Services, ns: argparse.Namespace) -> ReportPeriod:
    ranged = ns.date_from is not None or ns.date_to is not None
    if ns.period and ranged:
        raise ReportCliError(vrep.CLI_BOTH_PERIODS)
    try:
        if ns.period:
            return services.reports.period(ns.period)
        if ns.date_from is None or ns.date_to is None:
            raise ReportCliError(vrep.CLI_NO_PERIOD)
        return services.reports.custom_period(parse_date(ns.date_from), parse_date(ns.date_to))
    except ValidationError as exc:
        raise ReportCliError(" ".join(i18n_errors.message(e.key) for e in exc.errors)) from None
