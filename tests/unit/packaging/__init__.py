"""Tests of the packaging files (installer script, Windows version resource)."""
