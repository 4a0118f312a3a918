"""The audit trail's HMAC chain, its key outside the database, and its tail anchor."""

from __future__ import annotations

import itertools
import json
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests import sql
from vipdesk.domain.staff import Staff
from vipdesk.services import audit_chain, keystore
from vipdesk.services.audit import audit
from vipdesk.services.audit_trail import AuditKeyMissing, verify_chain
from vipdesk.services.database import Database
from vipdesk.services.errors import AuditChainBroken, PermissionDenied


def _write(db: Database, actor: Staff, n: int, action: str = "view_guest") -> None:
    for i in range(n):
        with db.write() as session:
            audit(session, actor, action, "guest", i + 1)


def _rows(db: Database) -> list[tuple]:
    conn = sql.connect(db)
    try:
        return conn.execute(
            "SELECT id, at, staff_id, action, entity, entity_id, detail, workstation, mac "
            "FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def _database_id(db: Database) -> str:
    conn = sql.connect(db)
    try:
        return conn.execute("SELECT value FROM app_meta WHERE key = 'database_id'").fetchone()[0]
    finally:
        conn.close()


def _raw(db: Database, statement: str, *params: object) -> None:
    conn = sql.connect(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def test_each_entry_is_chained_with_a_key_kept_outside_the_database(
    db: Database, actor: Staff
) -> None:
    _write(db, actor, 3)
    rows = _rows(db)
    assert len(rows) == 3 and all(r[8] and len(r[8]) == 64 for r in rows)
    database_id = _database_id(db)
    key = keystore.get_secret(f"audit:{database_id}")
    assert key is not None and len(key) == 32
    key_file = keystore.key_dir() / f"audit-{database_id}.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # The MAC is HMAC-SHA256 over the previous MAC and the canonical content.
    previous = ""
    for row in rows:
        from datetime import datetime

        content = audit_chain.canonical(row[0], datetime.fromisoformat(row[1]), *row[2:8])
        assert audit_chain.mac(key, previous, content) == row[8]
        assert json.loads(content)[1].endswith("Z")
        previous = row[8]


def test_entries_without_a_mac_precede_the_chain(db: Database, actor: Staff) -> None:
    # As 0008 leaves them: old entries with no MAC.
    _raw(
        db,
        "INSERT INTO audit_log (at, staff_id, action, entity, entity_id, detail, workstation)"
        " VALUES ('2025-01-01 10:00:00.000000', ?, 'create_guest', 'guest', 1, '{}', '')",
        actor.id,
    )
    _write(db, actor, 2)
    report = verify_chain(db, actor)
    assert (report.before, report.checked, report.first, report.last) == (1, 2, 2, 3)


def test_entries_in_one_transaction_chain_one_after_another(db: Database, actor: Staff) -> None:
    with db.write() as session:
        audit(session, actor, "print", "guest", 1)
        audit(session, actor, "print", "guest", 2)
    with db.write() as session:
        audit(session, actor, "print", "guest", 3)
    assert verify_chain(db, actor).checked == 3


def test_a_rolled_back_entry_leaves_no_trace(db: Database, actor: Staff) -> None:
    _write(db, actor, 1)
    with pytest.raises(RuntimeError), db.write() as session:
        audit(session, actor, "print", "guest", 9)
        raise RuntimeError("boom")
    _write(db, actor, 1)
    assert verify_chain(db, actor).checked == 2


def test_the_anchor_follows_the_tail_outside_the_database(db: Database, actor: Staff) -> None:
    _write(db, actor, 4)
    database_id = _database_id(db)
    anchor = audit_chain.read_anchor(database_id)
    last = _rows(db)[-1]
    assert anchor == audit_chain.Anchor(last[0], last[8])
    path = audit_chain.anchor_path(database_id)
    assert path.parent == keystore.key_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_anchor_never_moves_back(db: Database, actor: Staff) -> None:
    _write(db, actor, 3)
    database_id = _database_id(db)
    ahead = audit_chain.read_anchor(database_id)
    audit_chain.write_anchor(database_id, 1, "00" * 32)  # a process that lagged behind
    assert audit_chain.read_anchor(database_id) == ahead


def test_verify_catches_an_edited_row(db: Database, actor: Staff) -> None:
    _write(db, actor, 5)
    _raw(db, "UPDATE audit_log SET entity_id = 77 WHERE id = 3")
    with pytest.raises(AuditChainBroken, match="entry 3 was changed") as caught:
        verify_chain(db, actor)
    assert caught.value.params["entry"] == 3


def test_verify_catches_a_recomputed_plain_hash(db: Database, actor: Staff) -> None:
    # Someone rewrites an entry and every MAC after it, without the key.
    import hashlib

    _write(db, actor, 3)
    rows = _rows(db)
    _raw(db, "UPDATE audit_log SET action = 'sign_in' WHERE id = 2")
    fake = hashlib.sha256((rows[0][8] + "sign_in").encode()).hexdigest()
    _raw(db, "UPDATE audit_log SET mac = ? WHERE id = 2", fake)
    with pytest.raises(AuditChainBroken, match="entry 2"):
        verify_chain(db, actor)


def test_verify_catches_a_deleted_middle_row(db: Database, actor: Staff) -> None:
    _write(db, actor, 5)
    _raw(db, "DELETE FROM audit_log WHERE id = 3")
    with pytest.raises(AuditChainBroken, match="entry 3 is missing"):
        verify_chain(db, actor)


def test_verify_catches_an_inserted_row(db: Database, actor: Staff) -> None:
    _write(db, actor, 3)
    _raw(db, "UPDATE audit_log SET id = id + 1 WHERE id = 3")
    _raw(
        db,
        "INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, detail, "
        "workstation, mac) VALUES (3, '2026-01-01 10:00:00.000000', NULL, 'sign_in', "
        "'staff', 1, '{}', 'x', ?)",
        "ab" * 32,
    )
    with pytest.raises(AuditChainBroken, match="entry 3 was changed or inserted"):
        verify_chain(db, actor)


def test_verify_catches_a_cut_tail_through_the_anchor(db: Database, actor: Staff) -> None:
    _write(db, actor, 5)
    _raw(db, "DELETE FROM audit_log WHERE id >= 4")
    with pytest.raises(AuditChainBroken, match="tail was cut: entries 4–5"):
        verify_chain(db, actor)


def test_verify_catches_a_cut_tail_written_again(db: Database, actor: Staff) -> None:
    _write(db, actor, 5)
    _raw(db, "DELETE FROM audit_log WHERE id >= 4")
    # The app writes on: the next entry takes number 4 again, and the anchor stays at 5.
    _write(db, actor, 2)
    with pytest.raises(AuditChainBroken, match="entry 5 is not the one the anchor names"):
        verify_chain(db, actor)


def test_verify_catches_macs_set_to_null(db: Database, actor: Staff) -> None:
    _write(db, actor, 3)
    _raw(db, "UPDATE audit_log SET mac = NULL")
    with pytest.raises(AuditChainBroken, match="tail was cut"):
        verify_chain(db, actor)


def test_a_lagging_anchor_is_fine(db: Database, actor: Staff) -> None:
    _write(db, actor, 3)
    database_id = _database_id(db)
    rows = _rows(db)
    audit_chain.write_anchor(database_id, 2, rows[1][8], reset=True)
    assert verify_chain(db, actor).checked == 3


def test_a_missing_key_is_a_clear_message(db: Database, actor: Staff, tmp_path: Path) -> None:
    _write(db, actor, 2)
    audit_chain._KEYS.clear()
    (keystore.key_dir() / f"audit-{_database_id(db)}.key").unlink()
    with pytest.raises(AuditKeyMissing, match="not on this machine"):
        verify_chain(db, actor)


def test_writing_without_the_key_starts_a_new_segment_that_says_so(
    db: Database, actor: Staff
) -> None:
    _write(db, actor, 2)
    old = _database_id(db)
    audit_chain._KEYS.clear()
    (keystore.key_dir() / f"audit-{old}.key").unlink()  # the database moved to another PC
    _write(db, actor, 1, action="sign_in")
    rows = _rows(db)
    assert [r[3] for r in rows] == ["view_guest", "view_guest", "audit_key_new", "sign_in"]
    assert json.loads(rows[2][6]) == {"previous_database_id": old, "reason": "key_missing"}
    report = verify_chain(db, actor)
    assert (report.before, report.first, report.checked) == (2, 3, 2)


def test_verify_is_for_admins(db: Database, actor: Staff, receptionist: Staff) -> None:
    _write(db, actor, 1)
    with pytest.raises(PermissionDenied):
        verify_chain(db, receptionist)


@given(
    st.integers(min_value=1, max_value=2**53),
    st.one_of(st.none(), st.integers(min_value=0, max_value=2**31)),
    st.text(),
    st.text(),
    st.one_of(st.none(), st.integers(min_value=-(2**31), max_value=2**31)),
    st.text(),
    st.text(),
)
def test_the_fast_canonical_encoding_is_the_json_one(
    entry_id: int,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
    workstation: str,
) -> None:
    at = "2026-11-30T08:00:00.000001Z"
    fields = [entry_id, at, staff_id, action, entity, entity_id, detail, workstation]
    expected = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert audit_chain.canonical_text(*fields) == expected  # type: ignore[arg-type]


@given(st.binary(min_size=1, max_size=100), st.text(alphabet="0123456789abcdef"), st.binary())
def test_the_fast_signer_is_hmac_sha256(key: bytes, previous: str, content: bytes) -> None:
    assert audit_chain.Signer(key).mac(previous, content) == audit_chain.mac(key, previous, content)


def test_stored_times_read_back_as_written() -> None:
    from datetime import datetime

    at = datetime(2026, 11, 30, 8, 5, 1, 42)
    canonical = at.isoformat(timespec="microseconds") + "Z"
    assert audit_chain.stored_time_iso(at.isoformat(sep=" ", timespec="microseconds")) == canonical
    assert audit_chain.stored_time_iso("2026-11-30 08:05:01") == "2026-11-30T08:05:01.000000Z"


def test_the_same_entries_give_the_same_macs_on_both_engines(
    tmp_path: Path, pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One database id and key, the same entries at the same times: SQLite and PostgreSQL
    store the same MACs, and each verifies its chain from what it stored."""
    from datetime import datetime, timedelta

    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services import audit as audit_module
    from vipdesk.services.database import open_desk

    key = bytes(range(32))
    database_id = "0123456789abcdef0123456789abcdef"
    keystore.put_secret(audit_chain.secret_name(database_id), key)
    start = datetime(2026, 2, 9, 23, 59, 58, 999_999)  # microseconds, a day's edge
    entries: list[tuple[str, str, int | None, dict[str, object]]] = [
        ("view_guest", "guest", 1, {}),
        ("update_guest", "guest", 2, {"fields": ["notes", "taboos"], "name": '诸葛亮 "孔明"'}),
        ("print", "cards", None, {"file": "卡片 cards.pdf", "count": 3, "emoji": "🎂\t\n"}),
        ("set_setting", "setting", None, {"key": "care.tiers", "value": None}),
    ]

    def stored(db: Database) -> list[tuple[object, ...]]:
        staff = make_staff(db, "anna", Role.ADMIN, "Anna 安娜")
        with db.write() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO app_meta (key, value) VALUES (?, ?)",
                (audit_chain.DATABASE_ID_KEY, database_id),
            )
        ticks = (start + timedelta(microseconds=7 * n) for n in itertools.count())
        monkeypatch.setattr(audit_module, "utcnow", lambda: next(ticks))
        for action, entity, entity_id, detail in entries:
            with db.write() as session:
                audit(session, staff, action, entity, entity_id, **detail)
        written = [(r[0], r[3], r[8]) for r in _rows(db)]  # id, action, mac
        assert verify_chain(db, staff).checked >= len(entries)
        return written

    file_db = open_desk(tmp_path / "same.db")
    try:
        on_sqlite = stored(file_db)
    finally:
        file_db.close()
    on_postgres = stored(pg_db)
    assert on_sqlite == on_postgres
    assert len({mac for _i, _a, mac in on_sqlite}) == len(entries)
