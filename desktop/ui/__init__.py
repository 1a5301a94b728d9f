"""Qt widgets. Knows services and their DTOs; never SQL or ORM models."""
