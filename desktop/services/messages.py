"""Translatable sentences for services: see db/messages.py (shared with the database layer)."""

from db.messages import CONTEXT, Message, join, msg

__all__ = ["CONTEXT", "Message", "join", "msg"]
