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


def message_of(error: BaseException) -> str:
    """What ``error`` says, as a Message when it was raised with one (so it stays translatable).

    Use it to put one problem inside another sentence: ``msg("…: {problem}",
    problem=message_of(error))``; ``str(error)`` would keep only the English.
    """
    from db.messages import Message

    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)


class DatabaseBeingChecked(DatabaseProblem):
    """The start-up check of the file is still running: writes wait for it."""


class DatabaseFailedCheck(DatabaseProblem):
    """The start-up check found the file damaged: nothing may be written to it."""


class DatabaseDamaged(DatabaseFailedCheck):
    """Found unusable before anything was written (empty, a damaged schema): ``problems``
    lists what was found, for the offer to restore a backup."""

    def __init__(self, message: str, *, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems
