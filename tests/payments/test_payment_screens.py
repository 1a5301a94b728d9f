"""The desk's payment screens: the balance in the workspace, Take payment, receipts, refunds,
cancelled receipts and a course's extension or early close, driven through the real widgets."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.services.payments import courses, money
from desktop.services.payments.money import PaymentInput
from desktop.services.payments.rows import MoneyEventRow
from desktop.ui.main_window import MainWindow
from desktop.ui.payments.amount_text import plain_amount
from desktop.ui.payments.feature import PaymentsFeature
from desktop.ui.payments.money_section import MoneySection
from desktop.ui.payments.payment_dialog import PaymentDialog
from desktop.ui.payments.reason_dialogs import ReasonDialog
from desktop.ui.payments.words import amount_as_typed
from desktop.ui.sessions.feature import SessionsFeature
from tests import handout_fixtures as hf
from tests.accounts_helpers import as_role
from tests.payments_support import accepted_course
from tests.sessions_support import screened_patient


def open_section(qtbot, window: MainWindow, patient: int) -> MoneySection:
    workspace = window.feature(SessionsFeature).open_workspace(patient)
    [section] = [s for s in workspace.sections if isinstance(s, MoneySection)]
    qtbot.waitUntil(lambda: section.money is not None, timeout=5000)
    return section


def wait_reloaded(qtbot, section: MoneySection, events: int) -> None:
    qtbot.waitUntil(
        lambda: section.money is not None and len(section.money.events) == events, timeout=5000
    )


def course_shown(section: MoneySection) -> tuple[int, str] | None:
    course = section.selected_course()
    return None if course is None else (course.sessions_total, str(course.status))


def event_shown(section: MoneySection) -> MoneyEventRow:
    event = section.selected_event()
    assert event is not None
    return event


def events_loaded(section: MoneySection) -> list[MoneyEventRow]:
    assert section.money is not None
    return section.money.events


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("typed", "sign", "plain"),
    [
        ("1.250,50", ",", "1250.50"),
        ("1,250.50", ".", "1250.50"),
        ("1,250.50", ",", "1250.50"),
        ("1250,50", ".", "1250.50"),
        ("1.250", ",", "1250"),
        ("1,250", ".", "1250"),
        ("1.250.000", ",", "1250000"),
        ("₺ 700", ",", "700"),
        ("12,5", ",", "12.5"),
        ("abc", ",", "abc"),
    ],
)
def test_amounts_typed_turkish_or_english_style_read_the_same(typed, sign, plain) -> None:
    assert plain_amount(typed, sign) == plain


def test_a_partial_payment_changes_the_balance_and_prints_its_receipt(qtbot, ctx, window) -> None:
    hf.clinic(ctx)
    course = accepted_course(ctx, screened_patient(ctx, "Şükrü", "Öztürk"), sessions=3)
    section = open_section(qtbot, window, course.patient_id)
    owed = money.balance(ctx, course.patient_id).owed
    assert owed == course.price > 0
    assert "color:#b00020" in section.balance_label.text()  # red: the patient owes
    assert section.course_model.rowCount() == 1
    assert "1 of 3" in section.course_model.index(0, 1).data()

    feature = window.feature(PaymentsFeature)
    dialog = feature.take_payment(course.patient_id)
    assert isinstance(dialog, PaymentDialog)
    assert D(str(dialog.payment_input().amount)) == owed  # pre-filled with what is owed
    assert dialog.payment_input().course_id == course.id  # towards the open course
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1,250.50" if owed > D("1250.50") else "100.50")
    paid = D("1250.50") if owed > D("1250.50") else D("100.50")
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10000)
    wait_reloaded(qtbot, section, 2)
    qtbot.waitUntil(lambda: events_loaded(section)[-1].receipt_number is not None, timeout=5000)

    assert money.balance(ctx, course.patient_id).owed == owed - paid
    [event] = [e for e in money.events_of(ctx, course.patient_id) if e.kind == "payment"]
    assert event.method == "card" and event.paid == paid and event.course_id == course.id
    number = event.receipt_number
    assert number is not None and number.startswith("R-")
    assert section.event_model.index(0, 4).data() == number  # newest first
    preview = feature.last_preview
    assert preview is not None
    text = pdf_text(preview.pdf)
    assert number in text and "Şükrü Öztürk" in text
    assert "1.250,50" in text or "100,50" in text  # the patient's language: Turkish
    preview.close()


def test_a_bad_amount_shows_the_service_message_and_writes_nothing(qtbot, ctx, window) -> None:
    course = accepted_course(ctx, sessions=2)
    dialog = window.feature(PaymentsFeature).take_payment(course.patient_id)
    assert dialog is not None
    for typed, words in (("12.345", "two decimals"), ("0", "more than zero"), ("x", "number")):
        dialog.amount.setText(typed)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.errors["amount"].isVisible(), timeout=5000)
        assert words in dialog.errors["amount"].text()
        assert dialog.isVisible()
    assert [e.kind for e in money.events_of(ctx, course.patient_id)] == ["charge"]
    dialog.reject()


def test_reception_cannot_refund_and_gets_the_service_message(qtbot, ctx, window) -> None:
    course = accepted_course(ctx, sessions=2)
    money.take_payment(ctx, PaymentInput(course.patient_id, D(200), "cash"))
    reception = as_role(ctx, "reception")
    desk = MainWindow(reception)
    qtbot.addWidget(desk)
    section = open_section(qtbot, desk, course.patient_id)
    assert section.refund_button.isHidden() and section.cancel_button.isHidden()
    assert section.extend_button.isHidden() and section.close_button.isHidden()
    workspace = desk.feature(SessionsFeature).workspaces[course.patient_id]
    assert "Take payment" in workspace.action_buttons  # reception takes payments
    # Even reached another way, the service refuses, and says so in the dialog.
    dialog = desk.feature(PaymentsFeature).refund(course.patient_id)
    assert dialog is not None and dialog.refund
    dialog.amount.setText("50")
    dialog.reason.setText("Seans iptal edildi")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=5000)
    assert "refund payments" in dialog.general.text()
    assert len(money.events_of(ctx, course.patient_id)) == 2
    dialog.reject()
    desk.tasks.wait()


def test_a_physician_refunds_with_a_reason_and_cancels_a_receipt(qtbot, ctx, window) -> None:
    hf.clinic(ctx)
    course = accepted_course(ctx, sessions=2)
    section = open_section(qtbot, window, course.patient_id)
    feature = window.feature(PaymentsFeature)
    assert not section.refund_button.isHidden()
    dialog = feature.refund(course.patient_id)
    assert dialog is not None
    dialog.amount.setText("50")
    dialog.print_receipt.setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["reason"].isVisible(), timeout=5000)
    dialog.reason.setText("Fazla ödeme iadesi")  # Turkish text: setText, not keyClicks
    dialog.save()
    wait_reloaded(qtbot, section, 2)
    refund = section.selected_event()
    assert refund is not None and refund.kind == "refund" and refund.reason == "Fazla ödeme iadesi"

    money.take_payment(ctx, PaymentInput(course.patient_id, D(300), "cash"))
    before = money.balance(ctx, course.patient_id).owed
    section.refresh()
    wait_reloaded(qtbot, section, 3)
    section.event_table.selectRow(0)
    payment = section.selected_event()
    assert payment is not None and payment.kind == "payment"
    section.print_selected()  # numbers the receipt, then previews it
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10000)
    feature.last_preview.close()
    qtbot.waitUntil(
        lambda: event_shown(section).receipt_id is not None,
        timeout=5000,
    )
    assert section.cancel_button.isEnabled()
    section.cancel_selected()
    cancel = feature.dialogs[-1]
    assert isinstance(cancel, ReasonDialog)
    cancel.reason.setText("Yanlış hasta")
    cancel.save()
    wait_reloaded(qtbot, section, 4)
    assert money.balance(ctx, course.patient_id).owed == before + 300
    cancelled = [e for e in events_loaded(section) if e.receipt_cancelled]
    assert len(cancelled) == 1
    assert "(cancelled)" in section.event_model.index(1, 4).data()


def test_extend_and_close_a_course_and_a_stale_course_is_refused(qtbot, ctx, window) -> None:
    course = accepted_course(ctx, sessions=2)
    section = open_section(qtbot, window, course.patient_id)
    feature = window.feature(PaymentsFeature)
    section.course_table.selectRow(0)
    section.extend_selected()
    extend = feature.dialogs[-1]
    assert isinstance(extend, ReasonDialog)
    extend.sessions.setValue(2)
    # The added sessions are charged at one session's share of the quote, shown to edit.
    each = courses.per_session_price(ctx, course.id)
    assert each > 0 and extend.price.text() == amount_as_typed(each)
    owed_before = money.balance(ctx, course.patient_id).owed
    extend.save()
    qtbot.waitUntil(lambda: extend.errors["reason"].isVisible(), timeout=5000)
    extend.reason.setText("İz için iki seans daha")
    extend.price.setText("on iki")  # not a number: the price field says so, nothing written
    extend.save()
    qtbot.waitUntil(lambda: extend.errors["price"].isVisible(), timeout=5000)
    assert courses.get_course(ctx, course.id).sessions_total == 2
    extend.price.setText(amount_as_typed(each))
    extend.save()
    qtbot.waitUntil(
        lambda: course_shown(section) == (4, "open"),
        timeout=5000,
    )
    assert courses.get_course(ctx, course.id).sessions_total == 4
    assert money.balance(ctx, course.patient_id).owed == owed_before + 2 * each

    # Another desk closes the course meanwhile: this desk's Close is refused, not merged.
    shown = section.selected_course()
    assert shown is not None
    courses.extend_course(ctx, course.id, shown.row_version, 1, "other desk")
    stale = feature.close_course(shown)
    stale.reason.setText("Hasta taşındı")
    stale.save()
    qtbot.waitUntil(lambda: stale.general.isVisible(), timeout=5000)
    assert "changed this course" in stale.general.text()
    stale.reject()

    section.refresh()
    qtbot.waitUntil(
        lambda: course_shown(section) == (5, "open"),
        timeout=5000,
    )
    section.close_selected()
    close = feature.dialogs[-1]
    assert isinstance(close, ReasonDialog)
    close.reason.setText("Hasta taşındı")
    close.save()
    qtbot.waitUntil(
        lambda: course_shown(section) == (5, "closed"),
        timeout=5000,
    )
    assert not section.extend_button.isEnabled()
    assert "Hasta taşındı" in section.course_model.index(0, 4).data()


def test_take_payment_shortcut_opens_the_dialog_for_the_open_patient(qtbot, ctx, window) -> None:
    course = accepted_course(ctx, sessions=1)
    open_section(qtbot, window, course.patient_id)
    feature = window.feature(PaymentsFeature)
    assert feature.action_take_payment.shortcut().toString() == "Ctrl+Shift+M"
    feature.action_take_payment.trigger()
    qtbot.waitUntil(lambda: bool(feature.dialogs), timeout=5000)
    dialog = feature.dialogs[-1]
    assert isinstance(dialog, PaymentDialog) and dialog.patient_id == course.patient_id
    dialog.reject()


def test_in_turkish_the_balance_reads_turkish_and_1_250_50_is_taken(
    qtbot, ctx, turkish, window
) -> None:
    course = accepted_course(ctx, screened_patient(ctx, "İsmail", "Çağlayan"), sessions=3)
    money.take_payment(ctx, PaymentInput(course.patient_id, D(1), "cash"))  # owes a round sum
    big = course.price - 1 + D("2000")
    money.refund(ctx, PaymentInput(course.patient_id, D("2000"), "cash"), "kur farkı")
    section = open_section(qtbot, window, course.patient_id)
    assert section.balance_label.text().startswith("<span")
    assert "Borcu" in section.balance_label.text()
    assert section.event_model.headerData(3, Qt.Orientation.Horizontal) == "Tutar"
    dialog = window.feature(PaymentsFeature).take_payment(course.patient_id)
    assert dialog is not None
    assert dialog.windowTitle() == "Ödeme al"
    assert "İsmail Çağlayan" in dialog.findChild(QLabel, "paymentAbout").text()
    dialog.amount.setText("1.250,50")
    dialog.print_receipt.setChecked(False)
    dialog.save()
    wait_reloaded(qtbot, section, 4)
    assert money.balance(ctx, course.patient_id).owed == big - D("1250.50")


def test_the_window_shortcuts_still_work_in_a_workspace_with_payments(qtbot, ctx, window) -> None:
    """A section button shown before it had a parent opened as a window of its own and took
    the focus: Ctrl+B no longer opened the booking form."""
    from desktop.ui.sessions.session_dialog import SessionDialog
    from tests.sessions_support import add_staff

    add_staff(ctx, "dr.kaya", "Dr. Elif Kaya")
    course = accepted_course(ctx, sessions=2)
    open_section(qtbot, window, course.patient_id)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, SessionDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    for dialog in list(window.feature(SessionsFeature).dialogs):
        assert isinstance(dialog, SessionDialog)
        dialog.mark_unchanged()
        dialog.reject()
