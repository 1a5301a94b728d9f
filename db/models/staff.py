from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.codes import Role
from db.models.base import Base, Timestamps
from db.types import Code, UTCDateTime


class Staff(Timestamps, Base):
    """A person working at the clinic; physicians are picked for sessions."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(Code(Role, 16))
    # Argon2id PHC string; NULL for staff who cannot log in (e.g. listed physicians).
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The person's own interface language ("tr", "en", "system"); NULL follows the clinic's
    # ``ui_language`` setting.
    ui_language: Mapped[str | None] = mapped_column(String(16))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}
