"""Pure domain: enums, value objects and rules. Standard library only."""
