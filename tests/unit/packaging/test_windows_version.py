"""The version resource the spec gives desk-app.exe: PyInstaller reads it and Windows gets the app's version."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path

import pytest

import desk_app

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "packaging" / "windows"))
import version_info  # packaging/windows is not a package: put on the path just above


def test_numbers_are_four_16_bit_parts() -> None:
    assert version_info.numbers("0.1.0") == (0, 1, 0, 0)
    assert version_info.numbers("2.10.3.7") == (2, 10, 3, 7)
    assert version_info.numbers("1.4rc2") == (1, 4, 2, 0)
    with pytest.raises(ValueError):
        version_info.numbers("70000.1")
    with pytest.raises(ValueError):
        version_info.numbers("dev")


@pytest.fixture
def pyinstaller_versioninfo(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    # PyInstaller's parser is pure Python but imports pywin32's win32api (for writing into an .exe) at the top;
    # reading and encoding the resource need none of it.
    compat = importlib.import_module("PyInstaller.compat")
    monkeypatch.setattr(compat, "win32api", types.SimpleNamespace(), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    return importlib.import_module("PyInstaller.utils.win32.versioninfo")


def test_pyinstaller_reads_the_file_and_encodes_the_vietnamese_strings(
    tmp_path: Path, pyinstaller_versioninfo: types.ModuleType
) -> None:
    path = version_info.write(tmp_path, desk_app.__version__, "desk-app-window.exe")
    info = pyinstaller_versioninfo.load_version_info_from_text_file(str(path))
    major, minor, patch, build = version_info.numbers(desk_app.__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (patch << 16) | build)
    raw = info.toRaw().decode("utf-16-le", errors="replace")  # what Explorer's Details tab reads
    for text in ("Bàn tiếp công dân", "desk-app-window.exe", desk_app.__version__, "042A04B0"):
        assert text in raw


def test_app_and_project_versions_agree() -> None:
    pyproject = (Path(__file__).resolve().parents[3] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{desk_app.__version__}"' in pyproject
