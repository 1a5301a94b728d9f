"""Patient handouts in the GUI: print actions, the prescribed-products dialog, the template editor."""
