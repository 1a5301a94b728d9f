"""Signed consents: versioned consent templates, signatures with their proof, withdrawals

Revision ID: 0007_signed_consents
Revises: 0006_device_log
Create Date: 2026-12-07 22:50:00

``consent_template`` (frozen versions per kind and language), ``signed_consent`` (template,
text hash, strokes, signature image, proof hash, witness) and ``consent_withdrawal``. In a
database that already holds bookings, the setting ``consent_rule_since`` records when the
rule began: sessions booked before it were
booked under paper consent and can still be recorded (desktop/services/consent/rule.py).
There is no downgrade: PeelDesk backs the file up before upgrading (db/schema.py).
"""

from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB


revision = "0007_signed_consents"
down_revision = "0006_device_log"
branch_labels = None
depends_on = None

JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "consent_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by_id", sa.Integer(), nullable=True),
        sa.Column("requires_reconsent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["published_by_id"],
            ["staff.id"],
            name=op.f("fk_consent_template_published_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_template")),
        sa.UniqueConstraint("kind", "language", "version", name="uq_consent_template_version"),
    )
    op.create_table(
        "signed_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("witness_id", sa.Integer(), nullable=False),
        sa.Column("strokes", JSON_DOCUMENT, nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("proof_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_signed_consent_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["consent_template.id"],
            name=op.f("fk_signed_consent_template_id_consent_template"),
        ),
        sa.ForeignKeyConstraint(
            ["witness_id"], ["staff.id"], name=op.f("fk_signed_consent_witness_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_consent")),
    )
    op.create_index(
        "ix_signed_consent_patient", "signed_consent", ["patient_id", "signed_at"], unique=False
    )
    op.create_table(
        "consent_withdrawal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signed_consent_id", sa.Integer(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("witness_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["signed_consent_id"],
            ["signed_consent.id"],
            name=op.f("fk_consent_withdrawal_signed_consent_id_signed_consent"),
        ),
        sa.ForeignKeyConstraint(
            ["witness_id"], ["staff.id"], name=op.f("fk_consent_withdrawal_witness_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_withdrawal")),
        sa.UniqueConstraint(
            "signed_consent_id", name=op.f("uq_consent_withdrawal_signed_consent_id")
        ),
    )
    setting = sa.table(
        "setting",
        sa.column("key", sa.String()),
        sa.column("value", JSON_DOCUMENT),
    )
    # Only a database that already holds bookings needs to know when the rule began.
    booked = op.get_bind().execute(sa.text("SELECT COUNT(*) FROM treatment_session")).scalar()
    if booked:
        since = datetime.now(UTC).isoformat()
        op.bulk_insert(setting, [{"key": "consent_rule_since", "value": since}])


def downgrade() -> None:
    raise NotImplementedError("Restore the backup PeelDesk made before the upgrade.")
