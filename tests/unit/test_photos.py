"""Photos: decoded in full with a pixel limit, kept only as a small JPEG made here."""

from __future__ import annotations

import functools
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from tests import sql
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.guests import create_guest
from vipdesk.services.photos import get_photo, set_photo


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def blank_png(width: int, height: int, *, bits: int, colour_type: int) -> bytes:
    """A valid PNG of zeros, built row by row (never holding the pixels in memory)."""
    channels = {0: 1, 2: 3}[colour_type]
    row = b"\x00" * (1 + (width * channels * bits + 7) // 8)
    packer = zlib.compressobj(9)
    body = []
    rows_per_step = max(1, 4_000_000 // len(row))
    for start in range(0, height, rows_per_step):
        body.append(packer.compress(row * min(rows_per_step, height - start)))
    body.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, bits, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(body))
        + _chunk(b"IEND", b"")
    )


def camera_jpeg(size: tuple[int, int] = (1200, 1600)) -> bytes:
    image = Image.new("RGB", size)
    for x in range(0, size[0], 40):  # some detail, so the file is not trivially small
        image.paste((x % 256, 120, 200 - x % 200), (x, 0, x + 20, size[1]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


BAD_BLOBS = {
    "20000² 1-bit PNG": lambda: blank_png(20_000, 20_000, bits=1, colour_type=0),
    "60000² 1-bit PNG": lambda: blank_png(60_000, 60_000, bits=1, colour_type=0),
    "9000² RGB PNG": lambda: blank_png(9_000, 9_000, bits=8, colour_type=2),
    "truncated JPEG": lambda: camera_jpeg()[: len(camera_jpeg()) // 2],
    "JPEG magic and junk": lambda: b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40,
}


@pytest.mark.parametrize("kind", list(BAD_BLOBS))
def test_bad_blobs_are_refused_with_a_clear_message(db: Database, actor: Staff, kind: str) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    blob = BAD_BLOBS[kind]()
    mime = "image/png" if blob.startswith(b"\x89PNG") else "image/jpeg"  # as a client says
    with pytest.raises(ValidationFailed) as info:
        set_photo(db, actor, guest.id, blob, mime)
    message = str(info.value)
    assert message.startswith("photo: ")
    assert any(
        words in message for words in ("megapixels", "damaged or incomplete", "not a JPEG or PNG")
    ), message
    assert get_photo(db, actor, guest.id) is None


def test_a_good_photo_is_kept_as_a_small_jpeg_never_as_given(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    given = camera_jpeg()
    set_photo(db, actor, guest.id, given)
    kept = get_photo(db, actor, guest.id)
    assert kept is not None and kept != given
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "JPEG" and image.width <= 480 and image.height <= 600
        assert image.size == (450, 600)  # the shape is kept
    # A PNG with transparency becomes a JPEG on white.
    clear = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    out = io.BytesIO()
    clear.save(out, "PNG")
    set_photo(db, actor, guest.id, out.getvalue(), "image/png")
    kept = get_photo(db, actor, guest.id)
    assert kept is not None
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "JPEG" and image.getpixel((5, 5)) > (240, 240, 240)
    with pytest.raises(ValidationFailed, match="not a JPEG or PNG"):
        set_photo(db, actor, guest.id, b"GIF89a....", "image/png")
    set_photo(db, actor, guest.id, None)
    assert get_photo(db, actor, guest.id) is None


def test_printing_skips_a_stored_photo_it_cannot_read(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    """Databases from older versions may already hold bad blobs: cards print without them."""
    good, bad, bomb = (
        create_guest(db, actor, GuestDraft(name, member_no=no))
        for name, no in (("李娜", "M1"), ("王伟", "M2"), ("张敏", "M3"))
    )
    set_photo(db, actor, good.id, camera_jpeg())
    raw = sql.connect(db)
    for guest, blob in ((bad, BAD_BLOBS["truncated JPEG"]()), (bomb, BAD_BLOBS["9000² RGB PNG"]())):
        raw.execute(
            "INSERT INTO guest_photos (guest_id, mime, data) VALUES (?, 'image/png', ?)",
            (guest.id, blob),
        )
    raw.commit()
    raw.close()
    cards = card_data(db, actor, ["M1", "M2", "M3"])
    pdf = tmp_path / "cards.pdf"
    frames = render_cards(cards, pdf, "a4-sheet")
    assert [f.photo_skipped for f in frames] == [False, True, True]
    assert pdf.read_bytes().startswith(b"%PDF")


def test_card_command_prints_with_a_note_instead_of_a_traceback(
    db: Database,
    actor: Staff,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.accounts import TEST_PASSWORD
    from vipdesk.cli import main

    monkeypatch.setenv("VIPDESK_STAFF", actor.username)
    monkeypatch.setenv("VIPDESK_PASSWORD", TEST_PASSWORD)

    guest = create_guest(db, actor, GuestDraft("王伟", member_no="M9"))
    raw = sql.connect(db)
    raw.execute(
        "INSERT INTO guest_photos (guest_id, mime, data) VALUES (?, 'image/png', ?)",
        (guest.id, BAD_BLOBS["20000² 1-bit PNG"]()),
    )
    raw.commit()
    raw.close()
    pdf = tmp_path / "card.pdf"
    assert main(["--db", sql.target(db), "card", "M9", "-o", str(pdf)]) == 0
    err = capsys.readouterr().err
    assert "photo of 王伟 (M9) cannot be read" in err and "Traceback" not in err
    assert pdf.read_bytes().startswith(b"%PDF")
