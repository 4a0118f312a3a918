#!/usr/bin/env python3
"""Draw vipdesk's icon (a front-desk bell) with Pillow; the results are committed.

    .venv/bin/python packaging/icon.py

Writes packaging/vipdesk.png (512 px), packaging/vipdesk.ico (16…256 px, for the Windows
executable and installer) and vipdesk/resources/icons/vipdesk.png (256 px, the window icon).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
NAVY = (30, 58, 95, 255)
GOLD = (234, 179, 8, 255)
CREAM = (254, 243, 199, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    u = size / 16
    pen.rounded_rectangle((0.5 * u, 0.5 * u, 15.5 * u, 15.5 * u), radius=3 * u, fill=NAVY)
    # The bell: a dome on a base, a knob on top, a highlight on the dome.
    pen.pieslice((3 * u, 4.5 * u, 13 * u, 14.5 * u), 180, 360, fill=GOLD)
    pen.rounded_rectangle((2.2 * u, 9.6 * u, 13.8 * u, 11.2 * u), radius=0.6 * u, fill=GOLD)
    pen.rounded_rectangle((7.3 * u, 3.2 * u, 8.7 * u, 4.8 * u), radius=0.4 * u, fill=GOLD)
    pen.arc((4.4 * u, 5.9 * u, 11.6 * u, 13.1 * u), 200, 250, fill=CREAM, width=int(0.5 * u))
    return image


def main() -> int:
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(ROOT / "packaging" / "vipdesk.png")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    big.save(ROOT / "packaging" / "vipdesk.ico", sizes=sizes)
    icons = ROOT / "vipdesk" / "resources" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(icons / "vipdesk.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
