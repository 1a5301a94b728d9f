"""One application-level hub for changes: every open view listens and refreshes itself.

A user action announces what it changed here (see ``desktop.ui.shell.actions``), instead of
one feature calling another feature's refresh methods. Like Anki's
``operation_did_execute`` and Spyder's ``sig_*`` names, each signal carries the DTO the
service returned, so a listener can decide whether the change concerns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    # A patient's details were saved (PatientDetail).
    sig_patient_saved = Signal(object)
    # A patient's identity was removed on request (the patient's id).
    sig_patient_anonymised = Signal(int)
    # A session was booked, recorded or changed (SessionDetail).
    sig_session_saved = Signal(object)
    # A quote was saved, issued, accepted or declined (QuoteDetail).
    sig_quote_saved = Signal(object)
    # A consent was signed or withdrawn (SignedConsentView).
    sig_consent_saved = Signal(object)
    # A payment, refund or cancelled receipt was written, or a course extended or closed
    # (MoneyEventRow, ReceiptRow or CourseRow: each has patient_id).
    sig_payment_saved = Signal(object)
    # Clinic settings were saved (the saved values).
    sig_settings_changed = Signal(object)
    # Many patients arrived at once (demo data, an import, a restore).
    sig_data_imported = Signal()
