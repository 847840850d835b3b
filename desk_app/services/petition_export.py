"""The filtered petition register as an Excel workbook: Vietnamese headers, readable labels, masked like the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk_app.i18n import vi, vi_petition
from desk_app.services.petition_register import DueState, PetitionFilter, PetitionRegisterService, PetitionRow

HEADERS: tuple[tuple[str, int], ...] = (
    ("Số vào sổ", 11),
    ("Ngày nhận", 12),
    ("Nguồn đơn", 28),
    ("Người gửi", 34),
    ("Giấy tờ tùy thân", 18),
    ("Nội dung", 60),
    ("Loại đơn", 18),
    ("Trạng thái", 22),
    ("Hướng xử lý", 22),
    ("Hạn gần nhất", 13),
    ("Tình trạng hạn", 14),
)
DUE_LABEL = {
    DueState.QUA_HAN: "Quá hạn",
    DueState.SAP_DEN_HAN: "Sắp đến hạn",
    DueState.TRONG_HAN: "Trong hạn",
    DueState.KHONG_CON_HAN: "",
}
_FILLS = {DueState.QUA_HAN: "F8D7DA", DueState.SAP_DEN_HAN: "FFF3CD"}
BATCH = 500


def _values(row: PetitionRow) -> list[object]:
    return [
        row.label,
        row.received_date,
        vi_petition.PETITION_SOURCE[row.source],
        row.sender,
        row.id_document,
        row.summary,
        vi.CATEGORY[row.category],
        vi_petition.PETITION_STATUS[row.status],
        vi.HANDLING[row.handling] if row.handling else "",
        row.next_due,
        DUE_LABEL[row.due_state],
    ]


def export_xlsx(
    register: PetitionRegisterService,
    f: PetitionFilter,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write exactly the filtered rows; returns how many. The file appears whole or not at all."""
    ids = register.search_ids(f)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "So theo doi don"
    ws.append([h for h, _ in HEADERS])
    for col, (_, width) in enumerate(HEADERS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
        cell = ws.cell(row=1, column=col)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A2"
    for start in range(0, len(ids), BATCH):
        for row in register.rows(ids[start : start + BATCH]):
            ws.append(_values(row))
            fill = _FILLS.get(row.due_state)
            if fill:
                for cell in ws[ws.max_row]:
                    cell.fill = PatternFill("solid", start_color=fill)
            for col in (2, 10):
                ws.cell(row=ws.max_row, column=col).number_format = "DD/MM/YYYY"
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    partial = target.with_name(target.name + ".part")
    wb.save(partial)
    partial.replace(target)
    return len(ids)
