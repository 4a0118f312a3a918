"""Secrets kept outside the database: the OS keyring where there is one, else owner-only files.

A secret is named by what it is for and a random id kept inside the database (never by the
file's path), so a renamed or moved database still finds its secrets. Windows Credential
Manager, the macOS Keychain and the Secret Service are used through `keyring`; entries there
belong to one OS user. A counter shared by several OS accounts, a machine without a keyring,
and the tests use the key folder instead: `$VIPDESK_KEY_DIR` (which also forces files), else
the folder named in `key-folder.txt` beside the installed program, else `keys` in the
per-user config folder. Files there are created owner-only (0600, folder 0700).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from vipdesk import runtime
from vipdesk.services.errors import FileProblem
from vipdesk.services.safe_files import private_folder, write_bytes

ENV_KEY_DIR = "VIPDESK_KEY_DIR"
KEY_FOLDER_FILE = "key-folder.txt"
KEYRING_SERVICE = "vipdesk"
_NAME = re.compile(r"^[a-z][a-z0-9-]{0,30}:[A-Za-z0-9-]{1,64}$")


@dataclass(frozen=True)
class KeyPlace:
    """Where secrets are kept on this machine: `keyring` (with the backend's name) or `file`."""

    kind: str
    where: str

    @property
    def is_keyring(self) -> bool:
        return self.kind == "keyring"


def key_dir() -> Path:
    """The owner-only folder for key files (see the module's docstring)."""
    env = os.environ.get(ENV_KEY_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    folder = runtime.install_folder()
    if folder is not None and (folder / KEY_FOLDER_FILE).is_file():
        named = (folder / KEY_FOLDER_FILE).read_text(encoding="utf-8-sig").strip()
        if named:
            return Path(os.path.expandvars(named)).expanduser()
    return Path(platformdirs.user_config_dir("vipdesk", appauthor=False)) / "keys"


def _keyring():  # type: ignore[no-untyped-def]
    """The OS keyring backend, or None where there is none (or files are forced)."""
    if os.environ.get(ENV_KEY_DIR, "").strip():
        return None
    installed = runtime.install_folder()
    if installed is not None and (installed / KEY_FOLDER_FILE).is_file():
        return None  # a counter shared by several OS accounts keeps keys in one folder
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring setup is the same as none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def key_place() -> KeyPlace:
    """Where this machine keeps secrets; `vipdesk check` reports it."""
    backend = _keyring()
    if backend is None:
        return KeyPlace("file", str(key_dir()))
    return KeyPlace("keyring", type(backend).__name__)


def why_files() -> str:
    """Why secrets go to files here (for `vipdesk check`); "" where a keyring is used."""
    if os.environ.get(ENV_KEY_DIR, "").strip():
        return f"${ENV_KEY_DIR} names the key folder"
    installed = runtime.install_folder()
    if installed is not None and (installed / KEY_FOLDER_FILE).is_file():
        return f"{KEY_FOLDER_FILE} beside the program names a machine-wide key folder"
    if _keyring() is None:
        return "no OS keyring is available"
    return ""


def secret_place(name: str) -> KeyPlace | None:
    """Where the secret `name` is kept on this machine (None: nowhere)."""
    _check_name(name)
    backend = _keyring()
    if backend is not None:
        try:
            if backend.get_password(KEYRING_SERVICE, name) is not None:
                return KeyPlace("keyring", type(backend).__name__)
        except Exception:  # an unreadable keyring: the file may still hold it
            pass
    path = _file(name)
    return KeyPlace("file", str(path)) if path.is_file() else None


def _check_name(name: str) -> None:
    if not _NAME.match(name):
        raise ValueError(f"bad secret name {name!r}")


def _file(name: str) -> Path:
    return key_dir() / (name.replace(":", "-") + ".key")


def get_secret(name: str) -> bytes | None:
    """The secret stored under `name` (e.g. `audit:<database id>`), or None."""
    _check_name(name)
    backend = _keyring()
    if backend is not None:
        try:
            text = backend.get_password(KEYRING_SERVICE, name)
        except Exception as exc:
            raise FileProblem(f"the keyring cannot be read: {exc}") from None
        if text is not None:
            return bytes.fromhex(text.strip())
    path = _file(name)  # a key file is read even where a keyring exists (key import, moves)
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblem(f"cannot read the key file {path}: {exc}") from None
    try:
        return bytes.fromhex(text.strip())
    except ValueError:
        raise FileProblem(f"the key file {path} is not a key") from None


def put_secret(name: str, value: bytes) -> KeyPlace:
    """Store `value` under `name`, in the keyring if there is one, else in an owner-only file."""
    _check_name(name)
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, name, value.hex())
            return KeyPlace("keyring", type(backend).__name__)
        except Exception:  # a locked or refusing keyring: fall back to the file
            pass
    folder = key_dir()
    try:
        private_folder(folder)
    except OSError as exc:
        raise FileProblem(f"cannot create the key folder {folder}: {exc.strerror or exc}") from None
    write_bytes(_file(name), (value.hex() + "\n").encode("ascii"))
    return KeyPlace("file", str(folder))
