"""Files that hold guest data: the one place that creates them and sets their permissions.

Every writer (exports, rejects, backups, PDFs, the database itself) goes through here:
- a file is written to a fresh temporary file, made exclusively (O_EXCL) in the target's
  folder, and renamed over the target only when complete. A planted `FILE.part` link is
  never followed, and a crash never leaves a half-written file under the real name;
- the database's own files, links, devices and folders are refused as targets;
- new files are owner-only (0600) and new folders 0700. On Windows the per-user profile
  folder's ACLs already do this job, so permissions are left alone there.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from vipdesk.services.errors import FileProblem

_T = TypeVar("_T")

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = sys.platform != "win32"
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
# Files of the databases opened by this process, by path and by (device, inode) so that
# another name for the same file (a hard link) is caught too: never a target for a writer.
_database_paths: set[Path] = set()
_database_inodes: set[tuple[int, int]] = set()


def protect_database(path: Path) -> None:
    """Mark an open database: its file, WAL, shared memory and journal are never written over."""
    path = Path(path).resolve()
    for suffix in _DATABASE_SUFFIXES:
        _database_paths.add(path.with_name(path.name + suffix))
    try:
        found = os.stat(path)
    except OSError:
        return
    _database_inodes.add((found.st_dev, found.st_ino))


def private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents owner-only; existing folders are left as they are."""
    missing: list[Path] = []
    here = Path(folder)
    while not here.exists():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue
        if _POSIX:
            os.chmod(new, PRIVATE_FOLDER)  # mkdir's mode is narrowed by the umask only


def create_private_file(path: Path) -> bool:
    """Create an empty owner-only file at `path` if nothing is there; True if created.

    SQLite gives a database's WAL and shared-memory files the permissions of the database
    file, so creating the database this way makes all three owner-only.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


# Why a write failed, by errno: the UI names the class ("the disk is full"), not Python's text.
_WRITE_REASONS = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.ENOENT: "folder_missing",
    errno.ENOTDIR: "folder_missing",
    errno.EROFS: "read_only",
}


def cannot_write(target: Path, exc: OSError) -> FileProblem:
    """The error for a file that could not be written: code `cannot_write`, with the
    file (`path`) and the reason class (`reason`: permission, disk_full, folder_missing,
    read_only or other) for the UI; the English message keeps the system's words."""
    reason = _WRITE_REASONS.get(exc.errno or 0, "other")
    return FileProblem(
        f"cannot write {target}: {exc.strerror or exc}",
        code="cannot_write",
        path=str(target),
        reason=reason,
    )


def check_target(target: Path) -> None:
    """Refuse to write over a database in use, a link, a device, a folder or anything odd."""
    target = Path(target)
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise cannot_write(target, exc) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        kind = (
            "a link"
            if stat.S_ISLNK(found.st_mode)
            else "a folder"
            if stat.S_ISDIR(found.st_mode)
            else "not a regular file"
        )
        raise FileProblem(f"refusing to write {target}: it is {kind}; choose a new file name")
    same_file = found is not None and (found.st_dev, found.st_ino) in _database_inodes
    if same_file or target.resolve() in _database_paths:
        raise FileProblem(
            f"refusing to write {target}: it is the vipdesk database itself; choose a new file name"
        )


def exclusive_temp(target: Path) -> Path:
    """A new, empty, owner-only file beside `target`, made with O_EXCL (never a planted link)."""
    target = Path(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise cannot_write(target, exc) from None
    os.close(fd)
    return Path(name)


def discard(tmp: Path) -> None:
    """Remove a temporary file and any SQLite side files it grew."""
    for suffix in _DATABASE_SUFFIXES:
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def install(tmp: Path, target: Path) -> None:
    """Rename a finished temporary file over `target` (checked again just before)."""
    check_target(target)
    os.replace(tmp, target)
    _sync_folder(Path(target).parent)


def replace_database(tmp: Path, target: Path) -> None:
    """Rename a finished database over `target`, even the open one (a restore does)."""
    found = os.lstat(target) if os.path.lexists(target) else None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise FileProblem(f"refusing to write {target}: it is not a regular file")
    os.replace(tmp, target)
    _sync_folder(Path(target).parent)


def install_new(tmp: Path, wanted: Path) -> Path:
    """Give a finished temporary file a name nothing has: `wanted`, else `wanted-2`, `-3`…

    The name is reserved with O_EXCL first, so an existing file is never overwritten.
    """
    wanted = Path(wanted)
    for n in range(1, 1000):
        name = wanted if n == 1 else wanted.with_name(f"{wanted.name}-{n}")
        if create_private_file(name):
            os.replace(tmp, name)
            _sync_folder(name.parent)
            return name
    raise FileProblem(f"cannot find a free name beside {wanted}")


@contextmanager
def atomic_write(
    target: Path, mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """Write `target` whole or not at all: a fresh temporary file, synced, then renamed."""
    target = Path(target)
    check_target(target)
    tmp = exclusive_temp(target)
    try:
        with open(tmp, mode, encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        install(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes) -> None:
    """Write `data` to `target` safely (see atomic_write)."""
    try:
        with atomic_write(target) as f:
            f.write(data)
    except OSError as exc:
        raise cannot_write(target, exc) from None


def write_rendered(target: Path, render: Callable[[Path], _T]) -> _T:
    """Write a document that `render` writes to a path (reportlab PDFs) to `target` safely.

    `render` writes into a private temporary folder; the bytes then go through
    write_bytes. `target` is checked first, so nothing is rendered for a refused target.
    Returns what `render` returned.
    """
    target = Path(target)
    check_target(target)
    with tempfile.TemporaryDirectory(prefix="vipdesk-") as folder:
        scratch = Path(folder) / "document"
        result = render(scratch)
        data = scratch.read_bytes()
    write_bytes(target, data)
    return result


class AtomicFile:
    """A text file written bit by bit (e.g. rejects during an import), installed on commit."""

    def __init__(self, target: Path, encoding: str, newline: str | None = None) -> None:
        self.target = Path(target)
        check_target(self.target)
        self._tmp = exclusive_temp(self.target)
        self.file = open(self._tmp, "w", encoding=encoding, newline=newline)  # noqa: SIM115

    def commit(self) -> None:
        if self.file.closed:
            return
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        install(self._tmp, self.target)

    def discard(self) -> None:
        self.file.close()
        self._tmp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    # The rename itself survives a power cut only once the folder entry is on disk.
    if not _POSIX:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
