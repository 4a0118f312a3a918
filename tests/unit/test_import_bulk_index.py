"""A big import writes its search documents merging the index's segments 16 at a time
(a quarter fewer pages written than FTS5's 4), and leaves the usual setting behind."""

from pathlib import Path

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
