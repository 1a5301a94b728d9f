"""Treatment photos (before / after / follow-up of one treated area) and their stored bytes.

A photo's metadata (``treatment_photo``) is read for lists; its bytes (``photo_blob``, one
row per rendition: original, screen, thumbnail) are read one at a time, so a history grid
never loads originals. Bytes live in the database so every desk of a PostgreSQL clinic sees
them and the database's at-rest encryption covers them (docs/architecture.md, Photos).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.codes import PhotoAngle, PhotoKind, PhotoRendition
from db.models.base import Base
from db.types import Code, UTCDateTime


class TreatmentPhoto(Base):
    """One photo of one treated area of one session."""

    __tablename__ = "treatment_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"))
    # The treated area is (session, catalog area). A session's area rows are replaced when it
    # is edited or recorded (the old row deleted: SET NULL here), and the photo is linked to
    # the new row of the same catalog area (photos/patient_data.relink_session_photos); NULL
    # when that area was taken off the session.
    area_id: Mapped[int] = mapped_column(ForeignKey("treatment_area.id"))
    session_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_area.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[PhotoKind] = mapped_column(Code(PhotoKind, 12))
    angle: Mapped[PhotoAngle] = mapped_column(Code(PhotoAngle, 12))
    # EXIF DateTimeOriginal (camera's local time, read in the clinic's zone), else import time.
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # SHA-256 (hex) of the stored original's bytes: verify_photo() detects a changed copy.
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # MIME type of the stored original ("image/png" or "image/jpeg").
    media_type: Mapped[str] = mapped_column(String(40))
    # Hidden from every read (the patient withdrew consent for this photo).
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_treatment_photo_patient_taken", "patient_id", "taken_at"),)


class PhotoBlob(Base):
    """The bytes of one rendition of one photo (EXIF stripped, orientation applied)."""

    __tablename__ = "photo_blob"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_photo.id", ondelete="CASCADE"), primary_key=True
    )
    rendition: Mapped[PhotoRendition] = mapped_column(Code(PhotoRendition, 10), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # SHA-256 (hex) of ``data``: names the file in an append-only photo backup folder, so a
    # backup can leave ``data`` out and a restore can put it back (docs/architecture.md, Photos).
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
