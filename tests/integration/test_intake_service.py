"""Receiving citizens through the services on a real SQLite file: book numbers, cases, groups, refusals, voids."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select, update

from desk_app.domain.enums import (
    CaseStatus,
    Category,
    Gender,
    Handling,
    IdType,
    ReceptionKind,
    RefusalReason,
    Role,
    SubjectField,
    VisitOrder,
    VisitStatus,
)
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.domain.visit_papers import PrintProblem, VisitPaper
from desk_app.errors import ConflictError, ValidationError
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter, SortKey
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CitizenRecord,
    ReceptionSessionRecord,
    VisitRecord,
)

DAY = dt.date(2026, 11, 18)


def visit(name: str = "Nguyễn Văn An", **kw: object) -> VisitInput:
    base: dict[str, object] = {
        "date": DAY,
        "visitor": PersonInput(full_name=name, id_number="001099012345", gender=Gender.NAM, birth_year=1999),
        "summary": "Khiếu nại việc thu hồi đất nông nghiệp",
        "category": Category.KHIEU_NAI,
        "field": SubjectField.HC_DAT_DAI_NHA_CUA,
    }
    base.update(kw)
    return VisitInput(**base)  # type: ignore[arg-type]


def count(services: Services, model: type) -> int:
    with services.ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_book_numbers_run_per_year(office_services: Services) -> None:
    sv = office_services
    first = sv.intake.save(visit())
    second = sv.intake.save(visit("Trần Thị Bé", visitor=PersonInput(full_name="Trần Thị Bé")))
    old_year = sv.intake.save(
        visit("Lê Văn Cư", date=dt.date(2025, 12, 30), visitor=PersonInput(full_name="Lê Văn Cư"))
    )
    assert (first.book_year, first.book_no) == (2026, 1)
    assert (second.book_year, second.book_no) == (2026, 2)
    assert (old_year.book_year, old_year.book_no) == (2025, 1)


def test_text_is_stored_nfc_and_found_without_diacritics(office_services: Services) -> None:
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Ẩn")
    saved = office_services.intake.save(visit(visitor=PersonInput(full_name=decomposed)))
    detail = office_services.intake.get(saved.id)
    assert detail.data.visitor.full_name == "Đặng Thị Ẩn"
    assert unicodedata.is_normalized("NFC", detail.data.visitor.full_name)
    matches = office_services.citizens.find(name="dang thi an")
    assert [m.full_name for m in matches] == ["Đặng Thị Ẩn"]


def test_repeat_visitor_links_to_his_case(office_services: Services) -> None:
    sv = office_services
    first = sv.intake.save(visit())
    match = sv.citizens.find(name="nguyen van an")[0]
    assert [c.code for c in match.open_cases] == [first.case_code]
    again = sv.intake.save(
        visit(
            date=DAY + dt.timedelta(days=1),
            visitor=PersonInput(full_name="Nguyễn Văn An", citizen_id=match.citizen_id),
            case_id=match.open_cases[0].id,
        )
    )
    assert first.visit_order is VisitOrder.LAN_DAU
    assert again.visit_order is VisitOrder.NHIEU_LAN
    assert again.case_code == first.case_code
    assert count(sv, CitizenRecord) == 1


def orders(services: Services) -> dict[int, str]:
    with services.ctx.db.read() as s:
        return {r.id: r.visit_order for r in s.execute(select(VisitRecord.id, VisitRecord.visit_order))}


def test_an_earlier_visit_entered_later_makes_the_cases_first_visit_a_repeat(
    office_services: Services,
) -> None:
    """The desk re-orders a case as an import does (domain.visit.visit_order): the case's first visit is its
    earliest live one, whenever it was entered, and voiding or moving it gives the first place back."""
    sv = office_services
    later = sv.intake.save(visit())
    earlier_input = visit(date=DAY - dt.timedelta(days=3), case_id=later.case_id)
    earlier = sv.intake.save(earlier_input)
    assert earlier.visit_order is VisitOrder.LAN_DAU
    assert orders(sv) == {later.id: "NHIEU_LAN", earlier.id: "LAN_DAU"}
    sv.intake.void(earlier.id, "Nhập nhầm ngày")
    assert orders(sv)[later.id] == "LAN_DAU"
    again = sv.intake.save(earlier_input)
    assert orders(sv)[later.id] == "NHIEU_LAN"
    # moved to a case of its own: the first visit is the first again
    from dataclasses import replace

    moved = sv.intake.update(again.id, replace(sv.intake.get(again.id).data, case_id=None))
    assert moved.case_id != later.case_id and moved.visit_order is VisitOrder.LAN_DAU
    assert orders(sv)[later.id] == "LAN_DAU"


def test_an_ended_case_is_not_offered_to_the_returning_visitor(office_services: Services) -> None:
    sv = office_services
    first = sv.intake.save(visit())
    second = sv.intake.save(visit(summary="Khiếu nại tiền bồi thường"))
    assert {c.code for c in sv.citizens.find(name="nguyen van an")[0].open_cases} == {
        first.case_code,
        second.case_code,
    }
    with sv.ctx.db.write() as s, s.begin():
        s.execute(
            update(CaseRecord).where(CaseRecord.id == first.case_id).values(status=CaseStatus.KET_THUC.value)
        )
    match = sv.citizens.find(name="nguyen van an")[0]
    assert [c.code for c in match.open_cases] == [second.case_code]
    assert len(match.visits) == 2  # the visits themselves are all listed


def test_same_id_number_reuses_the_citizen(office_services: Services) -> None:
    office_services.intake.save(visit())
    office_services.intake.save(visit(summary="Một việc khác hẳn"))
    assert count(office_services, CitizenRecord) == 1


def test_delegation_of_seven_with_two_representatives(office_services: Services) -> None:
    saved = office_services.intake.save(
        visit(group_size=7, representatives=(PersonInput(full_name="Võ Thị Hoa", id_type=IdType.CCCD),))
    )
    detail = office_services.intake.get(saved.id)
    assert detail.data.group_size == 7 and detail.data.is_delegation is True
    assert [r.full_name for r in detail.data.representatives] == ["Võ Thị Hoa"]


def test_too_many_representatives_saves_nothing(office_services: Services) -> None:
    reps = tuple(PersonInput(full_name=f"Người đại diện {i}") for i in range(3))
    with pytest.raises(ValidationError) as err:
        office_services.intake.save(visit(group_size=7, representatives=reps))
    assert [e.key for e in err.value.errors] == ["representatives.too_many"]
    assert count(office_services, VisitRecord) == 0
    assert count(office_services, CitizenRecord) == 0


def test_every_error_is_reported_at_once(office_services: Services) -> None:
    bad = VisitInput(
        date=DAY + dt.timedelta(days=30),
        visitor=PersonInput(full_name=" ", id_number="００１０９９０１２３４５"),
        kind=ReceptionKind.DINH_KY,
        category=Category.NHIEU_NOI_DUNG,
        handling=Handling.CHUYEN_DON,
    )
    with pytest.raises(ValidationError) as err:
        office_services.intake.save(bad)
    keys = {e.key for e in err.value.errors}
    assert keys == {
        "visitor.full_name.required",
        "visitor.id_number.digits_only",
        "date.future",
        "presided_by.required",
        "summary.required",
        "category.split",
        "transfer_target.required",
    }


def test_refusal_is_kept_with_its_legal_basis_and_reminder(office_services: Services) -> None:
    saved = office_services.intake.save(
        VisitInput(
            date=DAY,
            visitor=PersonInput(full_name="Hồ Văn Khải"),
            handling=Handling.TU_CHOI_TIEP,
            refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI,
            category=Category.KHIEU_NAI,
        )
    )
    assert saved.status is VisitStatus.TU_CHOI and saved.case_id is None
    assert any("Mẫu 01/TCD" in w and "03 ngày làm việc" in w for w in saved.warnings)
    with office_services.ctx.db.read() as s:
        rec = s.get(VisitRecord, saved.id)
        assert rec is not None and rec.refusal_legal_basis == "khoản 3 Điều 9 Luật Tiếp công dân"


def test_the_service_refuses_papers_the_stored_visit_cannot_have(office_services: Services) -> None:
    """The window asks domain.visit_papers before printing; the service checks again against the book."""
    sv = office_services
    plain = sv.intake.save(visit())
    with_docs = sv.intake.save(visit(documents=(DocumentInput("Đơn khiếu nại", 2),)))
    refused = sv.intake.save(
        VisitInput(date=DAY, visitor=PersonInput(full_name="Hồ Văn Khải"), handling=Handling.TU_CHOI_TIEP,
                   refusal_reason=RefusalReason.KHIEU_TO_KEO_DAI, category=Category.KHIEU_NAI)
    )  # fmt: skip
    assert sv.intake.print_problem(plain.id, VisitPaper.RECEIPT) is PrintProblem.NEED_DOCUMENTS
    assert sv.intake.print_problem(plain.id, VisitPaper.APPOINTMENT) is None
    assert sv.intake.print_problem(with_docs.id, VisitPaper.RECEIPT) is None
    assert sv.intake.print_problem(plain.id, VisitPaper.REFUSAL_NOTICE) is PrintProblem.NOT_REFUSED
    for paper in (VisitPaper.RECEIPT, VisitPaper.APPOINTMENT):
        assert sv.intake.print_problem(refused.id, paper) is PrintProblem.NOT_FOR_REFUSAL
    with pytest.raises(ConflictError) as caught:
        sv.intake.require_printable(plain.id, VisitPaper.RECEIPT)
    assert caught.value.key == "print.need_documents"
    sv.intake.require_printable(with_docs.id, VisitPaper.RECEIPT)


def test_refusal_without_reason_is_refused(office_services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        office_services.intake.save(
            VisitInput(date=DAY, visitor=PersonInput(full_name="Hồ Văn Khải"), handling=Handling.TU_CHOI_TIEP)
        )
    assert [e.key for e in err.value.errors] == ["refusal_reason.required"]


def test_id_mismatch_warns_but_saves(office_services: Services) -> None:
    saved = office_services.intake.save(
        visit(
            visitor=PersonInput(
                full_name="Nguyễn Thị Mai", id_number="001199012345", gender=Gender.NU, birth_year=1985
            )
        )
    )
    # 001 1 99 …: female born 1999 — gender agrees, the year does not.
    assert len(saved.warnings) == 1 and "1999" in saved.warnings[0]


def test_periodic_visits_join_the_heads_session(office_services: Services) -> None:
    head = office_services.office.head()
    assert head is not None and head.id is not None
    for name in ("Bùi Văn Nam", "Đỗ Thị Oanh"):
        office_services.intake.save(
            visit(
                name, visitor=PersonInput(full_name=name), kind=ReceptionKind.DINH_KY, presided_by_id=head.id
            )
        )
    with office_services.ctx.db.read() as s:
        sessions = s.scalars(select(ReceptionSessionRecord)).all()
        assert len(sessions) == 1 and sessions[0].delegated is False
    deputy = next(st for st in office_services.office.list_staff() if st.is_deputy_head)
    saved = office_services.intake.save(visit(kind=ReceptionKind.DINH_KY, presided_by_id=deputy.id))
    detail = office_services.intake.get(saved.id)
    assert detail.data.delegated is True


def test_update_is_logged_field_by_field(office_services: Services) -> None:
    saved = office_services.intake.save(visit())
    detail = office_services.intake.get(saved.id)
    from dataclasses import replace

    office_services.intake.update(saved.id, replace(detail.data, summary="Nội dung đã sửa", group_size=2))
    history = office_services.intake.history(saved.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].changes["summary"] == ("Khiếu nại việc thu hồi đất nông nghiệp", "Nội dung đã sửa")
    assert history[1].actor == "Phạm Thị Dung"
    assert office_services.intake.get(saved.id).book_no == saved.book_no


def test_void_needs_a_reason_and_keeps_the_line(office_services: Services) -> None:
    saved = office_services.intake.save(visit())
    with pytest.raises(ValidationError):
        office_services.intake.void(saved.id, "  ")
    office_services.intake.void(saved.id, "Nhập nhầm người")
    with pytest.raises(ConflictError):
        office_services.intake.void(saved.id, "lần nữa")
    assert office_services.register.count(RegisterFilter()) == 0
    assert office_services.register.count(RegisterFilter(include_voided=True)) == 1
    with office_services.ctx.db.read() as s:
        logged = s.scalars(select(ChangeLogRecord).where(ChangeLogRecord.action == "void")).all()
        assert [entry.reason for entry in logged] == ["Nhập nhầm người"]


def test_register_masks_ids_and_hides_denouncers(office_services: Services) -> None:
    sv = office_services
    sv.intake.save(visit())
    sv.intake.save(
        visit(
            "Phan Văn Tố",
            visitor=PersonInput(full_name="Phan Văn Tố", id_number="079088001122"),
            summary="Tố cáo cán bộ địa chính nhận tiền",
            category=Category.TO_CAO,
            field=SubjectField.THAM_NHUNG,
        )
    )
    rows = sv.register.rows(sv.register.search_ids(RegisterFilter(), SortKey.BOOK, descending=False))
    assert rows[0].id_document == "001*******45"
    assert rows[1].name_address == "[Bảo mật]" and rows[1].id_document == "[Bảo mật]"
    assert sv.register.search_ids(RegisterFilter(text="phan van to")) == []
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    leader_rows = sv.register.rows(sv.register.search_ids(RegisterFilter(text="phan van to")))
    assert [r.name_address for r in leader_rows] == ["Phan Văn Tố"]


def test_register_filters_and_sorts_in_sql(office_services: Services) -> None:
    sv = office_services
    for i, name in enumerate(("Cao Văn Ba", "An Thị Hai", "Bạch Văn Một")):
        sv.intake.save(visit(name, date=DAY - dt.timedelta(days=i), visitor=PersonInput(full_name=name)))
    by_name = sv.register.rows(sv.register.search_ids(RegisterFilter(), SortKey.NAME, descending=False))
    assert [r.name_address for r in by_name] == ["An Thị Hai", "Bạch Văn Một", "Cao Văn Ba"]
    ranged = RegisterFilter(date_from=DAY - dt.timedelta(days=1), date_to=DAY)
    assert sv.register.count(ranged) == 2


def test_documents_received_are_kept_in_order(office_services: Services) -> None:
    saved = office_services.intake.save(
        visit(documents=(DocumentInput("Đơn khiếu nại", 2), DocumentInput("Bản sao sổ đỏ", 4)))
    )
    source = office_services.documents.visit_source(saved.id)
    assert [i.title for i in source.items] == ["Đơn khiếu nại", "Bản sao sổ đỏ"]
    assert source.officer_name == "Phạm Thị Dung"
    assert source.place == "Phòng tiếp công dân xã An Phú"
    kept = office_services.documents.keep(saved.id, "bien_nhan_02tcd", b"%PDF-1.4 test")
    assert kept.path.read_bytes() == b"%PDF-1.4 test"
    assert office_services.documents.kept_for_visit(saved.id)[0].path == kept.path


def test_drafts_round_trip(services: Services) -> None:
    services.drafts.save("intake", {"full_name": "Nguyễn Văn An", "group_size": 3})
    assert services.drafts.load("intake") == {"full_name": "Nguyễn Văn An", "group_size": 3}
    services.drafts.clear("intake")
    assert services.drafts.load("intake") is None


def test_first_run_setup_is_all_or_nothing(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_app.domain.enums import OfficeKind
    from desk_app.services.office.service import OfficeInfo, PlaceInfo, StaffInfo

    office = OfficeInfo(
        name="SỞ TƯ PHÁP", abbreviation="STP", kind=OfficeKind.SO, place_name="Hà Nội", head_title="GIÁM ĐỐC"
    )
    head, officer = StaffInfo(full_name="Ngô Văn Giám", is_head=True), StaffInfo(full_name="Lý Thị Tiếp")

    def broken_place(_session: object, _info: PlaceInfo) -> PlaceInfo:
        raise OSError("disk full")

    monkeypatch.setattr(services.office, "_save_place", broken_place)
    with pytest.raises(OSError):
        services.office.setup(office, head, officer, PlaceInfo(name="Phòng tiếp công dân"))
    assert services.office.get() is None and services.office.list_staff() == []
    monkeypatch.undo()
    saved = services.office.setup(office, head, officer, PlaceInfo(name="Phòng tiếp công dân"))
    assert saved.full_name == "Lý Thị Tiếp"
    assert [p.name for p in services.office.list_places()] == ["Phòng tiếp công dân"]
    assert services.office.head() is not None
