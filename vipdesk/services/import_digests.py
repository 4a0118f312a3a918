"""What each row of the last guest import matched, so re-importing an unchanged file is quick.

For every row with a member number that was stored, updated or found unchanged, the import
keeps a digest of the row's cells, the guest it matched and that guest's state (id, version
and last change, hashed). When the same row comes again and its guest is still in exactly
that state, the full import would match it again (member numbers are unique) and change
nothing (the import only adds and replaces, so a row applied twice is applied once). Such
a row is then neither tokenised, nor matched, loaded and merged. It is still parsed, in the
helper process, for the check against the same guest twice in one file.

Kept in app_meta (no table of its own): sorted arrays, base64 in a JSON value.
"""

from __future__ import annotations

import base64
import hashlib
import json
from array import array
from bisect import bisect_left

from sqlalchemy.orm import Session

import vipdesk
from vipdesk.store import guest_repo as repo

KEY = "guest_import_rows"
FORMAT = f"1/{vipdesk.__version__}"
"""Another vipdesk may parse the same cells differently: its digests are not used."""


def row_salt(header_len: int, positions: dict[str, int]) -> bytes:
    """What gives a row's cells their meaning: the same cells under another header differ."""
    return f"{FORMAT}|{header_len}|{sorted(positions.items())}|".encode()


def row_digest(salt: bytes, cells: list[str]) -> int:
    text = "\x1f".join(cells).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(salt + text, digest_size=8).digest(), "little")


def state_token(guest_id: int, version: int, updated_at: object) -> int:
    """The guest's state: any save raises its version; a reused id has another time."""
    text = f"{guest_id}|{version}|{updated_at}".encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def guest_tokens(session: Session, guest_ids: list[int]) -> dict[int, int]:
    return {
        guest_id: state_token(guest_id, version, updated_at)
        for guest_id, (version, updated_at) in repo.guest_states(session, guest_ids).items()
    }


class RowDigests:
    """The stored digests (sorted, looked up by bisection) and the ones of this run."""

    def __init__(self, digests: array[int], guests: array[int], tokens: array[int]) -> None:
        self._digests, self._guests, self._tokens = digests, guests, tokens
        self._new: tuple[array[int], array[int], array[int]] = (
            array("Q"),
            array("q"),
            array("Q"),
        )

    @classmethod
    def load(cls, session: Session) -> RowDigests:
        arrays = (array("Q"), array("q"), array("Q"))
        raw = repo.get_meta(session, KEY)
        try:
            data = json.loads(raw) if raw else {}
            if data.get("format") == FORMAT:
                for target, name in zip(arrays, ("digests", "guests", "tokens"), strict=True):
                    target.frombytes(base64.b64decode(data[name]))
        except (ValueError, KeyError, TypeError):
            arrays = (array("Q"), array("q"), array("Q"))
        if not len(arrays[0]) == len(arrays[1]) == len(arrays[2]):
            arrays = (array("Q"), array("q"), array("Q"))
        return cls(*arrays)

    def find(self, digest: int) -> tuple[int, int] | None:
        """(guest id, state token) stored for a row with this digest."""
        i = bisect_left(self._digests, digest)
        if i < len(self._digests) and self._digests[i] == digest:
            return self._guests[i], self._tokens[i]
        return None

    def add(self, digest: int, guest_id: int, token: int) -> None:
        for target, value in zip(self._new, (digest, guest_id, token), strict=True):
            target.append(value)

    def save(self, session: Session, *, keep_stored: bool) -> None:
        """This run's rows replace the stored ones (kept too after a resumed run).

        Sorted through a permutation of indexes, never a Python object per row: after a
        100,000-row import, a dict of tuples here was the import's peak of memory.
        """
        digests, guests, tokens = array("Q"), array("q"), array("Q")
        parts = [(self._digests, self._guests, self._tokens)] if keep_stored else []
        for part in [*parts, self._new]:
            for target, source in zip((digests, guests, tokens), part, strict=True):
                target.extend(source)
        # Stable: of equal digests (the same row again), the later one comes last and wins.
        order = sorted(range(len(digests)), key=digests.__getitem__)
        out: tuple[array[int], array[int], array[int]] = (array("Q"), array("q"), array("Q"))
        for n, i in enumerate(order):
            if n + 1 < len(order) and digests[order[n + 1]] == digests[i]:
                continue
            out[0].append(digests[i])
            out[1].append(guests[i])
            out[2].append(tokens[i])
        del order, digests, guests, tokens
        value = {
            "format": FORMAT,
            **{
                name: base64.b64encode(a.tobytes()).decode()
                for name, a in zip(("digests", "guests", "tokens"), out, strict=True)
            },
        }
        repo.set_meta(session, KEY, json.dumps(value))
