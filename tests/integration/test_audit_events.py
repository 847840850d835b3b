"""Events in the audit log (searches, views, sign-ins) and the leaders' view of it: filters, names, export, who may."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import desk_app
from desk_app.documents.audit_log import cells, export_audit_log
from desk_app.domain.enums import Role
from desk_app.i18n import vi_audit as va
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.audit import events as audit_events
from desk_app.services.audit.viewer import AuditFilter, AuditLogService
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.permissions import AccessDenied
from desk_app.services.registry import Services


def stored_changes(sv: Services, action: str) -> list[str]:
    with closing(sqlite3.connect(AppPaths(sv.ctx.data_dir).database)) as con:
        rows = con.execute("SELECT changes FROM change_log WHERE action = ? ORDER BY id", (action,))
        return [r[0] for r in rows]


def as_leader(sv: Services) -> Services:
    sv.ctx.actor.name, sv.ctx.actor.roles = "Trần Văn Bình", (Role.LANH_DAO,)
    return sv


def test_a_search_term_is_stored_as_an_hmac_the_same_for_the_same_term(office_services: Services) -> None:
    audit.search(office_services.ctx, "visit", "Nguyễn Văn An", found=3)
    audit.search(office_services.ctx, "visit", "nguyễn văn an ")
    audit.search(office_services.ctx, "citizen", "Trần Thị Bé")
    logged = stored_changes(office_services, "search")
    assert len(logged) == 3
    assert not any("Nguy" in c or "nguy" in c or "Bé" in c for c in logged)
    terms = [c.split('"term": [null, "')[1].split('"')[0] for c in logged]
    assert all(t.startswith("hmac:") for t in terms)
    assert terms[0] == terms[1] != terms[2]
    assert '"found": [null, 3]' in logged[0]


def test_the_viewer_is_for_leaders_and_administrators_and_a_refusal_is_logged(
    office_services: Services,
) -> None:
    viewer = AuditLogService(office_services.ctx)  # the reception officer
    with pytest.raises(AccessDenied):
        viewer.page(AuditFilter())
    with pytest.raises(AccessDenied):
        viewer.verify()
    assert len(stored_changes(office_services, "denied")) == 2
    office_services.ctx.actor.roles = (Role.QUAN_TRI,)
    assert viewer.page(AuditFilter()).total > 0


def test_entries_are_named_in_words_newest_first_and_filtered(office_services: Services) -> None:
    sv = as_leader(office_services)
    audit.event(sv.ctx, "export", "petition", 0, {"rows": 12})
    audit.event(sv.ctx, "sign_in", "staff", sv.ctx.actor.staff_id or 0)
    page = AuditLogService(sv.ctx).page(AuditFilter())
    newest = page.entries[0]
    assert (newest.action, newest.actor) == ("sign_in", "Trần Văn Bình")
    time, who, action, subject, detail = cells(page.entries[1])
    assert (who, action, subject, detail) == ("Trần Văn Bình", "Xuất tệp", "Sổ theo dõi đơn", "Số dòng: 12")
    assert dt.datetime.strptime(time, "%d/%m/%Y %H:%M:%S")
    staff = [e for e in page.entries if e.entity == "staff" and e.action == "create"]
    assert {e.subject for e in staff} >= {"Cán bộ Trần Văn Bình", "Cán bộ Phạm Thị Dung"}
    # No database number anywhere in what is shown.
    assert all(not any(part.isdigit() for part in cells(e)[3].split()) for e in staff)

    viewer = AuditLogService(sv.ctx)
    assert {e.action for e in viewer.page(AuditFilter(action="export")).entries} == {"export"}
    assert {
        e.entity
        for e in viewer.page(AuditFilter(entities=va.ENTITY_GROUPS["Tài khoản, cán bộ, cơ quan"])).entries
    } >= {"staff", "office"}
    assert viewer.page(AuditFilter(actor="Trần Văn Bình")).total == 2
    today = dt.date.today()
    assert viewer.page(AuditFilter(date_from=today, date_to=today)).total == page.total
    assert viewer.page(AuditFilter(date_to=today - dt.timedelta(days=1))).total == 0
    assert "Trần Văn Bình" in viewer.actors() and "sign_in" in viewer.actions()


def test_an_administrator_reads_accounts_but_no_case_content(office_services: Services) -> None:
    sv = office_services
    audit.event(sv.ctx, "view", "visit", 0, {"summary": "Tố cáo ông X nhận hối lộ"})
    sv.ctx.actor.roles = (Role.QUAN_TRI,)
    page = AuditLogService(sv.ctx).page(AuditFilter())
    view = next(e for e in page.entries if e.action == "view")
    assert view.changes["summary"] == (None, va.NOT_FOR_ROLE)
    assert cells(view)[4] == va.NOT_FOR_ROLE_FIELDS.format(fields="Nội dung vụ việc")
    office = next(e for e in page.entries if e.entity == "office")
    assert "ỦY BAN NHÂN DÂN XÃ AN PHÚ" in cells(office)[4]


def test_the_check_is_logged_and_the_export_writes_every_entry(
    office_services: Services, tmp_path: Path
) -> None:
    sv = as_leader(office_services)
    result = AuditLogService(sv.ctx).verify()
    assert result.ok
    total = AuditLogService(sv.ctx).page(AuditFilter()).total
    target = tmp_path / "nhat-ky.csv"
    assert export_audit_log(sv.ctx, target, AuditFilter()) == total
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(va.COLUMNS)
    assert len(rows) == total + 1
    assert rows[-1][2] == "Kiểm tra nhật ký"  # oldest first: the check was the last entry before the export
    exported = stored_changes(sv, "export")
    assert exported and f'"rows": [null, {total}]' in exported[-1]
    xlsx = tmp_path / "nhat-ky.xlsx"
    assert export_audit_log(sv.ctx, xlsx, AuditFilter(action="check_run")) == 1
    assert xlsx.stat().st_size > 0


def _logged_codes() -> tuple[set[str], set[str]]:
    """The action and entity codes the app logs: literals in record/event calls, the events' constants, and the
    ENTITY… constants the calls pass."""
    constants = {
        name: value for name, value in vars(audit_events).items() if name.isupper() and isinstance(value, str)
    }
    actions = {value for name, value in constants.items() if not name.endswith("_ENTITY")}
    entities = {value for name, value in constants.items() if name.endswith("_ENTITY")}
    for path in Path(desk_app.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                name = node.targets[0].id
                is_entity = name == "ENTITY" or name.startswith("ENTITY_") or name.endswith("_ENTITY")
                if is_entity and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    entities.add(node.value.value)
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("record", "event") or ast.unparse(node.func.value) != "audit":
                continue
            first = 2 if node.func.attr == "record" else 1
            for arg, found in zip(node.args[first : first + 2], (actions, entities), strict=False):
                for sub in ast.walk(arg):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                        found.add(sub.value)
    return actions, entities


def test_every_logged_action_and_entity_has_a_vietnamese_label() -> None:
    actions, entities = _logged_codes()
    assert {"create", "update", "void", "reveal", "export", "search"} <= actions  # the scan finds the calls
    assert {"visit", "petition", "citizen", "staff"} <= entities
    assert sorted(actions - set(va.ACTIONS)) == []
    assert sorted(entities - set(va.ENTITIES)) == []


def test_a_leader_finds_who_searched_for_a_name_without_the_log_holding_it(office_services: Services) -> None:
    sv = office_services
    audit.search(sv.ctx, "citizen", "Nguyễn Văn An")
    audit.search(sv.ctx, "visit", "Trần Thị Bé")
    sv.ctx.actor.name = "Lê Thị Cúc"
    audit.search(sv.ctx, "petition", "NGUYEN VAN AN", found=2)
    viewer = AuditLogService(as_leader(sv).ctx)
    found = viewer.page(AuditFilter(term="nguyễn văn an")).entries
    assert [e.actor for e in found] == ["Lê Thị Cúc", "Phạm Thị Dung"]
    assert cells(found[0])[3:] == (
        "Tra cứu",
        f"Tra cứu trong: Sổ theo dõi đơn\n{va.TERM_NOT_KEPT}\nSố kết quả: 2",
    )
    assert viewer.page(AuditFilter(term="Nguyễn Văn Ánh")).total == 0
    assert viewer.page(AuditFilter(term="   ")).total == viewer.page(AuditFilter()).total


def test_a_time_limit_is_named_by_what_it_runs_for(open_demo: Callable[..., Services]) -> None:
    sv = as_leader(open_demo(1))
    try:
        entries = AuditLogService(sv.ctx).page(AuditFilter(entities=("deadline",)), 0, 50).entries
    finally:
        sv.close()
    assert entries
    assert all(re.fullmatch(r"Thời hạn — (Đơn|Lượt tiếp) số \d+/20\d\d", e.subject) for e in entries)


def test_the_intake_search_and_the_people_search_are_logged_without_their_terms(
    office_services: Services,
) -> None:
    sv = office_services
    sv.citizens.find(name="Nguyễn Văn An")
    sv.citizens.find(id_number="001099")
    sv.citizens.find(name="  ")  # nothing typed: nothing searched, nothing logged
    CitizenOverviewService(sv.ctx).search("Trần Thị Bé")
    logged = stored_changes(sv, "search")
    assert len(logged) == 3
    assert [re.search(r'"where": \[null, "(\w+)"\]', c).group(1) for c in logged] == [  # type: ignore[union-attr]
        "intake",
        "intake",
        "citizen",
    ]
    assert not any("Nguy" in c or "nguy" in c or "001099" in c or "tran" in c for c in logged)
    found = AuditLogService(as_leader(sv).ctx).page(AuditFilter(term="nguyen van an")).entries
    assert len(found) == 1
    assert cells(found[0])[4].startswith("Tra cứu trong: Tìm người đã đến (màn hình Tiếp công dân)")
