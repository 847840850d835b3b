"""What the sign-in, recovery, set-up and users screens share: their title, a moment's wording, a refusal's sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from desk_app.i18n import formatting, vi_sign_in
from desk_app.ui.widgets.errors import desk_error_text


def when_text(moment: dt.datetime) -> str:
    """dd/mm/yyyy HH:mm, the desk's local time."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return f"{formatting.fmt_date(moment.date())} {formatting.fmt_time(moment.time())}"


def sign_in_error_text(exc: BaseException) -> str:
    """One sentence for a refused sign-in: the same for an unknown login and a wrong password."""
    key = str(getattr(exc, "key", "") or "")
    until = getattr(exc, "until", None)
    if key == "sign_in.locked" and isinstance(until, dt.datetime):
        return vi_sign_in.LOCKED.format(until=when_text(until))
    if key.startswith("sign_in.") or key == "user.inactive":
        return vi_sign_in.WRONG
    return desk_error_text(exc)


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label
