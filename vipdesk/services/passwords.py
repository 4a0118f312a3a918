"""Password, PIN and recovery-code hashing: Argon2id at OWASP's parameters or above."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP: 19 MiB, 2 iterations, 1 lane (the hash records them, so raising them later still
# verifies old hashes and rehashes them at the next sign-in).
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1

_HASHER = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, type=Type.ID
)


@cache
def _dummy() -> str:
    """Verified against when the user does not exist, so that a wrong name takes as long
    as a wrong password (the answer never says which was wrong)."""
    return _HASHER.hash("not a password of anyone")


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(stored: str | None, secret: str) -> bool:
    """Whether `secret` matches `stored`; a missing hash still costs one verification."""
    try:
        return _HASHER.verify(stored or _dummy(), secret) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


def new_recovery_code() -> str:
    """Twenty characters in groups of five (100 bits), e.g. `K7QM2-…`."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def normal_recovery_code(code: str) -> str:
    """As typed, with spaces, dashes and lower case forgiven."""
    raw = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))
