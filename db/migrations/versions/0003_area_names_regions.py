"""Catalog: the spot/scar area loses "(measured)" from its name; whole-region areas

Revision ID: area_names_and_whole_regions
Revises: 0002_json_columns
Create Date: 2026-12-07 20:15:00

The shipped catalog named its measured area "Spot or scar (measured)" / "Leke veya iz
(ölçülen)", and the screens add that hint themselves where the size is asked for, so
pickers showed it twice. The name becomes "Spot or scar" / "Leke veya iz" in each
language only where the stored name is still the shipped one: a clinic's own rename is
kept.

``treatment_area.covers_region`` says which area takes in every other area of its region
(the full face holds the eye contour; both hands hold their backs), so a quote or a
booking with both can be pointed out. The shipped whole-region areas get it by code.

There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB


# alembic_version.version_num is VARCHAR(32) on PostgreSQL: keep revision ids short.
revision = "0003_area_names_regions"
down_revision = "0002_json_columns"
branch_labels = None
depends_on = None

# The type as 0002 wrote it; not imported from db.types, which may change later.
JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")

# language → (the shipped name, the new one)
_RENAMED = {
    "en": ("Spot or scar (measured)", "Spot or scar"),
    "tr": ("Leke veya iz (ölçülen)", "Leke veya iz"),
}
_WHOLE_REGION_CODES = ("face_full", "hands")


def upgrade() -> None:
    with op.batch_alter_table("treatment_area") as batch:
        batch.add_column(
            sa.Column("covers_region", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    areas = sa.table(
        "treatment_area",
        sa.column("id", sa.Integer()),
        sa.column("code", sa.String()),
        sa.column("names", JSON_DOCUMENT),
        sa.column("covers_region", sa.Boolean()),
        sa.column("row_version", sa.Integer()),
    )
    connection = op.get_bind()
    connection.execute(
        areas.update().where(areas.c.code.in_(_WHOLE_REGION_CODES)).values(covers_region=True)
    )
    # Few rows: read and compare in Python, the same way on both engines.
    for area_id, names in connection.execute(sa.select(areas.c.id, areas.c.names)).all():
        if not isinstance(names, dict):
            continue
        renamed = {
            language: new if names.get(language) == old else names.get(language)
            for language, (old, new) in _RENAMED.items()
            if language in names
        }
        if all(names.get(language) == value for language, value in renamed.items()):
            continue
        connection.execute(
            areas.update()
            .where(areas.c.id == area_id)
            .values(names={**names, **renamed}, row_version=areas.c.row_version + 1)
        )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup made before the upgrade.")
