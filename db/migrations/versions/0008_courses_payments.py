"""Courses, money events and receipts

Revision ID: 0008_courses_payments
Revises: 0007_signed_consents
Create Date: 2026-12-07 23:55:00

``course`` (sessions bought through an accepted quote), ``course_session`` (sessions booked
from a course), ``money_event`` (charges, deposits, payments, refunds, corrections: signed
amounts in hundredths), ``receipt`` (gap-free numbers per year, frozen) and
``receipt_cancellation`` (the counter-entry). New tables only; nothing existing changes.
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from alembic import op
import sqlalchemy as sa


revision = "0008_courses_payments"
down_revision = "0007_signed_consents"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("sessions_bought", sa.Integer(), nullable=False),
        sa.Column("sessions_added", sa.Integer(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_reason", sa.Text(), nullable=False),
        sa.Column("closed_at", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_course_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(["quote_id"], ["quote.id"], name=op.f("fk_course_quote_id_quote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
        sa.UniqueConstraint("quote_id", name=op.f("uq_course_quote_id")),
    )
    op.create_index(op.f("ix_course_patient_id"), "course", ["patient_id"], unique=False)
    op.create_table(
        "course_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_session_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_course_session_session_id_treatment_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_session")),
        sa.UniqueConstraint("session_id", name=op.f("uq_course_session_session_id")),
    )
    op.create_index(
        op.f("ix_course_session_course_id"), "course_session", ["course_id"], unique=False
    )
    op.create_table(
        "money_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("at", WHEN, nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["money_event.id"],
            name=op.f("fk_money_event_corrects_id_money_event"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_money_event_course_id_course")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_money_event_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_money_event_session_id_treatment_session"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_money_event_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_money_event")),
        sa.UniqueConstraint("corrects_id", name=op.f("uq_money_event_corrects_id")),
    )
    op.create_index("ix_money_event_at", "money_event", ["at"], unique=False)
    op.create_index("ix_money_event_patient", "money_event", ["patient_id", "at"], unique=False)
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("money_event_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", WHEN, nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("balance_after", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["staff.id"], name=op.f("fk_receipt_issued_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["money_event_id"],
            ["money_event.id"],
            name=op.f("fk_receipt_money_event_id_money_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("money_event_id", name=op.f("uq_receipt_money_event_id")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_number")),
    )
    op.create_table(
        "receipt_cancellation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("cancelled_at", WHEN, nullable=False),
        sa.Column("cancelled_by_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("correction_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cancelled_by_id"],
            ["staff.id"],
            name=op.f("fk_receipt_cancellation_cancelled_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["correction_id"],
            ["money_event.id"],
            name=op.f("fk_receipt_cancellation_correction_id_money_event"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["receipt.id"],
            name=op.f("fk_receipt_cancellation_receipt_id_receipt"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_cancellation")),
        sa.UniqueConstraint("correction_id", name=op.f("uq_receipt_cancellation_correction_id")),
        sa.UniqueConstraint("receipt_id", name=op.f("uq_receipt_cancellation_receipt_id")),
    )


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
