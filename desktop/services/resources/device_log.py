"""The device log: each laser device's sessions and shots, when it is due for service and
the periods it is out of service (which block booking it).

Administrators set the service-due date and the out-of-service periods (audited); the
physician records the shots of a session. ``device_alerts`` tells the calendar and the
booking form which devices are due soon or out of service on a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import SessionStatus
from db.models import DeviceOutage, LaserDevice, TreatmentSession
from desktop.formatting import format_short_date as format_date
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import Message, msg
from desktop.services.common.permissions import Permission, require

MAX_PULSES = 1_000_000
MAX_REASON = 200
SERVICE_WARNING_DAYS = 14


@dataclass(frozen=True)
class OutageRow:
    id: int
    device_id: int
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class DeviceAlert:
    device_id: int
    device_name: str
    code: str  # service_due, service_overdue, out_of_service
    message: Message


@dataclass(frozen=True)
class DeviceLog:
    device_id: int
    sessions: int
    pulses: int  # shots of the sessions that recorded them
    sessions_with_pulses: int
    service_due_on: date | None
    outages: list[OutageRow]


def _device(session: Session, device_id: int) -> LaserDevice:
    device = session.get(LaserDevice, device_id)
    if device is None:
        raise NotFound(msg("This room or device no longer exists. Reload the list."))
    return device


def checked_pulses(pulses: int | None) -> int | None:
    """The shots of one session: empty, or a whole number 0..1,000,000."""
    if pulses is None:
        return None
    if not 0 <= pulses <= MAX_PULSES:
        raise ValidationError({"pulses": pulses_message()})
    return pulses


def pulses_message() -> str:
    return msg("Shots must be between 0 and {limit}.", limit=f"{MAX_PULSES:,}")


def record_pulses(ctx: ServiceContext, session_id: int, pulses: int | None) -> None:
    """Record (or clear) the shots the device fired in one session; audited."""
    require(ctx, Permission.RECORD_TREATMENT)
    value = checked_pulses(pulses)
    with ctx.database.write() as session:
        treatment = session.get(TreatmentSession, session_id)
        if treatment is None:
            raise NotFound(msg("This session no longer exists. Reload the list."))
        treatment.pulses = value
        session.flush()
        record_event(
            session,
            ctx,
            "session.pulses",
            entity="treatment_session",
            entity_id=session_id,
            patient_id=treatment.patient_id,
            details={"pulses": value},
        )


def set_service_due(ctx: ServiceContext, device_id: int, due_on: date | None) -> None:
    """Set or clear the date the device is next due for service; audited."""
    require(ctx, Permission.MANAGE_RESOURCES)
    with ctx.database.write() as session:
        device = _device(session, device_id)
        device.service_due_on = due_on
        session.flush()
        record_event(
            session,
            ctx,
            "device.service_due",
            entity="device",
            entity_id=device_id,
            details={"service_due_on": due_on.isoformat() if due_on else None},
        )


def add_outage(
    ctx: ServiceContext, device_id: int, starts_on: date, ends_on: date, reason: str
) -> OutageRow:
    """Take the device out of service for whole days (inclusive); audited."""
    require(ctx, Permission.MANAGE_RESOURCES)
    reason = " ".join(reason.split())
    errors: dict[str, str] = {}
    if ends_on < starts_on:
        errors["ends_on"] = msg("The last day is before the first day.")
    if len(reason) > MAX_REASON:
        errors["reason"] = msg("Keep the reason under {limit} characters.", limit=MAX_REASON)
    if errors:
        raise ValidationError(errors)
    with ctx.database.write() as session:
        _device(session, device_id)
        outage = DeviceOutage(
            device_id=device_id, starts_on=starts_on, ends_on=ends_on, reason=reason
        )
        session.add(outage)
        session.flush()
        row = _outage_row(outage)
        record_event(
            session,
            ctx,
            "device.outage.add",
            entity="device",
            entity_id=device_id,
            details={"from": starts_on.isoformat(), "to": ends_on.isoformat(), "reason": reason},
        )
        return row


def remove_outage(ctx: ServiceContext, outage_id: int) -> None:
    require(ctx, Permission.MANAGE_RESOURCES)
    with ctx.database.write() as session:
        outage = session.get(DeviceOutage, outage_id)
        if outage is None:
            raise NotFound(msg("This period no longer exists. Reload the list."))
        details = {"from": outage.starts_on.isoformat(), "to": outage.ends_on.isoformat()}
        device_id = outage.device_id
        session.delete(outage)
        record_event(
            session,
            ctx,
            "device.outage.remove",
            entity="device",
            entity_id=device_id,
            details=details,
        )


def _outage_row(outage: DeviceOutage) -> OutageRow:
    return OutageRow(outage.id, outage.device_id, outage.starts_on, outage.ends_on, outage.reason)


def outages_overlapping(
    session: Session, device_id: int, first: date, last: date
) -> list[OutageRow]:
    """Out-of-service periods of the device touching any day of [first, last]."""
    stmt = (
        select(DeviceOutage)
        .where(
            DeviceOutage.device_id == device_id,
            DeviceOutage.starts_on <= last,
            DeviceOutage.ends_on >= first,
        )
        .order_by(DeviceOutage.starts_on)
    )
    return [_outage_row(o) for o in session.scalars(stmt)]


def outage_message(device_name: str, outage: OutageRow) -> Message:
    """“The CO2 laser is out of service 3 Mar 2027–5 Mar 2027 (annual service).”"""
    if outage.reason:
        return msg(
            "The {device} is out of service {first}–{last} ({reason}).",
            device=device_name,
            first=format_date(outage.starts_on),
            last=format_date(outage.ends_on),
            reason=outage.reason,
        )
    return msg(
        "The {device} is out of service {first}–{last}.",
        device=device_name,
        first=format_date(outage.starts_on),
        last=format_date(outage.ends_on),
    )


def service_alert(device: LaserDevice, day: date) -> DeviceAlert | None:
    due = device.service_due_on
    if due is None or (due - day).days > SERVICE_WARNING_DAYS:
        return None
    if due < day:
        return DeviceAlert(
            device.id,
            device.name,
            "service_overdue",
            msg(
                "The {device} was due for service on {due}.",
                device=device.name,
                due=format_date(due),
            ),
        )
    return DeviceAlert(
        device.id,
        device.name,
        "service_due",
        msg("The {device} is due for service on {due}.", device=device.name, due=format_date(due)),
    )


def device_alerts(ctx: ServiceContext, day: date) -> list[DeviceAlert]:
    """What the calendar marks on ``day``: devices due for service within 14 days (or
    overdue) and devices out of service that day."""
    require(ctx, Permission.BOOK_SESSIONS)
    alerts: list[DeviceAlert] = []
    with ctx.database.read() as session:
        for device in session.scalars(select(LaserDevice).order_by(LaserDevice.name)):
            for outage in outages_overlapping(session, device.id, day, day):
                alerts.append(
                    DeviceAlert(
                        device.id,
                        device.name,
                        "out_of_service",
                        outage_message(device.name, outage),
                    )
                )
            alert = service_alert(device, day)
            if alert is not None:
                alerts.append(alert)
    return alerts


def device_log(ctx: ServiceContext, device_id: int, first: date, last: date) -> DeviceLog:
    """Sessions and shots on the device between two days (inclusive, clinic zone)."""
    require(ctx, Permission.MANAGE_RESOURCES)
    starts = datetime.combine(first, time(0), ctx.zone)
    ends = datetime.combine(last + timedelta(days=1), time(0), ctx.zone)
    with ctx.database.read() as session:
        device = _device(session, device_id)
        count, pulses, recorded = session.execute(
            select(
                func.count(TreatmentSession.id),
                func.coalesce(func.sum(TreatmentSession.pulses), 0),
                func.count(TreatmentSession.pulses),
            ).where(
                TreatmentSession.device_id == device_id,
                TreatmentSession.starts_at >= starts,
                TreatmentSession.starts_at < ends,
                TreatmentSession.status.not_in((SessionStatus.CANCELLED, SessionStatus.NO_SHOW)),
            )
        ).one()
        return DeviceLog(
            device_id,
            int(count),
            int(pulses),
            int(recorded),
            device.service_due_on,
            outages_overlapping(session, device_id, first, last),
        )
