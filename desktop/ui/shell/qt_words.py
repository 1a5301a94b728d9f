"""Words PeelDesk takes from Qt's own catalogue but says differently in Turkish.

Qt translates its standard buttons (context "QPlatformTheme") and the key names of shortcuts
(context "QShortcut") itself. PeelDesk's translator is installed after Qt's, so an entry in
peeldesk_<lang>.ts under the same context and source replaces Qt's word everywhere: in
menus, in Help → Keyboard shortcuts and on every message box. The marks below keep those
entries in the .ts (lupdate finds QT_TRANSLATE_NOOP calls by name).

- Discard: Qt's Turkish "At" reads as "horse" or "throw" on a button of its own; every
  PeelDesk question with a Discard button is about typed changes: "Değişiklikleri at".
- Ctrl, Shift, Alt: Qt's Turkish says "Kontrol" (in this app the follow-up visit),
  "Üst Karakter" and "Seçenek" (a Mac's Option key); Turkish PC keyboards print Ctrl,
  Shift and Alt on the keys, and PeelDesk's own hints say "Ctrl+N". The Turkish entries keep
  the key names as printed.
"""

from __future__ import annotations

from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP

STANDARD_BUTTON_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),)
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
)
