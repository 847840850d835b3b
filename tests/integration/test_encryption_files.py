"""Scans and kept documents sealed under the office's key (AES-256-GCM, key from the DEK by HKDF), read back through
a temporary decrypted copy that goes when the services close; plain when the office has no key."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from desk_app import files_crypto
from desk_app.domain.documents import DocumentKind
from desk_app.errors import ConflictError
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from tests.conftest import FIXED_NOW

KEY = hashlib.sha256(b"desk_app test key").digest()
SECRET = "Nguyễn Thị Tố Cáo 079123456789".encode()


def test_a_large_file_round_trips_and_any_change_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(os.urandom(files_crypto.CHUNK * 2 + 5) + SECRET)
    sealed = files_crypto.copy_in(source, tmp_path / "sealed", KEY)
    raw = sealed.read_bytes()
    assert raw.startswith(files_crypto.MAGIC) and SECRET not in raw
    assert files_crypto.read_bytes(sealed, KEY) == source.read_bytes()
    assert files_crypto.sha256_of(sealed, KEY) == hashlib.sha256(source.read_bytes()).hexdigest()
    assert files_crypto.file_key(KEY) != KEY
    with pytest.raises(ConflictError, match=r"file\.unreadable"):
        files_crypto.read_bytes(sealed, hashlib.sha256(b"other").digest())
    with pytest.raises(ConflictError, match=r"file\.unreadable"):
        files_crypto.read_bytes(sealed, None)  # sealed, and no key to open it
    chunk = files_crypto.CHUNK + files_crypto.TAG_BYTES
    head = len(files_crypto.MAGIC) + files_crypto.PREFIX_BYTES
    for altered in (
        raw[:-1],  # cut at the end
        raw[: head + chunk],  # the last chunks dropped: the first is not marked last
        raw[:head]
        + raw[head + chunk : head + 2 * chunk]
        + raw[head : head + chunk]
        + raw[head + 2 * chunk :],
        raw[:100] + bytes([raw[100] ^ 1]) + raw[101:],
    ):
        sealed.write_bytes(altered)
        with pytest.raises(ConflictError, match=r"file\.unreadable"):
            files_crypto.read_bytes(sealed, KEY)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert files_crypto.read_bytes(files_crypto.copy_in(empty, tmp_path / "e", KEY), KEY) == b""


def test_scans_and_documents_are_sealed_and_opened_through_a_copy(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths, KEY)
    services.ctx.clock = lambda: FIXED_NOW
    try:
        from desk_app.services.demo.service import fill_demo
        from tests.integration.test_encryption import _first_petition

        fill_demo(services, seed=2, months=1)
        scan = tmp_path / "Đơn gốc.pdf"
        scan.write_bytes(b"%PDF-1.4 " + SECRET * 50)
        info = services.attachments.attach(_first_petition(services), scan, "Đơn")
        stored = info.path
        assert SECRET not in stored.read_bytes() and services.attachments.verify(info.id)
        opened = services.attachments.readable(info.id)
        assert opened.name == "Đơn gốc.pdf" and opened.read_bytes() == scan.read_bytes()
        assert opened.parent.parent == files_crypto.open_dir() and not opened.is_relative_to(paths.data)
        kept = services.documents.keep(None, DocumentKind.REPORT, b"%PDF-1.4 " + SECRET)
        assert SECRET not in kept.stored_path.read_bytes() and kept.path.read_bytes().endswith(SECRET)
        again = services.documents.readable(kept.id)
        assert again.path.read_bytes() == kept.path.read_bytes() and again.stored_path == kept.stored_path
        stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")  # someone edits the stored scan
        assert not services.attachments.verify(info.id)
        with pytest.raises(ConflictError, match=r"file\.unreadable"):
            services.attachments.readable(info.id)
    finally:
        services.close()
    assert not opened.exists() and not kept.path.exists() and not again.path.exists()


def test_files_kept_before_the_office_was_secured_are_sealed_at_the_next_sign_in(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths)  # plain, as every office before issue 11
    services.ctx.clock = lambda: FIXED_NOW
    kept = services.documents.keep(None, DocumentKind.REPORT, b"%PDF-1.4 " + SECRET)
    assert kept.path == kept.stored_path and SECRET in kept.stored_path.read_bytes()
    services.close()
    from desk_app.storage.cipher import encrypt_plain_database

    encrypt_plain_database(paths.database, KEY, paths.backups)
    services = open_services(paths, KEY)
    try:
        assert SECRET not in kept.stored_path.read_bytes()
        assert services.documents.readable(kept.id).path.read_bytes().endswith(SECRET)
    finally:
        services.close()


def test_copies_a_crashed_session_left_are_removed(tmp_path: Path) -> None:
    import tempfile

    left = Path(tempfile.mkdtemp(prefix=files_crypto.OPEN_PREFIX))
    (left / "giay-bien-nhan.pdf").write_bytes(SECRET)
    recent = Path(tempfile.mkdtemp(prefix=files_crypto.OPEN_PREFIX))  # maybe another window's, just opened
    old = time.time() - files_crypto.STALE_OPEN_S - 60
    os.utime(left, (old, old))
    files_crypto.remove_stale_open_copies()
    assert not left.exists() and recent.exists()
    recent.rmdir()
