"""All records, imported here so the metadata is complete for Alembic."""

from desk_app.storage.records.access import AccessGrantRecord
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord, OutgoingDocumentRecord
from desk_app.storage.records.dialogue import DialogueAnswerRecord, DialogueRecord
from desk_app.storage.records.log import AuditKeyRecord, ChangeLogRecord, CounterRecord, DraftRecord
from desk_app.storage.records.matter import CaseResultRecord, VisitMatterRecord
from desk_app.storage.records.office import FormTextRecord, OfficeRecord, PlaceRecord, StaffRecord
from desk_app.storage.records.people import CaseRecord, CitizenRecord
from desk_app.storage.records.petition import (
    AttachmentRecord,
    DecisionRecord,
    FollowUpRecord,
    PetitionRecord,
    PetitionSignerRecord,
)
from desk_app.storage.records.report import ReportRunRecord
from desk_app.storage.records.schedule import ConclusionItemRecord, LeaderRuleRecord, RegistrantRecord
from desk_app.storage.records.user import UserRecord
from desk_app.storage.records.visit import (
    DocumentRecord,
    ReceivedItemRecord,
    ReceptionSessionRecord,
    VisitPersonRecord,
    VisitRecord,
)
from desk_app.storage.records.working_calendar import CalendarDayRecord, CalendarYearRecord  # noqa: F401

__all__ = [
    "AccessGrantRecord",
    "AttachmentRecord",
    "AuditKeyRecord",
    "CaseRecord",
    "CaseResultRecord",
    "ChangeLogRecord",
    "CitizenRecord",
    "ConclusionItemRecord",
    "CounterRecord",
    "DeadlineRecord",
    "DeadlineRuleRecord",
    "DecisionRecord",
    "DialogueAnswerRecord",
    "DialogueRecord",
    "DocumentRecord",
    "DraftRecord",
    "FollowUpRecord",
    "FormTextRecord",
    "LeaderRuleRecord",
    "OfficeRecord",
    "OutgoingDocumentRecord",
    "PetitionRecord",
    "PetitionSignerRecord",
    "PlaceRecord",
    "ReceivedItemRecord",
    "ReceptionSessionRecord",
    "RegistrantRecord",
    "ReportRunRecord",
    "StaffRecord",
    "UserRecord",
    "VisitMatterRecord",
    "VisitPersonRecord",
    "VisitRecord",
]
