"""Scans and kept documents at rest: AES-256-GCM in 1 MiB chunks under a key derived (HKDF) from the office's data key.

A sealed file is MAGIC, an 8-byte random prefix, then chunks of at most 1 MiB, each sealed with the nonce
prefix‖index and bound to its index and to "last" (a cut, reordered or swapped chunk fails to open). Files without
MAGIC are plain: written before the office was secured, or with no key (tests); readers accept both.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desk_app.errors import ConflictError
from desk_app.files import partial_path

MAGIC = b"DESKAES1"
PREFIX_BYTES = 8
CHUNK = 1 << 20
TAG_BYTES = 16
LABEL = b"desk_app files"
OPEN_PREFIX = "desk_app-mo-"
STALE_OPEN_S = 600
"""A crashed session's readable copies older than this are removed at the next start."""


def file_key(data_key: bytes) -> bytes:
    """The files' own key: HKDF-SHA256 of the data key with its label, so no two uses share a key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=LABEL).derive(data_key)


def is_sealed(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _aad(prefix: bytes, index: int, last: bool) -> bytes:
    return MAGIC + prefix + struct.pack(">I?", index, last)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _chunks(fh: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """The file's blocks of `size` bytes, each with whether it is the last (an empty file yields one empty block)."""
    block = fh.read(size)
    while True:
        following = fh.read(size)
        yield block, not following
        if not following:
            return
        block = following


def _seal_stream(source: BinaryIO, target: BinaryIO, key: bytes) -> None:
    aead = AESGCM(file_key(key))
    prefix = os.urandom(PREFIX_BYTES)
    target.write(MAGIC + prefix)
    for index, (block, last) in enumerate(_chunks(source, CHUNK)):
        target.write(aead.encrypt(_nonce(prefix, index), block, _aad(prefix, index, last)))


def _open_stream(source: BinaryIO, key: bytes) -> Iterator[bytes]:
    """The plaintext blocks of a sealed file; ConflictError "file.unreadable" when any block does not authenticate."""
    aead = AESGCM(file_key(key))
    header = source.read(len(MAGIC) + PREFIX_BYTES)
    if header[: len(MAGIC)] != MAGIC or len(header) != len(MAGIC) + PREFIX_BYTES:
        raise ConflictError("file.unreadable")
    prefix = header[len(MAGIC) :]
    for index, (block, last) in enumerate(_chunks(source, CHUNK + TAG_BYTES)):
        try:
            yield aead.decrypt(_nonce(prefix, index), block, _aad(prefix, index, last))
        except InvalidTag:
            raise ConflictError("file.unreadable") from None


@contextlib.contextmanager
def _partial(target: Path) -> Iterator[BinaryIO]:
    """Yield NAME.part opened for writing; fsynced and renamed over `target` when the block ends without an error."""
    partial = partial_path(target)
    try:
        with partial.open("wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes, key: bytes | None) -> Path:
    """Write `data` whole or not at all; sealed when a key is given."""
    with _partial(target) as fh:
        if key is None:
            fh.write(data)
        else:
            _seal_stream(io.BytesIO(data), fh, key)
    return target


def copy_in(source: Path, target: Path, key: bytes | None) -> Path:
    """Copy `source` to `target` whole or not at all (`target` may be `source`); sealed when a key is given."""
    # `src` closes before _partial renames: Windows cannot replace a file that is still open.
    with _partial(target) as fh, source.open("rb") as src:
        if key is None:
            shutil.copyfileobj(src, fh, CHUNK)
        else:
            _seal_stream(src, fh, key)
    return target


def blocks(path: Path, key: bytes | None) -> Iterator[bytes]:
    """The file's plaintext in blocks; a sealed file without the key is unreadable."""
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            fh.seek(0)
            yield from iter(lambda: fh.read(CHUNK), b"")
            return
        if key is None:
            raise ConflictError("file.unreadable")
        fh.seek(0)
        yield from _open_stream(fh, key)


def read_bytes(path: Path, key: bytes | None) -> bytes:
    return b"".join(blocks(path, key))


def sha256_of(path: Path, key: bytes | None) -> str:
    """The hash of the plaintext (what the records keep), whether the file is sealed or not."""
    digest = hashlib.sha256()
    for block in blocks(path, key):
        digest.update(block)
    return digest.hexdigest()


# Readable copies for the system's viewer ----------------------------------------------------------------------
_open_dir: Path | None = None


def open_dir() -> Path:
    """This session's private folder (0700) of decrypted copies, removed at close and at exit."""
    global _open_dir
    if _open_dir is None or not _open_dir.is_dir():
        _open_dir = Path(tempfile.mkdtemp(prefix=OPEN_PREFIX))
    return _open_dir


def readable_copy(path: Path, key: bytes | None, name: str | None = None) -> Path:
    """A path a PDF viewer can open: the file itself when plain, else a decrypted copy in this session's folder."""
    if key is None or not is_sealed(path):
        return path
    folder = Path(tempfile.mkdtemp(dir=open_dir()))  # one folder per copy: the viewer sees the real file name
    target = folder / Path(name or path.name).name
    with _partial(target) as fh:
        for block in blocks(path, key):
            fh.write(block)
    return target


def readable_from_bytes(data: bytes, name: str) -> Path:
    """A decrypted copy of bytes just written sealed (a document printed now), in this session's folder."""
    folder = Path(tempfile.mkdtemp(dir=open_dir()))
    target = folder / Path(name).name
    with _partial(target) as fh:
        fh.write(data)
    return target


def remove_open_copies() -> None:
    """Remove this session's readable copies (a viewer on Windows may still hold one: it goes at the next start)."""
    global _open_dir
    if _open_dir is not None:
        shutil.rmtree(_open_dir, ignore_errors=True)
        _open_dir = None


def remove_stale_open_copies(now: float | None = None) -> None:
    """Folders of readable copies that a crashed or killed session left behind."""
    cutoff = (now if now is not None else time.time()) - STALE_OPEN_S
    for folder in Path(tempfile.gettempdir()).glob(f"{OPEN_PREFIX}*"):
        try:
            if folder != _open_dir and folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


atexit.register(remove_open_copies)


def seal_plain_files(folders: Iterable[Path], key: bytes) -> list[Path]:
    """Seal in place every plain file under the folders (scans and documents kept before the office was secured)."""
    sealed: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.name.endswith(".part") or is_sealed(path):
                continue
            copy_in(
                path, path, key
            )  # via NAME.part and a rename: the plain file stays until the sealed one is whole
            sealed.append(path)
    return sealed
