"""Price lists carry a row version, so two administrators cannot overwrite each other's draft

Revision ID: 0010_price_list_row_version
Revises: 0009_treatment_photos
Create Date: 2026-12-08 01:30:00

``price_list.row_version`` counts the saves of a draft (SQLAlchemy's version counter, as on
patients and sessions); a save that read an older version is refused. Existing rows start
at 1. A NOT NULL column with a default is added in place on SQLite, no table rebuild.
"""

from alembic import op
import sqlalchemy as sa


revision = "0010_price_list_row_version"
down_revision = "0009_treatment_photos"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "price_list",
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    raise NotImplementedError("restore the backup made before the upgrade")
