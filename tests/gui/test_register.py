"""The Sổ tiếp công dân page: columns, filters, SQL sorting, voiding, history and opening a visit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, Handling, RefusalReason, VisitStatus
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels, vi
from desk_app.i18n import vi_screens as vs
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.ui.models.visit_table_model import COLUMNS, REFUSED_COLOR, VOIDED_COLOR
from desk_app.ui.pages.register.page import RegisterPage, count_text
from desk_app.ui.pages.register.void import VoidVisitDialog
from desk_app.ui.tasks import ImmediateTaskRunner
from desk_app.ui.visit_history import VisitHistoryDialog
from tests.helpers.qt_input import press, type_text

HEADERS = [c.header[0] for c in COLUMNS]


def visit(name: str, day: dt.date, summary: str, category: Category, **extra: Any) -> VisitInput:
    person = PersonInput(
        full_name=name,
        id_number=extra.pop("id_number", None),
        address=extra.pop("address", "Ấp 2, xã An Phú"),
    )
    handling = extra.pop("handling", Handling.THU_LY)
    return VisitInput(
        date=day, visitor=person, summary=summary, category=category, handling=handling, **extra
    )


def seed(services: Services) -> dict[str, int]:
    """Five visits of 2026 (ids by short name): two Nguyễn, a denunciation, a refusal."""
    save = services.intake.save
    return {
        "an": save(
            visit(
                "Nguyễn Văn An",
                dt.date(2026, 3, 12),
                "Khiếu nại việc thu hồi đất nông nghiệp",
                Category.KHIEU_NAI,
                id_number="001099012345",
                within_competence=True,
            )
        ).id,
        "bich": save(
            visit(
                "Trần Thị Bích",
                dt.date(2026, 6, 5),
                "Kiến nghị sửa đường liên ấp",
                Category.KIEN_NGHI_PHAN_ANH,
                handling=Handling.HUONG_DAN,
                guidance_target="UBND tỉnh An Giang",
            )
        ).id,
        "dung": save(
            visit(
                "Nguyễn Thị Dung",
                dt.date(2026, 1, 10),
                "Phản ánh ô nhiễm",
                Category.KIEN_NGHI_PHAN_ANH,
                group_size=3,
            )
        ).id,
        "cuong": save(
            visit(
                "Lê Văn Cường",
                dt.date(2026, 11, 20),
                "Tố cáo cán bộ địa chính",
                Category.TO_CAO,
                handling=Handling.CHUYEN_DON,
                transfer_target="Thanh tra tỉnh",
            )
        ).id,
        "em": save(
            visit(
                "Phạm Văn Em",
                dt.date(2026, 11, 20),
                "",
                Category.KHIEU_NAI,
                handling=Handling.TU_CHOI_TIEP,
                refusal_reason=RefusalReason.KICH_DONG_GAY_ROI,
            )
        ).id,
    }


@pytest.fixture
def seeded(office_services: Services) -> tuple[Services, dict[str, int]]:
    return office_services, seed(office_services)


@pytest.fixture
def page(qtbot: QtBot, seeded: tuple[Services, dict[str, int]]) -> RegisterPage:
    services, _ids = seeded
    widget = RegisterPage(services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    return widget


def texts(page: RegisterPage, row: int) -> dict[str, str]:
    model = page.model
    return {HEADERS[c]: model.data(model.index(row, c)) or "" for c in range(model.columnCount())}


def names(page: RegisterPage) -> list[str]:
    return [texts(page, r)["Họ tên, địa chỉ"].split(",")[0] for r in range(page.model.rowCount())]


def select(page: RegisterPage, visit_id: int) -> None:
    row = page.model.row_of(visit_id)
    assert row is not None
    page.table.selectRow(row)


def test_shows_the_book_with_the_columns_of_mau_03(
    page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    _services, ids = seeded
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[:13] == [
        "STT",
        "Ngày tiếp",
        "Họ tên, địa chỉ",
        "CCCD/Hộ chiếu",
        "Nội dung vụ việc",
        "Phân loại đơn",
        "Số người",
        "Cơ quan đã giải quyết",
        "Thụ lý",
        "Trả lại đơn và hướng dẫn",
        "Chuyển đơn",
        "Theo dõi kết quả",
        "Ghi chú",
    ]
    assert headers[13:] == ["Hình thức", "Lần tiếp", "Mã vụ việc"]
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 lượt tiếp"
    # Newest line of the book first.
    assert [page.model.visit_id(r) for r in range(5)] == [
        ids["em"],
        ids["cuong"],
        ids["dung"],
        ids["bich"],
        ids["an"],
    ]
    row_an = texts(page, page.model.row_of(ids["an"]) or 0)
    assert row_an["STT"] == "1"
    assert row_an["Ngày tiếp"] == "12/03/2026"
    assert row_an["Họ tên, địa chỉ"] == "Nguyễn Văn An, Ấp 2, xã An Phú"
    assert row_an["CCCD/Hộ chiếu"] == "001*******45"
    assert row_an["Phân loại đơn"] == "Khiếu nại"
    assert row_an["Số người"] == "1"
    assert row_an["Thụ lý"] == "x"
    assert row_an["Hình thức"] == "Thường xuyên"
    assert row_an["Lần tiếp"] == "Lần đầu"
    assert row_an["Mã vụ việc"].startswith("VV-2026-")
    row_bich = texts(page, page.model.row_of(ids["bich"]) or 0)
    assert row_bich["Trả lại đơn và hướng dẫn"] == "UBND tỉnh An Giang"
    assert row_bich["Thụ lý"] == ""
    # A denunciation's author is hidden from a reception officer.
    row_cuong = texts(page, page.model.row_of(ids["cuong"]) or 0)
    assert row_cuong["Họ tên, địa chỉ"] == vi.MASKED
    assert row_cuong["Chuyển đơn"] == "Thanh tra tỉnh"
    # A refused visit is muted.
    refused = page.model.row_of(ids["em"]) or 0
    assert page.model.data(page.model.index(refused, 2), Qt.ItemDataRole.ForegroundRole) == REFUSED_COLOR
    assert page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) == REFUSED_COLOR
    assert page.model.data(page.model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None


def test_count_uses_the_vietnamese_thousands_separator() -> None:
    assert count_text(1234) == "1.234 lượt tiếp"
    assert count_text(1_000_000) == "1.000.000 lượt tiếp"
    assert count_text(7) == "7 lượt tiếp"


def test_typing_without_diacritics_filters_after_a_pause(qtbot: QtBot, page: RegisterPage) -> None:
    type_text(page.filters.text, "nguyen")
    assert page.model.rowCount() == 5  # debounced: no search per keystroke
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert sorted(names(page)) == ["Nguyễn Thị Dung", "Nguyễn Văn An"]
    assert page.count_label.text() == "2 lượt tiếp"
    type_text(page.filters.text, " van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["Nguyễn Văn An"]


def test_vietnamese_typed_text_also_finds(qtbot: QtBot, page: RegisterPage) -> None:
    type_text(page.filters.text, "Bích")
    press(page.filters.text, Qt.Key.Key_Return)  # Enter searches at once
    assert names(page) == ["Trần Thị Bích"]


def test_a_date_range_filters(page: RegisterPage) -> None:
    page.filters.set_dates(dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    page.filters.flush()
    assert names(page) == ["Trần Thị Bích"]
    assert page.filters.period.currentData() == "custom"
    page.filters.set_dates(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    page.filters.flush()
    assert sorted(names(page)) == ["Nguyễn Thị Dung", "Nguyễn Văn An"]


def test_period_presets_use_the_office_today(page: RegisterPage) -> None:
    page.filters.set_period("today")  # 20/11/2026 in the fixtures
    page.filters.period.currentIndexChanged.emit(page.filters.period.currentIndex())
    assert page.model.rowCount() == 2
    assert page.filters.current().date_from == dt.date(2026, 11, 20)
    page.filters.period.setCurrentIndex(page.filters.period.findData("quarter"))
    assert page.filters.current() == RegisterFilter(
        date_from=dt.date(2026, 10, 1), date_to=dt.date(2026, 12, 31)
    )
    assert page.model.rowCount() == 2
    page.filters.period.setCurrentIndex(page.filters.period.findData("all"))
    assert page.filters.current().date_from is None
    assert page.model.rowCount() == 5


def test_kind_category_and_handling_filters(page: RegisterPage) -> None:
    page.filters.category.setCurrentIndex(page.filters.category.findData(Category.KIEN_NGHI_PHAN_ANH))
    assert sorted(names(page)) == ["Nguyễn Thị Dung", "Trần Thị Bích"]
    page.filters.handling.setCurrentIndex(page.filters.handling.findData(Handling.HUONG_DAN))
    assert names(page) == ["Trần Thị Bích"]
    assert page.filters.handling.currentText() == labels.HANDLING[Handling.HUONG_DAN]


def _click_header(qtbot: QtBot, page: RegisterPage, title: str) -> None:
    header = page.table.horizontalHeader()
    section = HEADERS.index(title)
    page.table.scrollTo(page.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_click_sorts_in_sql(
    qtbot: QtBot, page: RegisterPage, seeded: tuple[Services, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, ids = seeded
    calls: list[tuple[SortKey, bool]] = []
    original = services.register.search_ids

    def spy(f: RegisterFilter, sort: SortKey = SortKey.BOOK, descending: bool = True) -> list[int]:
        calls.append((sort, descending))
        return original(f, sort, descending)

    monkeypatch.setattr(services.register, "search_ids", spy)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.visit_id(0) == ids["em"]
    _click_header(qtbot, page, "Ngày tiếp")
    assert calls[-1] == (SortKey.DATE, True)
    _click_header(qtbot, page, "Ngày tiếp")
    assert calls[-1] == (SortKey.DATE, False)
    assert page.model.visit_id(0) == ids["dung"]  # 10/01/2026 first
    _click_header(qtbot, page, "Số người")
    assert calls[-1] == (SortKey.GROUP_SIZE, True)
    assert page.model.visit_id(0) == ids["dung"]  # 3 people
    before = len(calls)
    _click_header(qtbot, page, "Nội dung vụ việc")  # not sortable: nothing happens
    assert len(calls) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == HEADERS.index("Số người")


def test_voiding_needs_a_reason_and_greys_the_row(
    qtbot: QtBot, page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    services, ids = seeded
    select(page, ids["bich"])
    assert page.void_button.isEnabled()
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(VoidVisitDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible() or dialog.error.text()  # shown under the field
    assert dialog.error.text() == i18n_errors.message("void_reason.required")
    assert services.intake.get(ids["bich"]).is_voided is False
    type_text(dialog.reason, "Nhập trùng với lượt tiếp số 1")
    assert dialog.error.text() == ""
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert services.intake.get(ids["bich"]).void_reason == "Nhập trùng với lượt tiếp số 1"
    assert page.model.rowCount() == 4
    assert page.model.row_of(ids["bich"]) is None
    assert page.count_label.text() == "4 lượt tiếp"
    page.filters.show_voided.setChecked(True)
    row = page.model.row_of(ids["bich"])
    assert row is not None
    model = page.model
    assert model.data(model.index(row, 2), Qt.ItemDataRole.ForegroundRole) == VOIDED_COLOR
    assert model.data(model.index(row, 2), Qt.ItemDataRole.FontRole).strikeOut()
    remarks = HEADERS.index("Ghi chú")
    assert model.data(model.index(row, remarks)).startswith(vs.VOIDED_MARK)
    select(page, ids["bich"])
    assert not page.void_button.isEnabled()


def test_cancelling_the_void_dialog_changes_nothing(
    qtbot: QtBot, page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    services, ids = seeded
    select(page, ids["an"])
    dialog = page.void_selected()
    assert dialog is not None
    type_text(dialog.reason, "thử")
    dialog.reject()
    assert services.intake.get(ids["an"]).is_voided is False
    assert page.model.rowCount() == 5


def test_history_lists_the_creation_and_the_void(
    qtbot: QtBot, page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    services, ids = seeded
    services.intake.void(ids["an"], "Ghi nhầm ngày")
    page.filters.show_voided.setChecked(True)
    select(page, ids["an"])
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(VisitHistoryDialog)
    assert dialog is not None
    assert dialog.action_texts() == ["Tạo mới", "Hủy"]
    assert "1/2026" in dialog.windowTitle()
    void_item = dialog.tree.topLevelItem(1)
    assert void_item is not None
    assert void_item.text(1) == services.ctx.actor.name
    assert void_item.text(3) == "Lý do: Ghi nhầm ngày"
    child = void_item.child(0)
    assert child is not None and child.text(0) == "Đã hủy: Không → Có"
    created = dialog.tree.topLevelItem(0)
    assert created is not None
    lines = [created.child(i).text(0) for i in range(created.childCount())]  # type: ignore[union-attr]
    assert "Phân loại đơn: Khiếu nại" in lines
    assert "Ngày tiếp: 12/03/2026" in lines
    assert len(created.text(0)) == len("20/11/2026 09:30")


def test_double_click_and_enter_open_the_visit(
    qtbot: QtBot, page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    _services, ids = seeded
    page.show()
    qtbot.waitExposed(page)
    row = page.model.row_of(ids["bich"])
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, 2))
    opened: list[int] = []
    page.visitRequested.connect(opened.append)
    with qtbot.waitSignal(page.visitRequested, timeout=1000) as blocker:
        # A real double click is press, release, double-click: QTest's mouseDClick alone skips the first.
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids["bich"]]
    assert opened == [ids["bich"]]  # once, not once per signal of the view
    select(page, ids["an"])
    page.table.setCurrentIndex(page.model.index(page.model.row_of(ids["an"]) or 0, 0))
    with qtbot.waitSignal(page.visitRequested, timeout=1000) as blocker:
        press(page.table, Qt.Key.Key_Return)
    assert blocker.args == [ids["an"]]
    with qtbot.waitSignal(page.visitRequested, timeout=1000) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [ids["an"]]


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, page: RegisterPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    QApplication.processEvents()
    press(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filters.text


def test_a_failed_search_says_so_instead_of_crashing(
    page: RegisterPage, seeded: tuple[Services, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _ids = seeded

    def broken(*_args: object, **_kwargs: object) -> Sequence[int]:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(services.register, "search_ids", broken)
    page.refresh()
    assert "disk I/O error" in page.count_label.text()
    assert page.model.rowCount() == 5  # the last good result stays


def test_refused_visit_is_marked_in_remarks(
    page: RegisterPage, seeded: tuple[Services, dict[str, int]]
) -> None:
    _services, ids = seeded
    row = page.model.row_data(page.model.row_of(ids["em"]) or 0)
    assert row is not None and row.status is VisitStatus.TU_CHOI
    assert texts(page, page.model.row_of(ids["em"]) or 0)["Ghi chú"].startswith("Từ chối tiếp")
