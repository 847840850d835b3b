"""What the command line needs beside BackupService: a backup named by its file, and the check of the kept files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from desk_app import files_crypto
from desk_app.errors import ConflictError, NotFoundError
from desk_app.services.context import ServiceContext
from desk_app.storage import backup_files
from desk_app.storage.backup_files import BackupFile
from desk_app.storage.records.petition import AttachmentRecord
from desk_app.storage.records.visit import DocumentRecord


def backup_at(path: Path) -> BackupFile:
    """The backup in `path` as its manifest describes it; a copy without a (readable) manifest counts by its date.

    NotFoundError "backup.not_found" when there is no such file. Whether it is sound is for the restore to verify.
    """
    if not path.is_file():
        raise NotFoundError("backup.not_found")
    # Any name (`backup --out` lets it be anything): its manifest still says when, what it holds and the journal mark.
    described = backup_files.describe(path)
    if described is not None:
        return described
    created = dt.datetime.fromtimestamp(path.stat().st_mtime)  # noqa: DTZ006 (the office's local time, as the journal)
    return BackupFile(path, created, "", path.stat().st_size, False, None)


# The documents' check -------------------------------------------------------------------------------------------
class FileProblem(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    """Sealed and not opening under the office's key, or not readable from the disk."""
    CHANGED = "changed"
    """Opens, but its content is not what was kept (its hash differs)."""


@dataclass(frozen=True, slots=True)
class FileFinding:
    kind: str
    """"attachment" (a petition's scan) or "document" (a kept printed document)."""
    relative_path: str
    problem: FileProblem


@dataclass(frozen=True, slots=True)
class FilesCheck:
    checked: int
    findings: list[FileFinding]


def check_files(ctx: ServiceContext) -> FilesCheck:
    """Every scan and kept document the database names: still there, opening under the office's key, unchanged.

    Reads only (voided attachments too: they are never deleted). File names are hashes and dates, never a name.
    """
    with ctx.db.read() as s:
        named = [
            ("attachment", str(p), str(h))
            for p, h in s.execute(select(AttachmentRecord.relative_path, AttachmentRecord.sha256))
        ] + [
            ("document", str(p), str(h))
            for p, h in s.execute(select(DocumentRecord.relative_path, DocumentRecord.sha256))
        ]
    findings = []
    for kind, relative, digest in named:
        problem = _file_problem(ctx.data_dir / relative, digest, ctx.key)
        if problem is not None:
            findings.append(FileFinding(kind, relative, problem))
    return FilesCheck(len(named), findings)


def _file_problem(path: Path, digest: str, key: bytes | None) -> FileProblem | None:
    if not path.is_file():
        return FileProblem.MISSING
    try:
        actual = files_crypto.sha256_of(path, key)
    except (ConflictError, OSError):
        return FileProblem.UNREADABLE
    return None if actual == digest else FileProblem.CHANGED
