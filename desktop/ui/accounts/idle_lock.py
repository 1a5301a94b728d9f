"""Locking the screen after a time without keyboard or mouse use.

Nothing is closed or hidden while locked: every open window (the main window,
a half-typed patient form, a question box) gets an opaque cover laid over its
contents and a neutral title, and an application-modal lock dialog takes all
input. Unlocking removes the covers, so typed text is exactly where it was.
Only the logged-in account's own password unlocks. Someone else presses "Switch user" on
the lock dialog and logs in: this desk stays locked and hidden (desktop/ui/shell/desks.py)
and theirs is shown. A lock covers only its own desk's windows.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import login as staff_login
from desktop.services.common.context import Actor, ServiceContext
from desktop.ui.accounts.held_login import HeldLogin, Problem, typed_wrong
from desktop.ui.accounts.login_dialog import LoginDialog
from desktop.ui.shell.desks import desk_owning, desks_of, known_desks
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.field_error import FieldError

LOCKED_TITLE = QT_TRANSLATE_NOOP("LockDialog", "PeelDesk — locked")
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _is_transient(widget: QWidget) -> bool:
    kind = widget.windowType()
    return isinstance(widget, QMenu) or kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class _Cover(QWidget):
    """An opaque sheet over a window's contents."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #2b3a4a; } QLabel { color: white; }")
        label = QLabel(QCoreApplication.translate("LockDialog", "PeelDesk is locked"), self)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        column = QVBoxLayout(self)
        column.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        self.fit()

    def fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()


class LockDialog(QDialog):
    """Asks for the logged-in account's password; Esc and the close button do nothing."""

    sig_unlocked = Signal()
    sig_switch_user = Signal(object)  # the Actor who logged in instead

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.login: LoginDialog | None = None
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr(LOCKED_TITLE))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(380)
        who = QLabel(
            self.tr(
                "<b>PeelDesk is locked.</b><br>{name}, type your password to go on "
                "where you left off. Open forms are kept as they were."
            ).format(name=ctx.actor.name)
        )
        who.setWordWrap(True)
        others = []
        desks = known_desks(parent) if parent is not None else None
        if desks is not None:
            me = ctx.actor.name
            others = [name for name in desks.people_with_open_desks() if name != me]
        self.others = QLabel(
            self.tr("Also logged in on this computer: {names}.").format(names=", ".join(others))
        )
        self.others.setObjectName("otherDesks")
        self.others.setWordWrap(True)
        self.others.setVisible(bool(others))
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # No returnPressed hook: Return already presses the default Unlock button, and a
        # second handler would count one wrong Enter as two failed attempts.
        self.error = FieldError()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("&Close PeelDesk…"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._quit)
        self.switch_button = QPushButton(self.tr("&Switch user…"))
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.open_switch)
        # While the morning check of the file holds writes, unlocking waits for it on a worker.
        self.held = HeldLogin(
            self,
            ctx,
            key="unlock",
            edits=(self.password,),
            buttons=(self.unlock_button, self.switch_button),
            inline=self.error.show_message,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.others)
        layout.addWidget(self.password)
        layout.addWidget(self.held.notice)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def try_unlock(self) -> None:
        password = self.password.text()
        self.held.run(
            lambda: staff_login.verify_unlock(self._ctx, password),
            self._unlocked,
            self._refused,
        )

    def _unlocked(self, _result: None) -> None:
        self.password.clear()
        self.error.show_message("")
        self.sig_unlocked.emit()

    def _refused(self, problem: Problem | None) -> None:
        if typed_wrong(problem):
            self.password.clear()  # a database that could not save keeps what was typed
        self.password.setFocus()

    def open_switch(self) -> LoginDialog | None:
        """Let someone else log in; this desk stays locked, its work kept as it is."""
        from desktop.ui.main_window import MainWindow

        window = self.parentWidget()
        if not isinstance(window, MainWindow):
            return None
        if desks_of(window).waiting_question(window, self):
            self.error.show_message(
                self.tr(
                    "A question is waiting for an answer on this desk. {name} unlocks and "
                    "answers it first; then another person can log in."
                ).format(name=self._ctx.actor.name)
            )
            return None
        from desktop.services.accounts.login import LOGIN_ACTOR

        login_ctx = dataclasses.replace(self._ctx, actor=LOGIN_ACTOR)
        self.login = LoginDialog(login_ctx, self, switching_from=self._ctx.actor)
        self.login.accepted.connect(self._switch_accepted)
        self.login.open()
        self.login.activateWindow()
        return self.login

    def _switch_accepted(self) -> None:
        login, self.login = self.login, None
        if login is None or login.actor is None:
            return
        actor: Actor = login.actor
        login.deleteLater()
        self.password.clear()
        self.error.show_message("")
        if actor.staff_id == self._ctx.actor.staff_id:
            self.sig_unlocked.emit()  # the same person: simply back to work
        else:
            self.sig_switch_user.emit(actor)

    def _quit(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close PeelDesk"),
            self.tr(
                "Close PeelDesk so that someone else can log in? Changes typed in open forms "
                "and not saved will be lost."
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Close:
            QApplication.quit()

    def reject(self) -> None:
        pass  # Esc must not unlock

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class IdleLock(QObject):
    """Watches the whole application's input and locks after ``timeout_ms`` of quiet."""

    sig_locked = Signal()
    sig_unlocked = Signal()
    sig_switch_user = Signal(object)  # the Actor who logged in on this desk's lock screen

    def __init__(self, window: QWidget, ctx: ServiceContext, timeout_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._covers: dict[QWidget, tuple[_Cover, str]] = {}
        self._restore_focus: QWidget | None = None
        self.dialog: LockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_timeout_ms(timeout_ms)
        app = QApplication.instance()
        assert app is not None
        # Qt drops the filter by itself when this object (a child of the window) is deleted.
        app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 turns the idle lock off (the Lock screen action still works)."""
        self._timeout_ms = max(0, int(timeout_ms))
        self._timer.stop()
        if self._timeout_ms and not self.locked:
            self._timer.start(self._timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.locked:
            if kind == QEvent.Type.Resize and watched in self._covers:
                self._covers[watched][0].fit()
            elif kind == QEvent.Type.Show and isinstance(watched, QWidget):
                self._cover_if_new_window(watched)
        elif kind in _ACTIVITY and self._timeout_ms:
            self._timer.start(self._timeout_ms)
        return False

    # --- locking ----------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self._timer.stop()
        self._restore_focus = QApplication.focusWidget()
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if desk_owning(widget) not in (None, self._window):
                continue  # another person's desk
            if _is_transient(widget):
                widget.close()  # an open menu, pop-up list or tooltip holds no typed work
            else:
                self._cover(widget)
        self.dialog = LockDialog(self._ctx, self._window)
        self.dialog.sig_unlocked.connect(self.unlock)
        self.dialog.sig_switch_user.connect(self.sig_switch_user)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        self.sig_locked.emit()

    def _cover_if_new_window(self, widget: QWidget) -> None:
        if not widget.isWindow() or widget in self._covers or _is_transient(widget):
            return
        if desk_owning(widget) not in (None, self._window):
            return  # another person's desk, shown while this one stays locked
        owner: QWidget | None = widget
        while owner is not None:
            if owner is self.dialog:
                return  # the lock dialog itself, or its own question box
            owner = owner.parentWidget()
        self._cover(widget)

    def _cover(self, widget: QWidget) -> None:
        self._covers[widget] = (_Cover(widget), widget.windowTitle())
        widget.setWindowTitle(QCoreApplication.translate("LockDialog", LOCKED_TITLE))
        self._covers[widget][0].show()

    def unlock(self) -> None:
        if self.dialog is None:
            return
        dialog, self.dialog = self.dialog, None
        dialog.hide()
        dialog.deleteLater()
        for widget, (cover, title) in list(self._covers.items()):
            try:
                cover.hide()
                cover.deleteLater()
                widget.setWindowTitle(title)
            except RuntimeError:
                pass  # that window was closed by the program while locked
        self._covers.clear()
        focus, self._restore_focus = self._restore_focus, None
        if focus is not None:
            try:
                focus.window().activateWindow()
                focus.setFocus()
            except RuntimeError:
                pass
        if self._timeout_ms:
            self._timer.start(self._timeout_ms)
        self.sig_unlocked.emit()
