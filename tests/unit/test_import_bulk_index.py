"""A big import writes its search documents merging the index's segments 16 at a time
(a quarter fewer pages written than FTS5's 4), and leaves the usual setting behind."""

import json
from pathlib import Path
from typing import Any

import pytest

from tests import sql
from tests.unit.test_guest_import import write_csv
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database, is_server
from vipdesk.services.guest_import import ImportProgress, import_guests
from vipdesk.store.search_index import BULK_AUTOMERGE, FTS_TABLE


def _automerge(db: Database) -> int | None:
    with db.read() as session:
        row = (
            session.connection()
            .exec_driver_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'automerge'")
            .fetchone()
        )
    return None if row is None else int(row[0])


def test_a_big_import_merges_16_segments_at_a_time_then_4_again(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    rows = [[f"M{i:05d}", f"客人{i}", f"+86 139 0000 {i:04d}"] for i in range(300)]
    source = write_csv(tmp_path / "g.csv", ["member_no", "name", "phone"], rows, "utf-8")
    during: list[int | None] = []

    def progress(_p: ImportProgress) -> None:
        during.append(_automerge(db))

    if is_server(db):  # PostgreSQL: a btree, nothing to set; the import works the same
        assert import_guests(db, actor, source, batch_size=100, parallel=True).imported == 300
        return
    summary = import_guests(db, actor, source, batch_size=100, parallel=True, progress=progress)
    assert summary.imported == 300
    assert during and set(during) == {BULK_AUTOMERGE}
    assert _automerge(db) == 4


def test_rows_are_written_as_their_chunk_comes_and_each_transaction_is_audited_once(
    db: Database, actor: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A transaction gathers several of the helper's chunks, but each chunk is written (and
    let go of) as it comes: the import held a whole transaction's rows in memory before,
    beside the chunks in flight. One audit entry still tells each transaction's counts."""
    from vipdesk.services import guest_import

    monkeypatch.setattr(guest_import, "HELPER_CHUNK", 50)
    held = [0]
    most = [0]
    decode, write = guest_import.decode_prepared, guest_import.write_part

    def decoded(*args: Any, **kwargs: Any) -> Any:
        held[0] += 1
        most[0] = max(most[0], held[0])
        return decode(*args, **kwargs)

    def written(*args: Any, **kwargs: Any) -> Any:
        held[0] -= 1
        return write(*args, **kwargs)

    monkeypatch.setattr(guest_import, "decode_prepared", decoded)
    monkeypatch.setattr(guest_import, "write_part", written)
    rows = [[f"M{i:05d}", f"客人{i}", f"+86 139 0000 {i:04d}"] for i in range(600)]
    source = write_csv(tmp_path / "g.csv", ["member_no", "name", "phone"], rows, "utf-8")
    summary = import_guests(db, actor, source, batch_size=200, parallel=True)
    assert summary.imported == 600
    assert most[0] == 1  # four chunks to a transaction, one held at a time
    entries = sql.fetchall(db, "SELECT detail FROM audit_log WHERE action = 'import' ORDER BY id")
    assert [json.loads(detail)["imported"] for (detail,) in entries] == [200, 200, 200]


def test_a_transactions_new_guests_go_into_the_index_in_one_ascending_run(
    db: Database, actor: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5 takes a transaction's documents fastest in one run of ascending rowids; each
    further run (each chunk written on its own) made it write a segment more, merged
    again later: 15 % more pages written for 100,000 rows. Every guest is still found."""
    from vipdesk.services import guest_import
    from vipdesk.services.search import search
    from vipdesk.store import search_index

    monkeypatch.setattr(guest_import, "HELPER_CHUNK", 50)
    runs: list[list[int]] = []
    write = search_index.write_entries

    def written(conn: Any, entries: Any, *, fresh: bool = False) -> None:
        runs.append([e.rowid for e in entries])
        write(conn, entries, fresh=fresh)

    monkeypatch.setattr(search_index, "write_entries", written)
    tiers = ["VIP", "P", "三VIP", "IP", "双VIP"]  # rowids start with the tier: out of order
    rows = [[f"M{i:05d}", f"客人{i}", f"+86 139 0000 {i:04d}", tiers[i % 5]] for i in range(600)]
    header = ["member_no", "name", "phone", "tier"]
    source = write_csv(tmp_path / "g.csv", header, rows, "utf-8")
    assert import_guests(db, actor, source, batch_size=200, parallel=True).imported == 600
    assert [len(run) for run in runs] == [200, 200, 200]  # one run per transaction
    assert [h.member_no for h in search(db, actor, "M00599")] == ["M00599"]
    assert [h.member_no for h in search(db, actor, "M00007")] == ["M00007"]
