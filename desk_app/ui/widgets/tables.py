"""Tables with wrapped text: rows follow their columns' real widths and never grow taller than a few lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class _RowFitter(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            # After the layout has given the stretched columns their width; dropped if the table is gone.
            QTimer.singleShot(0, self._table, self._table.resizeRowsToContents)
        return False


def fit_wrapped_rows(table: QTableView, max_lines: int = 4) -> None:
    """Row heights follow the wrapped text whenever the table is shown or resized (rows measured before the
    dialog is laid out come out many lines tall); a row never grows past `max_lines` lines, so it always fits
    in the table, and the cells' tooltips carry the whole text."""
    table.setWordWrap(True)
    line = table.fontMetrics().lineSpacing()
    table.verticalHeader().setMaximumSectionSize(line * max_lines + 12)
    table.viewport().installEventFilter(_RowFitter(table))
