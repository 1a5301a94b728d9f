"""Sub-commands of `peeldesk`; each module registers its own with desktop.cli.command."""

from desktop.cli_commands import audit, demo  # noqa: F401
