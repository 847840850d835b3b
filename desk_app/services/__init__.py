"""Use cases: one transaction each, own Session, plain dataclasses in and out. No Qt, no printing."""
