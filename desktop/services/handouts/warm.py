"""Ready the handout sheets for the first print: their services, their reads, the printing.

See desktop.printing.warm: the app runs ``warm_handouts(ctx)`` on a worker once
its window is on screen. Importing the sheets' services and compiling their
reads are the parts of a first print that printing cannot warm itself (it never
imports services); they cost about 100 ms of a cold first print.
"""

from __future__ import annotations

from desktop.services.common.context import ServiceContext


def warm_handouts(ctx: ServiceContext | None = None) -> None:
    """Import the sheets' services, run their reads once (with ``ctx``), warm_printing().

    Only reads: safe while the start-up check holds writes back.
    """
    from desktop.printing.warm import warm_printing
    from desktop.services.common.errors import NotFound
    from desktop.services.handouts.session_data import handout_session_in
    from desktop.services.handouts.template_store import load_text, load_tiers
    from desktop.services.handouts.templates import LANGUAGES
    from desktop.services.settings import store as settings

    if ctx is not None:
        with ctx.database.read() as session:
            try:
                handout_session_in(session, 0)  # no such session: compiles the read
            except NotFound:
                pass
            load_tiers(session)
            settings.clinic_identity_in(session)
            for language in LANGUAGES:
                load_text(session, "aftercare", language)
    warm_printing(LANGUAGES)
