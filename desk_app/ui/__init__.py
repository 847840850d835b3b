"""The PySide6 user interface: pages, dialogs, item models and the task runner."""
