"""A year of a commune desk as sample data."""
