"""keyslots.json: the office's data key (DEK) wrapped once per login and once under the recovery key, plus lockouts.

LUKS-like (reliability.md §2.10, §4.4): KEK = Argon2id(NFC(password), salt ‖ login), the DEK wrapped with AES key wrap
(RFC 3394), whose integrity check makes a wrong password an InvalidUnwrap. The password is never stored anywhere.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from desk_app.domain.passwords import normalise_login
from desk_app.errors import ConflictError, DeskError
from desk_app.files import write_whole

FILE_NAME: Final = "keyslots.json"
FORMAT: Final = 1
DEK_BYTES: Final = 32
SALT_BYTES: Final = 16
RECOVERY_SLOT: Final = "\x00recovery"  # a name no login can take (logins are checked in domain.passwords)
# Crockford's base32: no I, L, O, U, so a key copied from paper cannot be misread; 8 groups of 5 = 200 bits.
_CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READ: Final = {"O": "0", "I": "1", "L": "1"}
RECOVERY_GROUPS: Final = 8
RECOVERY_GROUP_LEN: Final = 5
# Lockout (reliability §4.4): every 5th consecutive failure locks; the first time 15 minutes, afterwards 60.
FAILURES_PER_LOCK: Final = 5
FIRST_LOCK: Final = dt.timedelta(minutes=15)
LATER_LOCK: Final = dt.timedelta(minutes=60)
MAX_UNKNOWN_COUNTERS: Final = 200
_CHECK_LABEL: Final = b"desk_app keyslots: this is the office's data key"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: iterations, memory in KiB, lanes. Stored with each slot, so a slot keeps opening after a change."""

    time_cost: int
    memory_kib: int
    parallelism: int


# argon2-cffi's defaults (RFC 9106 low-memory profile): about 120 ms here, 137 ms on the reference PC.
DEFAULT_KDF: Final = KdfParams(time_cost=3, memory_kib=65536, parallelism=4)
# OWASP Password Storage Cheat Sheet's floor for Argon2id; DEFAULT_KDF must never go below it.
OWASP_FLOOR: Final = KdfParams(time_cost=2, memory_kib=19456, parallelism=1)


class WrongPassword(DeskError):
    """Unknown login or wrong password: one message for both, so a login cannot be probed."""

    def __init__(self) -> None:
        super().__init__("sign_in.wrong")
        self.key = "sign_in.wrong"


class AccountLocked(DeskError):
    """Too many wrong passwords in a row: refused until `until`, even with the right password."""

    def __init__(self, until: dt.datetime) -> None:
        super().__init__("sign_in.locked")
        self.key = "sign_in.locked"
        self.until = until


class WrongRecoveryKey(DeskError):
    def __init__(self) -> None:
        super().__init__("recovery.wrong")
        self.key = "recovery.wrong"


class KeySlotsMissing(ConflictError):
    """The data folder has no keyslots.json: the office has not been secured yet."""

    def __init__(self) -> None:
        super().__init__("security.not_set_up")


class KeySlotsExist(ConflictError):
    def __init__(self) -> None:
        super().__init__("security.already_set_up")


def normalise_password(password: str) -> bytes:
    """NFC, as PRECIS OpaqueString: Unikey types NFC, the Windows Vietnamese keyboard combining marks (§1.17)."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(secret: bytes, salt: bytes, bound_to: str, kdf: KdfParams) -> bytes:
    # The login is part of the salt: a slot copied or renamed to another login derives another KEK and does not open.
    return hash_secret_raw(
        secret=secret,
        salt=salt + b"\x00" + bound_to.encode("utf-8"),
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _dek_check(dek: bytes) -> str:
    return _b64(hmac.new(dek, _CHECK_LABEL, hashlib.sha256).digest())


def _slot(secret: bytes, bound_to: str, dek: bytes, kdf: KdfParams) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    return {
        "salt": _b64(salt),
        "kdf": asdict(kdf),
        "wrapped": _b64(aes_key_wrap(_kek(secret, salt, bound_to, kdf), dek)),
    }


def _open_slot(slot: dict[str, Any], secret: bytes, bound_to: str) -> bytes:
    kdf = KdfParams(**slot["kdf"])
    return aes_key_unwrap(_kek(secret, _unb64(slot["salt"]), bound_to, kdf), _unb64(slot["wrapped"]))


def _at_least(stored: KdfParams, wanted: KdfParams) -> KdfParams:
    """The stronger of two costs, field by field: re-making a slot never lowers any of them."""
    return KdfParams(
        max(stored.time_cost, wanted.time_cost),
        max(stored.memory_kib, wanted.memory_kib),
        max(stored.parallelism, wanted.parallelism),
    )


def new_recovery_key() -> str:
    """A random key to print once: 8 groups of 5 Crockford base32 characters (200 bits), e.g. "7KQ2M-…"."""
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalise_recovery_key(text: str) -> bytes:
    """What was typed from paper, canonical: case, spaces and dashes ignored; O read as 0, I and L as 1."""
    folded = unicodedata.normalize("NFKC", text).upper()
    kept = "".join(_CROCKFORD_READ.get(ch, ch) for ch in folded if ch.isalnum())
    return kept.encode("ascii", errors="replace")


class KeySlots:
    """One data folder's key slots; every change is written to keyslots.json at once, whole or not at all."""

    def __init__(self, path: Path, data: dict[str, Any], kdf: KdfParams = DEFAULT_KDF) -> None:
        self._path = path
        self._data = data
        self.kdf = kdf
        """Cost of the slots this object adds; the slots already in the file keep their own."""
        self.failures_before_unlock = 0
        """Wrong passwords typed for the login just unlocked, since its last success (for the audit log)."""

    # Files -----------------------------------------------------------------------------------------
    @staticmethod
    def path_in(data_dir: Path) -> Path:
        return Path(data_dir) / FILE_NAME

    @classmethod
    def exists(cls, data_dir: Path) -> bool:
        return cls.path_in(data_dir).is_file()

    @classmethod
    def load(cls, data_dir: Path, *, kdf: KdfParams = DEFAULT_KDF) -> KeySlots:
        path = cls.path_in(data_dir)
        if not path.is_file():
            raise KeySlotsMissing()
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise KeySlotsMissing()
        return cls(path, data, kdf)

    @classmethod
    def create(
        cls, data_dir: Path, login: str, password: str, now: dt.datetime, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[KeySlots, bytes, str]:
        """A new random DEK with the first login's slot and the recovery slot: (slots, dek, recovery key text)."""
        path = cls.path_in(data_dir)
        if path.exists():
            raise KeySlotsExist()
        dek = secrets.token_bytes(DEK_BYTES)
        recovery = new_recovery_key()
        data: dict[str, Any] = {
            "format": FORMAT,
            "created": now.isoformat(),
            "check": _dek_check(dek),
            "slots": {},
            "lockout": {},
            "unknown_pepper": _b64(secrets.token_bytes(16)),
        }
        slots = cls(path, data, kdf)
        data["slots"][RECOVERY_SLOT] = _slot(normalise_recovery_key(recovery), RECOVERY_SLOT, dek, kdf)
        data["slots"][normalise_login(login)] = _slot(
            normalise_password(password), normalise_login(login), dek, kdf
        )
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        slots._save()
        return slots, dek, recovery

    def _refresh(self) -> None:
        """Re-read the file just before a change: the window and a command may both hold it, and a derivation takes
        a tenth of a second, so changing a copy read earlier could drop a slot the other one just added."""
        try:
            fresh = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if (
            isinstance(fresh, dict)
            and fresh.get("format") == FORMAT
            and fresh.get("check") == self._data["check"]
        ):
            self._data = fresh

    def _save(self) -> None:
        write_whole(self._path, json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    # Reading ---------------------------------------------------------------------------------------
    def logins(self) -> list[str]:
        return sorted(name for name in self._data["slots"] if name != RECOVERY_SLOT)

    def has(self, login: str) -> bool:
        return normalise_login(login) in self.logins()

    def _counter(self, name: str) -> str:
        """Where a login's failures are counted: its own name, or for a login with no slot a keyed hash of it, so an
        unknown login locks like a real one (the lock tells nothing) and a password typed as the login is not kept."""
        if name in self._data["slots"] and name != RECOVERY_SLOT:
            return name
        pepper = _unb64(self._data.setdefault("unknown_pepper", _b64(secrets.token_bytes(16))))
        return "?" + hmac.new(pepper, name.encode("utf-8"), hashlib.sha256).hexdigest()[:24]

    def locked_until(self, login: str, now: dt.datetime) -> dt.datetime | None:
        entry = self._data["lockout"].get(self._counter(normalise_login(login)))
        if not entry or not entry.get("until"):
            return None
        until = dt.datetime.fromisoformat(entry["until"])
        return until if until > now else None

    def is_dek(self, dek: bytes) -> bool:
        return hmac.compare_digest(_dek_check(dek), self._data["check"])

    # Opening ---------------------------------------------------------------------------------------
    def unlock(self, login: str, password: str, now: dt.datetime) -> bytes:
        """The DEK, or WrongPassword (also for an unknown login) or AccountLocked; failures are counted in the file."""
        name = normalise_login(login)
        until = self.locked_until(name, now)
        if until is not None:
            raise AccountLocked(until)
        slot = self._data["slots"].get(name) if name != RECOVERY_SLOT else None
        if slot is None:
            # An unknown login costs one derivation too, so the time taken does not tell which logins exist.
            self._dummy(password)
            self._failed(self._counter(name), now)
            raise WrongPassword()
        try:
            dek = _open_slot(slot, normalise_password(password), name)
        except InvalidUnwrap:
            self._failed(name, now)
            raise WrongPassword() from None
        self._refresh()
        entry = self._data["lockout"].pop(name, None)
        self.failures_before_unlock = int(entry["failures"]) if entry else 0
        stored = KdfParams(**slot["kdf"])
        target = _at_least(stored, self.kdf)
        weaker = target != stored
        if weaker:
            # A slot made at a lower cost (an older app, the demo) is re-made at today's cost while the password is here.
            self._data["slots"][name] = _slot(normalise_password(password), name, dek, target)
        if entry or weaker:
            self._save()
        return dek

    def unlock_with_recovery(self, text: str) -> bytes:
        try:
            return _open_slot(self._data["slots"][RECOVERY_SLOT], normalise_recovery_key(text), RECOVERY_SLOT)
        except InvalidUnwrap:
            raise WrongRecoveryKey() from None

    def _dummy(self, password: str) -> None:
        # At the cost a real slot has once used (unlock raises every slot to at least self.kdf).
        sample = next(iter(self._data["slots"].values()))
        cost = _at_least(KdfParams(**sample["kdf"]), self.kdf)
        fake = dict(sample, salt=_b64(secrets.token_bytes(SALT_BYTES)), kdf=asdict(cost))
        with contextlib.suppress(InvalidUnwrap):
            _open_slot(fake, normalise_password(password), "\x00unknown")

    def _failed(self, name: str, now: dt.datetime) -> None:
        self._refresh()
        entry = self._data["lockout"].setdefault(name, {"failures": 0, "until": None})
        entry["failures"] = int(entry["failures"]) + 1
        if entry["failures"] % FAILURES_PER_LOCK == 0:
            lock = FIRST_LOCK if entry["failures"] == FAILURES_PER_LOCK else LATER_LOCK
            entry["until"] = (now + lock).isoformat()
        # Typing made-up logins must not grow the file without end: the least tried other counters go first.
        counters = self._data["lockout"]
        others = sorted(
            (k for k in counters if k.startswith("?") and k != name), key=lambda k: counters[k]["failures"]
        )
        for stale in others[: max(0, len(others) + 1 - MAX_UNKNOWN_COUNTERS)]:
            del counters[stale]
        self._save()

    # Changing --------------------------------------------------------------------------------------
    def add(self, login: str, password: str, dek: bytes) -> None:
        """Add the login's slot, or replace it (a password reset or change); its lockout is cleared."""
        if not self.is_dek(dek):
            raise ValueError("not this office's data key")
        name = normalise_login(login)
        if not name or name == RECOVERY_SLOT:
            raise ValueError("login")
        slot = _slot(normalise_password(password), name, dek, self.kdf)
        self._refresh()
        self._data["slots"][name] = slot
        self._data["lockout"].pop(name, None)
        self._save()

    def remove(self, login: str) -> None:
        """Delete the login's slot: that password opens nothing from now on."""
        name = normalise_login(login)
        if name == RECOVERY_SLOT:
            raise ValueError("login")
        self._refresh()
        self._data["slots"].pop(name, None)
        self._data["lockout"].pop(name, None)
        self._save()

    def clear_lockout(self, login: str) -> None:
        self._refresh()
        if self._data["lockout"].pop(self._counter(normalise_login(login)), None) is not None:
            self._save()
