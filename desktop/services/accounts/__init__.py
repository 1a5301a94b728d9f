"""Staff accounts, log-in, and reading the audit trail."""
