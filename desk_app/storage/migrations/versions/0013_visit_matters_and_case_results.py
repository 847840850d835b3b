"""visit matters and case results

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# DOMAIN §16.3 `Lượt` and `Kết quả` (issue 14): one visit may raise several matters, each its own case (visit_matter
# holds the second and later ones); a case's results are kept as a history (case_result, voided when corrected).
# Petitions imported as resolved before this release got no result event, so no report counted them: each such
# petition gets one now, dated by its latest approved decision (else the day it was received).

_TRACKED = (
    ("created_at", sa.DateTime(timezone=True), False),
    ("created_by", sa.String(120), False),
    ("updated_at", sa.DateTime(timezone=True), True),
    ("updated_by", sa.String(120), True),
    ("is_voided", sa.Boolean(), False),
    ("void_reason", sa.String(500), True),
)


def upgrade() -> None:
    op.create_table(
        "visit_matter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("field", sa.String(30), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name="fk_visit_matter_visit_id_visit"),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name="fk_visit_matter_case_id_case"),
        sa.PrimaryKeyConstraint("id", name="pk_visit_matter"),
    )
    op.create_index("ix_visit_matter_visit_id", "visit_matter", ["visit_id"])
    op.create_index("ix_visit_matter_case_id", "visit_matter", ["case_id"])
    op.create_table(
        "case_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(20), nullable=False),
        sa.Column("result_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(500), nullable=True),
        *(sa.Column(name, kind, nullable=null) for name, kind, null in _TRACKED),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name="fk_case_result_case_id_case"),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name="fk_case_result_visit_id_visit"),
        sa.PrimaryKeyConstraint("id", name="pk_case_result"),
    )
    op.create_index("ix_case_result_case_id", "case_result", ["case_id"])
    op.create_index("ix_case_result_visit_id", "case_result", ["visit_id"])
    op.execute(
        """
        INSERT INTO follow_up_event (petition_id, event_type, event_date, content, created_at, created_by, is_voided)
        SELECT p.id, 'NHAN_KET_QUA',
               COALESCE((SELECT DATE(MAX(d.approved_at)) FROM processing_decision d
                         WHERE d.petition_id = p.id AND d.outcome = 'DUYET' AND d.approved_at IS NOT NULL),
                        p.received_date),
               'Kết quả giải quyết ghi khi nhập sổ cũ', CURRENT_TIMESTAMP, 'nâng cấp dữ liệu', FALSE
        FROM petition p
        WHERE p.status = 'DA_GIAI_QUYET' AND p.is_voided = FALSE
          AND NOT EXISTS (SELECT 1 FROM follow_up_event f WHERE f.petition_id = p.id
                          AND f.event_type = 'NHAN_KET_QUA' AND f.is_voided = FALSE)
        """
    )


def downgrade() -> None:
    op.drop_index("ix_case_result_visit_id", table_name="case_result")
    op.drop_index("ix_case_result_case_id", table_name="case_result")
    op.drop_table("case_result")
    op.drop_index("ix_visit_matter_case_id", table_name="visit_matter")
    op.drop_index("ix_visit_matter_visit_id", table_name="visit_matter")
    op.drop_table("visit_matter")
