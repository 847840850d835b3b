"""Every form the desk fills in, by its name: the definition a screen, a file or a count starts from."""

from __future__ import annotations

from desk_app.domain.reports.columns import FormDefinition, ReportForm
from desk_app.domain.reports.tcd01 import TCD_01
from desk_app.domain.reports.xld01 import XLD_01
from desk_app.domain.reports.xld02 import XLD_02
from desk_app.domain.reports.xld03 import XLD_03
from desk_app.domain.reports.xld04 import XLD_04

FORMS: dict[ReportForm, FormDefinition] = {f.form: f for f in (TCD_01, XLD_01, XLD_02, XLD_03, XLD_04)}


def definition(form: ReportForm) -> FormDefinition:
    return FORMS[ReportForm(form)]
