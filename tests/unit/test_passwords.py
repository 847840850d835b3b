"""Password and login policy: 8–128 characters, no composition rules, no common or office words, not the login."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.passwords import login_problem, normalise_login, password_problem
from desk_app.i18n import errors


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("", "required"),
        ("abc1234", "too_short"),
        ("x" * 129, "too_long"),
        ("12345678", "common"),
        ("123456789", "common"),
        ("98765432", "common"),
        ("34567890", "common"),
        ("aaaaaaaa", "common"),
        ("password", "common"),
        ("Password!", "common"),
        ("matkhau123", "common"),
        ("Mật khẩu", "common"),
        ("MẬTKHẨU2026", "common"),
        ("quantrivien", "common"),
        ("tiepcongdan", "common"),
        ("dung.pt2026", "like_login"),
        ("DUNG.PT!!", "like_login"),
    ],
)
def test_refused_passwords(password: str, code: str) -> None:
    assert password_problem(password, login="dung.pt") == code
    assert errors.known(f"password.{code}") is not None


@pytest.mark.parametrize(
    "password",
    [
        "cây xoài trước nhà",  # no digit, no capital, no symbol: no composition rules
        "abcdefgh",
        ("cây xoài " * 15)[:128],
        "Trường Sa",
        "mèo con ơi",
        "13572468",
    ],
)
def test_accepted_passwords(password: str) -> None:
    assert password_problem(password, login="dung.pt") is None


def test_length_counts_characters_after_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "mèo ơi à")  # 8 characters, 11 code points decomposed
    assert len(decomposed) > 8
    assert password_problem(decomposed) is None
    assert password_problem(unicodedata.normalize("NFD", "mèo ơi")) == "too_short"


def test_an_office_word_can_be_added() -> None:
    assert password_problem("anphu2026", extra_words=("An Phú",)) == "common"
    assert password_problem("anphu2026") is None


@pytest.mark.parametrize(
    ("login", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("d", "invalid"),
        ("dũng", "invalid"),
        ("a b", "invalid"),
        (".dung", "invalid"),
        ("x" * 61, "invalid"),
        ("dung.pt", None),
        ("Dung_PT-2", None),
    ],
)
def test_logins(login: str, code: str | None) -> None:
    assert login_problem(login) == code
    if code:
        assert errors.known(f"login.{code}") is not None


@given(st.text(max_size=200), st.text(max_size=20))
def test_an_accepted_password_is_long_enough_and_not_the_login(password: str, login: str) -> None:
    problem = password_problem(password, login=login)
    assert problem in (None, "required", "too_short", "too_long", "common", "like_login")
    if problem is None:
        assert 8 <= len(unicodedata.normalize("NFC", password)) <= 128
        assert normalise_login(password) != normalise_login(login) or not login.strip()
