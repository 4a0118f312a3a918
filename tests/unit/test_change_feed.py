"""Counters on one PostgreSQL database hear of each other's committed writes (LISTEN/NOTIFY).

Two Database objects on one schema are two counters. Skipped without $VIPDESK_TEST_PG.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import ServerUnreachable
from vipdesk.services.guests import create_guest, get_guest
from vipdesk.services.live_changes import watch_changes
from vipdesk.store.change_feed import Callbacks, ChangeListener, table_kind, written_kind

WAIT_S = 5.0


@pytest.fixture
def counters(pg_url: str) -> Iterator[tuple[Database, Database]]:
    a, b = open_desk(pg_url), open_desk(pg_url)
    yield a, b
    a.close()
    b.close()


class Heard:
    """What a counter's watcher reported, handed over from its thread."""

    def __init__(self) -> None:
        self.changes: queue.Queue[tuple[str, int]] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def change(self, kind: str, ident: int) -> None:
        self.changes.put((kind, ident))

    def state(self, reachable: bool) -> None:
        self.states.put(reachable)


@pytest.fixture
def heard_at_b(counters: tuple[Database, Database]) -> Iterator[Heard]:
    heard = Heard()
    watch = watch_changes(counters[1], heard.change, heard.state)
    assert isinstance(watch, ChangeListener)
    assert heard.states.get(timeout=WAIT_S) is True  # listening before anything is written
    yield heard
    watch.stop()
    watch.join(WAIT_S)


def test_tables_map_to_what_screens_show() -> None:
    assert table_kind("guests") == table_kind("guest_taboos") == "guest"
    assert table_kind("complaint_events") == "complaint"
    assert table_kind("stays") == "stay"
    assert table_kind("care_contacts") == "care"
    assert table_kind("audit_log") is None
    assert written_kind('UPDATE "guests" SET notes=%s WHERE id=%s') == "guest"
    assert written_kind("INSERT OR REPLACE INTO app_meta (key) VALUES (?)") == "settings"
    assert written_kind("SELECT * FROM guests") is None


def test_a_guest_created_at_one_counter_is_heard_at_the_other(
    counters: tuple[Database, Database], heard_at_b: Heard
) -> None:
    a, _b = counters
    anna = make_staff(a, "anna", Role.ADMIN)
    heard_at_b.changes.get(timeout=WAIT_S)  # the account itself: staff
    create_guest(a, anna, GuestDraft("Chen Jing"))
    kinds = set()
    while "guest" not in kinds:
        kinds.add(heard_at_b.changes.get(timeout=WAIT_S)[0])


def test_a_rolled_back_write_and_the_counters_own_writes_are_not_heard(
    counters: tuple[Database, Database], heard_at_b: Heard
) -> None:
    a, b = counters
    with pytest.raises(RuntimeError), a.write() as session:
        session.connection().exec_driver_sql("UPDATE guests SET notes = 'x'")
        raise RuntimeError("rolled back")
    staff: Staff = make_staff(b, "own", Role.ADMIN)  # b's own write: b announces it itself
    make_staff(a, "marker", Role.ADMIN)  # then one from a, which b must hear
    assert heard_at_b.changes.get(timeout=WAIT_S) == ("staff", 0)
    assert heard_at_b.changes.empty()
    assert staff.username == "own"


def test_a_bulk_write_is_one_note_per_kind(
    counters: tuple[Database, Database], heard_at_b: Heard
) -> None:
    a, _b = counters
    anna = make_staff(a, "anna", Role.ADMIN)
    assert heard_at_b.changes.get(timeout=WAIT_S) == ("staff", 0)
    with a.write() as session:
        conn = session.connection()
        for n in range(50):
            conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES (?, ?)", (f"k{n}", "v"))
    assert heard_at_b.changes.get(timeout=WAIT_S) == ("settings", 0)
    make_staff(a, "marker", Role.ADMIN)
    assert heard_at_b.changes.get(timeout=WAIT_S) == ("staff", 0)
    assert anna.username == "anna"


def test_a_server_that_cannot_be_reached_is_one_clear_error_and_is_retried(
    pg_url: str, actor_on_closed_port: Database
) -> None:
    heard = Heard()
    watch = watch_changes(actor_on_closed_port, heard.change, heard.state, retry_s=0.2)
    assert watch is not None
    try:
        assert heard.states.get(timeout=WAIT_S) is False
        assert heard.states.get(timeout=WAIT_S) is False  # tried again, still down
    finally:
        watch.stop()
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        get_guest(actor_on_closed_port, Staff(1, "anna", "Anna", Role.ADMIN), 1)


@pytest.fixture
def actor_on_closed_port(pg_url: str) -> Iterator[Database]:
    """A counter opened while the server was up, whose server then went away."""
    from tests.tcp_gate import TcpGate

    with TcpGate(pg_url) as gate:
        db = open_desk(gate.url)
        gate.close()
        try:
            yield db
        finally:
            db.close()


def test_once_stopped_no_callback_runs_and_a_running_one_is_waited_for() -> None:
    # A window stops its watcher as it closes: the watcher's thread must not be inside
    # a callback (a signal of the window) once stop() has returned, nor enter one later.
    entered, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow(kind: str, _ident: int) -> None:
        calls.append(f"in {kind}")
        entered.set()
        release.wait(WAIT_S)
        calls.append(f"out {kind}")

    guard = Callbacks(slow)
    caller = threading.Thread(target=guard.call, args=(0, "guest", 1))
    caller.start()
    assert entered.wait(WAIT_S)
    stopper = threading.Thread(target=guard.cut)
    stopper.start()
    stopper.join(0.2)
    assert stopper.is_alive()  # waits for the callback that is running
    release.set()
    stopper.join(WAIT_S)
    caller.join(WAIT_S)
    assert calls == ["in guest", "out guest"]
    assert guard.call(0, "stay", 2) is False
    assert calls == ["in guest", "out guest"]


def test_closing_the_database_stops_its_listener(pg_url: str) -> None:
    counter = open_desk(pg_url)
    heard = Heard()
    watch = watch_changes(counter, heard.change, heard.state)
    assert isinstance(watch, ChangeListener)
    assert heard.states.get(timeout=WAIT_S) is True
    counter.close()
    watch.join(WAIT_S)
    assert not watch.is_alive()
    other = open_desk(pg_url)
    try:
        make_staff(other, "late", Role.ADMIN)  # a change after the close reaches no one
    finally:
        other.close()
    assert heard.changes.empty()
