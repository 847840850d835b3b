"""Full-text indexes of the registers' search keys (SQLite FTS5, trigram): substring search without a table scan."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Engine, Select, TableClause, and_, column, select, table, text

MIN_TRIGRAM = 3
"""The trigram index answers LIKE patterns of three characters or more; shorter words scan the register."""

visit_fts: TableClause = table("visit_fts", column("rowid"), column("search_text"))
petition_fts: TableClause = table("petition_fts", column("rowid"), column("search_text"))

FTS_TABLES = frozenset({"visit_fts", "petition_fts"})


def is_fts_table(name: str | None) -> bool:
    """The FTS tables and their shadow tables (…_data, …_idx, …_docsize, …_config) are not in the models."""
    return bool(name) and any(name == t or (name or "").startswith(f"{t}_") for t in FTS_TABLES)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's filter: leave the FTS tables, which the migrations create by hand, out of autogenerate."""
    return not (type_ == "table" and is_fts_table(name))


_present: dict[str, frozenset[str]] = {}


def present(engine: Engine, fts: TableClause) -> bool:
    """Whether the database has this index: an SQLite built without FTS5 skipped it at migration (see 0008)."""
    key = str(engine.url)
    if key not in _present:
        with engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
            _present[key] = frozenset(n for n in names if n in FTS_TABLES)
    return fts.name in _present[key]


def matching(fts: TableClause, words: list[str]) -> Select[tuple[int]] | None:
    """Row ids whose search key contains every word of three characters or more; None when no word is that long."""
    long_words = [w for w in words if len(w) >= MIN_TRIGRAM]
    if not long_words:
        return None
    conditions: list[ColumnElement[bool]] = [fts.c.search_text.like(f"%{w}%") for w in long_words]
    return select(fts.c.rowid).where(and_(*conditions))
