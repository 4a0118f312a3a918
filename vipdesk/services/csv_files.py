"""Reading the CSV files hotels export: encoding and delimiter found, not asked."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vipdesk.services import safe_files
from vipdesk.services.errors import FileProblem

_CHUNK = 1 << 20
# Large free-text cells (notes) are legitimate; a runaway quote is caught by this limit.
csv.field_size_limit(4 * 1024 * 1024)


@dataclass(frozen=True)
class CsvRecord:
    line: int
    """1-based line in the file where the record starts."""
    cells: list[str]


def detect_encoding(path: Path) -> str:
    """'utf-8-sig' (with or without BOM), 'utf-16' (with BOM) or 'gb18030'.

    Reads the file once in chunks with strict decoders, so memory stays flat.
    """
    try:
        with path.open("rb") as f:
            head = f.read(4)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            f.seek(0)
            failures: dict[str, str] = {}
            for encoding in ("utf-8-sig", "gb18030"):
                decoder = codecs.getincrementaldecoder(encoding)("strict")
                f.seek(0)
                offset = 0
                try:
                    while chunk := f.read(_CHUNK):
                        decoder.decode(chunk)
                        offset += len(chunk)
                    decoder.decode(b"", final=True)
                    return encoding
                except UnicodeDecodeError as exc:
                    failures[encoding] = f"byte {offset + exc.start}"
    except FileNotFoundError:
        raise FileProblem(f"file not found: {path}") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is a folder, not a CSV file") from None
    except PermissionError:
        raise FileProblem(f"no permission to read {path}") from None
    except OSError as exc:
        raise FileProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    where = ", ".join(f"{enc} fails at {pos}" for enc, pos in failures.items())
    raise FileProblem(
        f"{path} is neither UTF-8 nor GB18030 text ({where}); save it from Excel as "
        "'CSV UTF-8' and try again"
    )


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class CsvReader:
    """Streams records of a CSV file with their line numbers; `position` tracks progress."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = detect_encoding(path)
        self.size = path.stat().st_size
        self._binary = path.open("rb")
        self._text = io.TextIOWrapper(self._binary, encoding=self.encoding, newline="")
        first = self._text.readline()
        self.delimiter = _sniff_delimiter(first)
        self._text.seek(0)
        self._reader = csv.reader(self._text, delimiter=self.delimiter)
        self.header: list[str] = []
        self._header_read = False

    @property
    def position(self) -> int:
        return self._binary.tell()

    def read_header(self) -> list[str]:
        try:
            self.header = next(self._reader)
        except StopIteration:
            raise FileProblem(f"{self.path} is empty: it has no header row") from None
        self._header_read = True
        return self.header

    def records(self) -> Iterator[CsvRecord]:
        if not self._header_read:
            self.read_header()
        line = self._reader.line_num + 1
        while True:
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileProblem(f"{self.path}, line {line}: the CSV is broken ({exc})") from None
            yield CsvRecord(line, cells)
            line = self._reader.line_num + 1

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> CsvReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RejectsWriter:
    """Writes rejected rows (line, reason, then the original cells) as UTF-8 with a BOM.

    Through safe_files: a fresh owner-only file, renamed into place when closed.
    """

    def __init__(self, path: Path | None, header: list[str]) -> None:
        self._out: safe_files.AtomicFile | None = None
        if path is None:
            return
        try:
            self._out = safe_files.AtomicFile(path, encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise FileProblem(f"cannot write rejects to {path}: {exc.strerror}") from None
        self._csv = csv.writer(self._out.file)
        self._csv.writerow(["line", "reason", *header])

    def write(self, line: int, reason: str, cells: list[str]) -> None:
        if self._out is not None:
            self._csv.writerow([line, reason, *cells])

    def close(self) -> None:
        if self._out is not None:
            self._out.commit()
