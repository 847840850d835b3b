"""Sổ tiếp công dân: the register table, its filters, menu, voiding, books and imports."""
