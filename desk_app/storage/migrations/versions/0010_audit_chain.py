"""audit chain

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from desk_app.storage import audit_chain as chain

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The change log becomes a tamper-evident audit log (reliability.md §4.3): who signed in (actor_login), each entry
# linked to the one before by a keyed hash, UPDATE and DELETE refused by triggers. Entries already written about a
# confidential record lose the identity they hold in clear (an HMAC instead), then the whole log is chained once.


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("actor_login", sa.String(60), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
        batch.create_index("ix_change_log_at", ["at"])
        batch.create_index(
            "ux_change_log_prev_hash", ["prev_hash"], unique=True
        )  # a forked chain cannot be written
    op.create_table(
        chain.KEY_TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("root_hex", sa.String(64), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_audit_key_one_row"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_key"),
    )
    bind = op.get_bind()
    # The clear values being masked must not stay readable in the file's freed pages.
    bind.exec_driver_sql("PRAGMA secure_delete = ON")
    root = chain.create_stored_root(bind)
    _mask_confidential(bind, chain.derive(root, chain.IDENTITY_LABEL))
    chain.rechain(bind, chain.derive(root, chain.CHAIN_LABEL))
    for statement in chain.TRIGGERS:
        op.execute(statement)


def _mask_confidential(bind: sa.Connection, key: bytes) -> None:
    for entity in ("citizen", "visit", "petition", "case"):
        ids = {int(r[0]) for r in bind.execute(sa.text("SELECT DISTINCT entity_id FROM change_log WHERE entity = :e"),
                                               {"e": entity})}  # fmt: skip
        hidden = chain.confidential_ids(bind, entity, ids)
        if not hidden:
            continue
        found = bind.execute(
            sa.text("SELECT id, changes FROM change_log WHERE entity = :e AND entity_id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"e": entity, "ids": sorted(hidden)},
        ).all()
        for entry_id, changes in found:
            try:
                parsed = json.loads(changes or "{}")
            except ValueError:
                continue
            if not isinstance(parsed, dict):
                continue
            masked = json.dumps(chain.mask_changes(key, parsed), ensure_ascii=False)
            if masked != changes:
                bind.execute(
                    sa.text("UPDATE change_log SET changes = :c WHERE id = :id"),
                    {"c": masked, "id": entry_id},
                )


def downgrade() -> None:
    # Downgrades are not supported: restore the backup taken before the upgrade instead.
    raise NotImplementedError
