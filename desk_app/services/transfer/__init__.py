"""Interchange files: importing and exporting the registers as CSV or XLSX (DOMAIN §16.3)."""
