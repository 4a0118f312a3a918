"""Errors a user can cause, each with a message that says what to do.

Every error carries a stable `code` (and `params`): the UI translates by code, the CLI prints
the English message. Never match on the message text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from vipdesk.domain.guest import FieldError


class ServiceError(Exception):
    """Base for errors a person can understand and act on."""

    code: ClassVar[str] = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code  # type: ignore[misc]
        self.params: dict[str, object] = params


class NotFound(ServiceError):
    code = "not_found"


class ValidationFailed(ServiceError):
    code = "invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


class Conflict(ServiceError):
    """The change clashes with data already stored (e.g. a member number in use)."""

    code = "conflict"


class PermissionDenied(ServiceError):
    """The acting staff member's role does not allow this; `params["action"]` says what."""

    code = "permission_denied"


class DatabaseUnavailable(ServiceError):
    """The database file cannot be opened or is locked by someone else."""

    code = "database_unavailable"


class DatabaseBusy(DatabaseUnavailable):
    """Another process kept the write lock longer than the busy timeout (says who may)."""

    code = "database_busy"


class ServerUnreachable(DatabaseUnavailable):
    """The PostgreSQL server went away (down, restarted, the network): nothing was done,
    and the counter never works on a local copy instead."""

    code = "server_unreachable"


class KeyMissing(DatabaseUnavailable):
    """The database is encrypted and its key is not on this computer (or not this one)."""

    code = "key_missing"


class FileProblem(ServiceError):
    """A file the user named cannot be read or written."""

    code = "file_problem"


class ChangedMeanwhile(Conflict):
    """Someone saved the record after this form read it: saving would undo their change.

    Carries who changed it, when (the hotel's local time) and which fields, so the UI can
    offer to reload while keeping what was typed; `at_counter`: on PostgreSQL, where the
    other person sits at another counter.
    """

    code = "changed_meanwhile"

    def __init__(
        self,
        what: str,
        changed_by: str,
        changed_at: datetime | None,
        changed: Sequence[str],
        version: int,
        *,
        at_counter: bool = False,
    ) -> None:
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changed = tuple(changed)
        self.version = version
        # On a shared server the other person works at another counter, not in a window.
        self.at_counter = at_counter
        who = changed_by or "someone"
        when = f" at {_when(changed_at)}" if changed_at else ""
        fields = f" ({', '.join(self.changed)})" if self.changed else ""
        where = "at another counter" if at_counter else "in another window"
        super().__init__(
            f"changed {where} by {who}{when}{fields}; reload {what} and make your change again"
        )


def _when(at: datetime) -> str:
    return at.strftime("%H:%M" if at.date() == datetime.now().date() else "%Y-%m-%d %H:%M")


class SignInFailed(ServiceError):
    """Wrong user name, wrong password, a disabled or locked account: never said which."""

    code = "sign_in_failed"

    def __init__(self, message: str = "sign-in failed") -> None:
        super().__init__(message)


class PasswordRequired(SignInFailed):
    """Too many wrong PINs: only the full password unlocks now."""

    code = "password_required"

    def __init__(self) -> None:
        super().__init__("too many wrong PINs: sign in with your password")


class FirstRunOnly(ServiceError):
    """The database has no account with a password yet: only setting up the first admin
    (or a demo, or a restore) is possible."""

    code = "first_run"


class AuditChainBroken(ServiceError):
    """`audit verify` found an entry changed, deleted or inserted, or the tail cut off."""

    code = "audit_chain_broken"
