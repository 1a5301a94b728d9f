"""Patients: register, edit, archive, search, validate, export and anonymise."""
