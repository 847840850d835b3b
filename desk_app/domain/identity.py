"""Identity papers: ID-number checks and decoding, masking, and the CCCD QR payload (DOMAIN §6.6, §13.2)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from desk_app.domain.enums import Gender, IdType
from desk_app.domain.text import nfc, search_key, without_unstorable

# Error codes for the field "id_number" (keys "id_number.<code>" in desk_app.i18n.errors.MESSAGES).
DIGITS_ONLY: Final = "digits_only"
LENGTH_12: Final = "length_12"
LENGTH_CMND: Final = "length_cmnd"
PASSPORT: Final = "passport"

TWELVE_DIGIT_TYPES: Final[frozenset[IdType]] = frozenset(
    {IdType.CAN_CUOC, IdType.CCCD, IdType.GCN_CAN_CUOC, IdType.SO_DINH_DANH}
)
"""Papers that carry the 12-digit personal identification number."""

# Character classes are spelled [0-9] / [A-Za-z] on purpose: \d and str.isdigit() accept full-width
# and other Unicode digits, which the national database does not.
_ASCII_DIGITS: Final = re.compile(r"[0-9]+")
_TWELVE_DIGITS: Final = re.compile(r"[0-9]{12}")
_CMND_DIGITS: Final = re.compile(r"[0-9]{9}|[0-9]{12}")
_PASSPORT: Final = re.compile(r"[A-Za-z][0-9]{7}")
_NUMBER_SEPARATORS: Final = re.compile(r"[\s.]+")
_PHONE_SEPARATORS: Final = re.compile(r"[\s.()\-]+")
_WHITESPACE: Final = re.compile(r"\s+")
_QR_DATE: Final = re.compile(r"([0-9]{2})([/.-]?)([0-9]{2})\2([0-9]{4})")

_MASK_CHAR: Final = "*"
_MASK_KEEP_HEAD: Final = 3
_MASK_KEEP_TAIL: Final = 2


def _nfc_only(text: str) -> str:
    """NFC without dropping anything: a mask keeps one place per character of what it hides."""
    return unicodedata.normalize("NFC", text)


def _compact(number: str) -> str:
    """Drop the spaces and dots officers type between digit groups ("001 099.012 345")."""
    return _NUMBER_SEPARATORS.sub("", number)


# --------------------------------------------------------------------------- checks


def check_id_number(id_type: IdType, number: str) -> list[str]:
    """Error codes that block saving `number` as a paper of `id_type`; [] when it is acceptable.

    An empty number is not an error here (requiredness is decided by the caller); "Giấy tờ khác"
    is free text and never an error.
    """
    if id_type == IdType.KHAC:
        return []
    value = _compact(without_unstorable(number))  # judged as it will be stored (text.nfc drops these)
    if not value:
        return []
    if id_type == IdType.HO_CHIEU:
        return [] if _PASSPORT.fullmatch(value) else [PASSPORT]
    if not _ASCII_DIGITS.fullmatch(value):
        return [DIGITS_ONLY]
    if id_type == IdType.CMND:
        return [] if _CMND_DIGITS.fullmatch(value) else [LENGTH_CMND]
    if id_type in TWELVE_DIGIT_TYPES:
        return [] if _TWELVE_DIGITS.fullmatch(value) else [LENGTH_12]
    return []


def normalize_id_number(id_type: IdType, number: str) -> str:
    """The form to store: spaces and dots removed, passport letters uppercased; other papers only trimmed."""
    if id_type == IdType.KHAC:
        return _WHITESPACE.sub(" ", nfc(number))
    value = _compact(nfc(number))
    if id_type == IdType.HO_CHIEU and value.isascii():
        # Only ASCII is uppercased: "ſ".upper() == "S" must not turn an invalid number into a valid one.
        return value.upper()
    return value


# --------------------------------------------------------------------------- decoding the 12-digit number


@dataclass(frozen=True, slots=True)
class IdFacts:
    """What a 12-digit number says about its holder (DOMAIN §13.2)."""

    gender: Gender
    birth_year: int
    province_code: str


def decode_id_number(number: str) -> IdFacts | None:
    """Gender, birth year and birth-registration province code of a 12-digit number; None if not 12 digits.

    Digit 4 is century and gender (even = male, odd = female; 0/1 → 1900s … 8/9 → 2300s), digits 5–6
    the year within the century. There is no checksum and the province code is not validated.
    """
    value = _compact(number)
    if not _TWELVE_DIGITS.fullmatch(value):
        return None
    code = int(value[3])
    century = 1900 + (code // 2) * 100
    gender = Gender.NU if code % 2 else Gender.NAM
    return IdFacts(gender=gender, birth_year=century + int(value[4:6]), province_code=value[:3])


WarningCode = Literal["gender_mismatch", "birth_year_mismatch"]


@dataclass(frozen=True, slots=True)
class IdWarning:
    """A disagreement between the number and what was typed; shown, never blocking.

    For "gender_mismatch" `expected`/`typed` are Gender values ("NAM", "NU"); for
    "birth_year_mismatch" they are years ("1999").
    """

    code: WarningCode
    expected: str
    typed: str


def id_warnings(number: str, gender: Gender | None, birth_year: int | None) -> list[IdWarning]:
    """Warnings when the typed gender or birth year differs from what the 12-digit number encodes.

    Nothing is said for numbers that are not 12 digits, for missing values, or for Gender.KHAC
    (the number only encodes male/female).
    """
    facts = decode_id_number(number)
    if facts is None:
        return []
    warnings: list[IdWarning] = []
    if gender is not None and gender != Gender.KHAC and gender != facts.gender:
        warnings.append(IdWarning("gender_mismatch", facts.gender.value, gender.value))
    if birth_year is not None and birth_year != facts.birth_year:
        warnings.append(IdWarning("birth_year_mismatch", str(facts.birth_year), str(birth_year)))
    return warnings


# --------------------------------------------------------------------------- masking (DOMAIN §13.3)


def _mask(value: str) -> str:
    """Keep the first 3 and the last 2 characters when at least 3 stay hidden; else show only the last 2."""
    n = len(value)
    if n <= _MASK_KEEP_TAIL:
        return _MASK_CHAR * n
    if n < _MASK_KEEP_HEAD + _MASK_KEEP_TAIL + 3:
        return _MASK_CHAR * (n - _MASK_KEEP_TAIL) + value[-_MASK_KEEP_TAIL:]
    hidden = n - _MASK_KEEP_HEAD - _MASK_KEEP_TAIL
    return value[:_MASK_KEEP_HEAD] + _MASK_CHAR * hidden + value[-_MASK_KEEP_TAIL:]


def mask_id(number: str | None) -> str:
    """Screen form of an ID number: "001099012389" → "001*******89"; "" for None or blank.

    Whitespace is dropped first; values shorter than 8 characters show only their last 2
    (2 characters or fewer are all stars). At most 5 characters are ever shown.
    """
    if not number:
        return ""
    return _mask(_WHITESPACE.sub("", _nfc_only(number)))


def mask_phone(phone: str | None) -> str:
    """Screen form of a phone number: "0912 345 678" → "091*****78"; separators are dropped first."""
    if not phone:
        return ""
    return _mask(_PHONE_SEPARATORS.sub("", _nfc_only(phone)))


# --------------------------------------------------------------------------- CCCD QR payload


@dataclass(frozen=True, slots=True)
class QrIdentity:
    """The data in the QR code of a chip-based CCCD / căn cước card, as a USB scanner types it."""

    id_number: str
    old_id_number: str | None
    full_name: str
    birth_date: dt.date
    gender: Gender
    address: str
    issue_date: dt.date | None


_QR_FIELDS_FULL: Final = 7
_QR_FIELDS_NO_ISSUE_DATE: Final = 6


def _parse_qr_date(text: str) -> dt.date | None:
    """ddmmyyyy, or dd/mm/yyyy (also "-" or "."); None unless it is a real calendar date."""
    match = _QR_DATE.fullmatch(text)
    if match is None:
        return None
    day, _, month, year = match.groups()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_qr_gender(text: str) -> Gender | None:
    """ "Nam" / "Nữ" in any case, composed or decomposed, with or without the diacritic."""
    key = search_key(text)
    if key == "nam":
        return Gender.NAM
    if key == "nu":
        return Gender.NU
    return None


def _qr_fields(payload: str) -> list[str] | None:
    """The payload split into the 7 standard fields (issue date "" when absent), or None."""
    fields = [field.strip() for field in nfc(payload).split("|")]
    # Variant seen in third-party examples (not in an official source): the old-CMND field left out
    # altogether, "số|họ tên|ngày sinh|giới tính|địa chỉ|ngày cấp". Recognised by a date in the third
    # field and a gender in the fourth, which the standard layout cannot produce.
    if (
        len(fields) >= _QR_FIELDS_NO_ISSUE_DATE - 1
        and _parse_qr_date(fields[2]) is not None
        and _parse_qr_gender(fields[3]) is not None
    ):
        fields.insert(1, "")
    # Scanners configured with a "|" suffix, or cards padded with empty fields: drop empty tail fields.
    while len(fields) > _QR_FIELDS_FULL and not fields[-1]:
        fields.pop()
    if len(fields) == _QR_FIELDS_NO_ISSUE_DATE:
        fields.append("")
    return fields if len(fields) == _QR_FIELDS_FULL else None


def parse_cccd_qr(payload: str) -> QrIdentity | None:
    """Read `số căn cước|số CMND cũ|họ và tên|ngày sinh|giới tính|địa chỉ|ngày cấp`; None for anything else.

    Tolerates surrounding whitespace and CR/LF, decomposed Unicode, an empty old-CMND field, an
    empty or missing issue date and extra empty "|" fields at the end. Refuses a wrong field count,
    an ID number that is not 12 ASCII digits, an old number that is not 9 or 12 digits, an empty
    name, an unknown gender, impossible dates and an issue date before the birth date.
    """
    fields = _qr_fields(payload)
    if fields is None:
        return None
    id_number, old_id, name_text, birth_text, gender_text, address_text, issue_text = fields
    if not _TWELVE_DIGITS.fullmatch(id_number):
        return None
    if old_id and not _CMND_DIGITS.fullmatch(old_id):
        return None
    full_name = _WHITESPACE.sub(" ", name_text)
    birth_date = _parse_qr_date(birth_text)
    gender = _parse_qr_gender(gender_text)
    if not full_name or birth_date is None or gender is None:
        return None
    issue_date: dt.date | None = None
    if issue_text:
        issue_date = _parse_qr_date(issue_text)
        if issue_date is None or issue_date < birth_date:
            return None
    return QrIdentity(
        id_number=id_number,
        old_id_number=old_id or None,
        full_name=full_name,
        birth_date=birth_date,
        gender=gender,
        address=_WHITESPACE.sub(" ", address_text),
        issue_date=issue_date,
    )
