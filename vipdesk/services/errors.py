"""Errors a user can cause, each with a message that says what to do."""

from __future__ import annotations

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


class DatabaseBusy(DatabaseUnavailable):
    """Another process kept the write lock longer than the busy timeout (says who may)."""


class FileProblem(ServiceError):
    """A file the user named cannot be read or written."""
