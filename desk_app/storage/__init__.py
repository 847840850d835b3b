"""SQLAlchemy records, engine setup, migrations and backups."""
