"""Tiếp công dân: the intake form, its people, case, history, drafts and printing."""
