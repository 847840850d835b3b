"""`desk-app deadline RULE START [--complex] [--json]`: a due date and its explanation.

With a data folder that holds a database the office's own rule versions and working calendar count; without one
the app's seed table and the holiday package do, and nothing is created.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desk_app.cli.common import EXIT_OK, EXIT_USAGE
from desk_app.domain.deadline_rules import DeadlineRule, rule_codes
from desk_app.domain.deadlines import NoVariantLengthError, compute, rule_for
from desk_app.domain.working_calendar import (
    FIRST_YEAR,
    CalendarBeforeFirstYearError,
    CalendarNotLoadedError,
    Due,
    WorkingCalendar,
)
from desk_app.i18n import vi_cli
from desk_app.i18n import vi_working_calendar as vwc
from desk_app.i18n.formatting import fmt_date
from desk_app.paths import AppPaths, resolve

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The working calendar starts in FIRST_YEAR (2000); dates far ahead are typing mistakes.
LAST_YEAR = 2100


def calendar_around(day: dt.date) -> WorkingCalendar:
    """The working calendar around `day`; the `holidays` package is imported only when a deadline is asked."""
    from desk_app.services.deadlines.holiday_source import calendar_around as load

    return load(day)


class DeadlineInputError(Exception):
    """Bad input, already worded in Vietnamese."""


@dataclass(frozen=True, slots=True)
class RuleSource:
    """Where the rules and the working days come from: the seed table, or an office's database."""

    codes: Callable[[], tuple[str, ...]]
    rule: Callable[[str, dt.date], DeadlineRule]
    calendar: Callable[[dt.date], WorkingCalendar]


def seed_source() -> RuleSource:
    """The app's own table and the holiday package (looked up at call time, so tests may replace it)."""
    return RuleSource(rule_codes, rule_for, lambda day: calendar_around(day))


@contextmanager
def office_source(paths: AppPaths, ns: argparse.Namespace | None = None) -> Iterator[RuleSource]:
    """The office's rule versions and calendar when the folder has a database; the seed table otherwise."""
    if not paths.database.is_file():
        yield seed_source()
        return
    from desk_app.cli import signin

    services = signin.open_office(ns or argparse.Namespace(), paths, signin.not_only_reports, "deadline")
    try:
        yield RuleSource(
            services.deadlines.codes,
            services.deadlines.rule_in_force,
            lambda day: services.working_calendar.load(range(day.year, day.year + 2)),
        )
    finally:
        services.close()


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """The arguments of the command (optional positionals, so a missing one gets our own sentence)."""
    parser.add_argument("rule", nargs="?", metavar="RULE", help=vwc.HELP_RULE)
    parser.add_argument("start", nargs="?", metavar="START", help=vwc.HELP_START)
    parser.add_argument("--complex", action="store_true", help=vwc.HELP_COMPLEX)
    parser.add_argument("--json", action="store_true", help=vwc.HELP_JSON)


def parse_start(value: str) -> dt.date:
    """A strict YYYY-MM-DD date (fromisoformat alone would also take "20260828" or week dates)."""
    text = value.strip()
    if not _ISO_DATE.fullmatch(text):
        raise DeadlineInputError(vwc.BAD_DATE.format(value=value))
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise DeadlineInputError(vwc.BAD_DATE.format(value=value)) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise DeadlineInputError(vwc.YEAR_OUT_OF_RANGE.format(value=value, first=FIRST_YEAR, last=LAST_YEAR))
    return day


@dataclass(frozen=True, slots=True)
class DeadlineAnswer:
    """What the command prints: the rule, the computed due date and its explanation."""

    rule: DeadlineRule
    due: Due
    complex: bool

    def as_json(self) -> dict[str, object]:
        """The object of DOMAIN §16.4, dates as YYYY-MM-DD."""
        return {
            "rule": self.rule.code,
            "start": self.due.start.isoformat(),
            "due": self.due.due.isoformat(),
            "day_type": self.due.day_type.value,
            "length": self.due.length,
            "explanation": vwc.explain(self.due),
        }

    def lines(self) -> list[str]:
        """The due date, the explanation, and the rule with its legal basis."""
        rule = self.rule
        template = vwc.RULE_LINE_COMPLEX if self.complex else vwc.RULE_LINE
        return [
            fmt_date(self.due.due),
            vwc.explain(self.due),
            template.format(
                code=rule.code, note=rule.complex_note_vi, what=rule.what_vi, basis=rule.legal_basis
            ),
        ]


def answer(
    code: str | None, start_text: str | None, *, complex: bool, source: RuleSource | None = None
) -> DeadlineAnswer:
    """Compute the due date of a rule code and a start date; raises DeadlineInputError on bad input."""
    source = source or seed_source()
    if not code or not code.strip():
        raise DeadlineInputError(vwc.NO_RULE)
    code = code.strip().upper()
    codes = source.codes()
    if code not in codes:
        raise DeadlineInputError(vwc.UNKNOWN_RULE.format(code=code, codes=", ".join(codes)))
    if not start_text:
        raise DeadlineInputError(vwc.NO_START.format(code=code))
    start = parse_start(start_text)
    rule = source.rule(code, start)
    try:
        due = compute(rule, start, source.calendar(start), complex)
    except NoVariantLengthError:
        raise DeadlineInputError(vwc.NO_COMPLEX.format(code=code)) from None
    except CalendarBeforeFirstYearError as exc:
        raise DeadlineInputError(
            vwc.CALENDAR_BEFORE_FIRST_YEAR.format(first=FIRST_YEAR, year=exc.year)
        ) from None
    except CalendarNotLoadedError as exc:
        raise DeadlineInputError(vwc.CALENDAR_NOT_LOADED.format(year=exc.year)) from None
    return DeadlineAnswer(rule, due, complex)


def run(ns: argparse.Namespace) -> int:
    """Print the due date, the explanation and the rule (or the JSON object); exit 2 with one line on bad input."""
    try:
        with office_source(resolve(getattr(ns, "data_dir", None)), ns) as source:
            result = answer(ns.rule, ns.start, complex=ns.complex, source=source)
    except DeadlineInputError as exc:
        print(vi_cli.ERROR_PREFIX + " ".join(str(exc).split()), file=sys.stderr)
        return EXIT_USAGE
    if ns.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print("\n".join(result.lines()))
    return EXIT_OK
