"""Use cases: one transaction each, own database session (DbSession), plain dataclasses in and out. No Qt, no printing."""
