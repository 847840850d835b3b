"""Tổng quan: the dashboard page and its widgets."""
