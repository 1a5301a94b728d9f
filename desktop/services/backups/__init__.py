"""Backups, restore and integrity checks as user actions."""
