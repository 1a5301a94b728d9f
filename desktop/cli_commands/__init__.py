"""Sub-commands of `peeldesk`; each module registers its own with desktop.cli.command."""

from desktop.cli_commands import (
    audit,  # noqa: F401
    backup,  # noqa: F401
    demo,  # noqa: F401
    patient_data,  # noqa: F401
    print_cmd,  # noqa: F401
    quote,  # noqa: F401
    sealing,  # noqa: F401
)
