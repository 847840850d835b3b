"""Open a data folder: engine, migrations, and every service wired to one context."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.paths import AppPaths
from desk_app.services.calendar import CalendarService
from desk_app.services.citizens import CitizenService
from desk_app.services.context import ServiceContext
from desk_app.services.documents import DocumentService
from desk_app.services.drafts import DraftService
from desk_app.services.office import OfficeService
from desk_app.services.register import RegisterService
from desk_app.services.visits import IntakeService
from desk_app.storage.engine import Sessions, make_engine
from desk_app.storage.migrate import migrate


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    office: OfficeService
    intake: IntakeService
    citizens: CitizenService
    register: RegisterService
    documents: DocumentService
    drafts: DraftService
    calendar: CalendarService

    @classmethod
    def for_context(cls, ctx: ServiceContext) -> Services:
        return cls(
            ctx=ctx,
            office=OfficeService(ctx),
            intake=IntakeService(ctx),
            citizens=CitizenService(ctx),
            register=RegisterService(ctx),
            documents=DocumentService(ctx),
            drafts=DraftService(ctx),
            calendar=CalendarService(ctx),
        )

    def close(self) -> None:
        self.ctx.sessions.engine.dispose()


def open_services(paths: AppPaths) -> Services:
    """Create the folder if needed, migrate the database (backup first), and wire the services."""
    paths.ensure()
    engine = make_engine(paths.database)
    migrate(engine, paths.database, paths.backups)
    return Services.for_context(ServiceContext(sessions=Sessions.for_engine(engine), data_dir=paths.data))
