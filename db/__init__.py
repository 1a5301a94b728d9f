"""PeelDesk persistence: SQLAlchemy models, engine set-up, migrations, backups.

This package never imports PySide6 or ``desktop``.
"""
