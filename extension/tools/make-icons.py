#!/usr/bin/env python3
"""Draws the toolbar icons (a white bookmark on a blue rounded square) as tiny PNGs, with no image library."""
import struct
import zlib
from pathlib import Path

BLUE = (29, 78, 216, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    radius = 0.2
    cx, cy = min(max(u, radius), 1 - radius), min(max(v, radius), 1 - radius)
    if (u - cx) ** 2 + (v - cy) ** 2 > radius ** 2:
        return CLEAR
    in_bookmark = 0.32 <= u <= 0.68 and 0.2 <= v <= 0.82
    notch = v > 0.62 and abs(u - 0.5) < (v - 0.62) * 0.9
    return WHITE if in_bookmark and not notch else BLUE


def png(size):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    icons = Path(__file__).resolve().parent.parent / "icons"
    for size in (16, 32, 48, 128):
        (icons / f"icon-{size}.png").write_bytes(png(size))
