"""Clinic settings and this computer's database connection."""
