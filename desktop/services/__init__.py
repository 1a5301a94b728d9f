"""Use cases: one function = one user action = one transaction. No Qt here."""
