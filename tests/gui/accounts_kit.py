"""A secured commune office for the sign-in, lock and users tests, and a helper that answers modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.users.session import set_up_security
from tests.conftest import FIXED_NOW, _set_up_office

ADMIN = "quantri"
ADMIN_NAME = "Lê Văn Quản"
ADMIN_PASSWORD = "Tiếp dân sáng thứ Năm"
OFFICER = "dung.pt"
OFFICER_NAME = "Phạm Thị Dung"
OFFICER_PASSWORD = "Hoa sen nở giữa hồ"
HEAD = "binh.tv"
HEAD_PASSWORD = "Đồng lúa chín vàng ươm"


@dataclass
class Office:
    paths: AppPaths
    recovery_key: str


def secure_office(paths: AppPaths, *, admin_roles: tuple[Role, ...] = ()) -> Office:
    """The commune office of office_services, secured: an administrator, a reception officer and the head."""
    plain = open_services(paths)
    _set_up_office(plain)
    plain.close()
    services, key = set_up_security(paths, ADMIN, ADMIN_NAME, ADMIN_PASSWORD, FIXED_NOW, roles=admin_roles)
    try:
        services.ctx.clock = lambda: FIXED_NOW
        services.users.add_user(OFFICER, OFFICER_NAME, (Role.TIEP_CONG_DAN,), OFFICER_PASSWORD)
    finally:
        services.close()
    return Office(paths, key)


@contextmanager
def signing_in(office: Office) -> Iterator[Callable[[str, str], Services]]:
    """`open_as(login, password)`: that user's services, all closed at the end (a test module's fixture wraps it)."""
    from desk_app.services.users.session import sign_in

    opened: list[Services] = []

    def open_as(login: str, password: str) -> Services:
        services = sign_in(office.paths, login, password, FIXED_NOW)
        services.ctx.clock = lambda: FIXED_NOW
        opened.append(services)
        return services

    try:
        yield open_as
    finally:
        for services in opened:
            services.close()


def when_modal(
    qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None], timeout_ms: int = 10_000
) -> None:
    """Once a modal window of `kind` is up (opened by what the test does next), `act` on it, at a person's pace."""
    waited = 0

    def look() -> None:
        nonlocal waited
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            qtbot.wait(50)
            act(modal)
            return
        waited += 50
        if waited < timeout_ms:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
