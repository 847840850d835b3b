"""File dialogs start in the folder last used for that kind of file (ui.ini of the data folder), not in the home folder."""

from __future__ import annotations

from pathlib import Path

from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.file_dialogs import Kind


def test_each_kind_starts_where_it_was_last_used(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    file_dialogs.use_folder(data)
    scans = tmp_path / "scans"
    scans.mkdir()
    assert file_dialogs.start_folder(Kind.ATTACHMENT) == Path.home()  # nothing remembered yet
    file_dialogs.remember(Kind.ATTACHMENT, scans / "don-thu.pdf")
    assert file_dialogs.start_folder(Kind.ATTACHMENT) == scans
    assert (
        file_dialogs.start_folder(Kind.REPORT) == Path.home()
    )  # a report has its own folder, not the scans'
    file_dialogs.use_folder(data)  # another session of the same data folder remembers it too
    assert file_dialogs.start_folder(Kind.ATTACHMENT) == scans
    scans.rmdir()  # the USB stick it was on is gone: back to the home folder, not an error
    assert file_dialogs.start_folder(Kind.ATTACHMENT) == Path.home()
