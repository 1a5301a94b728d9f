"""Turkish interface through Qt's translation system."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from desktop import app as app_module
from desktop.services.settings import store as settings
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell import i18n
from desktop.ui.shell.shell_feature import ShellFeature
from tests.helpers import submenu
from tests.translation_helpers import ROOT

TS_FILE = ROOT / "resources" / "translations" / "peeldesk_tr.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _menu_titles(window: MainWindow) -> dict[str, str]:
    # The menus this test knows; features add more (sessions, quotes...).
    return {
        action.menu().objectName(): action.text()
        for action in window.menuBar().actions()
        if action.menu() is not None and action.menu().objectName() in ENGLISH
    }


ENGLISH = {
    "fileMenu": "&File",
    "patientMenu": "P&atient",
    "accountMenu": "A&ccount",
    "adminMenu": "A&dmin",
    "helpMenu": "&Help",
}


def test_switching_to_turkish_translates_menus_labels_and_standard_buttons(
    qtbot, ctx, qm_dir, monkeypatch, english_afterwards
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    english = MainWindow(ctx)
    qtbot.addWidget(english)
    assert _menu_titles(english) == ENGLISH

    settings.update(ctx, {"ui_language": "tr"})
    app_module._install_language(ctx)  # what run_gui does at start
    assert i18n.current_language() == "tr"
    turkish = MainWindow(ctx)
    qtbot.addWidget(turkish)
    assert _menu_titles(turkish) == {
        "fileMenu": "&Dosya",
        "patientMenu": "&Hasta",
        "accountMenu": "H&esap",
        "adminMenu": "Y&önetim",
        "helpMenu": "&Yardım",
    }
    # One shared Admin menu, still before Help, although its title is no longer "Admin".
    titles = [action.text() for action in turkish.menuBar().actions()]
    assert titles.count("Y&önetim") == 1 and titles[-1] == "&Yardım"
    assert turkish.feature(ShellFeature).action_settings.text() == "Klinik a&yarları…"
    assert turkish.search_page.new_button.text() == "&Yeni hasta"
    assert turkish.search_page.search_box.placeholderText().startswith("Ad, telefon")
    assert turkish.search_page.search_box.accessibleName() == "Hasta ara"
    assert turkish.search_page.status_label.text() == (
        "Bir ad, telefon rakamları ya da doğum tarihi yazın."
    )
    model = turkish.search_page.model
    from PySide6.QtCore import Qt

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Soyadı"
    # Qt's own catalogue (qtbase_tr) translates standard buttons.
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "İptal"

    settings.update(ctx, {"ui_language": "en"})
    app_module._install_language(ctx)
    back = MainWindow(ctx)
    qtbot.addWidget(back)
    assert _menu_titles(back) == ENGLISH


def test_system_language_follows_the_computer() -> None:
    assert i18n.resolve_language("system", "tr_TR") == "tr"
    assert i18n.resolve_language("system", "de_DE") == "en"
    assert i18n.resolve_language("en", "tr_TR") == "en"
    assert i18n.resolve_language("tr", "en_GB") == "tr"


def test_missing_translation_file_keeps_english(qapp, tmp_path, english_afterwards) -> None:
    assert i18n.install_language("tr", tmp_path) is False
    assert i18n.current_language() == "en"


def test_every_string_is_translated_with_its_placeholders() -> None:
    root = ET.parse(TS_FILE).getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            assert node is not None
            if node.get("type") in ("obsolete", "vanished"):
                continue
            # A plural message keeps its text in <numerusform> children, not in the node itself.
            forms = [form.text or "" for form in node.iter("numerusform")]
            text = "".join(forms) if message.get("numerus") == "yes" else (node.text or "")
            if node.get("type") == "unfinished" or not text.strip() or not all(forms or [text]):
                problems.append(f"untranslated: {source!r}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {source!r} → {text!r}")
    assert problems == []


def test_ts_file_holds_every_wrapped_string(tmp_path) -> None:
    """A string wrapped in tr() but missing from the .ts would show in English."""
    copy = tmp_path / "check_tr.ts"
    copy.write_bytes(TS_FILE.read_bytes())
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    result = subprocess.run(
        [
            translations._tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *translations.source_files(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "0 new" in result.stdout, (
        "New interface strings: run `python scripts/translations.py update` and translate "
        "them in resources/translations/peeldesk_tr.ts.\n" + result.stdout
    )


def test_turkish_reaches_sessions_history_quotes_and_admin_screens(
    qtbot, ctx, qm_dir, english_afterwards
) -> None:
    """Each translated screen shows a Turkish label, title or column header."""
    from PySide6.QtCore import Qt

    from desktop.services.patients.records import register_patient
    from desktop.services.patients.validation import PatientInput
    from desktop.ui.admin.security_dialog import SecurityDialog
    from desktop.ui.admin.staff_dialog import StaffDialog
    from desktop.ui.history.history_page import HistoryPage
    from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
    from desktop.ui.sessions.session_dialog import SessionDialog

    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    assert i18n.install_language("tr", qm_dir)

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    horizontal = Qt.Orientation.Horizontal
    # Day list: the fixed clock's day is a Wednesday; headers and buttons in Turkish.
    day = window.feature(SessionsFeature).day_page
    assert day.day_label.text() == "Çarşamba 25.11.2026 — bugün"
    assert day.today_button.text() == "&Bugün"
    assert [day.model.headerData(c, horizontal) for c in range(3)] == ["Saat", "Hasta", "Hekim"]
    qtbot.waitUntil(lambda: day.loaded is not None)
    assert day.status_label.text() == "Bu gün seans yok."
    window.tasks.wait()

    # Session dialog (booking): title, field labels and the areas group.
    dialog = SessionDialog(ctx, patient_id=patient.id, patient_name="Gül Şen")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Seans planla — Gül Şen"
    assert dialog.save_button is not None and dialog.save_button.text() == "&Planla"
    form_labels = {label.text() for label in dialog.findChildren(type(day.day_label))}
    assert {"&Tarih", "&Saat", "&Hekim"} <= form_labels

    # History page: buttons and the session table's headers.
    history = HistoryPage(ctx, window.tasks, patient.id)
    qtbot.addWidget(history)
    assert history.follow_up_button.text() == "&Kontrol ekle…"
    assert history.model.headerData(0, horizontal) == "Tarih"
    assert history.model.headerData(3, horizontal) == "Bölgeler ve derinlikler"
    qtbot.waitUntil(lambda: history.title.text() == "Tedavi geçmişi — Gül Şen")
    window.tasks.wait()

    # Quote builder: title, VAT column and the empty-total hint.
    builder = QuoteBuilderDialog(ctx, patient.id)
    qtbot.addWidget(builder)
    assert builder.windowTitle() == "Fiyat teklifi — Gül Şen"
    assert builder.model.headerData(6, horizontal) == "KDV"
    assert "Fiyatı görmek için bir bölge ekleyin." in builder.totals.text()

    # Admin dialogs: password rules and staff accounts.
    security = SecurityDialog(ctx)
    qtbot.addWidget(security)
    assert security.windowTitle() == "Parolalar ve ekran kilidi"
    assert security.spins["login_lockout_minutes"].suffix() == " dakika"
    staff = StaffDialog(ctx)
    qtbot.addWidget(staff)
    assert staff.windowTitle() == "Personel hesapları"
    assert staff.model.headerData(1, horizontal) == "Kullanıcı adı"


def test_service_labels_are_translated_through_the_vocabulary(qapp, qm_dir, english_afterwards):
    """Codes whose English labels live in services show in Turkish in the interface."""
    from desktop.services.sessions.checks import ANAESTHESIA_LABELS, STATUS_LABELS
    from desktop.ui.widgets.vocabulary import word, words

    assert word("No-show") == "No-show"  # English: shown as the service wrote it
    assert i18n.install_language("tr", qm_dir)
    assert words(STATUS_LABELS)["no_show"] == "Gelmedi"
    assert words(ANAESTHESIA_LABELS)["topical"] == "Topikal krem"
    assert word("a label nobody translated") == "a label nobody translated"


def test_every_service_label_shown_in_the_interface_is_in_the_vocabulary() -> None:
    """A label a service adds must be added to desktop/ui/widgets/vocabulary.py too."""
    from desktop.services.common.permissions import ROLE_NAMES
    from desktop.services.sessions import checks
    from desktop.ui.widgets import vocabulary

    tables = (
        checks.STATUS_LABELS,
        checks.ANAESTHESIA_LABELS,
        checks.INDICATIONS,
        checks.COMBINED_PROCEDURES,
        checks.FOLLOW_UP_KIND_LABELS,
        checks.ADVERSE_EVENT_LABELS,
        checks.CONTRAINDICATION_LABELS,
        ROLE_NAMES,
        {key: name.capitalize() for key, name in ROLE_NAMES.items()},
    )
    labels = {label for table in tables for label in table.values()}
    assert labels - set(vocabulary._WORDS) == set()


def test_turkish_menus_have_no_clashing_accelerators(qtbot, ctx, qm_dir, english_afterwards):
    """Alt+letter must pick one entry: translators choose the & letters per menu."""
    assert i18n.install_language("tr", qm_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    clashes = {}
    for bar_action in window.menuBar().actions():
        texts = [a.text() for a in submenu(bar_action).actions() if not a.isSeparator()]
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        repeated = {k for k in keys if keys.count(k) > 1}
        if repeated:
            clashes[bar_action.text()] = repeated
    assert clashes == {}


def _main_windows() -> list[MainWindow]:
    from PySide6.QtWidgets import QApplication

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_settings_switch_the_running_interface_to_turkish(
    qtbot, ctx, qm_dir, monkeypatch, english_afterwards
) -> None:
    """Saving another language in Settings rebuilds the window in it, keeping open patients."""
    from desktop.services.patients.records import register_patient
    from desktop.services.patients.validation import PatientInput
    from desktop.ui.shell.shell_feature import open_settings
    from desktop.ui.shell.view_state import remembered_language

    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    patient = register_patient(
        ctx, PatientInput(given_name="İpek", family_name="Şahin", phone="0532 111 22 33")
    )
    english = MainWindow(ctx)  # not given to qtbot: the switch closes and deletes it
    english.show()
    english.feature(SessionsFeature).open_workspace(patient.id)
    assert _menu_titles(english) == ENGLISH

    dialog = open_settings(english)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("tr"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not english.isVisible())
    (turkish,) = _main_windows()
    assert turkish is not english
    assert _menu_titles(turkish)["patientMenu"] == "&Hasta"
    assert turkish.search_page.new_button.text() == "&Yeni hasta"
    assert "Türkçe" in turkish.statusBar().currentMessage()
    assert list(turkish.feature(SessionsFeature).workspaces) == [patient.id]
    assert turkish.tabs.currentWidget() is turkish.feature(SessionsFeature).workspaces[patient.id]
    assert settings.read(ctx, "ui_language") == "tr"
    assert remembered_language() == "tr"

    # And back, from the Turkish window.
    dialog = open_settings(turkish)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not turkish.isVisible())
    (back,) = _main_windows()
    qtbot.addWidget(back)
    assert _menu_titles(back) == ENGLISH


def test_language_is_known_before_the_database_opens(
    qtbot, ctx, qm_dir, monkeypatch, english_afterwards
) -> None:
    """A damaged database is explained in the language this computer last used."""
    from desktop.ui.shell.view_state import remember_language, remembered_language

    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    assert remembered_language() == "system"
    settings.update(ctx, {"ui_language": "tr"})
    app_module._install_language(ctx)  # run_gui, after the database opened
    assert remembered_language() == "tr"
    i18n.install_language("en")
    remember_language("nonsense")
    assert remembered_language() == "system"
    remember_language("tr")
    seen = {}

    def refuse(url, **_options):
        from PySide6.QtCore import QCoreApplication

        seen["language"] = i18n.current_language()
        seen["cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
        return None

    monkeypatch.setattr("desktop.ui.backups.startup.open_for_gui", refuse)
    monkeypatch.setattr(app_module, "create_application", lambda: None)
    monkeypatch.setattr("desktop.ui.errors.install_excepthook", lambda **_: None)
    assert app_module.run_gui("sqlite:///nowhere.sqlite3") == 1
    assert seen == {"language": "tr", "cancel": "İptal"}
