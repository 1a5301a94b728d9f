"""Pieces every service uses: context, errors, messages, dates, permissions, audit writer, counters."""
