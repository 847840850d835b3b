"""TONG-HOP's figures from facts (DOMAIN §16.4): the Kỳ Châu review's shape on a register of our own making."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.domain.reports.facts import SessionFact, VisitFact
from desk_app.domain.reports.review import DialogueFact, review

D = dt.date
REGULAR, PERIODIC, ADHOC = (
    ReceptionKind.THUONG_XUYEN.value,
    ReceptionKind.DINH_KY.value,
    ReceptionKind.DOT_XUAT.value,
)


def _visits() -> list[VisitFact]:
    return [
        VisitFact(1, D(2018, 6, 1), REGULAR, False, 1, 100),  # before the span: case 100 is old
        VisitFact(2, D(2019, 3, 4), PERIODIC, False, 7, 101),
        VisitFact(3, D(2020, 5, 6), PERIODIC, False, 8, 102),
        VisitFact(4, D(2021, 1, 5), REGULAR, False, 1, 100),
        VisitFact(5, D(2021, 2, 5), REGULAR, False, 2, 103),
        VisitFact(6, D(2022, 2, 5), REGULAR, False, 1, 103),  # the same case again: one case, two turns
        VisitFact(7, D(2023, 7, 1), ADHOC, True, 3, 104),
        VisitFact(8, D(2024, 2, 1), REGULAR, False, 1, 105),  # after the span
    ]


def _sessions() -> list[SessionFact]:
    held = ReceptionSessionStatus.DA_TIEP.value
    return [
        SessionFact(1, D(2019, 3, 4), PERIODIC, False, held, None),
        SessionFact(2, D(2020, 5, 6), PERIODIC, False, held, None),
        SessionFact(3, D(2020, 4, 15), PERIODIC, False, ReceptionSessionStatus.HUY.value, "Dịch COVID-19"),
        SessionFact(4, D(2020, 10, 15), PERIODIC, False, ReceptionSessionStatus.HUY.value, "Lũ lụt"),
        SessionFact(5, D(2021, 6, 15), PERIODIC, False, ReceptionSessionStatus.KHONG_CO_CONG_DAN.value, None),
        SessionFact(6, D(2023, 7, 1), ADHOC, True, held, None),
        SessionFact(7, D(2021, 9, 15), PERIODIC, False, ReceptionSessionStatus.HOAN.value, "Họp"),
    ]


def test_figures_of_a_five_year_review() -> None:
    dialogues = [
        DialogueFact(D(2019, 9, 1), "DINH_KY", 5, 4),
        DialogueFact(D(2022, 3, 1), "DOT_XUAT", 2, 2),
        DialogueFact(D(2024, 3, 1), "DINH_KY", 9, 9),  # after the span
    ]
    r = review(
        _visits(), _sessions(), dialogues, {100: True, 101: True, 103: True}, D(2019, 1, 1), D(2023, 12, 30)
    )
    f = r.figures
    assert (f.sessions_held, f.sessions_no_citizen, f.sessions_not_held) == (4, 1, 2)
    assert (f.periodic_turns, f.periodic_persons, f.adhoc_turns, f.adhoc_persons) == (2, 15, 1, 3)
    assert (f.regular_turns, f.regular_persons, f.regular_cases_new, f.regular_cases_old) == (3, 4, 1, 1)
    assert (f.cases, f.cases_new, f.cases_old) == (5, 4, 1)
    assert (f.delegations, f.delegation_persons) == (2, 15)
    assert (f.resolved, f.unresolved) == (3, 2)
    assert (f.dialogues, f.dialogues_periodic, f.dialogues_adhoc) == (2, 1, 1)
    assert (f.dialogue_recommendations, f.dialogue_recommendations_in_competence) == (7, 6)
    assert [(d.date, d.reason) for d in r.not_held] == [
        (D(2020, 4, 15), "Dịch COVID-19"),
        (D(2020, 10, 15), "Lũ lụt"),
    ]
    assert (r.turns, r.persons) == (6, 22)


def test_an_empty_span_gives_zeros() -> None:
    r = review(_visits(), _sessions(), [], {}, D(2025, 1, 1), D(2025, 12, 31))
    assert set(r.figures.as_dict().values()) == {0}
