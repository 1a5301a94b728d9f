"""The device log: shots per session (bounded), service due with a warning as it nears,
out-of-service periods that refuse booking the device; audited."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.resources import device_log
from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment
from desktop.services.sessions import records
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.rows import AreaInput, RecordInput
from tests.accounts_helpers import as_role
from tests.sessions_support import add_staff, book, screened_patient

pytestmark = pytest.mark.both_engines

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def setup(ctx) -> dict:
    return {
        "ayse": add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz"),
        "mehmet": screened_patient(ctx, "Mehmet", "Kaya"),
        "co2": save_equipment(
            ctx, ResourceKind.DEVICE, EquipmentInput("CO2 laser", "Fractional CO2", "C-1")
        ).id,
    }


def _book(ctx, s, day=THURSDAY, at=time(10, 0), codes=("cheeks",)):
    return book(ctx, s["mehmet"], s["ayse"], day, at=at, codes=codes, device_id=s["co2"])


def _last_event(ctx) -> AuditEvent:
    with ctx.database.read() as session:
        event: AuditEvent | None = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None
    return event


def test_out_of_service_period_refuses_booking_with_dates_and_reason(ctx, setup) -> None:
    device_log.add_outage(
        ctx, setup["co2"], date(2026, 11, 25), date(2026, 11, 27), " annual  service "
    )
    event = _last_event(ctx)
    assert event.action == "device.outage.add"
    assert json.loads(event.details)["reason"] == "annual service"
    with pytest.raises(BookingRefused) as refused:
        _book(ctx, setup)
    assert [p.code for p in refused.value.problems] == ["device_out_of_service"]
    assert "The CO2 laser is out of service 25.11.2026–27.11.2026 (annual service)." in str(
        refused.value
    )
    # the day after the period books
    assert _book(ctx, setup, day=date(2026, 11, 28)).id


def test_removing_the_period_frees_the_device(ctx, setup) -> None:
    outage = device_log.add_outage(ctx, setup["co2"], THURSDAY, THURSDAY, "")
    device_log.remove_outage(ctx, outage.id)
    assert _last_event(ctx).action == "device.outage.remove"
    assert _book(ctx, setup).id


def test_bad_periods_are_refused_and_change_nothing(ctx, setup) -> None:
    with pytest.raises(ValidationError, match="before the first day"):
        device_log.add_outage(ctx, setup["co2"], THURSDAY, date(2026, 11, 20), "x")
    with pytest.raises(ValidationError, match="under 200"):
        device_log.add_outage(ctx, setup["co2"], THURSDAY, THURSDAY, "x" * 201)
    assert device_log.device_log(ctx, setup["co2"], THURSDAY, THURSDAY).outages == []


def test_service_due_warns_within_14_days_and_when_overdue(ctx, setup) -> None:
    device_log.set_service_due(ctx, setup["co2"], date(2026, 12, 10))
    assert _last_event(ctx).action == "device.service_due"
    assert device_log.device_alerts(ctx, date(2026, 11, 25)) == []
    alerts = device_log.device_alerts(ctx, date(2026, 11, 26))
    assert [a.code for a in alerts] == ["service_due"]
    assert "due for service on 10.12.2026" in str(alerts[0].message)
    assert [a.code for a in device_log.device_alerts(ctx, date(2026, 12, 11))] == [
        "service_overdue"
    ]
    device_log.add_outage(ctx, setup["co2"], date(2026, 12, 11), date(2026, 12, 11), "repair")
    codes = [a.code for a in device_log.device_alerts(ctx, date(2026, 12, 11))]
    assert codes == ["out_of_service", "service_overdue"]


def test_pulses_are_bounded_recorded_audited_and_summed(ctx, setup) -> None:
    first = _book(ctx, setup)
    second = _book(ctx, setup, at=time(14, 0), codes=("forehead",))
    for bad in (-1, 1_000_001):
        with pytest.raises(ValidationError, match="between 0 and 1,000,000"):
            device_log.record_pulses(ctx, first.id, bad)
    device_log.record_pulses(ctx, first.id, 1200)
    event = _last_event(ctx)
    assert event.action == "session.pulses" and json.loads(event.details) == {"pulses": 1200}
    log = device_log.device_log(ctx, setup["co2"], THURSDAY, THURSDAY)
    assert (log.sessions, log.pulses, log.sessions_with_pulses) == (2, 1200, 1)
    device_log.record_pulses(ctx, second.id, 800)
    log = device_log.device_log(ctx, setup["co2"], date(2026, 11, 1), date(2026, 11, 30))
    assert (log.sessions, log.pulses, log.sessions_with_pulses) == (2, 2000, 2)
    assert (
        device_log.device_log(ctx, setup["co2"], date(2026, 11, 27), date(2026, 11, 30)).sessions
        == 0
    )


def test_only_administrators_set_service_and_periods(ctx, setup) -> None:
    for role in ("reception", "physician"):
        acting = as_role(ctx, role)
        with pytest.raises(PermissionDenied):
            device_log.set_service_due(acting, setup["co2"], THURSDAY)
        with pytest.raises(PermissionDenied):
            device_log.add_outage(acting, setup["co2"], THURSDAY, THURSDAY, "")
    with pytest.raises(PermissionDenied):
        device_log.record_pulses(as_role(ctx, "reception"), _book(ctx, setup).id, 10)


def test_recording_the_session_keeps_its_shots_within_bounds(ctx, setup) -> None:
    booked = _book(ctx, setup)

    def record(pulses: int):
        data = RecordInput(
            areas=tuple(AreaInput(a.area_id) for a in booked.areas), status="planned", pulses=pulses
        )
        return records.record_session(ctx, booked.id, booked.row_version, data)

    with pytest.raises(ValidationError, match="between 0 and 1,000,000"):
        record(1_000_001)
    assert record(950).pulses == 950
    assert device_log.device_log(ctx, setup["co2"], THURSDAY, THURSDAY).pulses == 950


def test_booking_a_device_due_for_service_asks_for_acknowledgement(ctx, setup) -> None:
    from desktop.services.sessions.safety_warnings import NeedsAcknowledgement

    device_log.set_service_due(ctx, setup["co2"], date(2026, 12, 1))
    with pytest.raises(NeedsAcknowledgement, match=r"due for service on 01\.12\.2026"):
        _book(ctx, setup)
    booked = book(
        ctx,
        setup["mehmet"],
        setup["ayse"],
        THURSDAY,
        at=time(10, 0),
        codes=("cheeks",),
        device_id=setup["co2"],
        ack=frozenset({"service_due"}),
    )
    assert booked.id


def test_administrator_sees_the_log_sets_service_and_adds_a_period(qtbot, ctx, setup) -> None:
    from desktop.ui.admin.resources_dialog import ResourcesDialog

    booked = _book(ctx, setup)
    device_log.record_pulses(ctx, booked.id, 1500)
    dialog = ResourcesDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.device_log
    tab.first.setText("01.11.2026")
    tab.last.setText("30.11.2026")
    tab.buttons["show"].click()
    assert "1 sessions, 1,500 shots" in tab.summary.text()
    due = ctx.today() + timedelta(days=5)
    tab.due.setText(due.strftime("%d.%m.%Y"))
    tab.buttons["due"].click()
    assert "due for service" in tab.alert.text()
    tab.period_from.setText("03.03.2027")
    tab.period_to.setText("05.03.2027")
    tab.reason.setText("annual service")
    tab.buttons["add"].click()
    assert tab.periods.count() == 1 and "annual service" in tab.periods.item(0).text()
    tab.periods.item(0).setSelected(True)
    tab.buttons["remove"].click()
    assert tab.periods.count() == 0
