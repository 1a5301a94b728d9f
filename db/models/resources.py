"""What a session books besides the physician: a treatment room and a laser device, and the
hours each physician works."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps


class Room(Timestamps, Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    in_service: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}


class LaserDevice(Timestamps, Base):
    __tablename__ = "laser_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    model: Mapped[str] = mapped_column(String(120), default="")
    serial: Mapped[str] = mapped_column(String(80), default="")
    in_service: Mapped[bool] = mapped_column(Boolean, default=True)
    service_due_on: Mapped[date | None] = mapped_column(Date)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}


class WorkingHours(Base):
    """One interval a physician works on one weekday; several rows make a split day.

    A physician without any row has no hours set: bookings are not limited by hours.
    Minutes count from local midnight in the clinic's zone (540 = 09:00).
    """

    __tablename__ = "working_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday, as date.weekday()
    starts_minute: Mapped[int] = mapped_column(SmallInteger)
    ends_minute: Mapped[int] = mapped_column(SmallInteger)

    __table_args__ = (Index("ix_working_hours_staff_weekday", "staff_id", "weekday"),)


class DeviceOutage(Base):
    """Days a laser device cannot be booked (annual service, repair): ``starts_on`` to
    ``ends_on`` inclusive, in the clinic's calendar."""

    __tablename__ = "device_outage"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("laser_device.id", ondelete="CASCADE"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_device_outage_device_starts", "device_id", "starts_on"),)
