"""Reception visits: saving, voiding, refusing, the Sổ tiếp công dân and its printed book (the rules: domain.visit)."""
