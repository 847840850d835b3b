"""All records, imported here so the metadata is complete for Alembic."""

from desk_app.storage.records.calendar import CalendarDayRecord, CalendarYearRecord  # noqa: F401
from desk_app.storage.records.log import ChangeLogRecord, CounterRecord, DraftRecord
from desk_app.storage.records.office import OfficeRecord, PlaceRecord, StaffRecord
from desk_app.storage.records.people import CaseRecord, CitizenRecord
from desk_app.storage.records.visit import (
    DocumentRecord,
    ReceivedItemRecord,
    SessionRecord,
    VisitPersonRecord,
    VisitRecord,
)

__all__ = [
    "CaseRecord",
    "ChangeLogRecord",
    "CitizenRecord",
    "CounterRecord",
    "DocumentRecord",
    "DraftRecord",
    "OfficeRecord",
    "PlaceRecord",
    "ReceivedItemRecord",
    "SessionRecord",
    "StaffRecord",
    "VisitPersonRecord",
    "VisitRecord",
]
