"""The role × operation table, walked whole: every operation, as every role, through the
real service (allowed, or PermissionDenied), and the table itself as the issue states it."""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintSeverity, Status
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import PERMISSIONS, Operation, Role, Staff, may
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database, is_server
from vipdesk.services.errors import PermissionDenied, ServiceError
from vipdesk.services.staff import authorize

RECEPTION = {
    Operation.SEARCH,
    Operation.VIEW_GUEST,
    Operation.EDIT_GUEST,
    Operation.VIEW_COMPLAINTS,
    Operation.LOG_COMPLAINT,
    Operation.PRINT_CARDS,
    Operation.LOG_CARE_CONTACT,
    Operation.DAILY_BACKUP,
    Operation.CHECK,  # read-only health check: no guest data, useful on the night shift
}
MANAGEMENT = RECEPTION | {
    Operation.CHANGE_TIER,
    Operation.DUPLICATES,
    Operation.CLOSE_COMPLAINT,
    Operation.REPORTS,
    Operation.CHANGE_HOTEL,
    Operation.CHANGE_LISTS,
    Operation.CHANGE_SERVICE_STANDARDS,
    Operation.IMPORT,
    Operation.ARRIVALS_BRIEF,
    Operation.BATCH_PRINT,
    Operation.CALL_SHEETS,
    Operation.CARE_PLAN,
    Operation.CAUTION,
    Operation.CONFIDENTIAL,
    Operation.GUEST_DATA_RIGHTS,
}
EXPECTED = {
    Role.RECEPTIONIST: RECEPTION,
    Role.DUTY_MANAGER: MANAGEMENT,
    Role.ADMIN: set(Operation),
}

Call = Callable[[Database, Staff, Path, int], object]


def _guest_csv(folder: Path) -> Path:
    path = folder / "guests.csv"
    path.write_text("name\n王伟\n", encoding="utf-8")
    return path


def _complaint(db: Database, staff: Staff, guest_id: int) -> object:
    from vipdesk.domain.complaints import ComplaintDraft
    from vipdesk.services.complaints import log_complaint

    draft = ComplaintDraft(
        guest_id=guest_id,
        occurred_at=datetime(2026, 11, 1, 10),
        department="fo",
        category="noise",
        severity=ComplaintSeverity.LOW,
        description="loud",
    )
    return log_complaint(db, staff, draft, now=datetime(2026, 11, 1, 11))


def _close(db: Database, staff: Staff, _tmp: Path, guest_id: int) -> object:
    from vipdesk.services.complaints import change_status

    return change_status(db, staff, 999_999, Status.CLOSED)


def _services() -> dict[Operation, Call]:
    from vipdesk.domain.care import Channel, Outcome
    from vipdesk.services import (
        auto_backup,
        cards,
        care,
        care_contacts,
        care_outputs,
        caution,
        complaint_codes,
        complaints,
        duplicates,
        guest_copy,
        guest_export,
        guest_import,
        guests,
        hotel,
        maintenance,
        move_to_server,
        profile,
        search,
        security,
        server_admin,
    )
    from vipdesk.services.demo import fill_demo_complaints

    return {
        Operation.SEARCH: lambda db, s, t, g: search.search(db, s, "wang"),
        Operation.VIEW_GUEST: lambda db, s, t, g: profile.guest_profile(db, s, g),
        Operation.EDIT_GUEST: lambda db, s, t, g: guests.create_guest(
            db, s, GuestDraft(name="李雷")
        ),
        Operation.VIEW_COMPLAINTS: lambda db, s, t, g: complaints.list_complaints(db, s),
        Operation.LOG_COMPLAINT: lambda db, s, t, g: _complaint(db, s, g),
        Operation.PRINT_CARDS: lambda db, s, t, g: cards.card_data(db, s, [str(g)]),
        Operation.DAILY_BACKUP: lambda db, s, t, g: auto_backup.daily_backup(db, s),
        Operation.CHANGE_TIER: lambda db, s, t, g: guests.create_guest(
            db, s, GuestDraft(name="韩梅梅", tier=Tier.VIP)
        ),
        Operation.DUPLICATES: lambda db, s, t, g: duplicates.all_duplicate_pairs(db, s),
        Operation.CLOSE_COMPLAINT: _close,
        Operation.REPORTS: lambda db, s, t, g: complaints.report(db, s, "2026-11"),
        Operation.CHANGE_HOTEL: lambda db, s, t, g: hotel.set_hotel(db, s, hotel.Hotel("Grand")),
        Operation.CHANGE_LISTS: lambda db, s, t, g: complaint_codes.set_departments(
            db, s, {"fo": "Front office"}
        ),
        Operation.CHANGE_SERVICE_STANDARDS: lambda db, s, t, g: profile.set_service_standards(
            db, s, profile.service_standards(db, s)
        ),
        Operation.IMPORT: lambda db, s, t, g: guest_import.import_guests(db, s, _guest_csv(t)),
        Operation.BACKUP: lambda db, s, t, g: maintenance.backup(db, s, t / "copy.db"),
        Operation.MIGRATE_TO: lambda db, s, t, g: move_to_server.migrate_to(
            db, s, "postgresql+psycopg://nobody:pw@127.0.0.1:1/none"
        ),
        Operation.CHECK: lambda db, s, t, g: (
            server_admin.check_server(db, s) if is_server(db) else maintenance.check(db, s)
        ),
        Operation.EXPORT: lambda db, s, t, g: guest_export.export_guests(db, s, t / "all.csv"),
        Operation.DEMO: lambda db, s, t, g: fill_demo_complaints(db, s, 0),
        Operation.CHANGE_SECURITY: lambda db, s, t, g: security.set_idle_lock_minutes(db, s, 7),
        Operation.CARE_PLAN: lambda db, s, t, g: care.set_settings(db, s, care.get_settings(db, s)),
        Operation.CALL_SHEETS: lambda db, s, t, g: care_outputs.call_sheet(
            db, s, date(2027, 2, 15)
        ),
        Operation.CAUTION: lambda db, s, t, g: caution.set_caution(db, s, g, "other", "why"),
        Operation.GUEST_DATA_RIGHTS: lambda db, s, t, g: guest_copy.guest_copy(db, s, g),
        Operation.LOG_CARE_CONTACT: lambda db, s, t, g: care_contacts.log_contact(
            db, s, str(g), Channel.PHONE, Outcome.REACHED
        ),
    }


@pytest.mark.parametrize("role", list(Role))
def test_the_table_is_the_issues_table(role: Role) -> None:
    assert {op for op in Operation if may(role, op)} == EXPECTED[role]
    assert set(PERMISSIONS) == set(Operation)  # nothing left out, so nothing allowed by accident
    assert not may(None, Operation.SEARCH) and not may(role, "no_such_operation")


@pytest.mark.parametrize("operation", list(Operation))
def test_every_operation_as_every_role(
    db: Database, actor: Staff, tmp_path: Path, operation: Operation
) -> None:
    from vipdesk.services.guests import create_guest

    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    calls = _services()
    for role in Role:
        staff = make_staff(db, f"as-{role.value}", role)
        call = calls.get(operation, lambda db, s, t, g: authorize(db, s, operation))
        if operation in EXPECTED[role]:
            try:
                call(db, staff, tmp_path, guest_id)
            except PermissionDenied as exc:  # pragma: no cover - the failure message
                pytest.fail(f"{role.value} was refused {operation.value}: {exc}")
            except ServiceError:
                pass  # allowed, then refused for another reason (e.g. no such complaint)
        else:
            with pytest.raises(PermissionDenied) as refused:
                call(db, staff, tmp_path, guest_id)
            assert refused.value.params["action"] == operation.value


def test_a_disabled_account_may_do_nothing(db: Database, actor: Staff) -> None:
    from vipdesk.services.search import search
    from vipdesk.services.staff import disable_staff

    clerk = make_staff(db, "desk")
    disable_staff(db, actor, "desk")
    with pytest.raises(PermissionDenied):
        search(db, clerk, "wang")
