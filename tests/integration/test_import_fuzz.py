"""Import fuzzing (issue 12): generated CSV and XLSX files, well-formed or broken, never crash an import.

Every file ends in a clean import (the register grows by exactly the rows imported) or in ImportRefused listing bad
rows (nothing written); any other exception fails the test, and Hypothesis shrinks it to the smallest such file.
Whatever is stored then exports to XLSX (openpyxl refuses no cell), reads back, and prints to PDF. The runs are derandomised so CI
sees the same files each time; DESK_APP_FUZZ=<n> runs n fresh random files per test instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from desk_app.documents.books import petition_book_pdf, visit_book_pdf
from desk_app.documents.registers import export_petitions, export_visits
from desk_app.domain.enums import Category, Handling
from desk_app.domain.text import unstorable
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_transfer as vt
from desk_app.services.registry import Services
from desk_app.services.transfer.petition_import import PetitionImporter
from desk_app.services.transfer.table import ImportRefused
from desk_app.services.transfer.visit_import import VisitImporter
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CitizenRecord,
    CounterRecord,
    DecisionRecord,
    PetitionRecord,
    ReceptionSessionRecord,
    VisitRecord,
)
from tests.conftest import FIXED_NOW

FUZZ = int(os.environ.get("DESK_APP_FUZZ", "0"))
MODELS = (
    VisitRecord, PetitionRecord, CitizenRecord, CaseRecord, CounterRecord, ChangeLogRecord, DecisionRecord,
    ReceptionSessionRecord,
)  # fmt: skip


def fuzz_settings(examples: int) -> Any:
    return settings(
        max_examples=FUZZ or examples,
        derandomize=not FUZZ,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
        database=None,
    )


# Cells ----------------------------------------------------------------------------------------------------------
ODD_CHARS = "\x00\x01\x07\x0b\x0c\x1b\x1f\x7f\u0085\u2028\ufeff\ufffe\uffff\t\r\n\"',;=+-@ "
WORDS = ["Nguyễn Văn An", "Khiếu nại", "đất", "x", "Không", "_x0000_", "=1+1", "@SUM(A1)", "ắ", "e\u0301"]
odd_text = st.text(alphabet=st.sampled_from(ODD_CHARS) | st.characters(codec="utf-8"), max_size=12)
DATES = [
    "05/01/2024", "2024-01-18", "18.01.2024", "1/2/2025", "31/02/2024", "01/01/0001", "1899-12-30", "31/12/1999",
    "01/01/2000", "2099-01-01", "00/00/0000", "2024-13-01", "20/11/2026", "21/11/2026", "45000", "",
]  # fmt: skip
NUMBERS = ["1", "2", "6", "10000", "10001", "0", "-3", "1000000000", "9" * 40, "2.5", "3.0", "1e3", "", "٣"]
IDS = ["", "001099012345", "1099012345", "079123456789", "12345", "B1234567", "123456789", "0010990123\x00"]
GOOD_VALUES: dict[str, list[str]] = {
    vt.V_DATE: DATES, vt.P_RECEIVED: DATES, vt.P_HANDLED: DATES,
    vt.V_KIND: ["Thường xuyên", "Định kỳ", "Đột xuất", "thuong xuyen", "Hàng ngày"],
    vt.V_PRESIDER: ["", "Trần Văn Bình", "trần văn bình", "Ông Ba"],
    vt.V_DELEGATED: ["", "x", "có", "không rõ"],
    vt.V_NAME: ["Nguyễn Văn An", "Trần Thị Bích", "", "Đơn nặc danh"],
    vt.V_ID: IDS, vt.V_GROUP: NUMBERS, vt.P_SIGNERS: NUMBERS,
    vt.V_ADDRESS: ["", "Ấp 1, xã An Phú"],
    vt.V_SUMMARY: ["Khiếu nại thu hồi đất", "Kiến nghị sửa đường", ""],
    vt.V_CATEGORY: ["Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Phản ảnh", ""],
    vt.V_FIELD: ["", "Đất đai, nhà cửa", "Đất đai", "Khác"],
    vt.V_CASE: ["", "VV-1", "VV-2", "x" * 41],
    vt.V_COMPETENCE: ["", "x", "Không", "có", "?"],
    vt.V_HANDLING: ["Thụ lý giải quyết", "Hướng dẫn", "Chuyển đơn", "Từ chối tiếp", "Lưu đơn", ""],
    vt.V_REMARKS: ["", "Lần 2", "dòng một\ndòng hai"],
    vt.P_SOURCE: ["Qua dịch vụ bưu chính", "Cơ quan khác chuyển đến", "Trực tiếp", "?"],
    vt.P_FORWARDED_BY: ["", "UBND huyện"],
    vt.P_SENDER: ["Nguyễn Văn An", "Đơn nặc danh", ""],
    vt.P_PROCESSABLE: ["", "x", "Không"],
    vt.P_STATUS: ["", "Đang xử lý", "Đã giải quyết", "?"],
}  # fmt: skip


def cell(column: str) -> st.SearchStrategy[str]:
    good = st.sampled_from(GOOD_VALUES.get(column, WORDS))
    broken = st.one_of(
        odd_text,
        st.sampled_from(WORDS),
        st.builds(lambda a, b: a + b, good, odd_text),
        st.builds(lambda n, s: s * n, st.integers(1, 3), st.sampled_from(["Nội dung dài ", "x" * 10_001])),
    )
    return st.one_of(good, good, good, broken)  # mostly plausible values, so that some files import


# A right row of either register, by header (the two share "Số giấy tờ", "Địa chỉ", "Nội dung", "Phân loại" …)
RIGHT = {
    vt.V_DATE: "05/01/2024", vt.V_KIND: "Thường xuyên", vt.V_NAME: "Nguyễn Văn An", vt.V_ADDRESS: "Ấp 1",
    vt.V_GROUP: "1", vt.V_SUMMARY: "Khiếu nại thu hồi đất", vt.V_CATEGORY: "Khiếu nại",
    vt.V_FIELD: "Đất đai, nhà cửa", vt.V_HANDLING: "Hướng dẫn", vt.P_RECEIVED: "2024-01-05",
    vt.P_SOURCE: "Qua dịch vụ bưu chính", vt.P_SENDER: "Trần Thị Bích", vt.P_SIGNERS: "2",
}  # fmt: skip


@st.composite
def register(draw: st.DrawFn, headers: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """A header row (usually right, sometimes shuffled or odd) and 0-4 rows under it: right rows with 0-3 cells
    replaced by generated ones, sometimes cut short or run long."""
    shape = draw(st.sampled_from(["right", "right", "shuffled", "odd"]))
    if shape == "right":
        header = list(headers)
    elif shape == "shuffled":
        header = draw(st.permutations(list(headers)))
    else:
        header = draw(
            st.lists(st.sampled_from([*headers, "Cột lạ", "", " họ  TÊN "]) | odd_text, max_size=20)
        )
    rows: list[list[str]] = []
    for _ in range(draw(st.sampled_from([0, 1, 1, 2, 2, 3, 4]))):
        cells = [RIGHT.get(h, "") for h in header]
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2, 3])) if cells else 0):
            at = draw(st.integers(0, len(cells) - 1))
            cells[at] = draw(cell(header[at]))
        if draw(st.integers(0, 9)) == 0:  # ragged: shorter or longer than the header
            cells = cells[: draw(st.integers(0, len(cells)))] + draw(st.lists(odd_text, max_size=2))
        rows.append(cells)
    return header, rows


def csv_bytes(header: list[str], rows: list[list[str]], bom: bool) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8", errors="surrogatepass")


def xlsx_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    # the same sheet must give the same bytes (Hypothesis replays a draw): openpyxl stamps the save time in
    return _xlsx_bytes(tuple(header), tuple(tuple(r) for r in rows))


@functools.lru_cache(maxsize=4096)
def _xlsx_bytes(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for cells in [header, *rows]:
        # an XLSX cannot carry these characters at all (openpyxl refuses them): they reach imports through CSV
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c).encode("utf-8", "ignore").decode() for c in cells])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@st.composite
def register_file(draw: st.DrawFn, headers: Sequence[str]) -> tuple[str, bytes]:
    """(file name, bytes): a register as CSV or XLSX, then perhaps renamed, cut, damaged or re-encoded."""
    header, rows = draw(register(headers))
    kind = draw(st.sampled_from([".csv", ".xlsx"]))
    data = csv_bytes(header, rows, draw(st.booleans())) if kind == ".csv" else xlsx_bytes(header, rows)
    damage = draw(st.sampled_from(["none"] * 6 + ["rename", "cut", "flip", "utf16", "random", "empty"]))
    if damage == "rename":
        kind = ".xlsx" if kind == ".csv" else ".csv"
    elif damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    elif damage == "utf16" and kind == ".csv":
        data = data.decode("utf-8-sig", "surrogatepass").encode("utf-16", "surrogatepass")
    elif damage == "random":
        data = draw(st.binary(max_size=300))
    elif damage == "empty":
        data = b""
    return "so" + kind, data


# Checks ---------------------------------------------------------------------------------------------------------
def snapshot(sv: Services) -> dict[str, int]:
    with sv.ctx.db.read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0 for m in MODELS}


def import_once(sv: Services, importer: VisitImporter | PetitionImporter, entity: type, name: str, data: bytes,
                folder: Path, seen: dict[str, int]) -> None:  # fmt: skip
    source = folder / name
    source.write_bytes(data)
    before = snapshot(sv)
    try:
        result = importer.import_file(source)
    except ImportRefused as refused:
        assert refused.bad_rows, "a refusal names at least one row"
        numbers = [bad.row for bad in refused.bad_rows]
        assert numbers == sorted(set(numbers)) and numbers[0] >= 1
        for bad in refused.bad_rows:
            assert bad.reasons and all(isinstance(r, str) and r for r in bad.reasons)
            assert unstorable(bad.text) is None and len(bad.text) < 3000, bad.text[:200]
        assert snapshot(sv) == before, "a refused file wrote something"
        seen["refused_file" if refused.whole_file else "refused_rows"] += 1
    else:
        after = snapshot(sv)
        assert result.imported >= 1
        assert after[entity.__name__] - before[entity.__name__] == result.imported
        seen["imported"] += 1


def stored_text_exports(sv: Services, folder: Path) -> None:
    """Everything in the registers goes to XLSX without a refused character and reads back, and prints to PDF."""
    printed = 0
    for book_pdf in (visit_book_pdf, petition_book_pdf):
        pdf, lines = book_pdf(sv, dt.date(2000, 1, 1), FIXED_NOW.date())
        assert pdf.startswith(b"%PDF")
        printed += lines
    assert printed >= 1
    for export in (export_visits, export_petitions):
        target = folder / f"{export.__name__}.xlsx"
        export(sv.ctx, target)
        book = load_workbook(target, read_only=True)
        try:
            for values in book.worksheets[0].iter_rows(values_only=True):
                assert not any(isinstance(v, str) and unstorable(v) for v in values)
        finally:
            book.close()


def stored_text(sv: Services) -> list[str]:
    with sv.ctx.db.read() as s:
        rows = s.execute(select(VisitRecord.summary, VisitRecord.remarks, CitizenRecord.full_name).join(
            CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)).all()  # fmt: skip
    return [t for r in rows for t in r if t]


# Tests ----------------------------------------------------------------------------------------------------------
def fuzz(sv: Services, folder: Path, headers: Sequence[str], examples: int) -> dict[str, int]:
    """Import `examples` generated files into the one office; how many were imported, refused by row, refused whole."""
    seen = {"imported": 0, "refused_rows": 0, "refused_file": 0}
    importer = VisitImporter(sv.ctx) if headers == vt.VISIT_HEADERS else PetitionImporter(sv.ctx)
    entity = VisitRecord if headers == vt.VISIT_HEADERS else PetitionRecord

    @fuzz_settings(examples)
    @given(register_file(headers))
    def one_file(named: tuple[str, bytes]) -> None:
        import_once(sv, importer, entity, *named, folder, seen)

    one_file()
    return seen


def test_fuzzed_visit_registers_import_cleanly_or_are_refused_without_a_write(
    office_services: Services, tmp_path: Path
) -> None:
    seen = fuzz(office_services, tmp_path, vt.VISIT_HEADERS, 250)
    # the generators are not vacuous: files import, are refused by row, and are refused as a whole
    assert min(seen.values()) >= 5, seen
    assert all(unstorable(t) is None for t in stored_text(office_services))
    stored_text_exports(office_services, tmp_path)


def test_fuzzed_petition_registers_import_cleanly_or_are_refused_without_a_write(
    office_services: Services, tmp_path: Path
) -> None:
    seen = fuzz(office_services, tmp_path, vt.PETITION_HEADERS, 150)
    assert min(seen.values()) >= 5, seen
    stored_text_exports(office_services, tmp_path)


@settings(max_examples=FUZZ or 40, derandomize=not FUZZ, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture], database=None)  # fmt: skip
@given(
    name=st.text(min_size=1, max_size=30).filter(lambda t: t.strip() != ""),
    summary=st.text(max_size=60),
    remarks=st.text(max_size=30),
)
def test_text_typed_into_a_form_is_stored_without_what_a_spreadsheet_cannot_hold(
    office_services: Services, tmp_path: Path, name: str, summary: str, remarks: str
) -> None:
    sv = office_services
    visit = VisitInput(
        date=dt.date(2026, 11, 2), visitor=PersonInput(full_name="Ngô " + name), summary="Hỏi " + summary,
        category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.HUONG_DAN, guidance_target="UBND huyện",
        remarks=remarks,
    )  # fmt: skip
    sv.intake.save(visit)
    assert all(unstorable(t) is None for t in stored_text(sv))
    target = tmp_path / "so.xlsx"
    export_visits(sv.ctx, target)
    load_workbook(target, read_only=True).close()
    pdf, lines = visit_book_pdf(sv, visit.date, visit.date)
    assert pdf.startswith(b"%PDF") and lines >= 1
