"""The presider rule in force on a session's own date (DOMAIN §2.2, issue 14): a deputy may preside a periodic
session on the head's behalf before 01/7/2026 (no warning); from then on it is warned, for past dates too."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from desk_app.domain.enums import Category, Handling, ReceptionKind
from desk_app.domain.presider_rules import PRESIDER_RULES, presider_breaks, presider_rule
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.services.registry import Services
from desk_app.services.schedule.types import SessionEdit, WarningKind
from desk_app.services.transfer.session_import import SessionImporter

HEAD, DEPUTY = "Trần Văn Bình", "Lê Thị Cúc"  # the office_services head and deputy
IN_2020 = dt.date(2020, 3, 12)
IN_2026 = dt.date(2026, 8, 13)
WARNING_2026 = (
    "Buổi tiếp định kỳ ngày 13/08/2026 do Lê Thị Cúc chủ trì. Theo Luật 136/2025, người đứng đầu trực tiếp tiếp "
    "định kỳ — kiểm tra lại căn cứ ủy quyền"
)


S_HEADERS = ["Ngày", "Buổi", "Người chủ trì", "Hình thức tiếp", "Ủy quyền", "Trạng thái", "Lý do"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(S_HEADERS)
        writer.writerows(rows)
    return path


def staff_id(sv: Services, name: str) -> int:
    return next(st.id for st in sv.office.list_staff() if st.full_name == name and st.id is not None)


@pytest.mark.parametrize(
    ("day", "allowed", "basis"),
    [
        (dt.date(2010, 5, 1), True, "42/2013/QH13 và Nghị định số 64/2014/NĐ-CP"),  # before any: the earliest
        (IN_2020, True, "Nghị định số 64/2014/NĐ-CP"),
        (dt.date(2026, 6, 30), True, "64/2014"),
        (dt.date(2026, 7, 1), False, "136/2025/QH15"),
        (IN_2026, False, "136/2025/QH15"),
    ],
)
def test_the_rule_in_force_on_the_date(day: dt.date, allowed: bool, basis: str) -> None:
    rule = presider_rule(day)
    assert rule.delegation_allowed is allowed and basis in rule.legal_basis and rule in PRESIDER_RULES
    broken = presider_breaks(ReceptionKind.DINH_KY, day, presider_is_head=False)
    assert (broken is None) is allowed
    assert presider_breaks(ReceptionKind.DINH_KY, day, presider_is_head=True) is None
    assert presider_breaks(ReceptionKind.DOT_XUAT, day, presider_is_head=False) is None


def test_sessions_carry_the_rule_of_their_own_date(office_services: Services) -> None:
    sv = office_services
    deputy, head = staff_id(sv, DEPUTY), staff_id(sv, HEAD)
    old = sv.schedule.create_session(SessionEdit(IN_2020, deputy))
    new = sv.schedule.create_session(SessionEdit(IN_2026, deputy))
    own = sv.schedule.create_session(SessionEdit(IN_2026 + dt.timedelta(days=1), head))
    assert old.presider_breaks is None and own.presider_breaks is None
    assert new.presider_breaks is not None and new.presider_breaks.short_basis == "Luật 136/2025"
    assert [s.presider_breaks is None for s in sv.schedule.sessions(IN_2020, IN_2026)] == [True, False]
    # the dashboard of a day in that week warns about the 2026 session, the one of 2020 about nothing
    in_week = [
        w
        for w in sv.schedule.warnings(IN_2026 + dt.timedelta(days=1))
        if w.kind is WarningKind.PRESIDER_NOT_HEAD
    ]
    assert [w.text for w in in_week] == [WARNING_2026]
    assert not [w for w in sv.schedule.warnings(IN_2020) if w.kind is WarningKind.PRESIDER_NOT_HEAD]


def _periodic_visit(sv: Services, day: dt.date) -> VisitInput:
    return VisitInput(
        date=day, visitor=PersonInput(full_name="Phan Văn Hậu"), kind=ReceptionKind.DINH_KY,
        presided_by_id=staff_id(sv, DEPUTY), summary="Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
        category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP,
    )  # fmt: skip


def test_a_periodic_visit_presided_by_the_deputy_is_warned_only_under_the_2026_rule(
    office_services: Services,
) -> None:
    sv = office_services
    old = sv.intake.save(_periodic_visit(sv, IN_2020))
    new = sv.intake.save(_periodic_visit(sv, IN_2026))
    assert not [w for w in old.warnings if "chủ trì" in w]
    assert WARNING_2026 in new.warnings
    # both are counted as presided on the head's behalf (01/TCD "Ủy quyền tiếp")
    assert sv.intake.get(old.id).data.delegated and sv.intake.get(new.id).data.delegated


def test_imported_history_gets_the_warning_of_its_date(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    rows = [
        ["12/03/2020", "Sáng", DEPUTY, "Định kỳ", "x", "Đã tiếp", ""],
        ["13/08/2026", "Sáng", DEPUTY, "Định kỳ", "x", "Đã tiếp", ""],
    ]
    SessionImporter(sv.ctx).import_file(write_csv(tmp_path / "ky.csv", rows))
    flagged = {s.date: s.presider_breaks for s in sv.schedule.sessions(IN_2020, IN_2026)}
    assert flagged[IN_2020] is None
    assert flagged[IN_2026] is not None and "136/2025" in flagged[IN_2026].legal_basis
