"""Each staff account may choose its own interface language

Revision ID: 0003_staff_ui_language
Revises: 0002_json_columns
Create Date: 2026-12-07 20:30:00

``staff.ui_language`` holds "tr", "en" or "system"; NULL (every existing account) follows
the clinic's ``ui_language`` setting, so nothing changes for anyone until they choose.
A nullable column is added in place on SQLite, no table rebuild needed.
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_staff_ui_language"
down_revision = "0003_area_names_regions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("ui_language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("restore the backup made before the upgrade")
