"""Errors a user can cause, each with a message that says what to do."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from vipdesk.domain.guest import FieldError


class ServiceError(Exception):
    """Base for errors a person can understand and act on."""


class NotFound(ServiceError):
    pass


class ValidationFailed(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


class Conflict(ServiceError):
    """The change clashes with data already stored (e.g. a member number in use)."""


class DatabaseUnavailable(ServiceError):
    """The database file cannot be opened or is locked by someone else."""


class FileProblem(ServiceError):
    """A file the user named cannot be read or written."""


class ChangedMeanwhile(Conflict):
    """Someone saved the record after this form read it: saving would undo their change.

    Carries who changed it, when (the hotel's local time) and which fields, so the UI can
    offer to reload while keeping what was typed.
    """

    def __init__(
        self,
        what: str,
        changed_by: str,
        changed_at: datetime | None,
        changed: Sequence[str],
        version: int,
    ) -> None:
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changed = tuple(changed)
        self.version = version
        who = changed_by or "someone"
        when = f" at {_when(changed_at)}" if changed_at else ""
        fields = f" ({', '.join(self.changed)})" if self.changed else ""
        super().__init__(
            f"changed in another window by {who}{when}{fields}; "
            f"reload {what} and make your change again"
        )


def _when(at: datetime) -> str:
    return at.strftime("%H:%M" if at.date() == datetime.now().date() else "%Y-%m-%d %H:%M")
