"""Reusable form widgets: error labels, enum pickers, repeating rows, form state for drafts."""
