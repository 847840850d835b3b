"""The rules that link facts: a case's first visit, the matter of a duplicate petition, an earlier contact."""

from __future__ import annotations

from dataclasses import replace

from desk_app.domain.reports.facts import earlier_contacts, first_visits, matter_of
from tests.unit.reports.kit import BEFORE_Q1, IN_Q1, D, petition, visit


def test_the_first_visit_of_a_case_is_the_first_entered_on_its_first_day() -> None:
    visits = [
        visit(5, BEFORE_Q1, case=1),
        visit(3, IN_Q1, case=1),
        visit(9, IN_Q1, case=2),
        visit(4, IN_Q1, case=2),
    ]
    assert first_visits(visits) == {1: 5, 2: 4}  # same day: visit 4 was entered before visit 9


def test_a_duplicate_belongs_to_the_matter_it_repeats() -> None:
    links = {
        1: (7, None),  # a petition of case 7
        2: (None, 1),  # a duplicate of it
        3: (None, 2),  # a duplicate of the duplicate
        4: (None, None),  # no case: its own matter
        5: (None, 4),
        6: (None, 99),  # repeats a petition not counted (voided or later): its own matter
        8: (None, 9),  # a loop of duplicates ends
        9: (None, 8),
    }
    assert [matter_of(i, links) for i in (1, 2, 3, 4, 5, 6)] == [
        ("c", 7), ("c", 7), ("c", 7), ("p", 4), ("p", 4), ("p", 6)
    ]  # fmt: skip
    assert matter_of(8, links)[0] == "p"


def test_an_earlier_petition_or_visit_of_the_matter_is_an_earlier_contact() -> None:
    petitions = [
        petition(1, D(2026, 1, 5), case=7),
        petition(2, D(2026, 1, 5), case=7),  # same day, entered later: the matter was here already
        petition(3, D(2026, 1, 6), case=8),  # case 8 was visited before
        petition(4, D(2026, 1, 6), case=9),  # case 9 visited the same day only: not before
        petition(5, D(2026, 1, 7)),  # no case: never an earlier contact through visits
    ]
    visits = {8: [(D(2026, 1, 2), 50)], 9: [(D(2026, 1, 6), 60)]}
    assert earlier_contacts(petitions, visits) == {2, 3}


def test_the_visit_a_petition_was_handed_in_at_is_not_an_earlier_contact() -> None:
    handed_in = replace(petition(1, D(2026, 1, 6), case=8), visit_id=50)
    assert earlier_contacts([handed_in], {8: [(D(2026, 1, 2), 50)]}) == set()
    assert earlier_contacts([handed_in], {8: [(D(2026, 1, 2), 50), (D(2026, 1, 3), 51)]}) == {1}
