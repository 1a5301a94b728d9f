"""Device log: shots per session, a service-due date per laser device, out-of-service periods

Revision ID: 0006_device_log
Revises: 0005_rooms_devices_hours
Create Date: 2026-12-07 21:45:00

``treatment_session.pulses`` (nullable: recorded where the physician counts them),
``laser_device.service_due_on`` (nullable) and ``device_outage`` (from–to days and a reason),
indexed on (device_id, starts_on) for the booking clash check.
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa


revision = "0006_device_log"
down_revision = "0005_rooms_devices_hours"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("treatment_session") as batch:
        batch.add_column(sa.Column("pulses", sa.Integer(), nullable=True))
    with op.batch_alter_table("laser_device") as batch:
        batch.add_column(sa.Column("service_due_on", sa.Date(), nullable=True))
    op.create_table(
        "device_outage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["laser_device.id"],
            name=op.f("fk_device_outage_device_id_laser_device"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_outage")),
    )
    op.create_index(
        "ix_device_outage_device_starts", "device_outage", ["device_id", "starts_on"], unique=False
    )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
