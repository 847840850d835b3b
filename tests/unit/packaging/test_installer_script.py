"""The Inno Setup script keeps its promises: per user without admin rights, upgrades in place, the data stays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.paths import APP_NAME

PACKAGING = Path(__file__).resolve().parents[3] / "packaging"
ISS = PACKAGING / "windows" / "desk_app.iss"
ISL = PACKAGING / "windows" / "Vietnamese.isl"
SPEC = PACKAGING / "desk_app.spec"
# Pinned: a different AppId makes the next installer a second program beside the old one instead of an upgrade.
APP_ID = "{{8B0E5B4C-3F7A-4C61-9E2D-6A1D5C0F7B21}"


def _sections(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """Inno's `Key: "value"; Key: value` entry lines as dicts."""
    return [
        {k.strip(): v.strip().strip('"') for k, v in (part.split(":", 1) for part in line.split("; "))}
        for line in lines
    ]


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return _sections(ISS)


def test_installs_per_user_without_admin_rights(iss: dict[str, list[str]]) -> None:
    setup = _setup(iss)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to end up in Program Files by accident
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # %LOCALAPPDATA%\Programs without admin rights


def test_upgrades_in_place(iss: dict[str, list[str]]) -> None:
    setup = _setup(iss)
    assert setup["AppId"] == APP_ID
    assert setup["UsePreviousAppDir"] == "yes"
    assert setup["CloseApplications"] == "yes"
    # The old bundle's libraries are removed before the new ones are copied: two versions never mix.
    assert {"Type": "filesandordirs", "Name": "{app}\\_internal"} in _entries(iss["InstallDelete"])


def test_data_folder_is_never_deleted(iss: dict[str, list[str]]) -> None:
    setup = _setup(iss)
    program = setup["DefaultDirName"].split("\\", 1)[1]
    assert program == APP_NAME
    for section in ("InstallDelete", "UninstallDelete"):
        for entry in _entries(iss.get(section, [])):
            assert entry["Name"].startswith("{app}\\"), entry  # only inside the program folder
    text = ISS.read_text(encoding="utf-8-sig")
    assert "{localappdata}" not in text and "{userappdata}" not in text
    assert "[UninstallRun]" not in text and "DelTree" not in text


def test_start_menu_entry_and_optional_desktop_icon(iss: dict[str, list[str]]) -> None:
    icons = _entries(iss["Icons"])
    start = [i for i in icons if i["Name"].startswith("{autoprograms}\\")]
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}\\")]
    assert len(start) == 1 and "Tasks" not in start[0]
    assert len(desktop) == 1 and desktop[0]["Tasks"] == "desktopicon"
    tasks = _entries(iss["Tasks"])
    assert tasks == [
        {
            "Name": "desktopicon",
            "Description": "{cm:CreateDesktopIcon}",
            "GroupDescription": "{cm:AdditionalIcons}",
            "Flags": "unchecked",
        }
    ]
    # The shortcuts start the window program, which the spec builds on Windows (no console behind the window).
    assert {i["Filename"] for i in icons} == {"{app}\\{#WindowExe}"}
    assert '#define WindowExe "desk-app-window.exe"' in ISS.read_text(encoding="utf-8-sig")
    assert (
        'name="desk-app-window"' in SPEC.read_text(encoding="utf-8") and "console=False" in SPEC.read_text()
    )


def test_icon_and_sources_exist(iss: dict[str, list[str]]) -> None:
    setup = _setup(iss)
    icon = (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon.is_file() and icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico
    assert setup["UninstallDisplayIcon"] == "{app}\\{#WindowExe}"
    text = ISS.read_text(encoding="utf-8-sig")
    dist = re.search(r'#define DistDir "([^"]+)"', text)
    assert dist is not None
    # The default dist folder is where packaging/build_frozen.sh and the README's PyInstaller line put the bundle.
    assert (ISS.parent / dist.group(1).replace("\\", "/")).resolve() == PACKAGING.parent / "dist" / "desk-app"


def test_vietnamese_texts_are_unicode_and_cover_what_the_script_uses(iss: dict[str, list[str]]) -> None:
    for path in (ISS, ISL):
        assert path.read_bytes()[:3] == b"\xef\xbb\xbf", (
            f"{path.name}: Inno Setup reads UTF-8 only with a BOM"
        )
    assert 'MessagesFile: "compiler:Default.isl,Vietnamese.isl"' in ISS.read_text(encoding="utf-8-sig")
    isl = _sections(ISL)
    options = dict(line.split("=", 1) for line in isl["LangOptions"])
    assert options["LanguageID"] == "$042A" and options["LanguageName"] == "Tiếng Việt"
    custom = {line.split("=", 1)[0] for line in isl["CustomMessages"]}
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8-sig")))
    assert used and used <= custom
    messages = dict(line.split("=", 1) for line in isl["Messages"])
    assert "giữ lại" in messages["ConfirmUninstall"]  # the officer is told the data stays
    assert messages["ButtonCancel"] == "Hủy"
