"""`desk-app report TONG-HOP` (DOMAIN §16.4): JSON figures, the paragraphs as text, DOCX and PDF."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desk_app.cli import main as cli
from desk_app.domain.enums import ReceptionKind
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from tests.helpers.cli_output import one_error_line
from tests.integration.test_cli_report import _visit


@pytest.fixture
def folder(office_services: Services, paths: AppPaths) -> Path:
    sv = office_services
    head = sv.office.head()
    assert head is not None
    sv.intake.save(_visit(dt.date(2026, 1, 10), "Nguyễn Văn An"))
    sv.intake.save(_visit(dt.date(2026, 3, 2), "Trần Thị Bé", group_size=6))
    sv.intake.save(
        _visit(dt.date(2026, 2, 5), "Lê Văn Cường", kind=ReceptionKind.DINH_KY, presided_by_id=head.id)
    )
    return paths.data


def _run(folder: Path, *args: str) -> int:
    return cli.main(
        ["--data-dir", str(folder), "report", "TONG-HOP", "--from", "2026-01-01", "--to", "2026-03-31", *args]
    )


def test_json_carries_every_figure_and_the_text(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(folder, "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["form"], data["from"], data["to"]) == ("TONG-HOP", "2026-01-01", "2026-03-31")
    f = data["figures"]
    assert (f["regular_turns"], f["regular_persons"], f["periodic_turns"], f["periodic_persons"]) == (
        2,
        7,
        1,
        1,
    )
    assert (f["sessions_held"], f["cases"], f["cases_new"], f["delegations"], f["delegation_persons"]) == (
        1,
        3,
        3,
        1,
        6,
    )
    for name in (
        "sessions_no_citizen",
        "sessions_not_held",
        "adhoc_turns",
        "resolved",
        "unresolved",
        "dialogues",
        "dialogue_recommendations",
        "dialogue_recommendations_in_competence",
        "regular_cases_old",
    ):
        assert name in f
    assert "+ Tiếp thường xuyên: 02 lượt với số người: 07" in data["text"]


def test_text_docx_and_pdf(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(folder, "--format", "txt") == 0
    text = capsys.readouterr().out
    assert text.startswith("Tổng hợp kết quả tiếp công dân, đối thoại từ ngày 01/01/2026 đến ngày 31/03/2026")
    assert "+ Tiếp định kỳ: 01 lượt với số người: 01." in text
    assert _run(folder, "--format", "docx", "--out", str(tmp_path / "th.docx")) == 0
    document = docx.Document(io.BytesIO((tmp_path / "th.docx").read_bytes()))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[1:] == text.strip().splitlines()[2:]
    assert _run(folder, "--format", "pdf", "--out", str(tmp_path / "th.pdf")) == 0
    pdf = " ".join((page.extract_text() or "") for page in PdfReader(tmp_path / "th.pdf").pages)
    assert "BÁO CÁO" in pdf and "Tiếp thường xuyên: 02 lượt" in " ".join(pdf.split())


def test_bad_format_is_one_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(folder, "--format", "xlsx", "--out", "x.xlsx") == 2
    assert "TONG-HOP" in one_error_line(capsys)
    assert _run(folder, "--format", "pdf") == 2
    assert "--out" in one_error_line(capsys)
