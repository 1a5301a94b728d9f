"""The features of the main window, in the order they are installed.

The order is what the person sees: each feature appends its actions to the menus in turn
(Patient menu: details, handouts, sessions, quotes, payments, consents, data-protection requests; Admin
menu: templates, catalog, price list, consent forms, backups, settings, database), and its status-bar widgets
left to right (database, backups, logged-in user). Accounts put theirs at the top of the
Admin menu whatever their place here.
"""

from __future__ import annotations

from desktop.ui.accounts.feature import AccountsFeature
from desktop.ui.admin.treatment_setup_feature import TreatmentSetupFeature
from desktop.ui.backups.feature import BackupsFeature
from desktop.ui.backups.sealing_feature import SealingFeature
from desktop.ui.consent.feature import ConsentFeature
from desktop.ui.handouts.actions import HandoutsFeature
from desktop.ui.payments.cash_up_feature import CashUpFeature
from desktop.ui.payments.feature import PaymentsFeature
from desktop.ui.photos.feature import PhotosFeature
from desktop.ui.quotes.feature import QuotesFeature
from desktop.ui.sessions.day_sheet_feature import DaySheetFeature
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.settings.database_feature import DatabaseConnectionFeature
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.shell_feature import ShellFeature

FEATURES: tuple[type[Feature], ...] = (
    HandoutsFeature,
    SessionsFeature,
    TreatmentSetupFeature,
    DaySheetFeature,
    QuotesFeature,
    PaymentsFeature,
    CashUpFeature,
    ConsentFeature,
    PhotosFeature,
    BackupsFeature,
    SealingFeature,
    ShellFeature,
    DatabaseConnectionFeature,
    AccountsFeature,
)
