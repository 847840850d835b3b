"""Errors that cross layers: a field and a code; the ui and the cli pick the Vietnamese text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: `key` is "<field>.<code>", a key of desk_app.i18n.errors.MESSAGES."""

    field: str
    code: str

    @property
    def key(self) -> str:
        return f"{self.field}.{self.code}"


class DeskError(Exception):
    """Base of every expected error."""


@dataclass
class ValidationError(DeskError):
    """Input that cannot be saved; nothing was written."""

    errors: list[FieldError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(", ".join(e.key for e in self.errors))


class NotFoundError(DeskError):
    """A record that does not exist (or was voided) was asked for."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class ConflictError(DeskError):
    """The database is not in a state where the operation makes sense."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(detail or key)
        self.key = key


class EnvironmentProblem(DeskError):
    """Something outside the app prevents the work (data folder locked, database too new, disk full)."""
