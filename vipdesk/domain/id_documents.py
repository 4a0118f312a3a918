"""Identity documents: which types there are, how a number is checked, and what is kept of it.

The full number is never stored. A document is kept as a keyed hash (HMAC-SHA256 with a
per-database secret) over its type, issuing country and normalised number, a keyed hash of
the number alone (a search box is given a number without its type), and its last four
characters for display.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class IdType(StrEnum):
    CN_ID = "cn_id"  # 居民身份证
    PASSPORT = "passport"
    HK_MACAU = "hk_macau"  # 港澳通行证
    TAIWAN = "taiwan"  # 台湾通行证
    OTHER = "other"


# The country each type is issued by when nobody says otherwise; passports must say.
DEFAULT_COUNTRY = {IdType.CN_ID: "CN", IdType.HK_MACAU: "CN", IdType.TAIWAN: "CN"}
SHOWN_TAIL = 4
_COUNTRY = re.compile(r"^[A-Z]{2,3}$")
_SHAPES = {
    IdType.PASSPORT: re.compile(r"^[A-Z0-9]{5,20}$"),
    IdType.HK_MACAU: re.compile(r"^[A-Z0-9]{8,12}$"),
    IdType.TAIWAN: re.compile(r"^[A-Z0-9]{8,12}$"),
    IdType.OTHER: re.compile(r"^[A-Z0-9]{3,30}$"),
}
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"


class IdProblem(ValueError):
    """Why a document number is refused; `code` is stable for translation."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class IdDocument:
    """What is kept of a document: never the number, only its keyed hash and last characters."""

    type: IdType
    country: str
    number_hash: str
    lookup_hash: str
    last4: str

    @property
    def masked(self) -> str:
        """`**************123X`: as long as a cn_id number, whatever the type."""
        return "*" * 14 + self.last4


def normal_number(text: str) -> str:
    """Full-width forms folded, spaces and hyphens dropped, upper case."""
    folded = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"[\s\-‐-―]", "", folded).upper()


def cn_id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a 居民身份证 number's first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11]


def cn_id_birth_date(number: str) -> date | None:
    """The birth date inside an 18-character 居民身份证 number, if it is a real date."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def check_number(kind: IdType, text: str, *, today: date) -> str:
    """The normalised number, or IdProblem saying why it is refused."""
    number = normal_number(text)
    if not number:
        raise IdProblem("id_empty", "the document number is empty")
    if kind is IdType.CN_ID:
        if not re.fullmatch(r"\d{17}[\dX]", number):
            raise IdProblem("id_cn_shape", "a 居民身份证 number has 17 digits and a digit or X")
        born = cn_id_birth_date(number)
        if born is None or born.year < 1900 or born > today:
            raise IdProblem(
                "id_cn_birth", "the birth date inside the 居民身份证 number is not real"
            )
        if cn_id_check_digit(number[:17]) != number[17]:
            raise IdProblem("id_cn_check", "the 居民身份证 number's check digit is wrong")
        return number
    if not _SHAPES[kind].fullmatch(number):
        raise IdProblem("id_shape", "a document number is letters and digits only")
    return number


def normal_country(kind: IdType, country: str | None) -> str:
    """The issuing country as an ISO code; cn_id, hk_macau and taiwan default to CN."""
    code = normal_number(country or "") or DEFAULT_COUNTRY.get(kind, "")
    if not code:
        raise IdProblem("id_country_missing", "say which country issued the document")
    if not _COUNTRY.fullmatch(code):
        raise IdProblem("id_country", "the issuing country is a 2- or 3-letter code such as CN")
    return code


def number_hash(secret: bytes, kind: IdType, country: str, number: str) -> str:
    """The keyed hash that finds a document again; the number itself is never kept."""
    message = f"{kind.value}\x1f{country}\x1f{number}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def id_document(
    secret: bytes, kind: IdType, number_text: str, country: str | None, *, today: date
) -> IdDocument:
    """Check a typed document and keep only what may be kept of it."""
    number = check_number(kind, number_text, today=today)
    issuer = normal_country(kind, country)
    return IdDocument(
        kind,
        issuer,
        number_hash(secret, kind, issuer, number),
        lookup_hash(secret, number),
        number[-SHOWN_TAIL:],
    )


def lookup_hash(secret: bytes, text: str) -> str:
    """The keyed hash of a number alone, whatever its type and country.

    A search box gets a typed or scanned number without its type or issuer, so each
    document also keeps this hash; a passport of any country is found by its number.
    """
    return hmac.new(
        secret, b"lookup\x1f" + normal_number(text).encode(), hashlib.sha256
    ).hexdigest()
