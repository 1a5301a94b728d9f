"""The parts of scripts/desk_keystrokes.py: the keyboard that types into the real window and
counts every key (keyboard), the data the jobs need (seed), the printer stand-in and the print
keys (printing), and the jobs themselves (booking_jobs, quote_job)."""
