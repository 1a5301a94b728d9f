"""Errors services raise; every message is written for the person at the desk."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class. ``str(exc)`` is a full sentence for the user."""


class ValidationError(ServiceError):
    """Bad input: one message per field, nothing saved."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__(" ".join(self.field_errors.values()))


class NotFound(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone else saved a newer version first; nothing was overwritten."""


class PermissionDenied(ServiceError):
    pass


# Database faults (locked, full disk, read-only, damaged file) carry their own
# user-facing message; re-exported so the GUI needs nothing from ``db``.
from db.errors import DatabaseDamaged, DatabaseProblem  # noqa: E402

__all__ = [
    "DatabaseDamaged",
    "DatabaseProblem",
    "NotFound",
    "PermissionDenied",
    "ServiceError",
    "StaleRecord",
    "ValidationError",
]
