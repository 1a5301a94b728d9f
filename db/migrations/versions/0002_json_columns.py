"""JSON columns for JSON data; area names as one per-language map

Revision ID: 0002_json_columns
Revises: 0001_baseline
Create Date: 2026-12-03 20:00:00

Code lists, price-rule area codes and setting values were JSON written by hand into
Text columns; they become JSON columns (JSONB on PostgreSQL: validated on the way in,
comparable and indexable; our values never depend on key order). On SQLite the stored
text is already JSON and is copied as it is. ``treatment_area.name_en``/``name_tr``
become ``names`` = {"en": ..., "tr": ...}, so a third language needs no migration.
``audit_event.details`` stays Text on purpose: its characters are signed.

There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py), and
going back means restoring that backup.
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB


revision = "0002_json_columns"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

# The type as this revision writes it; not imported from db.types, which may change later.
JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")

# (table, column, what an empty or missing value meant to the code that read it)
_JSON_TEXT_COLUMNS = (
    ("treatment_session", "indications", "[]"),
    ("treatment_session", "combined_procedures", "[]"),
    ("treatment_session", "aftercare_products", "[]"),
    ("follow_up", "adverse_events", "[]"),
    ("price_rule", "area_codes", "[]"),
    ("setting", "value", "null"),
)


def upgrade() -> None:
    for table, column, empty in _JSON_TEXT_COLUMNS:
        # The readers treated '' as "nothing" ("raw or '[]'"); '' is not JSON, so say it.
        op.execute(
            sa.text(f"UPDATE {table} SET {column} = :empty WHERE {column} = '' OR {column} IS NULL")
            .bindparams(empty=empty)
        )
    for table, column, _ in _JSON_TEXT_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                column,
                existing_type=sa.Text(),
                type_=JSON_DOCUMENT,
                existing_nullable=False,
                postgresql_using=f"{column}::jsonb",
            )

    op.add_column("treatment_area", sa.Column("names", JSON_DOCUMENT, nullable=True))
    areas = sa.table(
        "treatment_area",
        sa.column("id", sa.Integer()),
        sa.column("name_en", sa.String()),
        sa.column("name_tr", sa.String()),
        sa.column("names", JSON_DOCUMENT),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(areas.c.id, areas.c.name_en, areas.c.name_tr)).all()
    for area_id, name_en, name_tr in rows:
        connection.execute(
            areas.update()
            .where(areas.c.id == area_id)
            .values(names={"en": name_en or "", "tr": name_tr or ""})
        )
    with op.batch_alter_table("treatment_area") as batch:
        batch.alter_column("names", existing_type=JSON_DOCUMENT, nullable=False)
        batch.drop_column("name_en")
        batch.drop_column("name_tr")


def downgrade() -> None:
    raise NotImplementedError("restore the backup PeelDesk made before upgrading")
