"""Treatment photos: metadata per photo and its stored renditions' bytes

Revision ID: 0009_treatment_photos
Revises: 0008_courses_payments
Create Date: 2026-12-08 00:00:00

``treatment_photo`` (patient, session, treated area, kind, angle, taken/imported, content
hash, size, hidden flag) and ``photo_blob`` (original, screen and thumbnail bytes per photo).
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa


revision = "0009_treatment_photos"
down_revision = "0008_courses_payments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "treatment_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("session_area_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("angle", sa.String(length=12), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_treatment_photo_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_treatment_photo_session_id_treatment_session"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["treatment_area.id"], name=op.f("fk_treatment_photo_area_id_treatment_area")
        ),
        sa.ForeignKeyConstraint(
            ["session_area_id"],
            ["session_area.id"],
            name=op.f("fk_treatment_photo_session_area_id_session_area"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["staff.id"], name=op.f("fk_treatment_photo_imported_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_photo")),
    )
    op.create_index(
        "ix_treatment_photo_patient_taken", "treatment_photo", ["patient_id", "taken_at"]
    )
    op.create_index(
        op.f("ix_treatment_photo_session_area_id"), "treatment_photo", ["session_area_id"]
    )
    op.create_table(
        "photo_blob",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("rendition", sa.String(length=10), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["treatment_photo.id"],
            name=op.f("fk_photo_blob_photo_id_treatment_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "rendition", name=op.f("pk_photo_blob")),
    )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
