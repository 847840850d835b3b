"""petition register

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('petition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book_year', sa.Integer(), nullable=False),
    sa.Column('register_no', sa.Integer(), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('forwarded_by_org', sa.String(length=300), nullable=True),
    sa.Column('forwarded_doc_no', sa.String(length=120), nullable=True),
    sa.Column('forwarded_doc_date', sa.Date(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('main_citizen_id', sa.Integer(), nullable=True),
    sa.Column('signer_count', sa.Integer(), nullable=False),
    sa.Column('signature_kind', sa.String(length=10), nullable=False),
    sa.Column('is_anonymous', sa.Boolean(), nullable=False),
    sa.Column('is_impersonation', sa.Boolean(), nullable=False),
    sa.Column('respondent', sa.String(length=500), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('summary_key', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('field', sa.String(length=30), nullable=True),
    sa.Column('has_multiple_contents', sa.Boolean(), nullable=False),
    sa.Column('split_from_id', sa.Integer(), nullable=True),
    sa.Column('processable', sa.Boolean(), nullable=True),
    sa.Column('not_processable_reasons', sa.String(length=500), nullable=True),
    sa.Column('within_competence', sa.Boolean(), nullable=True),
    sa.Column('competent_body', sa.String(length=300), nullable=True),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('prior_decision_level', sa.String(length=20), nullable=True),
    sa.Column('has_original_documents', sa.Boolean(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('handling', sa.String(length=30), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('is_confidential', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_petition_case_id_case')),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['petition.id'], name=op.f('fk_petition_duplicate_of_id_petition')),
    sa.ForeignKeyConstraint(['handler_id'], ['staff.id'], name=op.f('fk_petition_handler_id_staff')),
    sa.ForeignKeyConstraint(['main_citizen_id'], ['citizen.id'], name=op.f('fk_petition_main_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['split_from_id'], ['petition.id'], name=op.f('fk_petition_split_from_id_petition')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_petition_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition')),
    sa.UniqueConstraint('book_year', 'register_no', name='uq_petition_book_year_register_no')
    )
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_duplicate_of_id'), ['duplicate_of_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_handling'), ['handling'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_main_citizen_id'), ['main_citizen_id'], unique=False)
        batch_op.create_index('ix_petition_received', ['received_date', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index('ix_petition_voided_book', ['is_voided', 'book_year', 'register_no'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('original_name', sa.String(length=300), nullable=False),
    sa.Column('relative_path', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_attachment_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_petition_id'), ['petition_id'], unique=False)

    op.create_table('follow_up_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=30), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('doc_no', sa.String(length=120), nullable=True),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_follow_up_event_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_event'))
    )
    with op.batch_alter_table('follow_up_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_event_petition_id'), ['petition_id'], unique=False)

    op.create_table('petition_signer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('citizen_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_petition_signer_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_petition_signer_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_signer'))
    )
    with op.batch_alter_table('petition_signer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_signer_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_petition_signer_petition_id'), ['petition_id'], unique=False)

    op.create_table('processing_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('proposed_by_id', sa.Integer(), nullable=True),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('proposal', sa.String(length=30), nullable=False),
    sa.Column('target_body', sa.String(length=300), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('legal_basis', sa.String(length=500), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('leader_opinion', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('outgoing_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_processing_decision_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['outgoing_id'], ['outgoing_document.id'], name=op.f('fk_processing_decision_outgoing_id_outgoing_document')),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_processing_decision_petition_id_petition')),
    sa.ForeignKeyConstraint(['proposed_by_id'], ['staff.id'], name=op.f('fk_processing_decision_proposed_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processing_decision'))
    )
    with op.batch_alter_table('processing_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_processing_decision_petition_id'), ['petition_id'], unique=False)


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
