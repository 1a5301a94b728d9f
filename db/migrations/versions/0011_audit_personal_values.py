"""Personal values of audit events in an erasable table beside the signed chain

Revision ID: 0011_audit_personal_values
Revises: 0010_price_list_row_version
Create Date: 2026-12-08 01:35:00

``audit_personal_value`` holds the old and new values of a patient's changed fields,
referenced by the (signed) ``patient.update`` event through its id and a salted
SHA-256; anonymisation empties the row without breaking the chain. Events written
before this revision keep their values inside the chain (docs/admin-guide.md).
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa


revision = "0011_audit_personal_values"
down_revision = "0010_price_list_row_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_personal_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_personal_value")),
    )
    op.create_index(
        op.f("ix_audit_personal_value_patient_id"),
        "audit_personal_value",
        ["patient_id"],
        unique=False,
    )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
