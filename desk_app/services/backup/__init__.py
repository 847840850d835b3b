"""Backups, the journal of changes kept outside the database, damage and restore (DOMAIN §16.7)."""
