"""One label per tier per language: the same in the results, the picker, the profile, the
settings, the guest form and on the printed card. Exports keep the codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.tiers import Tier, printed_label, tier_label
from vipdesk.print.cards import render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.search import SearchHit
from vipdesk.ui import labels
from vipdesk.ui.app import set_language
from vipdesk.ui.guest_picker import describe
from vipdesk.ui.search_model import DETAILS, TIER, SearchResultsModel

LANGUAGES = ("zh_CN", "zh_TW", "en")
TODAY = date(2026, 11, 25)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    set_language(qapp, request.param)
    yield request.param
    set_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]


def _hit(tier: Tier, birthday: PartialDate | None = None) -> SearchHit:
    return SearchHit(
        1, "M1", "歐陽娜娜", tier, "name", MatchKind.EXACT, "8000", birthday, None, "", False, ""
    )


def test_the_screens_say_what_the_domain_table_says(language: str, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel(today=TODAY)
    model.set_hits([_hit(t) for t in Tier])
    qtmodeltester.check(model)
    for row, tier in enumerate(Tier):
        label = tier_label(tier, language)
        assert labels.tier(tier) == label
        assert model.data(model.index(row, TIER)) == label
        assert describe(_hit(tier)).startswith(label + " · ")
    assert [tier_label(t, "zh_TW") for t in Tier] == ["普通", "重要", "VIP", "雙VIP", "三VIP"]
    assert tier_label(Tier.P, "en") == "Regular"  # never "Regular (P)" or "P"


def test_the_card_prints_the_same_label_in_both_its_languages(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.guests import create_guest

    create_guest(db, actor, GuestDraft("歐陽娜娜", member_no="M2", tier=Tier.VVIP))
    pdf = tmp_path / "card.pdf"
    render_cards(card_data(db, actor, ["M2"], today=TODAY), pdf, "cr80", TODAY)
    text = "".join(PdfReader(pdf).pages[0].extract_text().split())  # runs split at fonts
    assert printed_label(Tier.VVIP) == "双VIP Double VIP"
    assert printed_label(Tier.VIP) == "VIP"
    assert "双VIPDoubleVIP" in text and "VVIP" not in text


def test_a_birthday_today_is_marked_in_the_result_row(qapp) -> None:  # type: ignore[no-untyped-def]
    set_language(qapp, "en")
    model = SearchResultsModel(today=TODAY)
    model.set_hits([_hit(Tier.P, PartialDate(11, 25)), _hit(Tier.P, PartialDate(11, 26))])
    today, tomorrow = (model.data(model.index(r, DETAILS)) for r in (0, 1))
    assert "Birthday today!" in today
    assert "today" not in tomorrow and "11-26" in tomorrow
