"""The Care list follows the other counters: a guest or a contact saved at counter A shows
in counter B's open Care list within 5 s, keeping B's selected task and the script B was
typing. Counter A works through the services; counter B is a real window (see
test_counters.py). Skipped without $VIPDESK_TEST_PG.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.ui.test_counters import WITHIN_MS, _counter_window, people, two_counters
from vipdesk.domain.care import Channel, Outcome
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.services.care_contacts import log_contact
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.ui.care_view import CareView

from .conftest import TODAY

__all__ = ["people", "two_counters"]  # the fixtures, shared with test_counters.py


def _guest(db: Database, actor: Staff, name: str, tier: Tier, days_ago: int, n: int) -> int:
    stay = Stay(TODAY - timedelta(days=days_ago), TODAY - timedelta(days=days_ago - 2))
    draft = GuestDraft(
        name=name, member_no=f"M{n}", tier=tier, phones=[normalise_phone(f"1391234567{n}")],
        stays=[stay],
    )  # fmt: skip
    return create_guest(db, actor, draft).id


def _task_ids(view: CareView) -> list[str]:
    return [view.model.item(r).id for r in range(view.model.rowCount())]


def test_the_care_list_follows_another_counter_keeping_the_selection_and_typed_script(
    qtbot, two_counters: tuple[Database, Database], people: tuple[Staff, Staff], english: None
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_counters
    li_wei, anna = people
    _guest(a, anna, "陈建国", Tier.VVVIP, 76, 1)
    _guest(a, anna, "王芳", Tier.VVIP, 67, 2)
    window = _counter_window(qtbot, b, li_wei)  # a duty manager: may edit the scripts
    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    window.show_care()
    view = next(v for v in opened if isinstance(v, CareView))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    before = _task_ids(view)
    view.table.setFocus()
    view.table.selectRow(1)
    chosen = view.current_item()
    assert chosen is not None
    view.hint.setFocus()
    view.hint.selectAll()
    qtbot.keyClicks(view.hint, "Good evening, Mr Chen")  # typed, not saved yet

    # Counter A creates a guest whose task is due today: counter B's list shows it.
    _guest(a, anna, "Anna Smith", Tier.VIP, 425, 3)
    qtbot.waitUntil(lambda: len(_task_ids(view)) > len(before), timeout=WITHIN_MS)
    assert any("Anna Smith" in view.model.item(r).name for r in range(view.model.rowCount()))
    assert view.current_item() is not None and view.current_item().id == chosen.id
    assert view.hint.toPlainText() == "Good evening, Mr Chen"

    # Counter A logs a contact for B's selected task: it leaves B's list, the next is chosen.
    log_contact(
        a, anna, str(chosen.task.guest_id), Channel.PHONE, Outcome.REACHED, task=chosen.id,
        today=TODAY,
    )  # fmt: skip
    qtbot.waitUntil(lambda: chosen.id not in _task_ids(view), timeout=WITHIN_MS)
    assert view.current_item() is not None
    assert view.table.selectionModel().isRowSelected(view.table.currentIndex().row())
    assert view.windowFlags() & Qt.WindowType.Dialog
