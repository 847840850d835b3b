"""Alembic environment: always run on the connection handed over by desk_app.storage.migrate."""

from __future__ import annotations

from alembic import context

from desk_app.storage import records  # noqa: F401  (fills the metadata)
from desk_app.storage.base import Base
from desk_app.storage.fts import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
