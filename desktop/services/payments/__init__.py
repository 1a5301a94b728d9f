"""Courses, payments, receipts and the day's cash-up: the clinic's money."""
