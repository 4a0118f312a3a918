"""The guest's copy as a PDF says what the codes mean (男 Male, 餐饮 Food & drink), never the
codes themselves, in the chosen print language (zh_TW: 繁體)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from vipdesk.domain.care import Channel, Outcome
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.print.guest_copy import guest_copy_pdf
from vipdesk.services.care_contacts import log_contact, set_consent
from vipdesk.services.caution import set_caution
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.id_documents import add_id_document

TODAY = date(2026, 11, 30)


@pytest.fixture
def guest(db: Database, actor: Staff) -> int:
    draft = GuestDraft(
        name="诸葛明月",
        gender=Gender.MALE,
        tier=Tier.VIP,
        preferences=[Preference("高楼层", PreferenceCategory.FOOD_DRINK)],
        taboos=[Taboo("花生", TabooKind.ALLERGY, Severity.DANGER)],
        special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(3, 14, 1980))],
        stays=[Stay(date(2026, 10, 1), date(2026, 10, 3), room="1808")],
    )
    guest_id = create_guest(db, actor, draft).id
    log_complaint(
        db,
        actor,
        ComplaintDraft(
            guest_id=guest_id,
            occurred_at=datetime(2026, 10, 2, 9),
            department="housekeeping",
            category="noise",
            severity=ComplaintSeverity.HIGH,
            description="霉味",
        ),
        now=datetime(2026, 10, 2, 10),
    )
    log_contact(db, actor, str(guest_id), Channel.PHONE, Outcome.NO_ANSWER, note="x")
    set_consent(db, actor, guest_id, Channel.SMS, True, on=date(2026, 1, 1), how="form")
    add_id_document(db, actor, guest_id, IdType.PASSPORT, "E1234567", "CN", today=TODAY)
    set_caution(db, actor, guest_id, "damage", "broke a lamp")
    return guest_id


def _text(pdf: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


CODES = ("male", "food_drink", "allergy", "danger", "birthday", "housekeeping", "noise",
         "no_answer", "passport", "damage", "high")  # fmt: skip


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Male", "Food & drink", "Allergy", "Birthday", "Housekeeping", "Passport"]),
        ("zh_CN", ["男", "餐饮", "过敏", "生日", "客房", "护照"]),
        ("zh_TW", ["男", "餐飲", "過敏", "生日", "客房", "護照"]),
    ],
)
def test_the_copy_shows_labels_not_codes(
    db: Database, actor: Staff, guest: int, tmp_path: Path, language: str, expected: list[str]
) -> None:
    pdf = tmp_path / "copy.pdf"
    guest_copy_pdf(db, actor, guest, pdf, language=language)
    text = _text(pdf)
    for label in expected:
        assert label in text, (label, text)
    words = set(text.replace(":", " ").split())
    assert [code for code in CODES if code in words] == []
