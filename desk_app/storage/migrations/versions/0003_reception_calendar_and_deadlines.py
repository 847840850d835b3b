"""reception calendar and deadlines

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deadline_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('what_vi', sa.String(length=500), nullable=False),
    sa.Column('start_event_vi', sa.String(length=300), nullable=False),
    sa.Column('length', sa.Integer(), nullable=False),
    sa.Column('day_type', sa.String(length=10), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('complex_length', sa.Integer(), nullable=True),
    sa.Column('especially_complex_length', sa.Integer(), nullable=True),
    sa.Column('remote_length', sa.Integer(), nullable=True),
    sa.Column('remote_complex_length', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.String(length=500), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('tag', sa.String(length=4), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline_rule')),
    sa.UniqueConstraint('code', 'effective_from', name='uq_deadline_rule_code_effective')
    )
    with op.batch_alter_table('deadline_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_rule_code'), ['code'], unique=False)

    op.create_table('deadline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('rule_code', sa.String(length=60), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=True),
    sa.Column('variant', sa.String(length=30), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('day_type', sa.String(length=10), nullable=False),
    sa.Column('length', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('original_due_date', sa.Date(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('responsible', sa.String(length=300), nullable=True),
    sa.Column('given_to_citizen', sa.Boolean(), nullable=False),
    sa.Column('extended_to', sa.Date(), nullable=True),
    sa.Column('extension_doc', sa.String(length=120), nullable=True),
    sa.Column('suspended_from', sa.Date(), nullable=True),
    sa.Column('suspended_to', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['rule_id'], ['deadline_rule.id'], name=op.f('fk_deadline_rule_id_deadline_rule')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline'))
    )
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_due_date'), ['due_date'], unique=False)
        batch_op.create_index('ix_deadline_entity', ['entity_type', 'entity_id'], unique=False)
        batch_op.create_index('ix_deadline_by_rule', ['rule_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_status'), ['status'], unique=False)

    op.create_table('leader_schedule_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=False),
    sa.Column('pattern', sa.String(length=300), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('holiday_shift', sa.String(length=30), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('participants', sa.Text(), nullable=True),
    sa.Column('expected_content', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['leader_id'], ['staff.id'], name=op.f('fk_leader_schedule_rule_leader_id_staff')),
    sa.ForeignKeyConstraint(['place_id'], ['reception_place.id'], name=op.f('fk_leader_schedule_rule_place_id_reception_place')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_schedule_rule'))
    )
    with op.batch_alter_table('leader_schedule_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leader_schedule_rule_leader_id'), ['leader_id'], unique=False)

    op.create_table('session_conclusion_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('citizen_name', sa.String(length=300), nullable=False),
    sa.Column('citizen_said', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('responsible_unit', sa.String(length=300), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], name=op.f('fk_session_conclusion_item_case_id_case')),
    sa.ForeignKeyConstraint(['session_id'], ['reception_session.id'], name=op.f('fk_session_conclusion_item_session_id_reception_session')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_session_conclusion_item_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_conclusion_item'))
    )
    with op.batch_alter_table('session_conclusion_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_conclusion_item_session_id'), ['session_id'], unique=False)

    op.create_table('session_registrant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('citizen_id', sa.Integer(), nullable=True),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('address', sa.String(length=500), nullable=True),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['citizen_id'], ['citizen.id'], name=op.f('fk_session_registrant_citizen_id_citizen')),
    sa.ForeignKeyConstraint(['session_id'], ['reception_session.id'], name=op.f('fk_session_registrant_session_id_reception_session')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_session_registrant_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_registrant'))
    )
    with op.batch_alter_table('session_registrant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_registrant_citizen_id'), ['citizen_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_registrant_session_id'), ['session_id'], unique=False)

    op.create_table('outgoing_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('book', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=20), nullable=False),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('issued_date', sa.Date(), nullable=False),
    sa.Column('summary_line', sa.String(length=500), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=True),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('authority_prefix', sa.String(length=10), nullable=False),
    sa.Column('signer_title', sa.String(length=200), nullable=True),
    sa.Column('related_type', sa.String(length=40), nullable=True),
    sa.Column('related_id', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('is_confidential', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['printed_document.id'], name=op.f('fk_outgoing_document_document_id_printed_document')),
    sa.ForeignKeyConstraint(['signer_id'], ['staff.id'], name=op.f('fk_outgoing_document_signer_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_document')),
    sa.UniqueConstraint('book', 'year', 'number', name='uq_outgoing_document_book_year_number')
    )
    op.create_table('dialogue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('presided_by_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=500), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('issues_raised', sa.Text(), nullable=False),
    sa.Column('notice_doc_id', sa.Integer(), nullable=True),
    sa.Column('notice_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['notice_doc_id'], ['outgoing_document.id'], name=op.f('fk_dialogue_notice_doc_id_outgoing_document')),
    sa.ForeignKeyConstraint(['presided_by_id'], ['staff.id'], name=op.f('fk_dialogue_presided_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialogue'))
    )
    with op.batch_alter_table('dialogue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_date'), ['date'], unique=False)

    op.create_table('dialogue_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dialogue_id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=300), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer_doc_no', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sa.String(length=120), nullable=True),
    sa.Column('is_voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], name=op.f('fk_dialogue_answer_dialogue_id_dialogue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialogue_answer'))
    )
    with op.batch_alter_table('dialogue_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogue_answer_dialogue_id'), ['dialogue_id'], unique=False)

    with op.batch_alter_table('reception_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start_time', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('end_time', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('place_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rule_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('nominal_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('shift_note', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('delegation_doc', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('participants', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('expected_content', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('published_at', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('postponed_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('status_reason', sa.String(length=500), nullable=True))
        # Sessions opened by visits before this version were all held with citizens.
        batch_op.add_column(sa.Column('no_citizen_came', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('conclusion_doc_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('central_point', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('component_points', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('recording_ref', sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f('ix_reception_session_rule_id'), ['rule_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_reception_session_place_id_reception_place'), 'reception_place', ['place_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_reception_session_rule_id_leader_schedule_rule'), 'leader_schedule_rule', ['rule_id'], ['id'])


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
