"""Scans of a petition kept beside the database, each with its hash; never deleted, only voided."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desk_app import files_crypto
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage.records.petition import AttachmentRecord, PetitionRecord

FOLDER = "attachments"
MAX_BYTES = 200 * 1024 * 1024
"""A scan larger than this is almost surely the wrong file (a video, a disk image)."""


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    title: str
    original_name: str
    path: Path
    sha256: str
    size_bytes: int
    created_at: dt.datetime


class AttachmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def attach(self, petition_id: int, source: Path, title: str = "") -> AttachmentInfo:
        """Copy the file under the data folder (named by its hash), then record it; the copy is checked first."""
        require(self._ctx, Action.WRITE_CASES)
        if not source.is_file():
            raise ValidationError([FieldError("file", "not_found")])
        size = source.stat().st_size
        if size == 0 or size > MAX_BYTES:
            raise ValidationError([FieldError("file", "size")])
        digest = _sha256(source)
        folder = self._ctx.data_dir / FOLDER / f"{self._ctx.today().year}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{digest}{source.suffix.lower()}"
        if not target.exists():
            # Sealed under the office's key when it has one; the copy is read back (decrypted) and checked
            # against the source's hash before it takes its name.
            partial = target.with_suffix(target.suffix + ".copy")
            files_crypto.copy_in(source, partial, self._ctx.key)
            if files_crypto.sha256_of(partial, self._ctx.key) != digest:
                partial.unlink(missing_ok=True)
                raise ValidationError([FieldError("file", "copy_failed")])
            partial.replace(target)
        with self._ctx.db.write() as s, s.begin():
            petition = s.get(PetitionRecord, petition_id)
            if petition is None or petition.is_voided:
                raise NotFoundError("petition.not_found")
            rec = AttachmentRecord(
                petition_id=petition_id,
                title=nfc(title) or nfc(source.stem),
                original_name=nfc(source.name),
                relative_path=str(target.relative_to(self._ctx.data_dir)),
                sha256=digest,
                size_bytes=size,
                created_by=self._ctx.actor.name,
            )
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "attach", "petition", petition_id, {"attachment": (None, rec.title)})
            return self._info(rec)

    def list(self, petition_id: int) -> list[AttachmentInfo]:
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(AttachmentRecord)
                .where(AttachmentRecord.petition_id == petition_id, AttachmentRecord.is_voided.is_(False))
                .order_by(AttachmentRecord.id)
            ).all()
            return [self._info(r) for r in rows]

    def verify(self, attachment_id: int) -> bool:
        """True when the stored file is still there and unchanged."""
        with self._ctx.db.read() as s:
            rec = s.get(AttachmentRecord, attachment_id)
            if rec is None:
                raise NotFoundError("attachment.not_found")
            path = self._ctx.data_dir / rec.relative_path
            if not path.is_file():
                return False
            try:
                return files_crypto.sha256_of(path, self._ctx.key) == rec.sha256
            except ConflictError:  # sealed and not opening under this key: altered or foreign
                return False

    def readable(self, attachment_id: int) -> Path:
        """A path the system's viewer can open: the stored scan, or a decrypted temporary copy of a sealed one
        (removed when the services close)."""
        with self._ctx.db.read() as s:
            rec = s.get(AttachmentRecord, attachment_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("attachment.not_found")
            path, name = self._ctx.data_dir / rec.relative_path, rec.original_name
        if not path.is_file():
            raise NotFoundError("attachment.not_found")
        return files_crypto.readable_copy(path, self._ctx.key, name)

    def _info(self, rec: AttachmentRecord) -> AttachmentInfo:
        return AttachmentInfo(
            rec.id, rec.title, rec.original_name, self._ctx.data_dir / rec.relative_path, rec.sha256,
            rec.size_bytes, rec.created_at,
        )  # fmt: skip


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
