"""Patient, session and log-in sentences from services reach the Turkish interface in Turkish."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop.services.common.messages import Named, msg
from desktop.services.patients import search as patient_search
from desktop.services.sessions import day_list
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from desktop.ui.accounts.login_dialog import LoginDialog
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.shell import i18n
from tests.accounts_helpers import PASSWORD, add_account, fast_hashing  # noqa: F401
from tests.helpers import save_and_wait, type_text
from tests.sessions_support import add_staff, area_id, book, record_done, screened_patient

ANTICOAGULANTS_TR = (
    "Sorguya göre hasta kan sulandırıcı kullanıyor; "
    "peelingin güvenli olup olmadığına hekim karar vermeli."
)


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


def _done_on(ctx, patient: int, doc: int, day: date, codes=("forehead",)):
    """A session done on ``day`` (booked and recorded with the clock set back)."""
    past = dataclasses.replace(ctx, clock=lambda: datetime.combine(day, time(6, 0), tzinfo=UTC))
    acknowledged = frozenset(
        {"screening_missing", "screening_old", "contraindication:anticoagulants"}
    )
    booked = book(past, patient, doc, day, codes=codes, ack=acknowledged)
    # Recorded once it has started: Done is refused before the session's start.
    started = dataclasses.replace(ctx, clock=lambda: booked.starts_at + timedelta(hours=1))
    return record_done(started, booked)


def test_patient_form_shows_every_field_error_in_turkish(qtbot, ctx, turkish) -> None:
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.fields["given_name"], "İpek")
    type_text(dialog.fields["family_name"], "Şahin")
    type_text(dialog.fields["birth_date"], "31.02.1990")
    type_text(dialog.fields["phone"], "12")
    type_text(dialog.fields["screened_on"], "01.01.2030")
    save_and_wait(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors["birth_date"].text() == (
        "Doğum tarihi: gerçek bir tarihi gün.ay.yıl olarak yazın, ör. 31.12.1980."
    )
    assert dialog.errors["phone"].text() == (
        "“12” geçerli bir telefon numarası değil. "
        "0532 123 45 67 biçiminde ya da ülke koduyla (+44 …) yazın."
    )
    assert dialog.errors["screened_on"].text() == (
        "Kontrendikasyon sorgusu tarihi ileri bir tarih olamaz."
    )
    assert dialog.errors["given_name"].isHidden()
    assert patient_search.search_patients(ctx, "ipek").rows == []
    dialog._initial = dialog._values()  # closing at teardown must not ask about the typing


def test_session_dialog_shows_turkish_safety_warnings_to_acknowledge(
    qtbot, ctx, doc, turkish
) -> None:
    patient = screened_patient(ctx, "İpek", "Şahin", anticoagulants=True)
    _done_on(ctx, patient, doc, date(2026, 11, 10))
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="İpek Şahin")
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.area_picker
    picker.setCurrentIndex(picker.findData(area_id(ctx, "forehead")))
    dialog.add_area_button.click()
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician.setCurrentIndex(physician.findData(doc))
    starts_time = dialog.fields["starts_time"]
    assert isinstance(starts_time, QLineEdit)
    starts_time.clear()
    type_text(starts_time, "14:00")
    booked_before = len(day_list.patient_sessions(ctx, patient))
    assert dialog.save_button is not None  # a new booking can be saved
    save_and_wait(qtbot, dialog)

    assert dialog.warning_banner.isVisible()
    contraindication = dialog.findChild(QLabel, "warning:contraindication:anticoagulants")
    assert contraindication is not None
    assert contraindication.text() == f"⚠ {ANTICOAGULANTS_TR}"
    healing = dialog.findChild(QLabel, f"warning:healing:{area_id(ctx, 'forehead')}")
    # The clinic's Turkish name of the area, not the English one.
    assert healing is not None
    assert healing.text() == (
        "⚠ “Alın” bölgesi 10.11.2026 tarihinde, bu seanstan 15 gün önce tedavi edildi; "
        "klinik, cildin iyileşmesi için 28 gün bekliyor."
    )
    assert len(day_list.patient_sessions(ctx, patient)) == booked_before

    acknowledge = dialog.findChild(QPushButton, "acknowledgeButton")
    assert acknowledge is not None
    assert "yine de" in acknowledge.text()
    acknowledge.click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)  # saved off the GUI thread
    assert len(day_list.patient_sessions(ctx, patient)) == booked_before + 1


def test_session_dialog_area_row_errors_are_turkish(qtbot, ctx, doc, turkish) -> None:
    patient = screened_patient(ctx, "İpek", "Şahin")
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="İpek Şahin")
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.area_picker
    picker.setCurrentIndex(picker.findData(area_id(ctx, "spot_scar")))
    dialog.add_area_button.click()
    assert dialog.save_button is not None  # a new booking can be saved
    save_and_wait(qtbot, dialog)
    assert dialog.area_rows[0].error.text() == (
        "“Leke veya iz” bölgesini ölçün ve boyutunu cm² olarak yazın."
    )
    assert dialog.errors["physician_id"].text() == "Bu seansın hekimini seçin."


def test_follow_up_dialog_error_is_turkish(qtbot, ctx, doc, turkish) -> None:
    from desktop.ui.history.follow_up_dialog import FollowUpDialog

    patient = screened_patient(ctx, "İpek", "Şahin")
    done = _done_on(ctx, patient, doc, date(2026, 11, 20))
    dialog = FollowUpDialog(ctx, done.id, "20.11.2026")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # nothing written, no adverse event picked
    assert dialog.error.text() == "Gözleminizi yazın ya da bir istenmeyen etki seçin."
    assert dialog.isVisible()


@pytest.mark.usefixtures("fast_hashing")
def test_login_dialog_refuses_in_turkish_alike_before_and_after_the_lock_out(
    qtbot, ctx, turkish
) -> None:
    add_account(ctx, "ipek", "reception")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    refusal = (
        "Kullanıcı adı ya da parola yanlış veya hesap çok sayıda yanlış paroladan sonra "
        "kilitlendi. Bilgileri kontrol edip daha sonra yeniden deneyin ya da bir yöneticiye "
        "başvurun."
    )
    for username in ("ipek", "kimse", "ipek", "ipek", "ipek", "ipek"):
        dialog.username.setText(username)
        dialog.password.setText("wrong password")
        dialog.login_button.click()
        # The same sentence for a wrong password, an unknown name and the locked account.
        assert dialog.error.isVisible() and dialog.error.text() == refusal
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.error.text() == refusal  # locked for 15 minutes: not even the right one
    assert dialog.actor is None


def test_stale_record_names_who_changed_it_in_turkish(ctx, turkish) -> None:
    from desktop.services.common.errors import StaleRecord
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput

    detail = patients.register_patient(ctx, PatientInput(given_name="İpek", family_name="Şahin"))
    with pytest.raises(StaleRecord) as caught:
        patients.set_archived(ctx, detail.id, detail.row_version + 1, True)
    assert i18n.error_text(caught.value) == (
        "Bu hasta, siz açtıktan sonra 25.11.2026 10:00 tarihinde "
        f"{ctx.actor.name} tarafından değiştirildi. Değişiklikleriniz kaydedilmedi: "
        "hastayı yeniden yükleyin ve değişikliklerinizi yeniden yapın."
    )


def test_needs_acknowledgement_keeps_each_warning_translatable(ctx, doc) -> None:
    patient = screened_patient(ctx, "İpek", "Şahin", anticoagulants=True)
    with pytest.raises(NeedsAcknowledgement) as caught:
        book(ctx, patient, doc, date(2026, 11, 26))
    warning = caught.value.warnings[0]
    assert warning.message.template.startswith("The screening says the patient {condition}")
    assert warning.message.values["condition"].template == "takes anticoagulants"
    assert str(caught.value) == (
        "Please confirm before booking: The screening says the patient takes anticoagulants; "
        "the physician must decide whether peeling is safe."
    )
    assert caught.value.args[0].values["warnings"].values["part0"] is warning.message


def test_named_values_show_the_interface_language_and_survive_pickling(qapp) -> None:
    import pickle

    name = Named("Forehead", {"tr": "Alın"})
    sentence = pickle.loads(pickle.dumps(msg("{area} is listed twice.", area=name)))
    assert str(sentence) == "Forehead is listed twice."
    assert sentence.values["area"].in_language("tr") == "Alın"
    assert Named("Neck", {"tr": ""}).in_language("tr") == "Neck"  # no Turkish name: English
    assert i18n.translated(sentence) == "Forehead is listed twice."  # English interface


def test_phone_search_hint_is_turkish(ctx, turkish) -> None:
    page = patient_search.search_patients(ctx, "12")
    assert i18n.translated(page.hint) == "Telefonla aramak için en az 3 rakam yazın."
