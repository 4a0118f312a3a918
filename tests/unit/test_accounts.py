"""Staff accounts: Argon2id passwords, lock-out, PINs, recovery, admins only."""

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from tests.accounts import TEST_PASSWORD, make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import (
    Conflict,
    FirstRunOnly,
    NotFound,
    PasswordRequired,
    PermissionDenied,
    SignInFailed,
    ValidationFailed,
)
from vipdesk.services.passwords import MEMORY_KIB, PARALLELISM, TIME_COST
from vipdesk.services.sign_in import (
    LOCK_AFTER,
    has_pin,
    recover_admin,
    sign_in,
    unlock_with_password,
    unlock_with_pin,
)
from vipdesk.services.staff import (
    add_staff,
    change_password,
    create_first_admin,
    current_staff,
    disable_staff,
    has_accounts,
    list_accounts,
    reset_password,
    set_pin,
    set_role,
    unlock_staff,
)
from vipdesk.store.models import StaffRow, utcnow


def _stored_hash(db: Database, username: str) -> str | None:
    with db.read() as session:
        row = session.query(StaffRow).filter_by(username=username).one()
        return row.password_hash


def test_the_first_admin_gets_a_recovery_code_and_then_only_admins_add_accounts(
    db: Database,
) -> None:
    assert not has_accounts(db)
    first = create_first_admin(db, "Boss", "correct horse")
    assert first.staff.username == "boss" and first.staff.role == Role.ADMIN
    assert len(first.recovery_code) == 23 and first.recovery_code.count("-") == 3
    assert has_accounts(db)
    with pytest.raises(FirstRunOnly):  # only once
        create_first_admin(db, "other", "correct horse")
    clerk = add_staff(db, first.staff, "DESK1", Role.RECEPTIONIST, "desk one pass")
    assert clerk.username == "desk1"
    with pytest.raises(PermissionDenied):
        add_staff(db, clerk, "desk2", Role.ADMIN, "desk two pass")
    with pytest.raises(Conflict):  # DESK1 and desk1 are one person
        add_staff(db, first.staff, "Desk1", Role.RECEPTIONIST, "desk one pass")


def test_passwords_are_argon2id_at_owasp_parameters_or_above(db: Database) -> None:
    create_first_admin(db, "boss", "correct horse")
    stored = _stored_hash(db, "boss")
    assert stored is not None and stored.startswith("$argon2id$")
    assert not PasswordHasher(TIME_COST, MEMORY_KIB, PARALLELISM).check_needs_rehash(stored)
    assert f"m={MEMORY_KIB},t={TIME_COST},p={PARALLELISM}" in stored
    assert MEMORY_KIB >= 19 * 1024 and TIME_COST >= 2 and PARALLELISM >= 1
    assert "correct horse" not in stored


@pytest.mark.parametrize(
    ("password", "code"),
    [("short7!", "password_too_short"), ("LongUserName", "password_is_username")],
)
def test_a_weak_password_is_refused_with_a_code(db: Database, password: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        create_first_admin(db, "longusername", password)
    assert [e.code for e in refused.value.errors] == [code]


def test_sign_in_is_case_insensitive_and_never_says_which_part_was_wrong(db: Database) -> None:
    create_first_admin(db, "boss", "correct horse")
    assert sign_in(db, "BOSS", "correct horse").username == "boss"
    with pytest.raises(SignInFailed) as wrong_password:
        sign_in(db, "boss", "wrong horse")
    with pytest.raises(SignInFailed) as wrong_user:
        sign_in(db, "nobody", "correct horse")
    assert str(wrong_password.value) == str(wrong_user.value) == "sign-in failed"


def test_ten_failures_lock_for_thirty_minutes_even_with_the_right_password(
    db: Database, actor: Staff
) -> None:
    clerk = make_staff(db, "desk", Role.RECEPTIONIST)
    for _ in range(LOCK_AFTER):
        with pytest.raises(SignInFailed):
            sign_in(db, "desk", "wrong password")
    with pytest.raises(SignInFailed):
        sign_in(db, "desk", TEST_PASSWORD)  # locked
    assert [a.locked for a in list_accounts(db, actor) if a.username == "desk"] == [True]
    later = utcnow() + timedelta(minutes=31)
    assert sign_in(db, "desk", TEST_PASSWORD, now=later).id == clerk.id
    # Locked again; an admin unlocks before the half hour is over.
    for _ in range(LOCK_AFTER):
        with pytest.raises(SignInFailed):
            sign_in(db, "desk", "wrong password")
    with pytest.raises(PermissionDenied):
        unlock_staff(db, clerk, "desk")
    unlock_staff(db, actor, "desk")
    assert sign_in(db, "desk", TEST_PASSWORD).id == clerk.id


def test_nine_failures_then_a_success_start_the_count_again(db: Database) -> None:
    make_staff(db, "desk")
    for _round in range(2):
        for _ in range(LOCK_AFTER - 1):
            with pytest.raises(SignInFailed):
                sign_in(db, "desk", "wrong password")
        sign_in(db, "desk", TEST_PASSWORD)


def test_change_own_password_and_admin_reset_forces_a_change(db: Database, actor: Staff) -> None:
    clerk = make_staff(db, "desk")
    with pytest.raises(SignInFailed):  # the old password is asked again
        change_password(db, clerk, "not it", "a new password")
    change_password(db, clerk, TEST_PASSWORD, "a new password")
    assert sign_in(db, "desk", "a new password").id == clerk.id
    with pytest.raises(PermissionDenied):
        reset_password(db, clerk, "anna", "taken over!")
    reset_password(db, actor, "desk", "temporary 1")
    signed = sign_in(db, "desk", "temporary 1")
    assert signed.must_change_password
    change_password(db, signed, "temporary 1", "my own again")
    assert not sign_in(db, "desk", "my own again").must_change_password


def test_records_from_before_accounts_cannot_sign_in_until_an_admin_sets_a_password(
    db: Database, actor: Staff
) -> None:
    make_staff(db, "oldtimer", password=None)
    with pytest.raises(SignInFailed):
        sign_in(db, "oldtimer", "")
    reset_password(db, actor, "OldTimer", "given by boss")
    assert sign_in(db, "oldtimer", "given by boss").must_change_password


def test_disabled_accounts_are_kept_but_cannot_sign_in(db: Database, actor: Staff) -> None:
    make_staff(db, "desk")
    disable_staff(db, actor, "desk")
    with pytest.raises(SignInFailed):
        sign_in(db, "desk", TEST_PASSWORD)
    assert current_staff(db, "desk").username == "desk"  # history still names them
    assert [a.active for a in list_accounts(db, actor) if a.username == "desk"] == [False]
    with pytest.raises(Conflict):  # the last admin cannot go
        disable_staff(db, actor, "anna")
    with pytest.raises(NotFound):
        disable_staff(db, actor, "nobody")


def test_roles_are_given_by_admins_to_existing_accounts_only(db: Database, actor: Staff) -> None:
    clerk = make_staff(db, "desk")
    assert set_role(db, actor, "DESK", Role.DUTY_MANAGER).role == Role.DUTY_MANAGER
    with pytest.raises(PermissionDenied):
        set_role(db, clerk, "desk", Role.ADMIN)  # a duty manager does not make admins
    with pytest.raises(NotFound):  # no account is created by giving a role
        set_role(db, actor, "newcomer", Role.RECEPTIONIST)
    with pytest.raises(Conflict):
        set_role(db, actor, "anna", Role.RECEPTIONIST)  # the last admin


def test_a_pin_unlocks_the_own_screen_until_five_wrong_tries(db: Database) -> None:
    clerk = make_staff(db, "desk")
    with pytest.raises(PasswordRequired):  # no PIN set
        unlock_with_pin(db, clerk, "1234")
    with pytest.raises(ValidationFailed):
        set_pin(db, clerk, "12a4")
    set_pin(db, clerk, "2468")
    assert unlock_with_pin(db, clerk, "2468").id == clerk.id
    for _ in range(4):
        with pytest.raises(SignInFailed):
            unlock_with_pin(db, clerk, "0000")
    with pytest.raises(PasswordRequired):
        unlock_with_pin(db, clerk, "0000")  # the fifth wrong one
    assert not has_pin(db, clerk)
    with pytest.raises(PasswordRequired):
        unlock_with_pin(db, clerk, "2468")  # even the right PIN now
    unlock_with_password(db, clerk, TEST_PASSWORD)
    assert unlock_with_pin(db, clerk, "2468").id == clerk.id


def test_the_recovery_code_resets_the_first_admins_password_once(db: Database) -> None:
    first = create_first_admin(db, "boss", "forgotten one")
    with pytest.raises(SignInFailed):
        recover_admin(db, "boss", "AAAAA-BBBBB-CCCCC-DDDDD", "a fresh start")
    fresh = recover_admin(
        db, "boss", first.recovery_code.lower().replace("-", " "), "a fresh start"
    )
    assert sign_in(db, "boss", "a fresh start").role == Role.ADMIN
    with pytest.raises(SignInFailed):  # used up
        recover_admin(db, "boss", first.recovery_code, "again and again")
    recover_admin(db, "boss", fresh, "third password")
    assert sign_in(db, "boss", "third password").username == "boss"
