"""An OSError is worded by what failed (issue 12), never by its class: the data folder, a file the user chose,
the app's installed files (the holiday data left out of a build), a full disk."""

from __future__ import annotations

import errno
import gettext
import logging
import os
from pathlib import Path

import holidays
import pytest

from desk_app import os_failures
from desk_app.cli import main as cli
from desk_app.cli.common import describe
from desk_app.i18n import vi_cli
from desk_app.i18n import vi_os_errors as txt
from desk_app.os_failures import Reason, Where
from desk_app.services.deadlines import holiday_source
from desk_app.ui.widgets.errors import desk_error_text

HOLIDAY_MO = Path(holidays.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "VN.mo"
FOLDER_WORDS = "thư mục dữ liệu"
INSTALL_WORDS = "thiếu tệp cài đặt"


def raised(exc: OSError) -> OSError:
    """exc with a traceback from this test module (ours, neither the app's nor a library's)."""
    try:
        raise exc
    except OSError as caught:
        return caught


def both(exc: OSError, folder: Path) -> str:
    """The command line's and the window's sentence, which must agree."""
    line = describe(exc, folder)
    os_failures.remember_data_folder(folder)
    try:
        assert desk_error_text(exc) == line
    finally:
        os_failures._remembered.clear()
    return line


# describe() over the cases ------------------------------------------------------------------------------------
def test_a_file_in_the_data_folder_is_a_data_folder_problem(tmp_path: Path) -> None:
    data = tmp_path / "office"
    exc = raised(PermissionError(errno.EACCES, "Permission denied", str(data / "documents" / "a.pdf")))
    line = both(exc, data)
    assert line == txt.DATA_FOLDER_FILE.format(
        folder=data, name=Path("documents", "a.pdf"), reason=txt.REASONS["NO_PERMISSION"]
    )
    assert os_failures.classify(exc, data).where is Where.DATA_FOLDER


def test_the_lock_on_a_read_only_disk_is_a_data_folder_problem(tmp_path: Path) -> None:
    exc = raised(OSError(errno.EROFS, "Read-only file system", str(tmp_path / "desk.lock")))
    line = both(exc, tmp_path)
    assert FOLDER_WORDS in line and txt.REASONS["READ_ONLY"] in line and "desk.lock" in line


def test_a_file_in_place_of_the_data_folder_is_the_folder_itself(tmp_path: Path) -> None:
    data = tmp_path / "file" / "data"
    exc = raised(NotADirectoryError(errno.ENOTDIR, "Not a directory", str(data)))
    assert both(exc, data) == txt.DATA_FOLDER.format(folder=data, reason=txt.REASONS["NOT_A_FOLDER"])
    above = raised(NotADirectoryError(errno.ENOTDIR, "Not a directory", str(tmp_path / "file")))
    assert both(above, data) == txt.DATA_FOLDER.format(folder=data, reason=txt.REASONS["NOT_A_FOLDER"])


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "NOT_FOUND"),
        (PermissionError(errno.EACCES, "Permission denied"), "NO_PERMISSION"),
        (OSError(errno.EROFS, "Read-only file system"), "READ_ONLY"),
    ],
)
def test_a_file_the_user_chose_is_named_with_the_reason_in_vietnamese(
    tmp_path: Path, error: OSError, reason: str
) -> None:
    chosen = tmp_path / "elsewhere" / "sổ tiếp dân.xlsx"
    error.filename = str(chosen)
    line = both(raised(error), tmp_path / "office")
    assert line == txt.CHOSEN_FILE.format(path=chosen, reason=txt.REASONS[reason])
    assert FOLDER_WORDS not in line


def test_a_relative_file_name_typed_on_the_command_line_is_the_chosen_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    line = describe(raised(FileNotFoundError(errno.ENOENT, "No such file", "so.csv")), tmp_path / "office")
    assert line == txt.CHOSEN_FILE.format(path=tmp_path / "so.csv", reason=txt.REASONS["NOT_FOUND"])


def test_a_full_disk_anywhere_says_so_with_the_folder(tmp_path: Path) -> None:
    data = tmp_path / "office"
    in_data = raised(OSError(errno.ENOSPC, "No space left on device", str(data / "desk.sqlite3")))
    assert both(in_data, data) == txt.DISK_FULL.format(folder=data)
    chosen = raised(OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "usb" / "so.xlsx")))
    assert both(chosen, data) == txt.DISK_FULL.format(folder=tmp_path / "usb")
    nameless = raised(OSError(errno.ENOSPC, "No space left on device"))  # a write() on an open file
    assert both(nameless, data) == txt.DISK_FULL.format(folder=data)


def test_a_file_inside_the_installed_app_asks_for_a_reinstall_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for missing in (HOLIDAY_MO, Path(os_failures.__file__).parent / "i18n" / "gone.py"):
        exc = raised(FileNotFoundError(errno.ENOENT, "No such file or directory", str(missing)))
        caplog.clear()
        with caplog.at_level(logging.ERROR):
            line = both(exc, tmp_path)
        assert INSTALL_WORDS in line and "cài lại" in line and missing.name in line
        assert FOLDER_WORDS not in line
        assert "Traceback" in caplog.text and "FileNotFoundError" in caplog.text


def test_a_library_missing_a_file_by_name_only_is_the_installation(tmp_path: Path) -> None:
    """gettext names its domain ("VN"), not a path: the frame that asked (the holidays package) decides."""
    holiday_source._library_year.cache_clear()
    original = gettext.find
    try:
        gettext.find = lambda *args, **kwargs: [] if kwargs.get("all") else None  # type: ignore[assignment]
        with pytest.raises(FileNotFoundError) as info:
            holiday_source.library_entries([2031])
    finally:
        gettext.find = original
        holiday_source._library_year.cache_clear()
    assert info.value.filename == "VN"
    assert os_failures.classify(info.value, tmp_path).where is Where.INSTALLATION
    assert INSTALL_WORDS in both(info.value, tmp_path)


def test_an_unnamed_error_from_our_own_code_is_not_blamed_on_the_folder(tmp_path: Path) -> None:
    exc = raised(OSError(errno.EIO, "Input/output error"))
    assert os_failures.classify(exc, tmp_path) == os_failures.OsFailure(Where.UNKNOWN, Reason.OTHER, None)
    line = both(exc, tmp_path)
    assert line == txt.UNKNOWN.format(reason=txt.REASON_OTHER.format(detail="Input/output error"))
    assert FOLDER_WORDS not in line


def test_a_file_in_use_on_windows_is_said_to_be_open_elsewhere(tmp_path: Path) -> None:
    exc = raised(PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "so.xlsx")))
    exc.winerror = 32  # type: ignore[attr-defined]
    assert txt.REASONS["IN_USE"] in describe(exc, tmp_path / "office")


# the command line, end to end ----------------------------------------------------------------------------------
@pytest.mark.parametrize("by_name", [False, True], ids=["path inside the package", "gettext domain name"])
def test_a_deadline_without_the_holiday_data_says_the_app_is_missing_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], by_name: bool
) -> None:
    """A frozen build without the holidays package's translations: the deadline command used to say it could not
    write into the data folder (which it never touches)."""
    if by_name:
        monkeypatch.setattr(gettext, "find", lambda *a, **k: [] if k.get("all") else None)
    else:

        def missing(*args: object, **kwargs: object) -> object:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(HOLIDAY_MO))

        monkeypatch.setattr(holiday_source.holidays, "country_holidays", missing)
    holiday_source._library_year.cache_clear()
    try:
        code = cli.main(["--data-dir", str(tmp_path / "never"), "deadline", "KN_RESOLVE_1", "2026-03-02"])
    finally:
        holiday_source._library_year.cache_clear()
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(vi_cli.ERROR_PREFIX)
    assert INSTALL_WORDS in lines[0] and "cài lại" in lines[0], lines[0]
    assert FOLDER_WORDS not in lines[0]
    assert not (tmp_path / "never").exists()


def test_an_import_file_that_cannot_be_read_is_refused_with_the_systems_reason(tmp_path: Path) -> None:
    from desk_app.i18n import vi_transfer as vt
    from desk_app.services.transfer.table import ImportRefused, read_table

    with pytest.raises(ImportRefused) as info:
        read_table(tmp_path / "không có.csv", vt.VISIT_HEADERS, ())
    assert info.value.whole_file
    assert info.value.bad_rows[0].reasons == (
        txt.READ_CHOSEN_FILE.format(name="không có.csv", reason=txt.REASONS["NOT_FOUND"]),
    )
    folder = tmp_path / "so.csv"
    folder.mkdir()  # a folder named like a file: the system's own reason, in Vietnamese words around it
    with pytest.raises(ImportRefused) as info:
        read_table(folder, vt.VISIT_HEADERS, ())
    assert info.value.bad_rows[0].reasons[0].startswith("Không đọc được tệp so.csv: lỗi hệ thống (")
