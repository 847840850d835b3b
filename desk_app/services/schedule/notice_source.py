"""What the Thông báo lịch tiếp công dân and the day sheet print, gathered inside the caller's session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.petition_docs import authority_prefix
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.i18n import vi_form_parts
from desk_app.i18n import vi_schedule_admin as va
from desk_app.i18n.formatting import fmt_date
from desk_app.services import audit, outgoing
from desk_app.services.context import ServiceContext
from desk_app.services.office import form_texts, signers
from desk_app.services.permissions import may
from desk_app.services.schedule import store
from desk_app.services.schedule.types import DaySheetSource, NoticeRow, NoticeSource, Period, SessionInfo
from desk_app.storage.records import PlaceRecord, StaffRecord

NOTICE_DOC_TYPE = "TB"


def notice(
    s: DbSession,
    ctx: ServiceContext,
    calendar: WorkingCalendar,
    period: Period,
    *,
    publish: bool,
    issued_on: dt.date,
    take_number: bool = True,
) -> NoticeSource:
    """The period's notice; its number is taken once per period and reused; `publish` marks the sessions."""
    office = store.office(s)
    head = store.head(s)
    signer = signers.signer_for(office, head)
    label = va.period_label(period.kind.value, period.year, period.number)
    kept = outgoing.for_entity(s, store.NOTICE_RELATED, period.key)
    if kept:
        number_text, issued = kept[0].text, kept[0].issued_date
    elif take_number:
        issued_number = outgoing.issue(
            s,
            ctx,
            doc_type=NOTICE_DOC_TYPE,
            issued_date=issued_on,
            summary_line=va.NOTICE_SUMMARY.format(period=label),
            related_type=store.NOTICE_RELATED,
            related_id=period.key,
            signer_id=head.id if head else None,
            authority_prefix=authority_prefix(signer.authority),
            signer_title=office.head_title,
        )
        number_text, issued = issued_number.text, issued_number.issued_date
    else:
        number_text, issued = "", issued_on
    recs = [
        r
        for r in store.live_sessions(s, period.first, period.last)
        if r.kind == ReceptionKind.DINH_KY.value and r.status != ReceptionSessionStatus.HUY.value
    ]
    if publish:
        for rec in recs:
            if ReceptionSessionStatus(rec.status) in store.OPEN_STATUSES:
                before = {"status": rec.status, "published_at": rec.published_at}
                rec.status, rec.published_at = ReceptionSessionStatus.DA_CONG_BO.value, issued
                rec.updated_at, rec.updated_by = dt.datetime.now(dt.UTC), ctx.actor.name
                audit.record(
                    s, ctx, "publish", store.ENTITY_SESSION, rec.id,
                    audit.diff(before, {"status": rec.status, "published_at": issued}),
                    f"{va.LOG_PUBLISHED} {number_text}".strip(),
                )  # fmt: skip
        s.flush()
    infos = store.session_infos(s, recs, store.publish_by_counter(s, calendar))
    place = store.default_place(s)
    return NoticeSource(
        period=period,
        period_label=label,
        number_text=number_text,
        issued_on=issued,
        parent_name=office.parent_name,
        office_name=office.name,
        place_name=office.place_name,
        head_title=office.head_title,
        head_name=head.full_name if head else "",
        signer_authority=signer.authority,
        rows=tuple(_row(i, place) for i in infos),
        texts=form_texts.overrides(s, vi_form_parts.SCHEDULE),
    )


def day_sheet(
    s: DbSession, ctx: ServiceContext, calendar: WorkingCalendar, session_id: int
) -> DaySheetSource:
    rec = store.load_session(s, session_id)
    office = store.office(s)
    info = store.session_infos(s, [rec], store.publish_by_counter(s, calendar))[0]
    officer = s.get(StaffRecord, ctx.actor.staff_id) if ctx.actor.staff_id is not None else None
    place = info.place_name
    if not place:
        fallback = store.default_place(s)
        place = fallback.name if fallback else office.name
    return DaySheetSource(
        session=info,
        parent_name=office.parent_name,
        office_name=office.name,
        place_name=place,
        registrants=tuple(
            store.registrant_info(r, may(ctx, Action.READ_CASES))
            for r in store.live_registrants(s, session_id)
        ),
        officer_name=officer.full_name if officer else (ctx.actor.name or None),
    )


# internals ----------------------------------------------------------------------------------------------------
def _row(info: SessionInfo, fallback_place: PlaceRecord | None) -> NoticeRow:
    if info.postponed_from is not None:
        note: str | None = va.POSTPONED_NOTE.format(
            date=fmt_date(info.postponed_from), reason=info.status_reason or ""
        ).rstrip(": ")
    else:
        note = info.shift_note
    position = f" ({info.presided_by_position})" if info.presided_by_position else ""
    return NoticeRow(
        date=info.date,
        start_time=info.start_time,
        end_time=info.end_time,
        presided_by=f"{info.presided_by_name}{position}",
        place=info.place_name or (fallback_place.name if fallback_place else ""),
        participants=info.participants,
        expected_content=info.expected_content,
        note=note,
    )
