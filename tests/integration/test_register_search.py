"""Text search of the registers: the trigram index finds words anywhere; without FTS5 the scan finds the same."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from desk_app.domain.enums import Category, PetitionSource, Role
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage import fts

D = dt.date


def _fill(sv: Services) -> None:
    sv.petitions.register(
        PetitionInput(D(2025, 3, 2), PetitionSource.BUU_CHINH, "Khiếu nại thu hồi đất thửa 125", Category.KHIEU_NAI,
                      main=PersonInput("Nguyễn Văn An"))
    )  # fmt: skip
    sv.petitions.register(
        PetitionInput(D(2026, 3, 2), PetitionSource.BUU_CHINH, "Kiến nghị sửa đường", Category.KIEN_NGHI_PHAN_ANH,
                      main=PersonInput("Trần Thị Bé"))
    )  # fmt: skip
    sv.intake.save(
        VisitInput(date=D(2026, 3, 3), visitor=PersonInput("Lê Văn Cường"), summary="Phản ánh đèn đường hỏng",
                   category=Category.KIEN_NGHI_PHAN_ANH)
    )  # fmt: skip


def _found(sv: Services) -> tuple[list[int], list[int], list[int], list[int]]:
    petitions, visits = sv.petition_register, sv.register
    return (
        petitions.search_ids(PetitionFilter(text="thu hoi dat")),
        petitions.search_ids(PetitionFilter(text="tran thi")),
        petitions.search_ids(PetitionFilter(text="duong", date_from=D(2026, 1, 1))),
        visits.search_ids(RegisterFilter(text="den duong")),
    )


def test_the_index_and_the_scan_find_the_same_records(office_services: Services) -> None:
    office_services.ctx.actor.roles = (Role.LANH_DAO,)
    _fill(office_services)
    engine = office_services.ctx.db.engine
    assert fts.present(engine, fts.petition_fts) and fts.present(engine, fts.visit_fts)
    indexed = _found(office_services)
    assert [len(ids) for ids in indexed] == [1, 1, 1, 1]
    # The same database as an SQLite without FTS5 would have left it: no index tables, no triggers.
    with engine.begin() as conn:
        for name in ("petition", "visit"):
            for trigger in ("insert", "delete", "update"):
                conn.execute(text(f"DROP TRIGGER {name}_fts_{trigger}"))
            conn.execute(text(f"DROP TABLE {name}_fts"))
    fts._present.clear()
    assert not fts.present(engine, fts.petition_fts)
    assert _found(office_services) == indexed
