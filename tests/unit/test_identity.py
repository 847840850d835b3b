"""Tests of desk_app.domain.identity and desk_app.domain.reception (pure Python, no Qt, no DB)."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import identity, reception
from desk_app.domain.enums import Gender, IdType
from desk_app.domain.identity import (
    IdFacts,
    IdWarning,
    QrIdentity,
    check_id_number,
    decode_id_number,
    id_warnings,
    mask_id,
    mask_phone,
    normalize_id_number,
    parse_cccd_qr,
)
from desk_app.domain.reception import is_delegation, representative_problem
from desk_app.i18n import errors as i18n_errors

TWELVE = (IdType.CAN_CUOC, IdType.CCCD, IdType.GCN_CAN_CUOC, IdType.SO_DINH_DANH)
ON = dt.date(2026, 7, 1)

FULL_WIDTH_12 = "００１０９９０１２３４５"
ARABIC_INDIC_12 = "٠٠١٠٩٩٠١٢٣٤٥"
NON_ASCII_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: not c.isascii())


# --------------------------------------------------------------------------- purity of the modules


@pytest.mark.parametrize("module", [identity, reception], ids=["identity", "reception"])
def test_module_imports_only_stdlib_and_domain(module: object) -> None:
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    foreign = {
        name
        for name in imported
        if not name.startswith("desk_app.domain") and name.split(".")[0] not in sys.stdlib_module_names
    }
    assert foreign == set()


@pytest.mark.parametrize("module", [identity, reception], ids=["identity", "reception"])
def test_module_shape(module: object) -> None:
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    first = source.splitlines()[0]
    assert first.startswith('"""') and first.endswith('"""') and len(first) > 6
    assert len(source.splitlines()) < 400


# --------------------------------------------------------------------------- check_id_number


@pytest.mark.parametrize(
    ("id_type", "number"),
    [
        *((t, "001099012345") for t in TWELVE),
        *((t, "001 099 012 345") for t in TWELVE),
        (IdType.CCCD, "001.099.012.345"),
        (IdType.CCCD, "\t001099012345\r\n"),
        (IdType.CCCD, "001\u00a0099\u00a0012\u00a0345"),
        (IdType.CMND, "123456789"),
        (IdType.CMND, "123 456 789"),
        (IdType.CMND, "001099012345"),
        (IdType.HO_CHIEU, "C1234567"),
        (IdType.HO_CHIEU, "c1234567"),
        (IdType.HO_CHIEU, " B 123 4567 "),
        (IdType.KHAC, "GPLX số 79A-123.45"),
        (IdType.KHAC, FULL_WIDTH_12),
        (IdType.KHAC, "x"),
        *((t, "") for t in IdType),
        *((t, "   ") for t in IdType),
    ],
)
def test_check_id_number_accepts(id_type: IdType, number: str) -> None:
    assert check_id_number(id_type, number) == []


@pytest.mark.parametrize(
    ("id_type", "number", "code"),
    [
        *((t, FULL_WIDTH_12, "digits_only") for t in TWELVE),
        *((t, ARABIC_INDIC_12, "digits_only") for t in TWELVE),
        (IdType.CCCD, "00109901234５", "digits_only"),
        (IdType.CCCD, "00109901234O", "digits_only"),
        (IdType.CCCD, "001-099-012345", "digits_only"),
        (IdType.CCCD, "00109901234²", "digits_only"),
        (IdType.CCCD, "C12345678901", "digits_only"),
        *((t, "00109901234", "length_12") for t in TWELVE),
        *((t, "0010990123456", "length_12") for t in TWELVE),
        (IdType.CCCD, "123456789", "length_12"),
        (IdType.SO_DINH_DANH, "1", "length_12"),
        (IdType.CMND, "１２３４５６７８９", "digits_only"),
        (IdType.CMND, "12345678A", "digits_only"),
        (IdType.CMND, "12345678", "length_cmnd"),
        (IdType.CMND, "1234567890", "length_cmnd"),
        (IdType.CMND, "12345678901", "length_cmnd"),
        (IdType.CMND, "1234567890123", "length_cmnd"),
        (IdType.HO_CHIEU, "1234567C", "passport"),
        (IdType.HO_CHIEU, "12345678", "passport"),
        (IdType.HO_CHIEU, "CC123456", "passport"),
        (IdType.HO_CHIEU, "C123456", "passport"),
        (IdType.HO_CHIEU, "C12345678", "passport"),
        (IdType.HO_CHIEU, "C１２３４５６７", "passport"),
        (IdType.HO_CHIEU, "Đ1234567", "passport"),
        (IdType.HO_CHIEU, "ſ1234567", "passport"),
        (IdType.HO_CHIEU, "C-1234567", "passport"),
    ],
)
def test_check_id_number_refuses(id_type: IdType, number: str, code: str) -> None:
    assert check_id_number(id_type, number) == [code]


@pytest.mark.parametrize("code", ["digits_only", "length_12", "length_cmnd", "passport"])
def test_error_codes_have_messages(code: str) -> None:
    assert f"id_number.{code}" in i18n_errors.MESSAGES


@given(digits=st.text(alphabet="0123456789", min_size=12, max_size=12), cuts=st.lists(st.integers(0, 12)))
def test_twelve_digits_with_spaces_anywhere_are_accepted(digits: str, cuts: list[int]) -> None:
    spaced = digits
    for cut in sorted(set(cuts), reverse=True):
        spaced = spaced[:cut] + " " + spaced[cut:]
    for id_type in (*TWELVE, IdType.CMND):
        assert check_id_number(id_type, spaced) == []


@given(
    digits=st.text(alphabet="0123456789", min_size=11, max_size=11),
    foreign=NON_ASCII_DIGITS,
    at=st.integers(0, 11),
)
def test_any_non_ascii_digit_is_refused(digits: str, foreign: str, at: int) -> None:
    number = digits[:at] + foreign + digits[at:]
    assert foreign.isdigit()  # the trap: str.isdigit() would let it through
    for id_type in (*TWELVE, IdType.CMND):
        assert check_id_number(id_type, number) == ["digits_only"]


@given(id_type=st.sampled_from(list(IdType)), number=st.text(max_size=20))
def test_check_agrees_on_raw_and_normalized_number(id_type: IdType, number: str) -> None:
    assert check_id_number(id_type, normalize_id_number(id_type, number)) == check_id_number(id_type, number)


# --------------------------------------------------------------------------- normalize_id_number


@pytest.mark.parametrize(
    ("id_type", "number", "expected"),
    [
        (IdType.CCCD, " 001 099 012 345 ", "001099012345"),
        (IdType.CAN_CUOC, "001.099.012.345", "001099012345"),
        (IdType.CMND, "123 456.789", "123456789"),
        (IdType.HO_CHIEU, "c 1234567", "C1234567"),
        (IdType.HO_CHIEU, "b1234567", "B1234567"),
        (IdType.HO_CHIEU, "ſ1234567", "ſ1234567"),
        (IdType.CCCD, FULL_WIDTH_12, FULL_WIDTH_12),
        (IdType.KHAC, "  GPLX   số 79A-123.45 ", "GPLX số 79A-123.45"),
        (IdType.KHAC, unicodedata.normalize("NFD", "Giấy số 5"), "Giấy số 5"),
        (IdType.CCCD, "", ""),
    ],
)
def test_normalize_id_number(id_type: IdType, number: str, expected: str) -> None:
    assert normalize_id_number(id_type, number) == expected


# --------------------------------------------------------------------------- decode_id_number


@pytest.mark.parametrize(
    ("digit", "gender", "year"),
    [
        (0, Gender.NAM, 1999),
        (1, Gender.NU, 1999),
        (2, Gender.NAM, 2099),
        (3, Gender.NU, 2099),
        (4, Gender.NAM, 2199),
        (5, Gender.NU, 2199),
        (6, Gender.NAM, 2299),
        (7, Gender.NU, 2299),
        (8, Gender.NAM, 2399),
        (9, Gender.NU, 2399),
    ],
)
def test_decode_century_and_gender_digit(digit: int, gender: Gender, year: int) -> None:
    assert decode_id_number(f"079{digit}99012345") == IdFacts(gender, year, "079")


@pytest.mark.parametrize(
    ("number", "facts"),
    [
        ("001099012345", IdFacts(Gender.NAM, 1999, "001")),
        ("001 099 012 345", IdFacts(Gender.NAM, 1999, "001")),
        ("038305000123", IdFacts(Gender.NU, 2005, "038")),
        ("999100000000", IdFacts(Gender.NU, 1900, "999")),
        ("000200000000", IdFacts(Gender.NAM, 2000, "000")),
    ],
)
def test_decode_id_number(number: str, facts: IdFacts) -> None:
    assert decode_id_number(number) == facts


@pytest.mark.parametrize(
    "number", ["", "00109901234", "0010990123456", "123456789", FULL_WIDTH_12, "00109901234O", "C1234567"]
)
def test_decode_refuses_non_twelve_digits(number: str) -> None:
    assert decode_id_number(number) is None


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_decode_property(number: str) -> None:
    facts = decode_id_number(number)
    assert facts is not None
    assert 1900 <= facts.birth_year <= 2399
    assert facts.birth_year % 100 == int(number[4:6])
    assert (facts.gender == Gender.NU) == (int(number[3]) % 2 == 1)
    assert facts.province_code == number[:3]


# --------------------------------------------------------------------------- id_warnings


@pytest.mark.parametrize(
    ("number", "gender", "year", "expected"),
    [
        ("001099012345", Gender.NAM, 1999, []),
        ("001099012345", None, None, []),
        ("001099012345", Gender.KHAC, 1999, []),
        ("001199012345", Gender.NU, 1999, []),
        ("001099012345", Gender.NU, 1999, [IdWarning("gender_mismatch", "NAM", "NU")]),
        ("001199012345", Gender.NAM, None, [IdWarning("gender_mismatch", "NU", "NAM")]),
        ("001099012345", Gender.NAM, 1998, [IdWarning("birth_year_mismatch", "1999", "1998")]),
        ("001205012345", None, 1905, [IdWarning("birth_year_mismatch", "2005", "1905")]),
        (
            "001305012345",
            Gender.NAM,
            2004,
            [IdWarning("gender_mismatch", "NU", "NAM"), IdWarning("birth_year_mismatch", "2005", "2004")],
        ),
        ("001 099 012 345", Gender.NU, None, [IdWarning("gender_mismatch", "NAM", "NU")]),
        ("123456789", Gender.NU, 1900, []),
        ("", Gender.NU, 1900, []),
        (FULL_WIDTH_12, Gender.NU, 1900, []),
    ],
)
def test_id_warnings(number: str, gender: Gender | None, year: int | None, expected: list[IdWarning]) -> None:
    assert id_warnings(number, gender, year) == expected


# --------------------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("001099012389", "001*******89"),
        ("001 099 012 389", "001*******89"),
        ("123456789", "123****89"),
        ("C1234567", "C12***67"),
        ("1234567", "*****67"),
        ("123", "*23"),
        ("12", "**"),
        ("1", "*"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_mask_id(value: str | None, masked: str) -> None:
    assert mask_id(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("0912345678", "091*****78"),
        ("0912 345 678", "091*****78"),
        ("0912.345.678", "091*****78"),
        ("0912-345-678", "091*****78"),
        ("(024) 3825 1234", "024******34"),
        ("+84 912 345 678", "+84*******78"),
        ("113", "*13"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(value: str | None, masked: str) -> None:
    assert mask_phone(value) == masked


def _revealed(original: str, masked: str) -> int:
    assert len(masked) == len(original)
    assert all(m in ("*", o) for m, o in zip(masked, original, strict=True))
    return sum(1 for m in masked if m != "*")


@given(st.text())
def test_mask_id_never_reveals_more_than_five_characters(value: str) -> None:
    base = re.sub(r"\s+", "", unicodedata.normalize("NFC", value))
    masked = mask_id(value)
    assert _revealed(base, masked) <= 5
    if len(base) >= 8:
        assert masked.count("*") >= 3


@given(st.text(alphabet="0123456789 .-+", max_size=20))
def test_mask_phone_never_reveals_more_than_five_characters(value: str) -> None:
    base = re.sub(r"[\s.()\-]+", "", value)
    assert _revealed(base, mask_phone(value)) <= 5


# --------------------------------------------------------------------------- CCCD QR payload

SAMPLE = "001099012345|123456789|Nguyễn Văn An|15081999|Nam|Thôn Hiệu Châu, Xã An Phú, Tỉnh An Giang|20042021"
ADDRESS = "Thôn Hiệu Châu, Xã An Phú, Tỉnh An Giang"
EXPECTED = QrIdentity(
    id_number="001099012345",
    old_id_number="123456789",
    full_name="Nguyễn Văn An",
    birth_date=dt.date(1999, 8, 15),
    gender=Gender.NAM,
    address=ADDRESS,
    issue_date=dt.date(2021, 4, 20),
)
NU_NFD = unicodedata.normalize("NFD", "Nữ")


def _qr(**changes: object) -> QrIdentity:
    return dataclasses.replace(EXPECTED, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (SAMPLE, EXPECTED),
        (SAMPLE + "\r\n", EXPECTED),
        (SAMPLE + "\n", EXPECTED),
        ("  " + SAMPLE + "   ", EXPECTED),
        (SAMPLE + "\t", EXPECTED),
        (unicodedata.normalize("NFD", SAMPLE), EXPECTED),
        (SAMPLE + "|", EXPECTED),
        (SAMPLE + "||", EXPECTED),
        (SAMPLE + "|||\r\n", EXPECTED),
        (SAMPLE.replace("|123456789|", "||"), _qr(old_id_number=None)),
        (SAMPLE.replace("|123456789|", "|012345678901|"), _qr(old_id_number="012345678901")),
        (SAMPLE.replace("|20042021", "|"), _qr(issue_date=None)),
        (SAMPLE.replace("|20042021", ""), _qr(issue_date=None)),
        (SAMPLE.replace("|20042021", "||"), _qr(issue_date=None)),
        (SAMPLE.replace("15081999", "15/08/1999"), EXPECTED),
        (SAMPLE.replace("15081999", "15-08-1999"), EXPECTED),
        (SAMPLE.replace("20042021", "20/04/2021"), EXPECTED),
        (SAMPLE.replace("|Nam|", "|NAM|"), EXPECTED),
        (SAMPLE.replace("|Nam|", "|nam|"), EXPECTED),
        (SAMPLE.replace("|Nam|", "|Nữ|"), _qr(gender=Gender.NU)),
        (SAMPLE.replace("|Nam|", f"|{NU_NFD}|"), _qr(gender=Gender.NU)),
        (SAMPLE.replace("|Nam|", "|nữ|"), _qr(gender=Gender.NU)),
        (SAMPLE.replace("|Nam|", "|NỮ|"), _qr(gender=Gender.NU)),
        (SAMPLE.replace("|Nam|", "|Nu|"), _qr(gender=Gender.NU)),
        (SAMPLE.replace("|Nguyễn Văn An|", "| Nguyễn  Văn An |"), EXPECTED),
        (SAMPLE.replace(ADDRESS, ""), _qr(address="")),
        (SAMPLE.replace("|123456789|", "|"), _qr(old_id_number=None)),
        (
            SAMPLE.replace("|123456789|", "|").replace("|20042021", ""),
            _qr(old_id_number=None, issue_date=None),
        ),
        (SAMPLE.replace("|123456789|", "|") + "|", _qr(old_id_number=None)),
        (SAMPLE.replace("20042021", "15081999"), _qr(issue_date=dt.date(1999, 8, 15))),
    ],
)
def test_parse_cccd_qr_accepts(payload: str, expected: QrIdentity) -> None:
    assert parse_cccd_qr(payload) == expected


def test_parse_cccd_qr_returns_nfc_text() -> None:
    parsed = parse_cccd_qr(unicodedata.normalize("NFD", SAMPLE))
    assert parsed is not None
    assert unicodedata.is_normalized("NFC", parsed.full_name)
    assert unicodedata.is_normalized("NFC", parsed.address)


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "   \r\n",
        "http://example.com",
        "https://example.com/a|b|c|d|e|f|g",
        "001099012345",
        "8935049501234",
        "|||||||",
        '{"cccd": "001099012345", "hoTen": "Nguyễn Văn An"}',
        "CCCD:001099012345|CMND:123456789|Họ tên:Nguyễn Văn An|Ngày sinh:15081999|Giới tính:Nam|"
        "Địa chỉ:x|Ngày cấp:20042021",
        "001099012345,123456789,Nguyễn Văn An,15081999,Nam,x,20042021",
        "001099012345|123456789|Nguyễn Văn An|15081999|Nam",
        SAMPLE + "|extra",
        SAMPLE + "|extra|",
        SAMPLE.replace("001099012345", "00109901234"),
        SAMPLE.replace("001099012345", "0010990123456"),
        SAMPLE.replace("001099012345", FULL_WIDTH_12),
        SAMPLE.replace("001099012345", "00109901234O"),
        SAMPLE.replace("001099012345", "001 099 012 345"),
        SAMPLE.replace("|123456789|", "|12345|"),
        SAMPLE.replace("|123456789|", "|12345678A|"),
        SAMPLE.replace("|Nguyễn Văn An|", "||"),
        SAMPLE.replace("|Nguyễn Văn An|", "|   |"),
        SAMPLE.replace("15081999", ""),
        SAMPLE.replace("15081999", "31022000"),
        SAMPLE.replace("15081999", "15131999"),
        SAMPLE.replace("15081999", "1508199"),
        SAMPLE.replace("15081999", "150819999"),
        SAMPLE.replace("15081999", "15/08-1999"),
        SAMPLE.replace("15081999", "１５０８１９９９"),
        SAMPLE.replace("|Nam|", "|X|"),
        SAMPLE.replace("|Nam|", "||"),
        SAMPLE.replace("|Nam|", "|Male|"),
        SAMPLE.replace("20042021", "32012021"),
        SAMPLE.replace("20042021", "2004202"),
        SAMPLE.replace("20042021", "14081999"),
    ],
)
def test_parse_cccd_qr_refuses(payload: str) -> None:
    assert parse_cccd_qr(payload) is None


@given(st.text())
def test_parse_cccd_qr_never_raises(payload: str) -> None:
    result = parse_cccd_qr(payload)
    if result is not None:
        assert check_id_number(IdType.CCCD, result.id_number) == []
        assert result.full_name


NAME_CHARS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzĐđăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
)


@given(
    id_number=st.text(alphabet="0123456789", min_size=12, max_size=12),
    old=st.one_of(st.none(), st.text(alphabet="0123456789", min_size=9, max_size=9)),
    name=st.lists(st.text(NAME_CHARS, min_size=1, max_size=8), min_size=1, max_size=4).map(" ".join),
    birth=st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)),
    gender=st.sampled_from([Gender.NAM, Gender.NU]),
    address=st.text(alphabet="abc ,.0123", max_size=30).map(lambda s: " ".join(s.split())),
    issue_days=st.one_of(st.none(), st.integers(0, 30000)),
)
def test_parse_cccd_qr_round_trip(
    id_number: str,
    old: str | None,
    name: str,
    birth: dt.date,
    gender: Gender,
    address: str,
    issue_days: int | None,
) -> None:
    issue = None if issue_days is None else birth + dt.timedelta(days=issue_days)
    label = "Nam" if gender == Gender.NAM else "Nữ"
    fields = [id_number, old or "", name, birth.strftime("%d%m%Y"), label, address]
    fields.append("" if issue is None else issue.strftime("%d%m%Y"))
    expected = QrIdentity(id_number, old, name, birth, gender, address, issue)
    assert parse_cccd_qr("|".join(fields)) == expected
    assert parse_cccd_qr("|".join(fields) + "||\r\n") == expected


# --------------------------------------------------------------------------- representatives and delegations


@pytest.mark.parametrize(
    ("size", "reps", "expected"),
    [
        (1, 0, None),
        (1, 1, None),
        (1, 2, "too_many"),
        (4, 0, None),
        (4, 2, None),
        (4, 4, None),
        (4, 5, "too_many"),
        (3, -1, "too_few"),
        (5, 0, "too_few"),
        (5, 1, None),
        (5, 2, None),
        (5, 3, "too_many"),
        (7, -1, "too_few"),
        (10, 0, "too_few"),
        (10, 1, None),
        (10, 2, None),
        (10, 3, "too_many"),
        (11, 0, "too_few"),
        (11, 1, None),
        (11, 3, None),
        (11, 5, None),
        (11, 6, "too_many"),
        (200, 5, None),
        (200, 6, "too_many"),
        (0, 0, None),
        (-3, 2, None),
    ],
)
def test_representative_problem(size: int, reps: int, expected: str | None) -> None:
    assert representative_problem(size, reps, ON) == expected


@pytest.mark.parametrize("code", ["too_few", "too_many"])
def test_representative_codes_have_messages(code: str) -> None:
    assert f"representatives.{code}" in i18n_errors.MESSAGES


@given(size=st.integers(1, 500), reps=st.integers(-5, 600))
def test_representative_problem_matches_article_29(size: int, reps: int) -> None:
    if size < 5:
        low, high = 0, size
    elif size <= 10:
        low, high = 1, 2
    else:
        low, high = 1, 5
    expected = "too_few" if reps < low else "too_many" if reps > high else None
    assert representative_problem(size, reps, ON) == expected


@pytest.mark.parametrize(
    ("size", "expected"),
    [(-1, False), (0, False), (1, False), (4, False), (5, True), (6, True), (10, True), (11, True)],
)
def test_is_delegation(size: int, expected: bool) -> None:
    assert is_delegation(size) is expected
