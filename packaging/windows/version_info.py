"""The Windows version resource of desk-app.exe: PyInstaller's text form (VSVersionInfo), written for the spec.

Explorer shows these strings under Properties > Details, and Inno Setup's upgrade compares FileVersion. Pure Python so
the spec can import it on any OS and the tests can check it on Linux; PyInstaller reads the file on Windows only.
"""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "Bàn tiếp công dân"
DESCRIPTION = "Bàn tiếp công dân — tiếp công dân, xử lý đơn, lịch tiếp, báo cáo"
COMPANY = "desk_app"
LANGUAGE = 0x042A  # Vietnamese
CODEPAGE = 1200  # Unicode


def numbers(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' or '1.2.3rc1' → (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not parts or any(p > 0xFFFF for p in parts):
        raise ValueError(f"not a version Windows can carry: {version!r}")
    return (*parts, 0, 0, 0)[:4]  # type: ignore[return-value]


def text(version: str, file_name: str) -> str:
    """The VSVersionInfo expression PyInstaller's `version=` file holds."""
    n = numbers(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": COMPANY,
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={n!r}, prodvers={n!r}, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('{LANGUAGE:04X}{CODEPAGE:04X}', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])])
  ]
)
"""


def write(folder: Path, version: str, file_name: str) -> Path:
    """The file for EXE(version=…), in `folder` (the build's work folder)."""
    path = folder / f"version-{file_name}.txt"
    path.write_text(text(version, file_name), encoding="utf-8")
    return path
