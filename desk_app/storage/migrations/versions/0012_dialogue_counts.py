"""dialogue counts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# A dialogue's figures as a review reports them (DOMAIN §16.3 `import dialogues`): how many took part, how many
# recommendations were raised and how many of those fell within the office's competence. Empty when not known.


def upgrade() -> None:
    with op.batch_alter_table("dialogue") as batch:
        batch.add_column(sa.Column("participant_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recommendations", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recommendations_in_competence", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dialogue") as batch:
        batch.drop_column("recommendations_in_competence")
        batch.drop_column("recommendations")
        batch.drop_column("participant_count")
