"""Regenerate db/migrations/versions/0001_baseline.py from the models.

Only while no release has shipped: after the first release, schema changes
are new Alembic revisions (see DESIGN.md rule 8), never edits of the baseline.
Run: .venv/bin/python scripts/regen_baseline.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command

from db.engine import Database
from db.schema import MIGRATIONS_DIR, alembic_config

target = MIGRATIONS_DIR / "versions" / "0001_baseline.py"
target.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    database = Database(f"sqlite:///{tmp}/empty.sqlite3")
    config = alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.revision(config, message="baseline", autogenerate=True, rev_id="0001_baseline")
    database.dispose()
generated = MIGRATIONS_DIR / "versions" / "0001_baseline_baseline.py"
generated.rename(target)
print(f"wrote {target}")
