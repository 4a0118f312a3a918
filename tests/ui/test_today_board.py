"""The Today board, and the day in the search results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.tiers import Tier
from vipdesk.services.search import SearchHit
from vipdesk.ui.app import set_language
from vipdesk.ui.search_model import DETAILS, SearchResultsModel

TODAY = date(2026, 11, 25)


def _hit(**kw: object) -> SearchHit:
    hit = SearchHit(
        1, "M1", "王伟", Tier.P, "name", MatchKind.EXACT, "8000", None, None, "", False, ""
    )
    return replace(hit, **kw)  # type: ignore[arg-type]


def test_results_say_arriving_today_or_in_house_with_the_room(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    set_language(qapp, "en")
    model = SearchResultsModel(today=TODAY)
    model.set_hits(
        [
            _hit(arriving_today=True),
            _hit(id=2, in_house=True, in_house_room="1808", last_room="0303"),
            _hit(id=3, last_stay=date(2026, 10, 1)),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, DETAILS)).startswith("arriving today")
    assert model.data(model.index(1, DETAILS)).startswith("in house · 1808")
    assert "arriving" not in model.data(model.index(2, DETAILS))
    set_language(qapp, "zh_CN")
    try:
        assert model.data(model.index(0, DETAILS)).startswith("今日抵店")
    finally:
        set_language(qapp, "en")
