from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.codes import Region
from db.models.base import Base, Timestamps
from db.types import Code, JSONDocument, ScaledDecimal


class TreatmentArea(Timestamps, Base):
    """An entry of the clinic's area catalog (e.g. forehead, neck, a scar)."""

    __tablename__ = "treatment_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    # The name per language code, {"en": "Forehead", "tr": "Alın"}: a new language is
    # a new key, not a new column. Read it with desktop.formatting.name_in.
    names: Mapped[dict[str, Any]] = mapped_column(JSONDocument())
    region: Mapped[Region] = mapped_column(Code(Region, 16))
    default_size_cm2: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    # A free area (spot/scar) whose size must be measured each time.
    size_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # The area takes in every other area of its region (the full face holds the eye
    # contour): quoting or booking both charges and treats the same skin twice.
    covers_region: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}
