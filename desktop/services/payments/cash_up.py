"""End of day: the money taken and given back, per method and per staff member, and its CSV.

A day is the clinic's local day (``ctx.zone``). Charges are not money at the desk and are
left out; a correction (a cancelled receipt) counts against the day it was written, so a
day already counted stays as it was counted. The CSV is for the clinic's accountant: one row
per money event, UTF-8 with a byte-order mark so that a spreadsheet opens Turkish letters
right, amounts with a point and two decimals. It is not an e-Arşiv/e-SMM invoice.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from db.codes import MoneyKind
from db.models import MoneyEvent, Patient, Receipt, Staff
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.document_output import write_owner_only
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.payments.rows import CashUp, CashUpEntry, CashUpLine
from desktop.services.settings.store import clinic_identity

AT_THE_DESK = (MoneyKind.DEPOSIT, MoneyKind.PAYMENT, MoneyKind.REFUND, MoneyKind.CORRECTION)
CSV_COLUMNS = (
    "time",
    "receipt",
    "patient",
    "kind",
    "method",
    "amount",
    "currency",
    "staff",
    "reason",
)
ZERO = Decimal("0.00")


def cash_up(ctx: ServiceContext, day: date) -> CashUp:
    require(ctx, Permission.TAKE_PAYMENTS)
    rows = _day_rows(ctx, day)
    lines: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for row in rows:
        lines[(row.method, row.staff)].append(row.paid)
    built = tuple(
        CashUpLine(
            method=method,
            staff_name=staff,
            count=len(amounts),
            taken=sum((a for a in amounts if a > 0), ZERO),
            given_back=-sum((a for a in amounts if a < 0), ZERO),
        )
        for (method, staff), amounts in sorted(lines.items())
    )
    by_method: dict[str, Decimal] = defaultdict(lambda: ZERO)
    by_staff: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for line in built:
        by_method[line.method] += line.net
        by_staff[line.staff_name] += line.net
    return CashUp(
        day=day,
        currency=rows[0].currency if rows else "",
        lines=built,
        by_method=tuple(sorted(by_method.items())),
        by_staff=tuple(sorted(by_staff.items())),
        total=sum((line.net for line in built), ZERO),
        entries=tuple(
            CashUpEntry(
                at=row.at,
                receipt_number=row.receipt,
                patient_name=row.patient,
                kind=row.kind,
                method=row.method,
                paid=row.paid,
                currency=row.currency,
                staff_name=row.staff,
                reason=row.reason,
            )
            for row in rows
        ),
    )


def cash_up_csv(ctx: ServiceContext, day: date) -> bytes:
    """The day's money events as CSV for the accountant (audited as an export)."""
    require(ctx, Permission.TAKE_PAYMENTS)
    rows = _day_rows(ctx, day)
    data = _csv_bytes(ctx, rows)
    _audit_export(ctx, day, len(rows), destination="")
    return data


def save_cash_up_csv(ctx: ServiceContext, day: date, path: str | Path) -> Path:
    """Write the day's CSV to ``path``, readable by its owner only, and audit the export.

    A folder or a place that cannot be written is refused with a message and nothing is
    audited (the screen's Export CSV… and ``peeldesk export cash-up`` both come here).
    """
    require(ctx, Permission.TAKE_PAYMENTS)
    target = Path(path)
    if target.is_dir():
        raise ValidationError(
            {
                "out": msg(
                    "“{path}” is a folder. Give a file name, for example {example}.",
                    path=str(target),
                    example=str(target / f"cash-up-{day.isoformat()}.csv"),
                )
            }
        )
    rows = _day_rows(ctx, day)
    try:
        write_owner_only(target, _csv_bytes(ctx, rows))
    except OSError as error:
        reason = error.strerror or msg("the file could not be written")
        raise ValidationError(
            {
                "out": msg(
                    "The CSV file could not be saved to “{path}” ({reason}). "
                    "Choose another folder.",
                    path=str(target),
                    reason=reason,
                )
            }
        ) from error
    _audit_export(ctx, day, len(rows), destination=str(target))
    return target


def _csv_bytes(ctx: ServiceContext, rows: list[_DayRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            (
                row.at.astimezone(ctx.zone).isoformat(timespec="seconds"),
                row.receipt,
                _text_cell(row.patient),
                row.kind,
                row.method,
                f"{row.paid:.2f}",
                row.currency,
                _text_cell(row.staff),
                _text_cell(row.reason),
            )
        )
    return out.getvalue().encode("utf-8-sig")


def _text_cell(value: str) -> str:
    """Typed text as a spreadsheet shows it, never as a formula: a name or reason starting
    with = + - @ (or a tab or carriage return) would run as one when the accountant opens
    the file (CSV injection), so it gets a leading apostrophe, which spreadsheets hide."""
    return f"'{value}" if value[:1] in _FORMULA_STARTS else value


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _audit_export(ctx: ServiceContext, day: date, count: int, *, destination: str) -> None:
    details: dict[str, object] = {"day": day.isoformat(), "rows": count}
    if destination:
        details["destination"] = destination
    with ctx.database.write() as session:
        record_event(session, ctx, "export.cash_up", entity="money_event", details=details)


def cash_up_pdf(ctx: ServiceContext, day: date, language: str) -> bytes:
    """The day's cash-up as a printable report in ``language`` (the desk's)."""
    from desktop.printing.cash_up import build_cash_up_pdf
    from desktop.printing.words import document_language

    report = cash_up(ctx, day)
    return build_cash_up_pdf(report, clinic_identity(ctx), document_language(language), ctx.zone)


class _DayRow:
    __slots__ = (
        "at",
        "currency",
        "kind",
        "method",
        "paid",
        "patient",
        "reason",
        "receipt",
        "staff",
    )

    def __init__(self, event: MoneyEvent, receipt: str, patient: str, staff: str) -> None:
        self.at: datetime = event.at
        self.receipt = receipt
        self.patient = patient
        self.kind = str(event.kind)
        self.method = str(event.method or "")
        self.paid: Decimal = -event.amount
        self.currency = event.currency
        self.staff = staff
        self.reason = event.reason


def _day_rows(ctx: ServiceContext, day: date) -> list[_DayRow]:
    start = datetime.combine(day, time(0), tzinfo=ctx.zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ctx.zone)
    with ctx.database.read() as session:
        found = session.execute(
            select(MoneyEvent, Receipt.number, Patient.given_name, Patient.family_name, Staff)
            .join(Patient, Patient.id == MoneyEvent.patient_id)
            .outerjoin(Receipt, Receipt.money_event_id == MoneyEvent.id)
            .outerjoin(Staff, Staff.id == MoneyEvent.staff_id)
            .where(MoneyEvent.kind.in_(AT_THE_DESK))
            .where(MoneyEvent.at >= start, MoneyEvent.at < end)
            .order_by(MoneyEvent.at, MoneyEvent.id)
        ).all()
        return [
            _DayRow(
                event,
                number or "",
                f"{given} {family}",
                staff.full_name if staff is not None else "PeelDesk",
            )
            for event, number, given, family, staff in found
        ]
