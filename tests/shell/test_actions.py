"""One way to run a user action: problems shown once, nothing lost, no double submission."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from db.errors import DatabaseLocked
from desktop.services.common.errors import ValidationError
from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.shell.actions import ActionRunner, attempt
from desktop.ui.tasks import TaskRunner
from tests.helpers import line_edits, type_text

LOCKED = "Another desk is saving; try again in a moment."


def test_a_problem_in_a_background_write_is_shown_once(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton(parent)
    runner = ActionRunner(TaskRunner(parent))
    failed: list[bool] = []

    def locked() -> None:
        raise DatabaseLocked(LOCKED)

    started = runner.write(
        parent,
        "Save",
        locked,
        lambda _r: None,
        key="save",
        busy=[button],
        on_failed=lambda: failed.append(True),
    )
    assert started and not button.isEnabled()
    qtbot.waitUntil(lambda: failed == [True], timeout=5000)
    assert shown == [LOCKED]
    assert button.isEnabled() and not runner.is_running("save")


def test_a_bug_in_a_background_write_is_not_dressed_as_a_problem(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ActionRunner(TaskRunner(parent))

    def broken() -> None:
        raise KeyError("bug")

    with qtbot.captureExceptions() as raised:
        runner.write(parent, "Save", broken, lambda _r: None, key="save")
        qtbot.waitUntil(lambda: not runner.is_running("save"), timeout=5000)
    assert [type(e[1]) for e in raised] == [KeyError]
    assert shown == []


def test_a_hook_takes_the_problems_it_knows(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    under_field: list[dict[str, str]] = []

    def invalid() -> None:
        raise ValidationError({"phone": "Not a phone number."})

    def hook(error) -> bool:
        under_field.append(error.field_errors)
        return True

    assert attempt(None, "Save", invalid, on_problem=hook) is None
    assert under_field == [{"phone": "Not a phone number."}] and shown == []
    assert attempt(None, "Save", lambda: None) is not None  # None is a result, not a failure


def _new_patient_dialog(qtbot, ctx) -> PatientDialog:
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.fields["given_name"], "Zeynep")
    type_text(dialog.fields["family_name"], "Kaya")
    return dialog


def test_a_locked_save_keeps_the_form_and_saves_on_retry(qtbot, ctx, monkeypatch) -> None:
    real = patients.register_patient
    attempts: list[int] = []

    def locked_once(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseLocked(LOCKED)
        return real(*args, **kwargs)

    monkeypatch.setattr(patients, "register_patient", locked_once)
    dialog = _new_patient_dialog(qtbot, ctx)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.general_error.text() == LOCKED, timeout=5000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert line_edits(dialog.fields)["family_name"].text() == "Kaya"  # nothing typed is lost

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert len(attempts) == 2
    assert [r.full_name for r in patient_search.search_patients(ctx, "kaya").rows] == [
        "Zeynep Kaya"
    ]


def test_double_enter_on_save_runs_the_service_once(qtbot, ctx, monkeypatch) -> None:
    real = patients.register_patient
    release = threading.Event()
    calls: list[int] = []

    def slow(*args, **kwargs):
        calls.append(1)
        release.wait(5)  # as if another desk held the write lock
        return real(*args, **kwargs)

    monkeypatch.setattr(patients, "register_patient", slow)
    dialog = _new_patient_dialog(qtbot, ctx)
    field = dialog.fields["family_name"]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.is_saving, timeout=3000)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    dialog.save()  # even past the disabled buttons
    release.set()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert calls == [1]
    assert len(patient_search.search_patients(ctx, "kaya").rows) == 1
