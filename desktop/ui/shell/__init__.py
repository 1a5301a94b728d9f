"""The application shell: language, remembered window state, settings, shortcuts, about."""
