"""The office's own wording of the printed forms' editable parts (issue 4 §4); the app's wording by default."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.permissions import Action
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage.base import utcnow
from desk_app.storage.records import FormTextRecord

ENTITY = "form_text"
MAX_LENGTH = 2000
RESET_REASON = "reset"


@dataclass(frozen=True, slots=True)
class FormTextPart:
    """One editable paragraph: `custom` is the office's wording, None while the default is used."""

    form_key: str
    part_key: str
    label: str
    default: str
    custom: str | None
    hint: str = ""

    @property
    def text(self) -> str:
        return self.custom if self.custom is not None else self.default

    @property
    def placeholders(self) -> frozenset[str]:
        return fp.placeholders(self.default)


def overrides(s: DbSession, form_key: str) -> dict[str, str]:
    """The office's wording of one form's parts inside the caller's transaction (the printing sources use it)."""
    rows = s.scalars(
        select(FormTextRecord).where(FormTextRecord.form_key == form_key, FormTextRecord.is_voided.is_(False))
    ).all()
    return {r.part_key: r.text for r in rows if fp.part(form_key, r.part_key) is not None}


def check(form_key: str, part_key: str, text: str) -> list[FieldError]:
    """What is wrong with a new wording: the default's placeholders exactly, an archive line starting "Lưu"."""
    spec = fp.part(form_key, part_key)
    if spec is None:
        return [FieldError("form_text", "unknown")]
    if len(text) > MAX_LENGTH:
        return [FieldError("text", "too_long")]
    # An added {name} would crash the printing, a dropped one loses the office's name or the recipient.
    if fp.placeholders(text) != fp.placeholders(spec.default):
        return [FieldError("text", "placeholders")]
    if part_key == fp.ARCHIVE and not text.startswith(vf.ARCHIVE_PREFIX):
        return [FieldError("text", "archive")]
    return []


class FormTextService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def forms(self) -> tuple[fp.FormSpec, ...]:
        return fp.FORMS

    def parts(self, form_key: str) -> list[FormTextPart]:
        spec = fp.form(form_key)
        if spec is None:
            raise NotFoundError("form_text.unknown")
        with self._ctx.db.read() as s:
            custom = overrides(s, form_key)
        return [
            FormTextPart(form_key, p.key, p.label, p.default, custom.get(p.key), p.hint) for p in spec.parts
        ]

    def text(self, form_key: str, part_key: str) -> str:
        spec = fp.part(form_key, part_key)
        if spec is None:
            raise NotFoundError("form_text.unknown")
        with self._ctx.db.read() as s:
            return overrides(s, form_key).get(part_key, spec.default)

    def save(self, form_key: str, part_key: str, text: str) -> FormTextPart:
        """The office's wording; blank (or the default itself) goes back to the default."""
        require(self._ctx, Action.MANAGE_SETTINGS)
        spec = fp.part(form_key, part_key)
        if spec is None:
            raise NotFoundError("form_text.unknown")
        wording = " ".join(text.split())
        if not wording or wording == spec.default:
            return self.reset(form_key, part_key)
        errors = check(form_key, part_key, wording)
        if errors:
            raise ValidationError(errors)
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, form_key, part_key)
            if rec is None:
                rec = FormTextRecord(
                    form_key=form_key, part_key=part_key, text=wording, created_by=self._ctx.actor.name
                )
                s.add(rec)
                s.flush()
                audit.record(
                    s, self._ctx, "create", ENTITY, rec.id, _changes(form_key, part_key, None, wording)
                )
            elif rec.text != wording:
                before = rec.text
                rec.text = wording
                rec.updated_at = utcnow()
                rec.updated_by = self._ctx.actor.name
                audit.record(
                    s, self._ctx, "update", ENTITY, rec.id, _changes(form_key, part_key, before, wording)
                )
        return FormTextPart(form_key, part_key, spec.label, spec.default, wording, spec.hint)

    def reset(self, form_key: str, part_key: str) -> FormTextPart:
        """Back to the app's wording: the office's row is voided (kept in the log), never deleted."""
        require(self._ctx, Action.MANAGE_SETTINGS)
        spec = fp.part(form_key, part_key)
        if spec is None:
            raise NotFoundError("form_text.unknown")
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, form_key, part_key)
            if rec is not None:
                rec.is_voided = True
                rec.void_reason = RESET_REASON
                rec.updated_at = utcnow()
                rec.updated_by = self._ctx.actor.name
                audit.record(
                    s, self._ctx, "void", ENTITY, rec.id, _changes(form_key, part_key, rec.text, None),
                    reason=RESET_REASON,
                )  # fmt: skip
        return FormTextPart(form_key, part_key, spec.label, spec.default, None, spec.hint)


def _live(s: DbSession, form_key: str, part_key: str) -> FormTextRecord | None:
    return s.scalar(
        select(FormTextRecord).where(
            FormTextRecord.form_key == form_key,
            FormTextRecord.part_key == part_key,
            FormTextRecord.is_voided.is_(False),
        )
    )


def _changes(
    form_key: str, part_key: str, before: str | None, after: str | None
) -> dict[str, tuple[object, object]]:
    """The text's change, with the part it belongs to (the log is read without the row)."""
    return {"part": (None, f"{form_key}.{part_key}"), "text": (before, after)}
