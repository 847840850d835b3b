"""Tổng quan: today's sessions and the clocks that need attention."""
