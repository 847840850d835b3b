"""access grants

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Explicit access grants (DOMAIN §13.3.2, §5.17): a leader lets one staff member see the identities of one confidential
# case or petition. Rows are never deleted; a grant ends when revoked_at is set.


def upgrade() -> None:
    op.create_table(
        "access_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("petition_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("granted_by", sa.String(120), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(120), nullable=True),
        sa.Column("revoke_reason", sa.String(500), nullable=True),
        sa.CheckConstraint("(case_id IS NULL) <> (petition_id IS NULL)", name="ck_access_grant_one_target"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_access_grant_staff_id_staff"),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name="fk_access_grant_case_id_case"),
        sa.ForeignKeyConstraint(["petition_id"], ["petition.id"], name="fk_access_grant_petition_id_petition"),
        sa.PrimaryKeyConstraint("id", name="pk_access_grant"),
    )
    op.create_index("ix_access_grant_staff", "access_grant", ["staff_id", "revoked_at"])
    op.create_index("ix_access_grant_case_id", "access_grant", ["case_id"])
    op.create_index("ix_access_grant_petition_id", "access_grant", ["petition_id"])


def downgrade() -> None:
    op.drop_table("access_grant")
