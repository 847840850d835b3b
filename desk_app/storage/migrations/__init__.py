"""Alembic migration scripts, run by desk_app.storage.migrate at start."""
