"""Database problems, each with a message a receptionist can act on."""

from __future__ import annotations


class DatabaseProblem(Exception):
    """Base class: ``str(exc)`` is a complete sentence for the user."""


class NotADatabase(DatabaseProblem):
    pass


class DatabaseNewerThanApp(DatabaseProblem):
    pass


class DatabaseLocked(DatabaseProblem):
    pass


class DatabaseUnreachable(DatabaseProblem):
    pass


class DatabaseReadOnly(DatabaseProblem):
    pass


class DatabaseFull(DatabaseProblem):
    pass


class DatabaseOnNetworkShare(DatabaseProblem):
    pass


class DatabaseInUse(DatabaseProblem):
    """Another PeelDesk (or another program) has the database open."""


class BackupFailed(DatabaseProblem):
    """A backup could not be written; the database itself is untouched."""


class BackupInvalid(DatabaseProblem):
    """A backup file failed its checksum or integrity check; nothing was restored."""


class SchemaMismatch(DatabaseProblem):
    """The file says it is this version, but a table or column is missing."""
