"""Password and login policy (NIST SP 800-63B, reliability.md §4.4): length, no composition rules, no known-bad words."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Final

from desk_app.domain.text import search_key

LOGIN_CODES: Final = ("required", "invalid")
"""What login_problem returns; i18n.errors words each as "login.<code>"."""
PASSWORD_CODES: Final = ("required", "too_short", "too_long", "common", "like_login")
"""What password_problem returns; i18n.errors words each as "password.<code>" (and "new_password.<code>")."""
MIN_LENGTH: Final = 8
MAX_LENGTH: Final = 128
LOGIN_MAX: Final = 60
# A login is typed on every sign-in and on the command line (--user): plain letters, digits, dot, dash, underscore.
_LOGIN: Final = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")

# The passwords tried first by anyone guessing, and the words of an office's own desk; compared without diacritics,
# case or spaces, also with digits or punctuation tacked on ("matkhau123", "Password!").
COMMON: Final = frozenset(
    {
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "0123456789",
        "12341234",
        "11111111",
        "00000000",
        "88888888",
        "66666666",
        "87654321",
        "123123123",
        "abc123",
        "abcd1234",
        "qwerty",
        "qwertyui",
        "qwerty123",
        "asdfghjk",
        "1q2w3e4r",
        "iloveyou",
        "password",
        "passw0rd",
        "admin",
        "administrator",
        "letmein",
        "welcome",
        "matkhau",
        "matkhaumoi",
        "doimatkhau",
        "quantri",
        "quantrivien",
        "admin123",
        "ubnd",
        "ubndxa",
        "ubndphuong",
        "uybannhandan",
        "tiepcongdan",
        "tiepdan",
        "congdan",
        "xulydon",
        "lanhdao",
        "chutich",
        "vanthu",
        "baocao",
        "khieunai",
        "tocao",
        "vietnam",
        "hanoi",
        "saigon",
        "anhyeuem",
        "emyeuanh",
        "demo",
        "test",
        "user",
        "guest",
    }
)
_TACKED_ON: Final = re.compile(r"[\W\d_]+$")


def _folded(text: str) -> str:
    return search_key(text).replace(" ", "")


def normalise_login(login: str) -> str:
    """How a login is stored and compared: NFC, trimmed, lower case."""
    return unicodedata.normalize("NFC", login).strip().casefold()


def login_problem(login: str) -> str | None:
    """The error code for a login that cannot be used ("required", "invalid"), or None."""
    clean = normalise_login(login)
    if not clean:
        return "required"
    if not _LOGIN.match(clean):
        return "invalid"
    return None


def password_problem(password: str, *, login: str = "", extra_words: tuple[str, ...] = ()) -> str | None:
    """The error code for a password that may not be set ("required", "too_short", "too_long", "common",
    "like_login"), or None. Length counts characters after NFC, so a decomposed "ế" is one character."""
    text = unicodedata.normalize("NFC", password)
    if not text:
        return "required"
    if len(text) < MIN_LENGTH:
        return "too_short"
    if len(text) > MAX_LENGTH:
        return "too_long"
    folded = _folded(text)
    login_folded = _folded(login)
    if login_folded and (folded == login_folded or _TACKED_ON.sub("", folded) == login_folded):
        return "like_login"
    words = COMMON | {_folded(w) for w in extra_words if _folded(w)}
    stem = _TACKED_ON.sub("", folded)
    if (
        folded in words
        or (stem and stem in words)
        or len(set(folded)) == 1
        or (folded.isdigit() and _sequence(folded))
    ):
        return "common"
    return None


def _sequence(digits: str) -> bool:
    """12345678…, 98765432…: a run of consecutive digits."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})
