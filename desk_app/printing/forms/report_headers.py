"""The merged header rows of a report sheet, worked out from each column's heading path (PDF, XLSX and screen)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """One column of a form as the outputs need it: its official number and heading path, top row first."""

    number: int
    headings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeaderCell:
    """One merged cell of the header rows. `column` counts from 0 = the "Đơn vị" column; form columns from 1."""

    text: str
    row: int
    column: int
    row_span: int
    column_span: int

    @property
    def last_row(self) -> int:
        return self.row + self.row_span - 1

    @property
    def last_column(self) -> int:
        return self.column + self.column_span - 1


def header_depth(columns: Sequence[SheetColumn]) -> int:
    """How many header rows the headings need (at least one)."""
    return max((len(c.headings) for c in columns), default=1) or 1


def header_cells(columns: Sequence[SheetColumn], unit_heading: str) -> list[HeaderCell]:
    """Every header cell, with the "Đơn vị" cell spanning all rows first.

    Neighbouring columns whose paths share a prefix share one cell for it; a heading that ends a path
    (a leaf) reaches down to the last header row, so every column ends on the same row. A leaf is never merged
    with its neighbour, even when two columns carry the same words.
    """
    depth = header_depth(columns)
    cells = [HeaderCell(unit_heading, 0, 0, depth, 1)]
    for level in range(depth):
        index = 0
        while index < len(columns):
            path = columns[index].headings
            if len(path) <= level:
                index += 1
                continue
            end = index + 1
            if len(path) > level + 1:
                prefix = path[: level + 1]
                while (
                    end < len(columns)
                    and len(columns[end].headings) > level + 1
                    and columns[end].headings[: level + 1] == prefix
                ):
                    end += 1
            leaf = len(path) == level + 1
            cells.append(
                HeaderCell(
                    text=path[level],
                    row=level,
                    column=index + 1,
                    row_span=depth - level if leaf else 1,
                    column_span=end - index,
                )
            )
            index = end
    return cells


def leaf_cells(cells: Sequence[HeaderCell]) -> dict[int, HeaderCell]:
    """The cell that ends each form column (the one reaching the last header row), by grid column."""
    depth = max(c.last_row for c in cells) + 1
    return {c.column: c for c in cells if c.last_row == depth - 1 and c.column_span == 1 and c.column > 0}
