"""Tour every page and dialog of the window on a demo office at an office screen's size, grab each to PNG and list
the texts that do not fit. Run in a subprocess by test_screens_fit.py: Qt reads the screen and QT_SCALE_FACTOR only
before the QApplication exists. `python -m tests.gui.screens_tour --data DIR --out DIR [--scale 1.25]`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

# An office PC's screen, 1366×768 pixels, less the Windows taskbar (40 px) that its available geometry leaves out:
# the offscreen platform has no taskbar, so its screen is made that much shorter. It reads the size from a file.
SCREEN = {"width": 1366, "height": 768 - 40}


def _configure_platform(out: Path, scale: float) -> None:
    config = out / "screen.json"
    screen = {"name": "Office", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                                  "screens": [screen]}))  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="", help="comma-separated step names, for trying one screen")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    _configure_platform(args.out, args.scale)

    from PySide6.QtWidgets import QApplication

    from desk_app.app import configure_application
    from desk_app.paths import AppPaths
    from desk_app.services.registry import open_services
    from tests.conftest import FIXED_NOW
    from tests.gui.screens_kit import Tour, work_as_reception_officer
    from tests.gui.screens_steps import STEPS

    app = QApplication([])
    configure_application(app)
    services = open_services(AppPaths(args.data))
    services.ctx.clock = lambda: FIXED_NOW
    work_as_reception_officer(services)
    tour = Tour(services, args.out)
    only = {name for name in args.only.split(",") if name}
    steps: list[tuple[str, Callable[[Tour], None]]] = [(n, s) for n, s in STEPS if not only or n in only]
    try:
        for name, step in steps:
            tour.run_step(name, step)
    finally:
        tour.close()
        services.close()
    print(json.dumps(tour.report(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
