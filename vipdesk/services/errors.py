"""Errors a user can cause, each with a message that says what to do.

Every error carries a stable `code` (and `params`): the UI translates by code, the CLI prints
the English message. Never match on the message text.
"""

from __future__ import annotations

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


class FileProblem(ServiceError):
    """A file the user named cannot be read or written."""

    code = "file_problem"
