"""`peeldesk encrypt`, `peeldesk passphrase`, `peeldesk rekey`, and the clinic passphrase for
every command on a sealed database: from $PEELDESK_PASSPHRASE, else asked on the terminal."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from db.errors import DatabaseProblem
from db.messages import msg
from desktop.cli import command
from desktop.services.common.errors import ServiceError

PASSPHRASE_ENV = "PEELDESK_PASSPHRASE"


class PassphraseNeeded(DatabaseProblem):
    """A sealed database, no passphrase in the environment and no terminal to ask on."""


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseNeeded(
            msg(
                "The database is encrypted: set {variable} to the clinic passphrase (or the "
                "recovery key), or run the command in a terminal to type it.",
                variable=PASSPHRASE_ENV,
            )
        )
    return getpass.getpass(prompt)


def unlock_for_command(path: Path) -> None:
    """Give the key of the sealed database (or backup) ``path``; nothing for a plaintext one.
    A wrong passphrase stops the command with the clear message (db.sealing.WrongKey)."""
    from db import sealing

    if sealing.is_unlocked(path):
        return
    secret = os.environ.get(PASSPHRASE_ENV) or _ask("Clinic passphrase or recovery key: ")
    sealing.unlock(path, secret)


def _new_passphrase() -> tuple[str, str]:
    given = os.environ.get("PEELDESK_NEW_PASSPHRASE")
    if given:
        return given, given
    return _ask("New clinic passphrase: "), _ask("The same again: ")


def _print_recovery_key(recovery_key: str) -> None:
    print()
    print("RECOVERY KEY (print or write it down now; it is shown only this once):")
    print(f"    {recovery_key}")
    print("Keep it in the clinic's safe. With neither the passphrase nor this key,")
    print("the database and its backups cannot be opened by anyone, PeelDesk included.")


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.services.bootstrap import make_context, open_database

    database = open_database(args.database_url, must_exist=True)
    return database, make_context(database)


def _refused(error: Exception) -> int:
    print(f"peeldesk: {error} Nothing was changed.", file=sys.stderr)
    return 2


def _configure_nothing(_parser: argparse.ArgumentParser) -> None:
    pass


@command(
    "encrypt", "encrypt a plaintext database for good (verified; the plaintext is then removed)"
)(_configure_nothing)
def run_encrypt(args: argparse.Namespace) -> int:
    from desktop.services.backups import sealing as service

    passphrase, again = _new_passphrase()
    database, ctx = _open(args)
    try:
        sealed = service.seal(ctx, passphrase, again)
    except ServiceError as error:
        return _refused(error)
    finally:
        database.dispose()
    print("The database is encrypted; its plaintext original was removed after the check.")
    _print_recovery_key(sealed.recovery_key)
    if sealed.plaintext_backups:
        print()
        print(f"{len(sealed.plaintext_backups)} backup(s) made before are still NOT encrypted:")
        for path in sealed.plaintext_backups:
            print(f"    {path}")
        print("Make a new backup, then delete these (or keep them somewhere locked).")
    return 0


@command("passphrase", "change the clinic passphrase of an encrypted database")(_configure_nothing)
def run_passphrase(args: argparse.Namespace) -> int:
    from desktop.services.backups import sealing as service

    current = os.environ.get(PASSPHRASE_ENV) or _ask("Current passphrase or recovery key: ")
    new, again = _new_passphrase()
    database, ctx = _open(args)
    try:
        service.change_passphrase(ctx, current, new, again)
    except ServiceError as error:
        return _refused(error)
    finally:
        database.dispose()
    print("The clinic passphrase was changed. The recovery key stays the same.")
    return 0


@command("rekey", "re-encrypt the database with a new key and recovery key (key leaked)")(
    _configure_nothing
)
def run_rekey(args: argparse.Namespace) -> int:
    from desktop.services.backups import sealing as service

    current = os.environ.get(PASSPHRASE_ENV) or _ask("Current passphrase or recovery key: ")
    new, again = _new_passphrase()
    database, ctx = _open(args)
    try:
        recovery_key = service.rekey(ctx, current, new, again)
    except ServiceError as error:
        return _refused(error)
    finally:
        database.dispose()
    print("The database was re-encrypted with a new key. The old recovery key no longer")
    print("opens it (backups made before still open with the old passphrase or key).")
    _print_recovery_key(recovery_key)
    return 0
