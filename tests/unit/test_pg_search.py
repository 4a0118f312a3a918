"""The PostgreSQL search index itself: its two ways of reading a prefix agree, and an index
of the first layout is rebuilt when the database opens. (The search behaviour tests in
test_search.py run on both engines.)"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import open_desk
from vipdesk.services.guests import create_guest
from vipdesk.services.search import search
from vipdesk.store import pg_search

NAMES = ["王一", "王二明", "王三", "Wang Wei", "王小明", "李四", "Wendy Wu", "王五"]


@pytest.mark.parametrize("query", ["王", "w", "wang", "王小", "wang w", "wxm"])
def test_a_common_prefix_walked_best_first_finds_what_the_sorted_range_finds(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    db = open_desk(pg_url)
    try:
        admin = make_staff(db, "anna", Role.ADMIN)
        for i, name in enumerate(NAMES):
            create_guest(db, admin, GuestDraft(name=name, tier=list(Tier)[i % len(Tier)]))
        sorted_range = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
        monkeypatch.setattr(pg_search, "CAP", 1)  # every prefix is "common": walked
        walked = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
    finally:
        db.close()
    assert sorted_range and walked == sorted_range


def test_an_index_of_the_first_layout_is_rebuilt_when_the_database_opens(pg_url: str) -> None:
    db = open_desk(pg_url)
    try:
        admin = make_staff(db, "anna", Role.ADMIN)
        guest = create_guest(db, admin, GuestDraft(name="王小明"))
    finally:
        db.close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:  # what the first PostgreSQL increment left
        conn.execute(text("DROP TABLE guest_search_terms"))
        conn.execute(text("CREATE TABLE guest_search_tokens (rowid bigint, col int, token text)"))
    db = open_desk(pg_url)
    try:
        assert [h.id for h in search(db, admin, "王小明")] == [guest.id]
        assert [h.id for h in search(db, admin, "wxm")] == [guest.id]
    finally:
        db.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('guest_search_tokens')")).scalar() is None
    engine.dispose()
