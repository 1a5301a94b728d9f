"""Treatment sessions: booking, recording, safety checks, day list, history, follow-ups, catalog."""
