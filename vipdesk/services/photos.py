"""Guest photos: decoded in full, then kept as a small JPEG made here.

Only the JPEG made here is stored, never the bytes someone handed in: a file that merely
starts like an image, a truncated one, or a "decompression bomb" (a small file that
expands to gigabytes of pixels) is refused before it reaches the database or a printer.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.confidential import aliases, require_real_names, sees_real_names
from vipdesk.services.erased_keys import refuse_erased
from vipdesk.services.errors import NotFound, ValidationFailed
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

MAX_BYTES = 20_000_000  # what may be handed in; what is kept is far smaller
MAX_PIXELS = 40_000_000  # a 40-megapixel camera's full size; decoding it takes ~120 MB
PHOTO_BOX = (480, 600)  # the largest photo kept (cards print it at 15×19 mm)
JPEG_QUALITY = 85


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed([FieldError("photo", message)])


def normalised_photo(data: bytes) -> bytes:
    """`data` decoded in full and re-encoded as a JPEG of at most PHOTO_BOX pixels.

    Raises ValidationFailed, saying why, for anything that is not a whole, readable
    JPEG or PNG of at most MAX_PIXELS pixels.
    """
    if len(data) > MAX_BYTES:
        raise _refuse(f"is {len(data):,} bytes (max {MAX_BYTES:,})")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=["JPEG", "PNG"])
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise _refuse(
                    f"is {width}×{height} pixels (max {MAX_PIXELS // 1_000_000} megapixels); "
                    "save a smaller copy and try again"
                )
            if opened.format == "JPEG":
                opened.draft("RGB", (PHOTO_BOX[0] * 2, PHOTO_BOX[1] * 2))  # decode scaled down
            opened.load()  # the whole file: a truncated or corrupt one fails here
            image: Image.Image = ImageOps.exif_transpose(opened)
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            else:
                image = image.convert("RGB")
            image.thumbnail(PHOTO_BOX, Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    except ValidationFailed:
        raise
    except UnidentifiedImageError:
        raise _refuse("is not a JPEG or PNG image") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(
            f"has too many pixels (max {MAX_PIXELS // 1_000_000} megapixels); "
            "save a smaller copy and try again"
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _refuse(f"cannot be read: the file is damaged or incomplete ({exc})") from None
    return out.getvalue()


def set_photo(
    db: Database, actor: Staff, guest_id: int, data: bytes | None, mime: str = "image/jpeg"
) -> None:
    """Store (or with `data=None` remove) a guest's photo: a JPEG made from `data`.

    `mime` is only a hint; the content decides (JPEG or PNG are accepted).
    """
    authorize(db, actor, Operation.EDIT_GUEST)
    kept = normalised_photo(data) if data is not None else None
    with db.write() as session:
        if not repo.load_guests(session, [guest_id]):
            raise NotFound(f"there is no guest with id {guest_id}")
        require_real_names(session, actor, guest_id)
        refuse_erased(session, guest_id)
        repo.set_photo(session, guest_id, "image/jpeg" if kept is not None else None, kept)
        audit(session, actor, "edit_guest", "guest", guest_id, fields=["photo"])


def get_photo(db: Database, actor: Staff, guest_id: int) -> bytes | None:
    """A guest's photo; none for a confidential guest unless the actor may see who they are."""
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        if aliases(session, [guest_id]) and not sees_real_names(session, actor):
            return None
        found = repo.get_photo(session, guest_id)
    return found[1] if found else None
