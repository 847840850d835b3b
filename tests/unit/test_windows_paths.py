"""The Windows code paths that are pure, run here by faking the platform: the data folder, the logs, the fonts."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import platformdirs.windows
import pytest

from desk_app import logging_setup, paths
from desk_app.printing import fonts

BUNDLED = Path(__file__).resolve().parents[2] / "desk_app" / "resources" / "fonts"
TIMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A Windows user's folders under tmp_path; platformdirs asks the shell for them, here they are looked up."""
    folders = {
        "CSIDL_LOCAL_APPDATA": tmp_path / "Users" / "canbo" / "AppData" / "Local",
        "CSIDL_APPDATA": tmp_path / "Users" / "canbo" / "AppData" / "Roaming",
        "WINDIR": tmp_path / "Windows",
    }
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: str(folders[csidl]))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setenv("WINDIR", str(folders["WINDIR"]))
    monkeypatch.setenv("LOCALAPPDATA", str(folders["CSIDL_LOCAL_APPDATA"]))
    return folders


def test_data_folder_is_local_appdata_not_roaming(windows: dict[str, Path]) -> None:
    local = windows["CSIDL_LOCAL_APPDATA"]
    data = paths.resolve().data
    assert data == local / paths.APP_NAME
    assert not data.is_relative_to(windows["CSIDL_APPDATA"])
    # The installer puts the program in %LOCALAPPDATA%\Programs\DeskApp ({autopf} without admin rights), which the
    # uninstaller removes: the data must not be inside it.
    assert not data.is_relative_to(local / "Programs")


def test_data_folder_precedence_still_holds_on_windows(windows: dict[str, Path], tmp_path: Path) -> None:
    assert paths.resolve(tmp_path / "chosen").data == tmp_path / "chosen"


def test_logs_fall_back_to_the_windows_user_log_folder(windows: dict[str, Path]) -> None:
    assert logging_setup.fallback_folder() == windows["CSIDL_LOCAL_APPDATA"] / paths.APP_NAME / "Logs"


def test_other_platforms_keep_their_own_folders() -> None:
    assert not isinstance(paths.platform_dirs("linux"), platformdirs.windows.Windows)
    assert isinstance(paths.platform_dirs("win32"), platformdirs.windows.Windows)


def _install_times(folder: Path) -> None:
    folder.mkdir(parents=True)
    for source, target in zip(fonts._LIBERATION_FILES, TIMES, strict=True):
        shutil.copy(BUNDLED / source, folder / target)


def test_times_new_roman_is_found_in_windir_fonts(windows: dict[str, Path]) -> None:
    _install_times(windows["WINDIR"] / "Fonts")
    choices = fonts.candidate_choices()
    assert choices[0].label == fonts.TIMES_NEW_ROMAN
    assert choices[0].files[0] == windows["WINDIR"] / "Fonts" / "times.ttf"
    assert fonts.first_usable(choices) is not None


def test_times_installed_for_one_user_only_is_found(windows: dict[str, Path]) -> None:
    # Windows 10 1809+ installs a font without admin rights into the user's own folder.
    user_fonts = windows["CSIDL_LOCAL_APPDATA"] / "Microsoft" / "Windows" / "Fonts"
    _install_times(user_fonts)
    choices = fonts.candidate_choices()
    assert choices[0].label == fonts.TIMES_NEW_ROMAN and choices[0].files[0].parent == user_fonts


def test_systemroot_when_windir_is_missing(windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WINDIR")
    monkeypatch.setenv("SYSTEMROOT", str(windows["WINDIR"]))
    assert fonts.system_font_dirs()[0] == windows["WINDIR"] / "Fonts"
