"""Rooms, laser devices and physicians' working hours; a session books a room and a device

Revision ID: rooms_devices_working_hours
Revises: 0002_json_columns
Create Date: 2026-12-07 20:30:00

``treatment_session`` gains nullable ``room_id`` and ``device_id`` (sessions booked before
have neither) and an index per resource on (resource, starts_at), so the clash check of a
booking is an indexed range lookup for the physician, the room and the device alike.
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa


revision = "0005_rooms_devices_hours"
down_revision = "0004_staff_ui_language"
branch_labels = None
depends_on = None


def _resource_columns() -> list[sa.Column]:
    return [
        sa.Column("in_service", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        *_resource_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("name", name=op.f("uq_room_name")),
    )
    op.create_table(
        "laser_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("serial", sa.String(length=80), nullable=False),
        *_resource_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_laser_device")),
        sa.UniqueConstraint("name", name=op.f("uq_laser_device_name")),
    )
    op.create_table(
        "working_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts_minute", sa.SmallInteger(), nullable=False),
        sa.Column("ends_minute", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_working_hours_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_hours")),
    )
    op.create_index(
        "ix_working_hours_staff_weekday", "working_hours", ["staff_id", "weekday"], unique=False
    )
    with op.batch_alter_table("treatment_session") as batch:
        batch.add_column(sa.Column("room_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("device_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_treatment_session_room_id_room"), "room", ["room_id"], ["id"]
        )
        batch.create_foreign_key(
            op.f("fk_treatment_session_device_id_laser_device"),
            "laser_device",
            ["device_id"],
            ["id"],
        )
        batch.create_index("ix_treatment_session_room_starts", ["room_id", "starts_at"])
        batch.create_index("ix_treatment_session_device_starts", ["device_id", "starts_at"])


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
