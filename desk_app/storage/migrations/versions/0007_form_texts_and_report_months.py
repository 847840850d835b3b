"""form texts and report months

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('form_text',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form_key', sa.String(length=60), nullable=False),
    sa.Column('part_key', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_text'))
    )
    with op.batch_alter_table('form_text', schema=None) as batch_op:
        batch_op.create_index('uq_form_text_live_part', ['form_key', 'part_key'], unique=True, sqlite_where=sa.text('is_voided = 0'), postgresql_where=sa.text('is_voided = false'))

    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('report_calendar_months', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
