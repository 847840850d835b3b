"""Open a data folder: engine, migrations, and every service wired to one context."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app import files_crypto
from desk_app.errors import ConflictError
from desk_app.paths import AppPaths
from desk_app.services.attachments import FOLDER as ATTACHMENTS_FOLDER
from desk_app.services.attachments import AttachmentService
from desk_app.services.backup.recovery import offer
from desk_app.services.backup.service import BackupService
from desk_app.services.citizens.case_file import CaseFileService
from desk_app.services.citizens.grants import AccessGrantService
from desk_app.services.citizens.service import CitizenService
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.service import DeadlineService
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.documents import DocumentService
from desk_app.services.drafts import DraftService
from desk_app.services.office.form_texts import FormTextService
from desk_app.services.office.service import OfficeService
from desk_app.services.petitions.documents import PetitionDocumentService
from desk_app.services.petitions.followups import FollowUpService
from desk_app.services.petitions.register import PetitionRegisterService
from desk_app.services.petitions.service import PetitionService
from desk_app.services.reports.service import ReportService
from desk_app.services.schedule.conclusions import ConclusionService
from desk_app.services.schedule.dialogues import DialogueService
from desk_app.services.schedule.service import ScheduleService
from desk_app.services.users.service import UserService
from desk_app.services.visits.case_results import CaseResultService
from desk_app.services.visits.register import RegisterService
from desk_app.services.visits.service import IntakeService
from desk_app.storage import backup_files, health
from desk_app.storage.cipher import encrypt_plain_database, is_encrypted
from desk_app.storage.engine import Database, has_plain_header, make_engine
from desk_app.storage.health import Damage, DatabaseDamaged
from desk_app.storage.keyslots import KeySlots
from desk_app.storage.migrate import migrate
from desk_app.storage.warm import stop_warming


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    office: OfficeService
    intake: IntakeService
    citizens: CitizenService
    register: RegisterService
    documents: DocumentService
    drafts: DraftService
    working_calendar: WorkingCalendarService
    deadlines: DeadlineService
    schedule: ScheduleService
    conclusions: ConclusionService
    dialogues: DialogueService
    petitions: PetitionService
    petition_register: PetitionRegisterService
    petition_documents: PetitionDocumentService
    follow_ups: FollowUpService
    attachments: AttachmentService
    case_files: CaseFileService
    case_results: CaseResultService
    reports: ReportService
    form_texts: FormTextService
    users: UserService
    grants: AccessGrantService
    backups: BackupService

    @classmethod
    def for_context(cls, ctx: ServiceContext) -> Services:
        calendar = WorkingCalendarService(
            ctx
        )  # one instance: its cached calendar is reset when the office edits it
        return cls(
            ctx=ctx,
            office=OfficeService(ctx),
            intake=IntakeService(ctx, calendar),
            citizens=CitizenService(ctx),
            register=RegisterService(ctx),
            documents=DocumentService(ctx),
            drafts=DraftService(ctx),
            working_calendar=calendar,
            deadlines=DeadlineService(ctx, calendar),
            schedule=ScheduleService(ctx, calendar),
            conclusions=ConclusionService(ctx, calendar),
            dialogues=DialogueService(ctx, calendar),
            petitions=PetitionService(ctx, calendar),
            petition_register=PetitionRegisterService(ctx, calendar),
            petition_documents=PetitionDocumentService(ctx),
            follow_ups=FollowUpService(ctx),
            attachments=AttachmentService(ctx),
            case_files=CaseFileService(ctx),
            case_results=CaseResultService(ctx),
            reports=ReportService(ctx),
            form_texts=FormTextService(ctx),
            users=UserService(ctx),
            grants=AccessGrantService(ctx),
            backups=BackupService(ctx),
        )

    def close(self) -> None:
        stop_warming(self.ctx.db.engine)  # its thread may hold a connection: stopped before the pool goes
        self.ctx.db.engine.dispose()
        files_crypto.remove_open_copies()


def _was_secured(paths: AppPaths) -> bool:
    """Whether a backup's manifest holds key slots: the office had users, so a file without them lost keyslots.json."""
    return any(backup_files.keyslots_of(b.path) for b in backup_files.list_backups(paths.backups))


def _key_of_this_office(paths: AppPaths, key: bytes | None) -> bool:
    if key is None or not KeySlots.exists(paths.data):
        return False
    try:
        return KeySlots.load(paths.data).is_dek(key)
    except Exception:  # unreadable slots: the key cannot be vouched for
        return False


def open_services(paths: AppPaths, key: bytes | None = None, *, new_office: bool = False) -> Services:
    """Create the folder if needed, migrate the database (backup first), and wire the services.

    With the office's data key the database is SQLCipher (a new one is created encrypted, a plain one is converted
    first) and the scans and kept documents are written encrypted; a wrong key raises ConflictError
    "database.wrong_key" before anything changes.
    """
    paths.ensure()
    for leftover in paths.data.glob(f"{paths.database.name}.restore*"):
        leftover.unlink(missing_ok=True)  # a restore killed before its swap: the office file itself is whole
    try:
        # Before any SQLite opens the file: a zero-byte file would silently become a new, empty office.
        if not new_office:  # a set-up writes keyslots.json just before it creates the database
            health.raise_for_file(paths.data, paths.database)
        if key is None and is_encrypted(paths.database) and _was_secured(paths):
            # Sound but encrypted, and no key: its keyslots.json is gone (a backup's manifest holds a copy).
            raise ConflictError("security.slots_missing")
        if paths.database.is_file() and not (key is not None and has_plain_header(paths.database)):
            health.quick_check_file(paths.database, key)  # DOMAIN §16.7: at every start, read-only, first
    except ConflictError as exc:
        if exc.key == "database.wrong_key" and _key_of_this_office(paths, key):
            raise offer(DatabaseDamaged(Damage.NOT_A_DATABASE, exc.key), paths, key) from None
        raise
    except DatabaseDamaged as exc:
        if key is not None and exc.damage is Damage.NOT_A_DATABASE and not _key_of_this_office(paths, key):
            # A key the office's slots do not vouch for (a wrong key given directly): the key is wrong, not the file.
            raise ConflictError("database.wrong_key") from None
        raise offer(exc, paths, key) from None
    if key is not None and has_plain_header(paths.database):
        # A conversion cut short (power loss after the key slots were written) or a first start after set-up:
        # the plain file is converted now, after its encrypted safety copy, instead of locking the office out.
        encrypt_plain_database(paths.database, key, paths.backups)
    engine = make_engine(paths.database, key)
    try:
        migrate(engine, paths.database, paths.backups, key)
    except DatabaseDamaged as exc:
        engine.dispose()
        raise offer(exc, paths, key) from None
    except ConflictError as exc:
        engine.dispose()
        if exc.key == "database.wrong_key" and _key_of_this_office(paths, key):
            # The key slots released this very key, so the file, not the key, is wrong: its first page is damaged.
            raise offer(DatabaseDamaged(Damage.NOT_A_DATABASE, exc.key), paths, key) from None
        raise
    except BaseException:
        engine.dispose()
        raise
    if key is not None:
        # Scans and documents kept before the office was secured (or by an interrupted conversion) are sealed now;
        # decrypted copies a crashed session left for the viewer go.
        files_crypto.seal_plain_files((paths.data / ATTACHMENTS_FOLDER, paths.documents), key)
        files_crypto.remove_stale_open_copies()
    ctx = ServiceContext(db=Database.for_engine(engine), data_dir=paths.data, key=key)
    services = Services.for_context(ctx)
    services.deadlines.seed()  # rule versions a newer app brings (DOMAIN §8), never the voided ones again
    return services
