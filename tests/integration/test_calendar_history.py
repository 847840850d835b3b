"""Registers of past years: dialogues, deadlines and the deadline command count on 2019's days off (issue 14)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.cli import main as cli
from desk_app.domain.enums import DialogueKind
from desk_app.domain.working_calendar import CalendarBeforeFirstYearError
from desk_app.i18n import errors as i18n_errors
from desk_app.paths import AppPaths
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.registry import Services, open_services
from desk_app.services.schedule.dialogues import DialogueEdit
from desk_app.storage.records import DeadlineRecord
from tests.helpers.acting import acting_as

WEDNESDAY_BEFORE_TET_2019 = dt.date(2019, 1, 30)


def _edit(sv: Services, day: dt.date) -> DialogueEdit:
    head = sv.office.head()
    assert head is not None
    return DialogueEdit(
        kind=DialogueKind.DINH_KY, date=day, start_time=dt.time(8, 0), place="Hội trường UBND xã",
        presided_by_id=head.id, topic="Giải phóng mặt bằng đường liên xã", participants="Các hộ dân thôn Đông",
        issues_raised="Mức bồi thường",
    )  # fmt: skip


def test_a_2019_dialogue_counts_its_notice_and_answers_on_2019s_days_off(office_services: Services) -> None:
    sv = office_services
    created = sv.dialogues.create(_edit(sv, WEDNESDAY_BEFORE_TET_2019))
    # 31/01, 01/02, then Tết 04–08/02/2019 between two weekends, then 11–20/02: without Tết it would be 13/02
    assert created.notice_due == dt.date(2019, 2, 20)
    with sv.ctx.db.read() as s:
        clock = s.scalar(select(DeadlineRecord).where(DeadlineRecord.entity_type == "dialogue"))
        assert clock is not None and "04–08/02 (Tết Nguyên Đán)" in clock.explanation
    issued = sv.dialogues.issue_notice(
        created.id, dt.date(2019, 2, 20), [("Công chức Địa chính", "Đo đạc lại")]
    )
    # 30 working days from 21/02/2019, no day off until Giỗ Tổ (14/04, nghỉ bù 15/04)
    assert [a.due_date for a in issued.answers] == [dt.date(2019, 4, 3)]
    assert [d.id for d in sv.dialogues.list(2019).dialogues] == [created.id]


def test_an_office_entry_of_2019_counts_in_a_2019_deadline(office_services: Services) -> None:
    sv = office_services
    with acting_as(sv):
        sv.working_calendar.add_day(
            CalendarDayInfo(
                dt.date(2019, 2, 12), EntryKind.NGHI_DIA_PHUONG, "Lễ hội truyền thống của xã",
                "Quyết định số 05/QĐ-UBND của UBND tỉnh",
            )
        )  # fmt: skip
    created = sv.dialogues.create(_edit(sv, WEDNESDAY_BEFORE_TET_2019))
    assert created.notice_due == dt.date(2019, 2, 21)


def test_a_1999_dialogue_is_refused_in_vietnamese_and_nothing_is_saved(office_services: Services) -> None:
    sv = office_services
    with pytest.raises(CalendarBeforeFirstYearError) as caught:
        sv.dialogues.create(_edit(sv, dt.date(1999, 6, 1)))
    text = i18n_errors.known(str(caught.value))
    assert text is not None and "từ năm 2000" in text
    assert sv.dialogues.list(1999).dialogues == ()


def test_the_deadline_command_counts_2019(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "never")
    assert cli.main(["--data-dir", folder, "deadline", "KN_RESOLVE_1", "2019-01-28", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["start"], result["due"], result["day_type"]) == ("2019-01-28", "2019-02-27", "CALENDAR")
    assert cli.main(["--data-dir", folder, "deadline", "XLD_PROCESS", "2019-01-28", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["due"] == "2019-02-18" and "04–08/02 (Tết Nguyên Đán)" in result["explanation"]
    assert cli.main(["--data-dir", folder, "deadline", "KN_RESOLVE_1", "1999-12-28"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "nằm ngoài khoảng tính được (từ năm 2000" in err
    assert not Path(folder).exists()


def test_the_deadline_command_counts_2019_with_an_offices_database(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    open_services(paths).close()
    assert cli.main(["--data-dir", str(paths.data), "deadline", "XLD_PROCESS", "2019-01-28", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2019-02-18"
