"""Draw the app's icon (a desk's document under the national red star on the app's navy) into desk_app/resources/icons.

Run once when the design changes: `QT_QPA_PLATFORM=offscreen python packaging/icon/make_icon.py`. Writes
desk-app.png (256 px, for the window and Linux) and desk-app.ico (16–256 px, for Windows and the installer).
"""

from __future__ import annotations

import math
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

NAVY = QColor("#1f3a5f")
RED = QColor("#c8102e")
GOLD = QColor("#ffcd00")
PAPER = QColor("#ffffff")
LINES = QColor("#8aa1bd")
OUT = Path(__file__).resolve().parents[2] / "desk_app" / "resources" / "icons"


def _star(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        path.moveTo(point) if i == 0 else path.lineTo(point)
    path.closeSubpath()
    return path


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 40 * s, 40 * s)
    p.setBrush(PAPER)  # the petition on the desk
    p.drawRoundedRect(QRectF(64 * s, 96 * s, 128 * s, 136 * s), 10 * s, 10 * s)
    if size >= 32:
        p.setPen(QPen(LINES, max(1.0, 8 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y in (132, 160, 188, 212):
            p.drawLine(QPointF(86 * s, y * s), QPointF((170 if y != 212 else 138) * s, y * s))
        p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawEllipse(QPointF(128 * s, 66 * s), 46 * s, 46 * s)
    p.setBrush(GOLD)
    p.drawPath(_star(128 * s, 68 * s, 34 * s))
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "desk-app.png"))
    # Qt's .ico writer keeps one size per file: the sizes are joined here into one multi-size .ico whose entries are
    # PNG images (what Windows reads since Vista, and Inno Setup's SetupIconFile accepts).
    images = []
    for size in (16, 24, 32, 48, 64, 128, 256):
        tmp = OUT / f".icon-{size}.png"
        draw(size).save(str(tmp))
        images.append((size, tmp.read_bytes()))
        tmp.unlink()
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    (OUT / "desk-app.ico").write_bytes(header + entries + blobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
