"""The demo desk's Mẫu 01/TCD notices: issued within the 3 working days, the year's last one still running."""

from __future__ import annotations

import datetime as dt
import random

from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.registry import Services

ISSUE_HOUR = 10


def issue_notices(
    services: Services, refused: list[tuple[int, dt.date]], calendar: WorkingCalendar, end: dt.date, seed: int
) -> int:
    """Number the notice of every refusal in `refused` (visit id, refusal day) 0–2 working days after it, except
    the latest, left for the dashboard to show; returns how many were issued.

    Its own random source, so that the rest of the demo draws the same whatever the refusals."""
    rng = random.Random(seed * 7919 + 1)
    docs = PetitionDocumentService(services.ctx)
    ctx = services.ctx
    clock = ctx.clock
    issued = 0
    try:
        for visit_id, day in sorted(refused, key=lambda r: (r[1], r[0]))[:-1]:
            delay = rng.randint(0, 2)
            on = min(calendar.add_working_days(day, delay).due if delay else day, end)
            at = dt.datetime.combine(on, dt.time(ISSUE_HOUR, rng.randrange(0, 60, 5)))
            ctx.clock = lambda at=at: at  # type: ignore[misc]
            docs.refusal_notice(visit_id, issued_on=on)
            issued += 1
    finally:
        ctx.clock = clock
    return issued
