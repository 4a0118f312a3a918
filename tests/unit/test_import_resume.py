"""An interrupted import, run again, skips the rows it already stored instead of re-reading them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guest_import import ImportProgress, import_guests
from vipdesk.services.guests import count_guests, find_by_member_no_or_id, update_guest

HEADER = ["member_no", "name", "phone", "tier", "notes"]


class Interrupted(Exception):
    pass


def _csv(path: Path, rows: int, *, twin_of: int | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(rows):
            w.writerow([f"R{i:05d}", f"续传客人{i}", f"+86 139 0000 {i:04d}", "VIP", ""])
            if i == 3:
                w.writerow([])  # a blank line, kept out of the counts
        if twin_of is not None:  # the same guest again, at the end of the file
            i = twin_of
            w.writerow([f"R{i:05d}", f"续传客人{i}", f"+86 139 0000 {i:04d}", "VIP", "again"])
    return path


def _interrupt_after(rows: int):  # type: ignore[no-untyped-def]
    def progress(p: ImportProgress) -> None:
        if p.rows >= rows:
            raise Interrupted

    return progress


def _crash_then_resume(
    db: Database, actor: Staff, path: Path, *, batch: int = 50, stop: int = 200
) -> tuple[int, object]:
    with pytest.raises(Interrupted):
        import_guests(db, actor, path, batch_size=batch, progress=_interrupt_after(stop))
    stored = count_guests(db, actor)
    assert 0 < stored < 500
    return stored, import_guests(db, actor, path, batch_size=batch)


def test_a_resumed_import_skips_the_stored_rows_and_reports_the_whole_file(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "g.csv", 500)
    stored, summary = _crash_then_resume(db, actor, path)
    assert summary.resumed_rows == stored + 1  # the stored guests and the blank line
    assert summary.line() == "imported 500, updated 0, unchanged 0, rejected 0"
    assert summary.blank == 1
    assert count_guests(db, actor) == 500
    # A further run finds nothing to resume: every row is read and found unchanged.
    again = import_guests(db, actor, path, batch_size=50)
    assert (again.resumed_rows, again.line()) == (
        0,
        "imported 0, updated 0, unchanged 500, rejected 0",
    )


def test_a_guest_twice_across_the_interruption_is_still_rejected(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "g.csv", 500, twin_of=7)
    _stored, summary = _crash_then_resume(db, actor, path)
    assert summary.resumed_rows > 0
    assert summary.rejected == 1
    assert "the same guest is already on" in summary.reject_samples[0][1]


def test_no_skipping_when_the_file_changed(db: Database, actor: Staff, tmp_path: Path) -> None:
    path = _csv(tmp_path / "g.csv", 500)
    with pytest.raises(Interrupted):
        import_guests(db, actor, path, batch_size=50, progress=_interrupt_after(200))
    text = path.read_text(encoding="utf-8").replace("续传客人5,", "续传客人五,")
    path.write_text(text, encoding="utf-8")
    summary = import_guests(db, actor, path, batch_size=50)
    assert summary.resumed_rows == 0
    assert summary.updated == 1
    assert find_by_member_no_or_id(db, actor, "R00005").name == "续传客人五"


def test_no_skipping_when_guests_changed_since_the_interruption(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "g.csv", 500)
    with pytest.raises(Interrupted):
        import_guests(db, actor, path, batch_size=50, progress=_interrupt_after(200))
    guest = find_by_member_no_or_id(db, actor, "R00005")
    update_guest(db, actor, guest.id, _renamed(guest), version=guest.version)
    summary = import_guests(db, actor, path, batch_size=50)
    assert summary.resumed_rows == 0
    assert count_guests(db, actor) == 500


def _renamed(guest):  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft

    fields = {f: getattr(guest, f) for f in GuestDraft.__dataclass_fields__}
    return GuestDraft(**{**fields, "notes": "edited at the desk after the crash"})


def test_checkpoint_ranges_grown_batch_by_batch_equal_ranges_computed_whole() -> None:
    """Each batch's checkpoint extends the last one's id ranges with the batch's ids
    (sorting every id touched so far, each batch, grew quadratically with the file)."""
    import random

    from vipdesk.services import import_resume

    rnd = random.Random(7)
    for trial in range(200):
        seen: set[int] = set()
        ranges: list[tuple[int, int]] | None = []
        limit = rnd.choice([3, 50, 5000])
        old_max = import_resume.MAX_RANGES
        import_resume.MAX_RANGES = limit
        try:
            for _batch in range(rnd.randint(1, 8)):
                new = [rnd.randint(1, 60 if trial % 2 else 5000) for _ in range(rnd.randint(0, 40))]
                seen.update(new)
                if ranges is None:
                    ranges = import_resume.id_ranges(seen)
                else:
                    ranges = import_resume.extend_ranges(ranges, new)
                assert ranges == import_resume.id_ranges(seen)
        finally:
            import_resume.MAX_RANGES = old_max


def test_touched_guests_behave_like_the_dict_they_replace() -> None:
    """The guests an import run touched (id → line), kept in arrays: a dict of 100,000
    ints was the biggest part of the importer's growing memory."""
    import random

    from vipdesk.services.import_resume import EARLIER, TouchedGuests

    rnd = random.Random(3)
    for _trial in range(50):
        touched = TouchedGuests()
        model: dict[int, int] = {}
        earlier = {rnd.randint(1, 300) for _ in range(rnd.randint(0, 30))}
        touched.restore(earlier)
        model.update(dict.fromkeys(earlier, EARLIER))
        added: list[int] = list(earlier)  # the first checkpoint keeps them again
        for _ in range(rnd.randint(0, 400)):
            # Mostly dense ids, now and then a far one (a database with gaps).
            guest_id = rnd.randint(1, 2_000) if rnd.random() < 0.95 else rnd.randint(1, 1 << 40)
            line = rnd.randint(2, 10**6)
            if guest_id not in model:
                added.append(guest_id)
            touched[guest_id] = line
            model[guest_id] = line
            probe = rnd.randint(0, 2_500)
            assert (probe in touched) == (probe in model)
            if probe in model:
                assert touched[probe] == model[probe]
            if rnd.random() < 0.1:
                assert touched.take_added() == added
                added = []
        assert len(touched) == len(model)
        assert sorted(touched.ids()) == sorted(model)
        assert all(touched[i] == line for i, line in model.items())
        assert touched.take_added() == added
