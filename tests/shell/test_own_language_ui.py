"""Account → Interface language…: anyone sets their own, and their desk is rebuilt in it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.accounts import preferences, staff
from desktop.services.settings import store as settings
from desktop.ui.accounts.feature import AccountsFeature
from desktop.ui.accounts.language_dialog import LanguageDialog
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.shell.i18n import current_language
from desktop.ui.shell.language_switch import switch_language
from desktop.ui.shell.view_state import remembered_language
from tests.accounts_helpers import add_account, fast_hashing  # noqa: F401

pytestmark = pytest.mark.usefixtures("fast_hashing", "english_afterwards")


def _desk(qtbot, ctx, username: str, role: str, *, replaced: bool = False) -> MainWindow:
    actor = staff.actor_of(add_account(ctx, username, role))
    window = MainWindow(dataclasses.replace(ctx, actor=actor))
    if not replaced:  # a window the language switch replaces is deleted by it
        qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_reception_chooses_turkish_and_the_menus_come_out_in_turkish(qtbot, ctx) -> None:
    window = _desk(qtbot, ctx, "ayse", "reception", replaced=True)
    window.feature(AccountsFeature).action_language.trigger()
    [dialog] = [w for w in window.findChildren(LanguageDialog) if w.isVisible()]
    assert dialog.combo.currentData() is None  # the clinic's language until she chooses
    dialog.combo.setCurrentIndex(dialog.combo.findData("tr"))
    dialog.save()
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: current_language() == "tr" and len(_visible_windows()) == 1)
    qtbot.waitUntil(lambda: _visible_windows()[0] is not window)
    [turkish] = _visible_windows()
    qtbot.addWidget(turkish)
    assert turkish.ctx.actor == window.ctx.actor
    assert turkish.menu(MenuName.FILE).title() == "&Dosya"
    assert turkish.menu(MenuName.ACCOUNT).title() != "A&ccount"
    assert window.ctx.actor.staff_id is not None
    assert preferences.own_language(ctx, window.ctx.actor.staff_id) == "tr"
    # Only her account changed: the clinic's default and this computer's log-in screen did not.
    assert settings.read(ctx, "ui_language") == "system"
    assert remembered_language() != "tr"


def test_the_clinic_default_does_not_override_a_persons_own_language(qtbot, ctx) -> None:
    window = _desk(qtbot, ctx, "mehmet", "admin")
    assert window.ctx.actor.staff_id is not None
    preferences.set_own_language(window.ctx, window.ctx.actor.staff_id, "en")
    # The administrator sets the clinic to Turkish; his own desk stays in English...
    assert switch_language(window, "tr") is window and current_language() == "en"
    # ...but this computer's log-in screen will speak the clinic's language.
    assert remembered_language() == "tr"


def test_after_log_in_the_persons_own_language_applies(qtbot, db_path, monkeypatch) -> None:
    import sys

    from desktop import app as app_module
    from desktop.services.bootstrap import open_database
    from desktop.services.common.context import Actor, ServiceContext
    from desktop.ui.accounts import login_dialog
    from desktop.ui.shell.i18n import current_language as language_now
    from desktop.ui.shell.i18n import resolve_language

    setup = open_database(f"sqlite:///{db_path}")
    setup_ctx = ServiceContext(setup)
    account = staff.actor_of(add_account(setup_ctx, "ayse", "reception"))
    assert account.staff_id is not None
    preferences.set_own_language(
        dataclasses.replace(setup_ctx, actor=account), account.staff_id, "tr"
    )
    setup.dispose()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen_at_log_in: list[str] = []

    def fake_sign_in(ctx: ServiceContext, parent: object = None) -> Actor | None:
        seen_at_log_in.append(language_now())
        return account

    monkeypatch.setattr(login_dialog, "sign_in", fake_sign_in)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert app_module.run_gui(f"sqlite:///{db_path}") == 0
    [window] = _visible_windows()
    qtbot.addWidget(window)
    # The log-in screen spoke the clinic's language; her desk speaks hers.
    assert seen_at_log_in == [resolve_language("system")]
    assert current_language() == "tr" and window.menu(MenuName.FILE).title() == "&Dosya"


def test_an_administrator_sets_someones_language_in_staff_accounts(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.admin.staff_dialog import StaffDialog

    admin = _desk(qtbot, ctx, "admin.user", "admin")
    ayse = add_account(ctx, "ayse", "reception")
    dialog = StaffDialog(admin.ctx, admin)
    qtbot.addWidget(dialog)
    usernames = [
        getattr(dialog.model.row_at(n), "username", "") for n in range(dialog.model.rowCount())
    ]
    dialog.table.selectRow(usernames.index("ayse"))

    def choose_turkish(language_dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(language_dialog, LanguageDialog)
        language_dialog.combo.setCurrentIndex(language_dialog.combo.findData("tr"))
        language_dialog.save()
        return QDialog.DialogCode.Accepted if language_dialog.saved else QDialog.DialogCode.Rejected

    monkeypatch.setattr(LanguageDialog, "exec", choose_turkish)
    dialog.set_language()
    assert preferences.own_language(ctx, ayse.id) == "tr"
    assert current_language() == "en"  # his own desk is not rebuilt
