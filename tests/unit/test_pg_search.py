"""The PostgreSQL search index itself: its two ways of reading a prefix agree, and an index
of the first layout is rebuilt when the database opens. (The search behaviour tests in
test_search.py run on both engines.)"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import open_desk
from vipdesk.services.guests import create_guest, update_guest
from vipdesk.services.search import search
from vipdesk.store import pg_search, search_index
from vipdesk.store.search_index import refresh_rowids

NAMES = ["王一", "王二明", "王三", "Wang Wei", "王小明", "李四", "Wendy Wu", "王五"]


@pytest.mark.parametrize(
    "query",
    [
        "王",
        "w",
        "wang",
        "王小",
        "wang w",
        "wxm",
        "w wang",
        "ww",
        "wa",
        "明",
        "x",
        "wa wei",
        "王 明",
    ],
)
def test_the_ways_of_reading_a_prefix_find_the_same_guests(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    db = open_desk(pg_url)
    try:
        admin = make_staff(db, "anna", Role.ADMIN)
        for i, name in enumerate(NAMES):
            create_guest(db, admin, GuestDraft(name=name, tier=list(Tier)[i % len(Tier)]))
        stored = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
        monkeypatch.setattr(pg_search, "SHORT_LEN", 0)  # no stored prefix: few rows, sorted
        sorted_range = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
        monkeypatch.setattr(pg_search, "CAP", 1)  # too many rows: token by token
        token_by_token = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
        monkeypatch.setattr(pg_search, "FEW", 0)  # and too many tokens: walked
        walked = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
        monkeypatch.setattr(pg_search, "TRY", 0)  # several words: their rows intersected
        intersected = [(h.id, h.match) for h in search(db, admin, query, limit=5)]
    finally:
        db.close()
    assert stored
    assert sorted_range == stored
    assert token_by_token == stored
    assert walked == stored
    assert intersected == stored


def test_stored_prefixes_follow_a_guest_renamed_ranked_again_and_deleted(pg_url: str) -> None:
    db = open_desk(pg_url)
    try:
        admin = make_staff(db, "anna", Role.ADMIN)
        stay = Stay(date(2030, 1, 1), date(2030, 1, 3), "101")  # ranks once it is over
        guest = create_guest(db, admin, GuestDraft(name="王小明", stays=[stay]))
        other = create_guest(db, admin, GuestDraft(name="王五"))
        renamed = GuestDraft(name="李小明", stays=[stay])
        update_guest(db, admin, guest.id, renamed, version=guest.version)
        assert [h.id for h in search(db, admin, "王")] == [other.id]
        assert [h.id for h in search(db, admin, "li")] == [guest.id]
        with db.write() as session:  # a stay moves the document (its rank, its rowid)
            assert refresh_rowids(session.connection(), [guest.id], today=date(2040, 1, 1)) == 1
        assert [h.id for h in search(db, admin, "李小")] == [guest.id]
        with db.write() as session:  # what erasing and merging a guest do
            search_index.remove_guests(session, [other.id])
        assert search(db, admin, "王") == []
        with db.snapshot() as raw:
            left = raw.execute(f"SELECT DISTINCT rowid FROM {pg_search.SHORT}").fetchall()
            docs = raw.execute(f"SELECT rowid FROM {pg_search.DOCS}").fetchall()
        assert sorted(left) == sorted(docs)
    finally:
        db.close()


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
