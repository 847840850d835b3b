"""keyslots.json: the data key opens only with the login's own password or the recovery key; lockouts survive restarts."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import statistics
import time
import unicodedata
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.storage.keyslots import (
    DEFAULT_KDF,
    OWASP_FLOOR,
    AccountLocked,
    KdfParams,
    KeySlots,
    KeySlotsExist,
    WrongPassword,
    WrongRecoveryKey,
)

# Tests pass this cheap cost explicitly; the production default is checked against the OWASP floor below.
FAST = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
NOW = dt.datetime(2026, 11, 20, 9, 30)
PASSWORD = "Cây xoài trước nhà"


def _create(folder: Path, login: str = "dung.pt", password: str = PASSWORD) -> tuple[KeySlots, bytes, str]:
    return KeySlots.create(folder, login, password, NOW, kdf=FAST)


def test_the_password_opens_the_key_and_is_stored_nowhere(tmp_path: Path) -> None:
    slots, dek, recovery = _create(tmp_path)
    assert len(dek) == 32
    assert KeySlots.load(tmp_path, kdf=FAST).unlock("dung.pt", PASSWORD, NOW) == dek
    assert (
        KeySlots.load(tmp_path, kdf=FAST).unlock("  DUNG.PT ", PASSWORD, NOW) == dek
    )  # logins compare trimmed, any case
    raw = (tmp_path / "keyslots.json").read_bytes()
    for secret in (PASSWORD.encode(), dek, base64.b64encode(dek), recovery.encode(), b"xo\xc3\xa0i"):
        assert secret not in raw
    assert slots.logins() == ["dung.pt"]
    with pytest.raises(KeySlotsExist):
        _create(tmp_path)


def test_a_slot_is_argon2id_of_the_password_bound_to_the_login_wrapping_the_key(tmp_path: Path) -> None:
    _, dek, _ = _create(tmp_path)
    slot = json.loads((tmp_path / "keyslots.json").read_text(encoding="utf-8"))["slots"]["dung.pt"]
    salt = base64.b64decode(slot["salt"])
    kek = hash_secret_raw(
        unicodedata.normalize("NFC", PASSWORD).encode(), salt + b"\x00dung.pt", 1, 8, 1, 32, Type.ID
    )
    assert aes_key_unwrap(kek, base64.b64decode(slot["wrapped"])) == dek
    assert slot["kdf"] == {"time_cost": 1, "memory_kib": 8, "parallelism": 1}


def test_the_production_cost_is_at_least_the_owasp_floor(tmp_path: Path) -> None:
    assert DEFAULT_KDF.time_cost >= OWASP_FLOOR.time_cost
    assert DEFAULT_KDF.memory_kib >= OWASP_FLOOR.memory_kib
    assert DEFAULT_KDF.parallelism >= OWASP_FLOOR.parallelism
    KeySlots.create(tmp_path, "dung.pt", PASSWORD, NOW)  # no kdf given: the default is what is written
    stored = json.loads((tmp_path / "keyslots.json").read_text(encoding="utf-8"))["slots"]["dung.pt"]["kdf"]
    assert KdfParams(**stored) == DEFAULT_KDF


def test_wrong_password_and_unknown_login_are_the_same_error(tmp_path: Path) -> None:
    _create(tmp_path)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    with pytest.raises(WrongPassword) as wrong:
        slots.unlock("dung.pt", "cay xoai truoc nha", NOW)
    with pytest.raises(WrongPassword) as unknown:
        slots.unlock("ai.do", PASSWORD, NOW)
    assert (type(wrong.value), str(wrong.value), wrong.value.key) == (
        type(unknown.value),
        str(unknown.value),
        unknown.value.key,
    )
    assert wrong.value.key == "sign_in.wrong"


def test_an_unknown_login_takes_as_long_as_a_wrong_password(tmp_path: Path) -> None:
    KeySlots.create(tmp_path, "dung.pt", PASSWORD, NOW, kdf=KdfParams(2, 16384, 1))
    slots = KeySlots.load(tmp_path, kdf=KdfParams(2, 16384, 1))

    def median(login: str) -> float:
        times = []
        for _ in range(7):
            start = time.perf_counter()
            with pytest.raises(WrongPassword):
                slots.unlock(login, "sai mat khau roi", NOW)
            times.append(time.perf_counter() - start)
            slots.clear_lockout(login)
        return statistics.median(times)

    wrong, unknown = median("dung.pt"), median("khong.co")
    assert unknown > 0.5 * wrong, (unknown, wrong)


def test_five_failures_lock_for_15_minutes_then_the_next_five_for_an_hour(tmp_path: Path) -> None:
    _, dek, _ = _create(tmp_path)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    for minute in range(4):
        with pytest.raises(WrongPassword):
            slots.unlock("dung.pt", "khong dung dau", NOW + dt.timedelta(minutes=minute))
    assert slots.unlock("dung.pt", PASSWORD, NOW) == dek  # a success resets the count…
    assert slots.failures_before_unlock == 4
    for _ in range(4):
        with pytest.raises(WrongPassword):
            slots.unlock("dung.pt", "khong dung dau", NOW)
    with pytest.raises(WrongPassword):
        slots.unlock("dung.pt", "khong dung dau", NOW)  # …so this is the fifth in a row
    # Locked: the right password is refused too, and a restart (a new load) keeps the lock.
    with pytest.raises(AccountLocked) as locked:
        KeySlots.load(tmp_path, kdf=FAST).unlock("dung.pt", PASSWORD, NOW + dt.timedelta(minutes=14))
    assert locked.value.until == NOW + dt.timedelta(minutes=15)
    assert locked.value.key == "sign_in.locked"
    later = NOW + dt.timedelta(minutes=15)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    for _ in range(5):
        with pytest.raises(WrongPassword):
            slots.unlock("dung.pt", "khong dung dau", later)
    with pytest.raises(AccountLocked) as locked:
        slots.unlock("dung.pt", PASSWORD, later + dt.timedelta(minutes=59))
    assert locked.value.until == later + dt.timedelta(minutes=60)
    assert slots.unlock("dung.pt", PASSWORD, later + dt.timedelta(minutes=60)) == dek
    assert slots.failures_before_unlock == 10


def test_a_lockout_is_per_login(tmp_path: Path) -> None:
    slots, dek, _ = _create(tmp_path)
    slots.add("binh", "mot hai ba bon nam", dek)
    for _ in range(5):
        with pytest.raises(WrongPassword):
            slots.unlock("dung.pt", "khong dung dau", NOW)
    assert slots.unlock("binh", "mot hai ba bon nam", NOW) == dek


def test_the_recovery_key_opens_as_typed_from_paper(tmp_path: Path) -> None:
    _, dek, recovery = _create(tmp_path)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}", recovery)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    assert slots.unlock_with_recovery(recovery) == dek
    typed = recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert slots.unlock_with_recovery(typed) == dek
    wrong = ("1" if recovery[0] != "1" else "2") + recovery[1:]
    with pytest.raises(WrongRecoveryKey):
        slots.unlock_with_recovery(wrong)
    assert "\x00recovery" not in slots.logins()
    with pytest.raises(WrongPassword):
        slots.unlock("\x00recovery", recovery, NOW)


def test_a_slot_renamed_to_another_login_does_not_open(tmp_path: Path) -> None:
    slots, dek, _ = _create(tmp_path)
    slots.add("binh", "mot hai ba bon nam", dek)
    path = tmp_path / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"]["binh"] = data["slots"]["dung.pt"]  # an insider copies their own slot over the leader's
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WrongPassword):
        KeySlots.load(tmp_path, kdf=FAST).unlock("binh", PASSWORD, NOW)


def test_a_password_typed_with_combining_marks_opens(tmp_path: Path) -> None:
    _, dek, _ = _create(tmp_path, password=unicodedata.normalize("NFC", "Trường Sa Hoàng Sa"))
    decomposed = unicodedata.normalize("NFD", "Trường Sa Hoàng Sa")
    assert decomposed != "Trường Sa Hoàng Sa"
    assert KeySlots.load(tmp_path, kdf=FAST).unlock("dung.pt", decomposed, NOW) == dek


def test_add_replaces_remove_deletes_and_a_foreign_key_is_refused(tmp_path: Path) -> None:
    slots, dek, _ = _create(tmp_path)
    slots.add("binh", "mot hai ba bon nam", dek)
    slots.add("binh", "sau bay tam chin", dek)  # a reset: the old password opens nothing
    with pytest.raises(WrongPassword):
        slots.unlock("binh", "mot hai ba bon nam", NOW)
    assert slots.unlock("binh", "sau bay tam chin", NOW) == dek
    slots.remove("binh")
    with pytest.raises(WrongPassword):
        KeySlots.load(tmp_path, kdf=FAST).unlock("binh", "sau bay tam chin", NOW)
    with pytest.raises(ValueError, match="data key"):
        slots.add("binh", "mot hai ba bon nam", bytes(32))
    assert KeySlots.load(tmp_path, kdf=FAST).logins() == ["dung.pt"]


def test_a_failed_write_keeps_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slots, dek, _ = _create(tmp_path)
    before = (tmp_path / "keyslots.json").read_bytes()

    def half_then_fail(self: Path, data: bytes) -> int:
        with open(self, "wb") as f:
            f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_then_fail)
    with pytest.raises(OSError, match="No space"):
        slots.add("binh", "mot hai ba bon nam", dek)
    monkeypatch.undo()
    assert (tmp_path / "keyslots.json").read_bytes() == before
    assert KeySlots.load(tmp_path, kdf=FAST).unlock("dung.pt", PASSWORD, NOW) == dek


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(password=st.text(min_size=1, max_size=40), other=st.text(min_size=1, max_size=40))
def test_any_password_opens_in_either_normal_form_and_no_other_does(
    tmp_path_factory: pytest.TempPathFactory, password: str, other: str
) -> None:
    folder = tmp_path_factory.mktemp("slots")
    _, dek, _ = _create(folder, password=password)
    slots = KeySlots.load(folder, kdf=FAST)
    assert slots.unlock("dung.pt", unicodedata.normalize("NFD", password), NOW) == dek
    assert slots.unlock("dung.pt", unicodedata.normalize("NFC", password), NOW) == dek
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", password):
        with pytest.raises(WrongPassword):
            slots.unlock("dung.pt", other, NOW)


def test_an_unknown_login_locks_alike_without_keeping_what_was_typed(tmp_path: Path) -> None:
    _create(tmp_path)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    typed = "CayXoaiTruocNha"  # a password typed into the login field by mistake
    for _ in range(5):
        with pytest.raises(WrongPassword):
            slots.unlock(typed, PASSWORD, NOW)
    with pytest.raises(AccountLocked) as locked:
        KeySlots.load(tmp_path, kdf=FAST).unlock(typed, PASSWORD, NOW)
    assert locked.value.until == NOW + dt.timedelta(minutes=15)
    raw = (tmp_path / "keyslots.json").read_text(encoding="utf-8").casefold()
    assert typed.casefold() not in raw
    assert KeySlots.load(tmp_path, kdf=FAST).unlock(
        "dung.pt", PASSWORD, NOW
    )  # the real login is not affected


def test_made_up_logins_do_not_grow_the_file_without_end(tmp_path: Path) -> None:
    _create(tmp_path)
    slots = KeySlots.load(tmp_path, kdf=FAST)
    for n in range(230):
        with pytest.raises(WrongPassword):
            slots.unlock(f"khach{n}", "sai mat khau", NOW)
    lockout = json.loads((tmp_path / "keyslots.json").read_text(encoding="utf-8"))["lockout"]
    assert len(lockout) <= 200


def test_a_slot_made_at_a_lower_cost_is_remade_at_the_current_one(tmp_path: Path) -> None:
    _, dek, _ = _create(tmp_path)
    stronger = KdfParams(time_cost=2, memory_kib=64, parallelism=1)
    assert KeySlots.load(tmp_path, kdf=stronger).unlock("dung.pt", PASSWORD, NOW) == dek
    data = json.loads((tmp_path / "keyslots.json").read_text(encoding="utf-8"))
    assert data["slots"]["dung.pt"]["kdf"] == {"time_cost": 2, "memory_kib": 64, "parallelism": 1}
    assert KeySlots.load(tmp_path, kdf=FAST).unlock("dung.pt", PASSWORD, NOW) == dek  # never lowered again
    data = json.loads((tmp_path / "keyslots.json").read_text(encoding="utf-8"))
    assert data["slots"]["dung.pt"]["kdf"] == {"time_cost": 2, "memory_kib": 64, "parallelism": 1}


def test_two_holders_of_the_file_do_not_undo_each_others_changes(tmp_path: Path) -> None:
    window, dek, _ = _create(tmp_path)
    command = KeySlots.load(tmp_path, kdf=FAST)  # e.g. `desk-app user add` while the window is open
    command.add("binh", "mot hai ba bon nam", dek)
    with pytest.raises(WrongPassword):
        window.unlock("dung.pt", "khong dung dau", NOW)  # the window counts a failure on its older copy
    window.add("an", "ba con meo den", dek)
    assert KeySlots.load(tmp_path, kdf=FAST).logins() == ["an", "binh", "dung.pt"]
    assert KeySlots.load(tmp_path, kdf=FAST).unlock("binh", "mot hai ba bon nam", NOW) == dek
