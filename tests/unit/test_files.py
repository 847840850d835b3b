"""A file the app writes appears whole or not at all (desk_app.files), for every writer that uses it."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from desk_app.files import partial_path, whole_file, write_whole
from desk_app.printing.table_file import Column, write_table


def test_write_whole_replaces_the_file_and_leaves_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.csv"
    target.write_text("cũ", encoding="utf-8")
    assert write_whole(target, "mới\r\n") == target
    assert target.read_bytes() == "mới\r\n".encode()
    assert not partial_path(target).exists()


def test_a_failed_write_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "so.xlsx"
    target.write_bytes(b"earlier")
    with pytest.raises(RuntimeError), whole_file(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"earlier"
    assert not partial_path(target).exists()  # nothing half-written left beside it


def test_parents_are_made_only_when_asked(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "x.json"
    with pytest.raises(FileNotFoundError):
        write_whole(deep, "{}")
    write_whole(deep, "{}", make_parents=True)
    assert deep.read_text(encoding="utf-8") == "{}"


def test_a_table_that_fails_half_way_leaves_the_earlier_export(tmp_path: Path) -> None:
    def rows() -> object:
        yield ("An",)
        raise RuntimeError("database gone")

    for name in ("so.csv", "so.xlsx"):
        target = tmp_path / name
        target.write_bytes(b"earlier")
        with pytest.raises(RuntimeError):
            write_table(target, (Column("Họ tên"),), rows(), "So")  # type: ignore[arg-type]
        assert target.read_bytes() == b"earlier"
        assert not partial_path(target).exists()  # no ".part" left beside it


def test_a_failed_xlsx_export_leaves_nothing_to_break_later(tmp_path: Path) -> None:
    """The streamed sheet is finished at the failure: left to the garbage collector, it wrote into a closed file at
    some later, unrelated moment (an 'exception ignored' in another test)."""

    def rows() -> object:
        yield ("An",)
        raise RuntimeError("refused")

    ignored: list[object] = []
    before = sys.unraisablehook
    sys.unraisablehook = ignored.append
    try:
        for _ in range(3):
            with pytest.raises(RuntimeError):
                write_table(tmp_path / "so.xlsx", (Column("Họ tên"),), rows(), "So")  # type: ignore[arg-type]
        gc.collect()
    finally:
        sys.unraisablehook = before
    assert ignored == []
