"""Files that appear whole or not at all: written beside the target as NAME.part, then renamed over it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def partial_path(path: Path) -> Path:
    """ "bao-cao.xlsx" → "bao-cao.xlsx.part": what a crash leaves behind is plainly unfinished."""
    return path.with_name(path.name + ".part")


@contextmanager
def whole_file(path: Path, *, make_parents: bool = False) -> Iterator[Path]:
    """Yield the partial path to write; it replaces `path` only when the block ends without an error.

    A reader (Excel, a mail program, the next start of the app) never sees half a file, and a failed write
    keeps the earlier file and leaves no partial one behind.
    """
    path = Path(path)
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(path)
    try:
        yield partial
    except BaseException:
        # A failed export left a 0-byte or half ".part" file beside the earlier one for the officer to wonder about.
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)


def write_whole(path: Path, data: bytes | str, *, make_parents: bool = False) -> Path:
    """Write bytes, or text as UTF-8 with its line ends kept as given, whole or not at all."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with whole_file(path, make_parents=make_parents) as partial:
        partial.write_bytes(raw)
    return Path(path)
