"""report runs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_code', sa.String(length=40), nullable=False),
    sa.Column('period_code', sa.String(length=40), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=False),
    sa.Column('frozen_data', sa.Text(), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('locked_by', sa.String(length=120), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('outgoing_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['printed_document.id'], name=op.f('fk_report_run_document_id_printed_document')),
    sa.ForeignKeyConstraint(['outgoing_id'], ['outgoing_document.id'], name=op.f('fk_report_run_outgoing_id_outgoing_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_run'))
    )
    with op.batch_alter_table('report_run', schema=None) as batch_op:
        batch_op.create_index('uq_report_run_live_form_period', ['template_code', 'from_date', 'to_date'], unique=True, sqlite_where=sa.text('is_voided = 0'), postgresql_where=sa.text('is_voided = false'))


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
