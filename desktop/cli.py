"""Command line: `peeldesk` starts the app; sub-commands do desk work without the GUI."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from db.errors import DatabaseProblem
from db.paths import DATABASE_ENV, resolve_database_url
from desktop import __version__
from desktop.logs import log_unexpected, setup_logging

log = logging.getLogger("peeldesk")

Handler = Callable[[argparse.Namespace], int]
# Sub-command modules register here: name -> (configure parser, handler).
_COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Handler]] = {}


def command(
    name: str, help_text: str
) -> Callable[[Callable[[argparse.ArgumentParser], None]], Callable[[Handler], Handler]]:
    def decorator(
        configure: Callable[[argparse.ArgumentParser], None],
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            _COMMANDS[name] = (configure, handler)
            _HELP[name] = help_text
            return handler

        return register

    return decorator


_HELP: dict[str, str] = {}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peeldesk", description="PeelDesk: front desk for micro laser peeling clinics."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=f"database file or URL (default: ${DATABASE_ENV}, else the user data folder)",
    )
    parser.add_argument("--smoke", action="store_true", help="open the main window, then quit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (configure, _handler) in sorted(_COMMANDS.items()):
        configure(sub.add_parser(name, help=_HELP[name], description=_HELP[name]))
    return parser


def _load_commands() -> None:
    # Importing the modules registers their commands.
    import desktop.cli_commands  # noqa: F401


def _starts_the_window(arguments: Sequence[str]) -> bool:
    """True when the arguments only start the window (no sub-command, no --help)."""
    rest = list(arguments)
    while rest:
        first = rest.pop(0)
        if first == "--smoke" or first.startswith("--database="):
            continue
        if first == "--database" and rest:
            rest.pop(0)
            continue
        return False
    return True


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peeldesk")
    parser.add_argument("--database", metavar="URL")
    parser.add_argument("--smoke", action="store_true")
    return parser


def _unlock_database(url: str) -> None:
    """A sealed database file's key, before any command opens it (desktop/cli_commands/sealing)."""
    from desktop.cli_commands.sealing import unlock_for_command
    from desktop.services.bootstrap import sqlite_file

    path = sqlite_file(url)
    if path is not None:
        unlock_for_command(path)


def main(argv: Sequence[str] | None = None) -> int:
    # Every file PeelDesk writes (database, backups, PDFs) is for this user only.
    os.umask(0o077)
    setup_logging()
    arguments = sys.argv[1:] if argv is None else list(argv)
    if _starts_the_window(arguments):
        # The window (the usual case) needs none of the sub-commands' modules.
        args = _window_parser().parse_args(arguments)
        args.command = None
    else:
        _load_commands()
        args = build_parser().parse_args(arguments)
    # The command's name only: its arguments may be a patient's name or a file path.
    log.info("PeelDesk %s: %s", __version__, args.command or ("smoke" if args.smoke else "window"))
    try:
        # Inside the try: a damaged workstation.json is reported like any database problem.
        url = resolve_database_url(args.database)
        args.database_url = url
        if args.command is None:
            # The first window shows before SQLAlchemy and the services are imported: they
            # load on a worker while it is on screen (desktop/app.py).
            from desktop.app import run_gui
            from desktop.ui.errors import stopped_by_unexpected_error

            status = run_gui(url, smoke=args.smoke)
            return 1 if stopped_by_unexpected_error() else status
        _configure, handler = _COMMANDS[args.command]
        _unlock_database(url)
        try:
            return handler(args)
        except (DatabaseProblem, KeyboardInterrupt):
            raise
        except Exception as error:
            # Into the log with every frame; Python still prints its traceback as before.
            log_unexpected((type(error), error, error.__traceback__), f"`{args.command}`")
            raise
    except DatabaseProblem as problem:
        print(f"peeldesk: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("peeldesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
