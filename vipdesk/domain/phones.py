"""Phone numbers: keep what the guest wrote, index a canonical form."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

DEFAULT_REGION = "CN"
_ALLOWED = re.compile(r"^[+\d\s\-().,/]*(?:(?:ext\.?|x|转|分机)\s*\d+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Phone:
    original: str
    """Exactly as given, for display."""
    e164: str
    """Canonical form, e.g. `+8613800138000`; equal for every formatting of one number."""

    @property
    def digits(self) -> str:
        """Digits only (national significant number with country code), for tail searches."""
        return self.e164.split(";", 1)[0].lstrip("+")


_SEPARATORS = re.compile(r"[\s\-().]")
# Mainland mobile numbers are most of a Chinese hotel's file; they need no full parse.
_CN_MOBILE = re.compile(r"^(?:\+86|0086)?(1[3-9]\d{9})$")


def normalise_phone(text: str, default_region: str = DEFAULT_REGION) -> Phone:
    """Parse a phone number in any common formatting; ValueError if it is not one."""
    original = text.strip()
    if not original:
        raise ValueError("phone number is empty")
    fast = _CN_MOBILE.match(_SEPARATORS.sub("", original))
    if fast and (default_region == "CN" or original.startswith(("+86", "0086"))):
        return Phone(original=original, e164="+86" + fast.group(1))
    if not _ALLOWED.match(original):
        raise ValueError(f"{original!r} is not a phone number (unexpected characters)")
    candidate = original
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    try:
        parsed = phonenumbers.parse(candidate, default_region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{original!r} is not a phone number ({exc})") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(f"{original!r} is not a phone number (wrong number of digits)")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if parsed.extension:
        e164 = f"{e164};ext={parsed.extension}"
    return Phone(original=original, e164=e164)
