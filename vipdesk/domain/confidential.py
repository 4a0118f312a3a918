"""Confidential guests (客人保密, incognito): what staff without the right may see of them.

Staff without the right see the alias instead of the name, and nothing that would tell who
the guest really is or confirm that they are staying: no member number, phone, e-mail,
company, birthday or other dates, notes or photo. What the desk needs to serve them well
(tier, taboos and allergies, likes, stays and rooms) stays.
"""

from __future__ import annotations

from dataclasses import replace

from vipdesk.domain.guest import GuestRecord
from vipdesk.domain.stays import Stay

ALIAS_MAX = 200


def masked_record(record: GuestRecord, alias: str) -> GuestRecord:
    """The guest as staff without the right see them: the alias, nothing identifying."""
    return replace(
        record,
        name=alias,
        member_no=None,
        native_name="",
        latin_name="",
        honorific="",
        phones=[],
        email="",
        company="",
        nationality="",
        language="",
        notes="",
        special_dates=[],
        stays=[masked_stay(s) for s in record.stays],
    )


def masked_stay(stay: Stay) -> Stay:
    """Dates, room and what to prepare stay; the PMS's notes and company may name them."""
    return replace(stay, notes="", comments="", company="")
