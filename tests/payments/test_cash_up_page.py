"""Payments → Cash-up… through the real widgets: Ctrl+Shift+U, Alt+← / Alt+→ between days,
the tables per method, per staff member and entry by entry, Export CSV… (owner-only, BOM,
Turkish letters intact, audited) and Print… through the shared preview."""

from __future__ import annotations

import csv
import io
import json
import stat
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.payments import money
from desktop.services.payments.money import PaymentInput
from desktop.services.settings import store as settings
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.payments.cash_up_dialog import CashUpDialog
from desktop.ui.payments.cash_up_feature import CashUpFeature
from tests.sessions_support import add_staff

ALT = Qt.KeyboardModifier.AltModifier
TODAY = date(2026, 11, 25)  # the test clock's day in Istanbul (tests/conftest.py)


@pytest.fixture
def money_days(ctx):
    """Reception and a physician take money on 25 November; one payment on the 26th."""
    settings.update(ctx, {"clinic_name": "Işıklı Cilt Kliniği", "clinic_phone": "+90 212 5550101"})
    ayse = add_staff(ctx, "ayse", "Ayşe Güneş", "reception")
    ilker = add_staff(ctx, "ilker", "İlker Çağlar", "physician")
    pid = patients.register_patient(ctx, PatientInput(given_name="Şule", family_name="Öztürk")).id
    desk = replace(ctx, actor=replace(ctx.actor, staff_id=ayse, role="reception"))
    doctor = replace(ctx, actor=replace(ctx.actor, staff_id=ilker, role="physician"))
    money.take_payment(desk, PaymentInput(pid, D("100.10"), "cash"))
    money.take_payment(desk, PaymentInput(pid, D("200"), "card", "deposit"))
    money.take_payment(doctor, PaymentInput(pid, D("50.05"), "cash"))
    money.refund(doctor, PaymentInput(pid, D("20"), "cash"), "Fazla ödeme; iade")
    later = replace(desk, clock=lambda: datetime(2026, 11, 26, 7, 0, tzinfo=UTC))
    money.take_payment(later, PaymentInput(pid, D(999), "bank_transfer"))
    return desk


def _open(qtbot, window: MainWindow) -> CashUpDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    feature = window.feature(CashUpFeature)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    assert feature.dialog is not None
    dialog = feature.dialog
    dialog.activateWindow()  # offscreen: shortcuts fire only in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_today_per_method_per_staff_member_and_entry_by_entry(qtbot, window, money_days) -> None:
    dialog = _open(qtbot, window)
    assert dialog.day() == TODAY
    assert dialog.total_label.text() == "Total of the day: ₺330.15 · entries: 4"
    assert _column(dialog.methods, 0) == ["Card", "Cash"]
    assert _column(dialog.methods, 4) == ["₺200.00", "₺130.15"]
    assert _column(dialog.methods, 1) == ["1", "3"]
    assert _column(dialog.staff, 0) == ["Ayşe Güneş", "İlker Çağlar"]
    assert _column(dialog.staff, 4) == ["₺300.10", "₺30.05"]
    assert _column(dialog.entries, 2) == ["Şule Öztürk"] * 4
    assert _column(dialog.entries, 3) == ["Payment", "Deposit", "Payment", "Refund"]
    assert _column(dialog.entries, 5) == ["₺100.10", "₺200.00", "₺50.05", "-₺20.00"]
    assert _column(dialog.entries, 7)[3] == "Fazla ödeme; iade"
    assert dialog.entries_view.isVisible() and dialog.method_view.isVisible()
    dialog.close()


def test_alt_left_and_right_change_the_day(qtbot, window, money_days) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Left, ALT)
    assert dialog.day() == date(2026, 11, 24)
    assert dialog.total_label.text() == "No payments on this day."
    assert dialog.entries.rowCount() == 0 and dialog.methods.rowCount() == 0
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Right, ALT)
    assert dialog.day() == date(2026, 11, 26)
    assert _column(dialog.methods, 0) == ["Bank transfer"]
    assert dialog.total_label.text() == "Total of the day: ₺999.00 · entries: 1"
    dialog.previous_day.click()
    assert dialog.day() == TODAY and dialog.entries.rowCount() == 4
    dialog.close()


def test_f5_and_opening_it_again_count_a_payment_taken_meanwhile(qtbot, window, money_days) -> None:
    dialog = _open(qtbot, window)
    assert dialog.entries.rowCount() == 4
    pid = patients.register_patient(money_days, PatientInput(given_name="Ece", family_name="Su")).id
    money.take_payment(money_days, PaymentInput(pid, D(10), "cash"))  # another desk
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_F5)
    assert dialog.entries.rowCount() == 5
    money.take_payment(money_days, PaymentInput(pid, D(10), "card"))
    assert window.feature(CashUpFeature).open_dialog() is dialog
    assert dialog.entries.rowCount() == 6
    dialog.close()


def test_export_csv_writes_the_accountants_file(qtbot, window, ctx, money_days, tmp_path) -> None:
    dialog = _open(qtbot, window)
    asked: list[str] = []
    target = tmp_path / "kasa.csv"

    def answer(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog.ask_csv_path = answer  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.sig_exported):
        dialog.export_button.click()
    assert asked == ["cash-up-2026-11-25.csv"]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a spreadsheet reads UTF-8 with the mark
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["amount"] for r in rows] == ["100.10", "200.00", "50.05", "-20.00"]
    assert {r["staff"] for r in rows} == {"Ayşe Güneş", "İlker Çağlar"}
    assert rows[0]["patient"] == "Şule Öztürk" and rows[3]["reason"] == "Fazla ödeme; iade"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in dialog.status.text()
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.cash_up")
        ).one()
    assert json.loads(event.details)["destination"] == str(target)

    dialog.ask_csv_path = lambda suggested: ""  # type: ignore[method-assign]
    dialog.export_button.click()  # cancelled: nothing more written or audited
    with ctx.database.read() as session:
        count = len(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "export.cash_up")).all()
        )
    assert count == 1
    dialog.close()


def test_export_to_a_folder_is_refused_with_a_message(
    qtbot, window, ctx, money_days, tmp_path
) -> None:
    dialog = _open(qtbot, window)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.ask_csv_path = lambda suggested: str(folder)  # type: ignore[method-assign]
    dialog.export_button.click()
    assert "is a folder. Give a file name, for example" in dialog.status.text()
    assert list(folder.iterdir()) == []
    with ctx.database.read() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.cash_up")
        ).all()
    dialog.close()


def test_print_opens_the_report_in_the_preview(qtbot, window, money_days) -> None:
    dialog = _open(qtbot, window)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    preview = dialog.preview
    assert preview is not None
    qtbot.addWidget(preview)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Cash-up" in text and "Ayşe Güneş" in text and "330.15" in text
    assert "25 November 2026" in preview.windowTitle()
    preview.close()
    dialog.close()
    window.tasks.wait()


def test_the_payments_menu_offers_it_to_reception_with_its_shortcut(qtbot, ctx) -> None:
    from desktop.services.common.context import Actor, ServiceContext
    from desktop.ui.shell.shortcuts_dialog import collect_shortcuts

    reception = ServiceContext(
        ctx.database, actor=Actor(staff_id=None, name="Deniz", role="reception"), zone=ctx.zone
    )
    window = MainWindow(reception)
    qtbot.addWidget(window)
    actions = window.menu(MenuName.PAYMENTS).actions()
    assert [a.text() for a in actions] == ["&Cash-up…"]
    assert actions[0].isEnabled()
    entries = [(e.group, e.action, e.keys) for e in collect_shortcuts(window)]
    assert ("Payments", "Cash-up", "Ctrl+Shift+U") in entries


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_payments_menus_alt_key_is_its_own(
    qtbot, ctx, qm_dir, english_afterwards, language
) -> None:
    """Alt+letter of Payments opens it, not another menu or the main window's tabs
    ("&Patients" took Alt+P: "&Payments" would have made both wait for a second press)."""
    from desktop.ui.shell import i18n

    assert i18n.install_language(language, qm_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    payments = window.menu(MenuName.PAYMENTS).menuAction().text()
    others = [
        a.text()
        for a in window.menuBar().actions()
        if a.menu() is not window.menu(MenuName.PAYMENTS)
    ]
    others += [window.tabs.tabText(n) for n in range(window.tabs.count())]
    key = _mnemonic(payments)
    assert key is not None
    assert key not in {_mnemonic(text) for text in others}
    assert payments == {"en": "Pa&yments", "tr": "Ödeme&ler"}[language]
    window.tasks.wait()


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if at >= 0 else None
