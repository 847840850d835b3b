"""The Vietnamese sentence for a FieldError, worded for the form section it belongs to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desk_app import os_failures
from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_ui
from desk_app.ui.widgets.fields import ErrorLabel


def error_message(err: FieldError) -> str:
    """The sentence for the error's key: its row or section wording, else its field's, else its code's (i18n.errors)."""
    return i18n_errors.message(err.key)


def show_field_errors(
    errors: Iterable[FieldError],
    labels: Mapping[str, ErrorLabel],
    row_labels: Mapping[str, Sequence[ErrorLabel]] | None = None,
) -> list[FieldError]:
    """Put each error's sentence under its field; `row_labels["rep"][0]` is the line under row "rep1".

    Returns the errors that have no place here, for another section (or the page) to show.
    """
    rest: list[FieldError] = []
    per_label: dict[ErrorLabel, list[str]] = {}
    for err in errors:
        label = labels.get(err.field)
        prefix, _, _ = err.field.partition(".")
        stem = prefix.rstrip("0123456789")
        number = prefix[len(stem) :]
        rows = (row_labels or {}).get(stem, ())
        if label is None and number and int(number) <= len(rows):
            label = rows[int(number) - 1]
        if label is None:
            rest.append(err)
        else:
            per_label.setdefault(label, []).append(error_message(err))
    for label, messages in per_label.items():
        label.set_messages(messages)
    return rest


def desk_error_text(exc: BaseException, context: i18n_errors.Context = i18n_errors.Context.GENERAL) -> str:
    """A Vietnamese sentence for an error from a service or a job; unknown errors keep their detail for support."""
    if isinstance(exc, ValidationError):
        return " ".join(i18n_errors.message(e.key, context) for e in exc.errors)
    key = getattr(exc, "key", None)
    if not isinstance(key, str) and isinstance(exc, DeskError):
        key = str(
            exc
        )  # errors such as TransitionError carry their code ("petition.transition:…") as the message
    known = i18n_errors.known(key, context) if isinstance(key, str) else None
    if known:
        return known
    if isinstance(exc, NotImplementedError):
        return vi_ui.NOT_READY
    if isinstance(exc, OSError):
        # by what failed (the data folder, a file the officer chose, the installed app), not by class
        return os_failures.describe(exc)
    return f"{type(exc).__name__}: {exc}"
