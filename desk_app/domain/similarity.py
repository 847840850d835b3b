"""Duplicate petitions: how alike two contents are, without diacritics, tolerant to word order and small typos."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from desk_app.domain.text import search_key

CLOSE_WORD = 0.8
"""Two syllables this alike (difflib ratio) count as the same word: "giai" / "giaii", "quyet" / "quyett"."""
SIMILAR_CONTENT = 0.6
"""A content score from which the app offers "đơn trùng"; a heuristic of the app, not a legal value."""

FILLER_WORDS = frozenset(
    [
        "ve",
        "viec",
        "cua",
        "va",
        "la",
        "co",
        "cho",
        "toi",
        "ong",
        "ba",
        "da",
        "duoc",
        "nay",
        "do",
        "voi",
        "tai",
        "den",
        "theo",
        "de",
        "nghi",
        "kinh",
        "gui",
        "don",
        "xin",
    ]
)
"""Words every petition uses ("kính gửi", "đề nghị", "về việc"); they say nothing about the matter."""


def words(text: str | None) -> list[str]:
    """The meaningful syllables of a text, folded (no diacritics, lowercase, no punctuation)."""
    folded = "".join(ch if ch.isalnum() else " " for ch in search_key(text))
    return [w for w in folded.split() if w not in FILLER_WORDS]


def _close(word: str, others: Sequence[str]) -> bool:
    if word in others:
        return True
    return any(
        abs(len(word) - len(o)) <= 2 and SequenceMatcher(None, word, o).ratio() >= CLOSE_WORD for o in others
    )


def content_similarity(a: str | None, b: str | None) -> float:
    """0..1: the share of words of the shorter text found (exactly or nearly) in the longer one, order ignored.

    Measured on the shorter text so a short second letter that repeats the first one's matter scores high.
    """
    wa, wb = sorted(set(words(a))), sorted(set(words(b)))
    if not wa or not wb:
        return 0.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    found = sum(1 for w in short if _close(w, long_))
    coverage = found / len(short)
    # A short text inside a much longer one counts less: "đất đai" alone must not match every land case, while a
    # short second letter naming a third of the first one's matter still does.
    balance = min(1.0, math.sqrt(2 * len(short) / len(long_)))
    return round(coverage * balance, 3)


@dataclass(frozen=True, slots=True)
class PetitionKey:
    """What duplicate detection compares: the person, the content, and a forwarded document's reference."""

    person_id_number: str | None
    person_name: str | None
    content: str
    forwarded_by: str | None = None
    forwarded_doc_no: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    same_person: bool
    same_forwarded_doc: bool
    content_score: float

    @property
    def is_candidate(self) -> bool:
        return self.same_forwarded_doc or (self.same_person and self.content_score >= SIMILAR_CONTENT)


def same_person(a: PetitionKey, b: PetitionKey) -> bool:
    if a.person_id_number and b.person_id_number:
        return a.person_id_number.strip() == b.person_id_number.strip()
    return bool(a.person_name) and search_key(a.person_name) == search_key(b.person_name)


def same_forwarded_doc(a: PetitionKey, b: PetitionKey) -> bool:
    if not (a.forwarded_doc_no and b.forwarded_doc_no):
        return False
    return search_key(a.forwarded_doc_no).replace(" ", "") == search_key(b.forwarded_doc_no).replace(
        " ", ""
    ) and search_key(a.forwarded_by) == search_key(b.forwarded_by)


def compare(new: PetitionKey, old: PetitionKey) -> Match:
    """How likely `new` repeats `old`: the same forwarded document is certain; else person and content."""
    person = same_person(new, old)
    doc = same_forwarded_doc(new, old)
    content = content_similarity(new.content, old.content)
    score = 1.0 if doc else content * (1.0 if person else 0.5)
    return Match(round(score, 3), person, doc, content)
