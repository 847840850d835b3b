"""Where the data lives: --data-dir, else DESK_APP_HOME, else the platform's user data folder."""

from __future__ import annotations

import importlib.resources
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs
from platformdirs.api import PlatformDirsABC
from platformdirs.windows import Windows

APP_NAME = "DeskApp"
ENV_HOME = "DESK_APP_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders of one data folder; everything of an office lives under `data`."""

    data: Path

    @property
    def database(self) -> Path:
        return self.data / "desk.sqlite3"

    @property
    def keyslots(self) -> Path:
        """The office's data key, wrapped once per user password and once under the recovery key."""
        return self.data / "keyslots.json"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def documents(self) -> Path:
        return self.data / "documents"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def lock_file(self) -> Path:
        return self.data / "desk.lock"

    @property
    def ui_settings(self) -> Path:
        return self.data / "ui.ini"

    def ensure(self) -> None:
        for folder in (self.data, self.backups, self.documents, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def resolve(cli_data_dir: str | Path | None = None) -> AppPaths:
    """The data folder by precedence: the command line, the environment, the platform default."""
    if cli_data_dir:
        return AppPaths(Path(cli_data_dir).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    return AppPaths(platform_dirs().user_data_path)


def platform_dirs(platform: str | None = None) -> PlatformDirsABC:
    """The system's folders for the app. On Windows %LOCALAPPDATA%\\DeskApp, never the roaming profile: a roaming
    profile is copied over the network at every sign-in, and an office database does not belong there. Apart from
    the installed program (%LOCALAPPDATA%\\Programs\\DeskApp), so uninstalling never removes the office's data."""
    cls: type[PlatformDirsABC] = Windows if (platform or sys.platform) == "win32" else PlatformDirs
    return cls(APP_NAME, appauthor=False, roaming=False)


def resources_dir() -> Path:
    """The app's resources (fonts, icons): package data, so an installed wheel and a PyInstaller bundle carry them."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "desk_app" / "resources"
    return Path(str(importlib.resources.files("desk_app"))) / "resources"
