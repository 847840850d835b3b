"""fetch_ids reads the same ids as SQLAlchemy would, with dates, booleans, LIKE text and IN-lists bound correctly."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desk_app.domain.enums import Category, PetitionSource
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.services.office.id_lists import fetch_ids
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services
from desk_app.storage.records.petition import PetitionRecord

D = dt.date


def test_the_fast_path_binds_like_sqlalchemy(office_services: Services) -> None:
    for day, text in ((D(2026, 1, 5), "Khiếu nại 50% tiền đền bù"), (D(2026, 6, 5), "Khiếu nại đất O'Neil"),
                      (D(2026, 9, 5), "Kiến nghị sửa đường")):  # fmt: skip
        office_services.petitions.register(
            PetitionInput(
                day, PetitionSource.BUU_CHINH, text, Category.KHIEU_NAI, main=PersonInput("Nguyễn Văn An")
            )
        )
    register = office_services.petition_register
    filters = [
        PetitionFilter(),
        PetitionFilter(date_from=D(2026, 3, 1), date_to=D(2026, 12, 31)),
        PetitionFilter(text="50%"),
        PetitionFilter(text="o'neil"),
        PetitionFilter(text="khong co"),
    ]
    expected = [[3, 2, 1], [3, 2], [1], [2], []]
    for f, ids in zip(filters, expected, strict=True):
        query = register._query(f, select(PetitionRecord.id)).order_by(PetitionRecord.id.desc())
        with office_services.ctx.db.read() as s:
            assert fetch_ids(s, query) == list(s.scalars(query)) == ids
    in_list = select(PetitionRecord.id).where(PetitionRecord.id.in_([1, 3])).order_by(PetitionRecord.id)
    with office_services.ctx.db.read() as s:
        assert fetch_ids(s, in_list) == [1, 3]
