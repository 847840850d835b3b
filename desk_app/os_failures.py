"""What an OSError was about (the data folder, a file the user chose, the app's installed files, a full disk), worded.

An OSError says nothing by its class: a missing holiday translation inside the installed app and a read-only data
folder are both OSErrors. The path it names and the code that raised it tell what failed.
"""

from __future__ import annotations

import enum
import errno
import logging
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from desk_app.i18n import vi_os_errors as txt
from desk_app.paths import resources_dir

log = logging.getLogger(__name__)


class Where(enum.Enum):
    DATA_FOLDER = "data folder"
    CHOSEN_FILE = "chosen file"
    INSTALLATION = "installation"
    UNKNOWN = "unknown"


class Reason(enum.Enum):
    NOT_FOUND = "not found"
    NOT_A_FOLDER = "not a folder"
    NO_PERMISSION = "no permission"
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    IN_USE = "in use"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class OsFailure:
    """Where an OSError happened, why, and the path it named (None when it named none)."""

    where: Where
    reason: Reason
    path: Path | None


_REASONS = {
    errno.ENOENT: Reason.NOT_FOUND, errno.ENOTDIR: Reason.NOT_A_FOLDER,
    errno.EACCES: Reason.NO_PERMISSION, errno.EPERM: Reason.NO_PERMISSION,
    errno.ENOSPC: Reason.DISK_FULL, errno.EROFS: Reason.READ_ONLY,
    errno.EBUSY: Reason.IN_USE, errno.ETXTBSY: Reason.IN_USE,
}  # fmt: skip
if hasattr(errno, "EDQUOT"):  # a quota exhausted is a full disk to the officer
    _REASONS[errno.EDQUOT] = Reason.DISK_FULL
_WINDOWS_IN_USE = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (Excel holds the file)

_remembered: list[Path] = []


def remember_data_folder(folder: Path) -> None:
    """The window's data folder, for messages worded where the folder is not at hand."""
    _remembered[:] = [folder]


def remembered_data_folder() -> Path | None:
    return _remembered[0] if _remembered else None


def reason_of(exc: OSError) -> Reason:
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return Reason.IN_USE
    return _REASONS.get(exc.errno or -1, Reason.OTHER)


def classify(exc: OSError, data_folder: Path | None) -> OsFailure:
    """By the path the error names, else by the code that raised it (a library's own files are the installation)."""
    reason = reason_of(exc)
    path = _named_path(exc)
    if path is not None:
        if data_folder is not None and (_inside(path, data_folder) or _inside(data_folder, path)):
            return OsFailure(Where.DATA_FOLDER, reason, path)
        if any(_inside(path, root) for root in installation_roots()):
            return OsFailure(Where.INSTALLATION, reason, path)
        return OsFailure(Where.CHOSEN_FILE, reason, path)
    if raised_in_library(exc.__traceback__):
        return OsFailure(Where.INSTALLATION, reason, None)
    return OsFailure(Where.UNKNOWN, reason, None)


def describe(exc: OSError, data_folder: Path | None = None) -> str:
    """One Vietnamese sentence for the officer; a problem with the installed files is logged with its traceback."""
    folder = data_folder if data_folder is not None and str(data_folder) not in ("", ".") else None
    folder = folder or remembered_data_folder()
    failure = classify(exc, folder)
    reason = reason_text(failure.reason, exc)
    if failure.reason is Reason.DISK_FULL:
        where = (
            failure.path.parent
            if failure.path is not None and failure.where is not Where.DATA_FOLDER
            else folder
        )
        return txt.DISK_FULL.format(folder=where) if where is not None else txt.DISK_FULL_NO_FOLDER
    if failure.where is Where.INSTALLATION:
        from desk_app import logging_setup

        log.error("the app's installed files cannot be read\n%s", logging_setup.redacted_traceback(exc))
        name = failure.path.name if failure.path is not None else str(exc.filename or "")
        return txt.INSTALLATION.format(name=name, reason=reason) if name else txt.INSTALLATION_NO_NAME
    if failure.where is Where.DATA_FOLDER and folder is not None and failure.path is not None:
        if _inside(folder, failure.path):  # the folder itself (or one above it) cannot be made or written
            return txt.DATA_FOLDER.format(folder=folder, reason=reason)
        return txt.DATA_FOLDER_FILE.format(folder=folder, name=_relative(failure.path, folder), reason=reason)
    if failure.where is Where.CHOSEN_FILE:
        return txt.CHOSEN_FILE.format(path=failure.path, reason=reason)
    return txt.UNKNOWN.format(reason=reason)


def reason_text(reason: Reason, exc: OSError) -> str:
    if reason is Reason.OTHER:
        return txt.REASON_OTHER.format(detail=exc.strerror or type(exc).__name__)
    return txt.REASONS[reason.name]


# internals ----------------------------------------------------------------------------------------------------
def _named_path(exc: OSError) -> Path | None:
    """The file the error names when it is a path ("VN", gettext's domain name, is not); made absolute."""
    for name in (exc.filename, exc.filename2):
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        if not isinstance(name, str | os.PathLike) or not str(name).strip():
            continue
        path = Path(name)
        if path.is_absolute() or len(path.parts) > 1 or path.suffix:
            return path.absolute()
    return None


def _relative(path: Path, folder: Path) -> Path:
    try:
        return path.relative_to(folder)
    except ValueError:  # inside only once links are followed: the whole path then
        return path


def _norm(path: Path | str) -> str:
    try:
        text = os.path.realpath(path)
    except (OSError, ValueError):
        text = str(Path(path).absolute())
    return os.path.normcase(text)


def _inside(path: Path, folder: Path | str) -> bool:
    inner, outer = _norm(path), _norm(folder)
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


def installation_roots() -> tuple[str, ...]:
    """The app's package, its resources, the frozen bundle, the Python libraries: what a reinstall puts back."""
    roots = {str(Path(__file__).resolve().parent), str(resources_dir())}
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.add(str(bundle))
    if getattr(sys, "frozen", False):
        roots.add(str(Path(sys.executable).resolve().parent))
    paths = sysconfig.get_paths()
    roots.update(p for key in ("stdlib", "platstdlib", "purelib", "platlib") if (p := paths.get(key)))
    return tuple(sorted(roots))


def raised_in_library(tb: TracebackType | None) -> bool:
    """Whether the innermost frame that is neither the standard library's nor ours is an installed library's
    (holidays asking gettext for a translation file the build left out)."""
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    roots = installation_roots()
    for frame in reversed(frames):
        module = str(frame.f_globals.get("__name__") or "")
        top = module.partition(".")[0]
        if top in sys.stdlib_module_names or top == "builtins":
            continue
        if top == "desk_app":
            return False
        filename = frame.f_code.co_filename
        return bool(filename) and any(_inside(Path(filename), root) for root in roots)
    return False
