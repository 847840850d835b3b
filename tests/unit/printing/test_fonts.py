"""The DocSerif family: Times New Roman when installed and complete, else the bundled Liberation Serif."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase import pdfmetrics

from desk_app.printing import fonts

BUNDLED = Path(__file__).resolve().parents[3] / "desk_app" / "resources" / "fonts"
TIMES_WINDOWS_NAMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
# Bitstream Vera, shipped with ReportLab: a real TrueType family without Vietnamese letters
VERA = Path(reportlab.__file__).parent / "fonts"
VERA_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")


def test_every_vietnamese_letter_is_checked() -> None:
    letters = fonts.VIETNAMESE_LETTERS
    assert len(letters) == 134  # 66 accented vowels in each case, plus đ and Đ
    for ch in "ễịĐườẨặỹ":
        assert ch in letters


def test_register_fonts_is_idempotent_and_sets_a_family() -> None:
    first = fonts.register_fonts()
    assert fonts.register_fonts() is first
    assert fonts.font_in_use() is first
    assert first.label in (fonts.TIMES_NEW_ROMAN, fonts.LIBERATION_SERIF)
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        assert pdfmetrics.getFont(name) is not None
    assert pdfmetrics.getFont(fonts.BOLD).face.name != pdfmetrics.getFont(fonts.REGULAR).face.name


def test_bundled_liberation_is_found_and_covers_vietnamese() -> None:
    choices = fonts.candidate_choices(prefer_system=False)
    assert [c.label for c in choices] == [fonts.LIBERATION_SERIF]
    assert choices[0].files[0] == BUNDLED / "LiberationSerif-Regular.ttf"
    faces = fonts.load_faces(choices[0])
    assert faces is not None and len(faces) == 4


def test_system_times_new_roman_comes_first(tmp_path: Path) -> None:
    for source, target in zip(fonts._LIBERATION_FILES, TIMES_WINDOWS_NAMES, strict=True):
        shutil.copy(BUNDLED / source, tmp_path / target)
    choices = fonts.candidate_choices(system_dirs=[tmp_path], bundled_dirs=[BUNDLED])
    assert [c.label for c in choices] == [fonts.TIMES_NEW_ROMAN, fonts.LIBERATION_SERIF]
    assert choices[0].files[1] == tmp_path / "timesbd.ttf"


def test_an_incomplete_times_set_is_ignored(tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "LiberationSerif-Regular.ttf", tmp_path / "times.ttf")
    choices = fonts.candidate_choices(system_dirs=[tmp_path], bundled_dirs=[BUNDLED])
    assert [c.label for c in choices] == [fonts.LIBERATION_SERIF]


def test_an_unreadable_times_falls_back_to_liberation(tmp_path: Path) -> None:
    for name in TIMES_WINDOWS_NAMES:
        (tmp_path / name).write_bytes(b"not a font")
    choices = fonts.candidate_choices(system_dirs=[tmp_path], bundled_dirs=[BUNDLED])
    assert choices[0].label == fonts.TIMES_NEW_ROMAN
    usable = fonts.first_usable(choices)
    assert usable is not None
    assert usable[0].label == fonts.LIBERATION_SERIF


def test_frozen_bundle_folder_is_searched_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "desk_app" / "resources" / "fonts"
    bundle.mkdir(parents=True)
    for name in fonts._LIBERATION_FILES:
        shutil.copy(BUNDLED / name, bundle / name)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.bundled_font_dirs()[0] == bundle
    choices = fonts.candidate_choices(prefer_system=False)
    assert choices[0].files[0] == bundle / "LiberationSerif-Regular.ttf"


def test_no_usable_font_at_all(tmp_path: Path) -> None:
    assert fonts.candidate_choices(prefer_system=True, system_dirs=[tmp_path], bundled_dirs=[tmp_path]) == []
    assert fonts.first_usable([]) is None


def test_a_times_without_vietnamese_glyphs_falls_back_to_liberation(tmp_path: Path) -> None:
    for source, target in zip(VERA_FILES, TIMES_WINDOWS_NAMES, strict=True):
        shutil.copy(VERA / source, tmp_path / target)
    choices = fonts.candidate_choices(system_dirs=[tmp_path], bundled_dirs=[BUNDLED])
    assert choices[0].label == fonts.TIMES_NEW_ROMAN
    assert fonts.load_faces(choices[0]) is None
    usable = fonts.first_usable(choices)
    assert usable is not None
    assert usable[0].label == fonts.LIBERATION_SERIF


def test_the_fonts_are_package_data_found_through_the_package() -> None:
    from desk_app.paths import resources_dir

    assert resources_dir() / "fonts" == BUNDLED
    assert {p.name for p in BUNDLED.glob("*.ttf")} == set(fonts._LIBERATION_FILES)
    assert fonts.bundled_font_dirs()[-1] == BUNDLED
