"""desk_app — Bàn tiếp công dân: the citizen-reception desk of a Vietnamese government office."""

__version__ = "0.1.0"
