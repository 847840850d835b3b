"""Statutory reports (01/TCD, 01–04/XLD): the facts, the counting, drill-down, locking, text."""
