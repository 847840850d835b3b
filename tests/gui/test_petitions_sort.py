"""The petition register sorts by a click on a column header, with the indicator where the sort is."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, PetitionSource
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput
from desk_app.services.registry import Services
from desk_app.ui.models.petition_table_model import COLUMNS
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.tasks import ImmediateTaskRunner

D = dt.date


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> PetitionsPage:
    for received, name, category in (
        (D(2026, 9, 1), "Nguyễn Văn An", Category.KHIEU_NAI),
        (D(2026, 11, 19), "Lê Văn Cường", Category.KIEN_NGHI_PHAN_ANH),
        (D(2026, 10, 5), "Bùi Thị Hoa", Category.KHIEU_NAI),
    ):
        office_services.petitions.register(
            PetitionInput(
                received, PetitionSource.BUU_CHINH, f"Đơn của {name}", category, main=PersonInput(name)
            )
        )
    widget = PetitionsPage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def click_header(qtbot: QtBot, page: PetitionsPage, title: str) -> None:
    header = page.table.horizontalHeader()
    section = [c.header[0] for c in COLUMNS].index(title)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def column(page: PetitionsPage, title: str) -> list[str]:
    c = [col.header[0] for col in COLUMNS].index(title)
    return [str(page.model.index(r, c).data()) for r in range(page.model.rowCount())]


def test_clicking_headers_sorts_the_register(page: PetitionsPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    assert column(page, "Số vào sổ") == ["3/2026", "2/2026", "1/2026"]  # newest number first by default
    assert header.sortIndicatorSection() == 0

    click_header(qtbot, page, "Ngày nhận")  # a new date column starts with the newest
    assert column(page, "Ngày nhận") == ["19/11/2026", "05/10/2026", "01/09/2026"]
    click_header(qtbot, page, "Ngày nhận")
    assert column(page, "Ngày nhận") == ["01/09/2026", "05/10/2026", "19/11/2026"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    click_header(qtbot, page, "Người gửi")  # names from A, compared without diacritics
    assert column(page, "Người gửi") == ["Bùi Thị Hoa", "Lê Văn Cường", "Nguyễn Văn An"]

    click_header(qtbot, page, "Hạn gần nhất")  # the nearest due date first
    dues = [dt.datetime.strptime(x, "%d/%m/%Y").date() for x in column(page, "Hạn gần nhất")]
    assert dues == sorted(dues) and column(page, "Số vào sổ")[0] == "1/2026"
    page.grab().save("/tmp/shots/h12_petitions_sorted.png")

    before = column(page, "Số vào sổ")
    click_header(qtbot, page, "Nội dung")  # not sortable: nothing moves, the indicator stays on the due date
    assert column(page, "Số vào sổ") == before
    assert header.sortIndicatorSection() == [c.header[0] for c in COLUMNS].index("Hạn gần nhất")
