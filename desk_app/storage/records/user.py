"""Who may sign in: a login, a name, roles and the staff member it works as (DOMAIN §13.3, §16.6)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.base import Base, Tracked


class UserRecord(Tracked, Base):
    """A sign-in account. The password is not stored: it unwraps the data key from the user's key slot."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    roles: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(default=None)
