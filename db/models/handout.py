from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utc_now


class HandoutTemplate(Base):
    """A clinic-edited handout text; absent rows fall back to resources/handouts defaults.

    ``language`` is "en"/"tr" for sheet texts, or "all" for language-neutral
    templates (the depth tiers and their day offsets).
    """

    __tablename__ = "handout_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (UniqueConstraint("key", "language", name="uq_handout_template_key_language"),)
