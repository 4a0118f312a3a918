"""Reading the CSV files hotels export: encoding and delimiter found, not asked.

Nothing is ever read as garbage. The encoding is chosen for the whole file (a UTF-8 or
UTF-16 byte-order mark, UTF-16 without one, else UTF-8 or GB18030 by a majority of lines),
and every line is decoded strictly: a row with a line that is not in that encoding comes
back with a `problem` instead of as mojibake. A quote that is never closed does not swallow
the rest of the file: its row and every line after it come back with a problem each.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from vipdesk.services import safe_files
from vipdesk.services.errors import FileProblem

_CHUNK = 1 << 20
_SNIFF = 1 << 16
# Large free-text cells (notes) are legitimate; a runaway quote is caught by this limit.
FIELD_LIMIT = 4 * 1024 * 1024
csv.field_size_limit(FIELD_LIMIT)

_WORKBOOKS = {
    b"PK\x03\x04": "an Excel workbook (.xlsx)",
    b"\xd0\xcf\x11\xe0": "an Excel 97-2003 workbook (.xls)",
}
_SAVE_AS = "save it from Excel as 'CSV UTF-8' and try again"
_UTF8, _GB = "UTF-8", "GB18030/GBK"


@dataclass(frozen=True)
class CsvRecord:
    line: int
    """1-based line in the file where the record starts."""
    cells: list[str]
    problem: str = ""
    """Why the record cannot be used as read (wrong encoding, broken quote); '' when fine.

    A record with a problem still carries its cells, as well as they can be read, so a
    person can see which row it is."""


def _physical_lines(f: Iterable[bytes]) -> Iterator[bytes]:
    """Lines with their endings; a lone CR ends a line too (old Mac files), as in Python."""
    for raw in f:
        end = len(raw) - (2 if raw.endswith(b"\r\n") else 1 if raw.endswith(b"\n") else 0)
        if raw.find(b"\r", 0, end) == -1:
            yield raw
        else:
            yield from raw.splitlines(keepends=True)


def _kind(raw: bytes) -> str:
    """How one line reads: 'ascii', 'utf-8', 'gb18030', 'both' or 'neither'.

    'both' is a line valid in both encodings that does not look like UTF-8 text; one
    that does is 'utf-8'. Line ends, quotes and delimiters never occur inside a
    multi-byte character in UTF-8 or GB18030, so a line can be judged on its own.
    """
    if raw.isascii():
        return "ascii"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            raw.decode("gb18030")
            return "gb18030"
        except UnicodeDecodeError:
            return "neither"
    try:
        gb = raw.decode("gb18030")
    except UnicodeDecodeError:
        return "utf-8"
    return "utf-8" if _reads_as_utf8(text, gb) else "both"


# Lines each encoding reads: in a UTF-8 file every valid UTF-8 line; in a GB18030 file
# a line valid in both only when it does not look like UTF-8 text ("张伟" as "寮犱紵").
_ACCEPTED = {"utf-8": ("ascii", "utf-8", "both"), "gb18030": ("ascii", "gb18030", "both")}


# A letter with a diacritic next to a plain one: José, Müller. GBK bytes that happen to
# be valid UTF-8 give modifier letters, IPA, Greek or Cyrillic instead.
_ACCENTED_WORD = re.compile(r"[A-Za-z][\u00c0-\u024f]|[\u00c0-\u024f][A-Za-z]")


def _reads_as_utf8(text: str, gb: str) -> bool:
    """For a line valid in both encodings: is it UTF-8 text rather than GBK?

    Short GBK text is sometimes valid UTF-8 ("双VIP" reads as "˫VIP"), and UTF-8 is almost
    always valid GB18030 ("张伟" reads as "寮犱紵"). Chinese UTF-8 read as GBK gives
    characters outside GB2312, which everyday simplified Chinese stays within; accented
    Latin words read as UTF-8 are the other tell.
    """
    try:
        gb.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return _ACCENTED_WORD.search(text) is not None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes fill every other position (ASCII in UTF-16)."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _check_utf16(f: BinaryIO, path: Path, encoding: str) -> None:
    f.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    try:
        while chunk := f.read(_CHUNK):
            decoder.decode(chunk)
            offset += len(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        bom = "" if encoding == "utf-16" else " without a byte-order mark"
        raise FileProblem(
            f"{path} looks like UTF-16 text{bom} but is damaged at byte {offset + exc.start}; "
            f"{_SAVE_AS}"
        ) from None


def detect_encoding(path: Path) -> str:
    """'utf-8-sig', 'utf-8', 'gb18030', 'utf-16' (with BOM), 'utf-16-le' or 'utf-16-be'.

    UTF-8 against GB18030 is decided line by line: GB18030 decodes almost any bytes, so
    "it decodes" proves nothing. Non-ASCII lines that are valid UTF-8 count for UTF-8, the
    others for GB18030, and the majority wins (UTF-8 on a tie; a UTF-8 BOM settles it).
    Raises FileProblem when the file is not text: most of its lines fit neither encoding,
    it is a workbook, or it is damaged UTF-16.
    """
    return _detect(path)[0]


def _detect(path: Path) -> tuple[str, bool]:
    """The encoding, and whether every line can be read in it (see detect_encoding)."""
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                _check_utf16(f, path, "utf-16")
                return "utf-16", True
            for magic, what in _WORKBOOKS.items():
                if head.startswith(magic):
                    raise FileProblem(f"{path} is {what}, not a CSV file; {_SAVE_AS}")
            bom = head.startswith(codecs.BOM_UTF8)
            if not bom and (bomless := _utf16_without_bom(head)):
                _check_utf16(f, path, bomless)
                return bomless, True
            if _all_utf8(f):  # the usual case, checked at the speed of the codec
                return ("utf-8-sig" if bom else "utf-8"), True
            f.seek(0)
            counts = {"ascii": 0, "utf-8": 0, "gb18030": 0, "both": 0, "neither": 0}
            first_bad = {"utf-8": 0, "gb18030": 0}
            for number, raw in enumerate(_physical_lines(f), 1):
                kind = _kind(raw)
                counts[kind] += 1
                for encoding in first_bad:
                    if not first_bad[encoding] and kind not in _ACCEPTED[encoding]:
                        first_bad[encoding] = number
    except FileNotFoundError:
        raise FileProblem(f"file not found: {path}") from None
    except IsADirectoryError:
        raise FileProblem(f"{path} is a folder, not a CSV file") from None
    except PermissionError:
        raise FileProblem(f"no permission to read {path}") from None
    except OSError as exc:
        raise FileProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    gb_votes = counts["gb18030"] + counts["both"]
    chosen = "utf-8" if bom or counts["utf-8"] >= gb_votes else "gb18030"
    unreadable = sum(n for kind, n in counts.items() if kind not in _ACCEPTED[chosen])
    if unreadable and unreadable * 2 >= sum(counts.values()):
        raise FileProblem(
            f"{path} is neither UTF-8 nor GB18030 text (line {first_bad[chosen]} and "
            f"{unreadable - 1} more lines cannot be read); {_SAVE_AS}"
        )
    if chosen == "utf-8":
        chosen = "utf-8-sig" if bom else "utf-8"
    return chosen, unreadable == 0


def _all_utf8(f: BinaryIO) -> bool:
    f.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        while chunk := f.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _quote_opener(lines: list[tuple[int, str]]) -> int:
    """The line whose quote is still open at the end: where the quote count turns odd."""
    opener = lines[0][0] if lines else 0
    odd = False
    for number, text in lines:
        now = odd ^ (text.count('"') % 2 == 1)
        if now and not odd:
            opener = number
        odd = now
    return opener


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class CsvReader:
    """Streams records of a CSV file with their line numbers; `position` tracks progress.

    Every physical line is handed to the csv parser exactly once, so the lines a record
    took are known: for checking each line's encoding, and for listing the lines a quote
    that is never closed has swallowed.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding, clean = _detect(path)
        self.size = path.stat().st_size
        self._binary = path.open("rb")
        self._text: io.TextIOWrapper | None = None
        if clean:  # every line reads strictly: the codec splits and decodes them
            self._text = io.TextIOWrapper(self._binary, encoding=self.encoding, newline="")
            first = self._text.readline()
            self._text.seek(0)
        else:
            first = self._binary.readline().decode(self.encoding, "replace")
            self._binary.seek(0)
        self.delimiter = _sniff_delimiter(first)
        self._line = 0
        self._record_lines: list[tuple[int, str]] = []
        self._record_problem = ""
        self._eof = False
        self._lines = self._decoded_lines()
        self._reader = csv.reader(self._lines, delimiter=self.delimiter, strict=True)
        self._records = self._next()
        self.header: list[str] = []
        self._header_read = False
        self.warnings: list[str] = []
        """What the whole file needs fixed (a quote never closed), once records are read."""

    @property
    def position(self) -> int:
        return self._binary.tell()

    def _decoded_lines(self) -> Iterator[str]:
        source = ((t, "") for t in self._text) if self._text else self._checked_lines()
        for text, problem in source:
            self._line += 1
            if problem and not self._record_problem:
                self._record_problem = f"line {self._line} {problem}"
            if not text.endswith(("\n", "\r")):
                text += "\n"  # the last line's record ends with the line, as the others do
            self._record_lines.append((self._line, text))
            yield text
        self._eof = True

    def _checked_lines(self) -> Iterator[tuple[str, str]]:
        """(text, problem) per line: strict in the file's encoding, readable otherwise."""
        utf8 = self.encoding.startswith("utf-8")
        encoding = "utf-8" if utf8 else "gb18030"
        accepted = _ACCEPTED[encoding]
        first = True
        for raw in _physical_lines(self._binary):
            if first:
                first = False
                if raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
            kind = _kind(raw)
            if kind in accepted:
                yield raw.decode(encoding), ""
            elif kind == "neither":
                problem = f"is neither UTF-8 nor GB18030 text; {_SAVE_AS}"
                yield raw.decode("utf-8" if utf8 else "gb18030", "replace"), problem
            else:
                # Shown as it reads in its own encoding, so whoever fixes it sees the text.
                found, rest = (_GB, _UTF8) if utf8 else (_UTF8, _GB)
                problem = f"is {found} text, but the rest of the file is {rest}; {_SAVE_AS}"
                yield raw.decode(kind), problem

    def _next(self) -> Iterator[CsvRecord]:
        """The records, each with the lines it took; broken quotes reject their lines.

        The parser is strict, so quotes are never guessed at. A quote still open at the end
        of the file (or past the size limit) was never closed: that row and every line after
        it come back rejected, each line on its own, because where rows were meant to start
        again cannot be known. A quote closed in the middle of a cell rejects the lines of
        its row, and reading goes on after them.
        """
        while True:
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error:
                yield from self._broken()
                continue
            except UnicodeDecodeError as exc:  # UTF-16 damaged after it was checked
                raise FileProblem(f"{self.path} cannot be read as {self.encoding}: {exc}") from None
            lines, self._record_lines = self._record_lines, []
            problem, self._record_problem = self._record_problem, ""
            yield CsvRecord(lines[0][0] if lines else self._line, cells, problem)

    def _broken(self) -> Iterator[CsvRecord]:
        lines, self._record_lines = self._record_lines, []
        self._record_problem = ""
        if not lines:
            return
        runaway = sum(len(text) for _, text in lines) > FIELD_LIMIT
        more: Iterator[tuple[int, str]] = iter(())
        if runaway and len(lines) == 1 and lines[0][1].count('"') % 2 == 0:
            first = rest = f"a cell on line {lines[0][0]} is longer than 4 MB"
        elif self._eof or runaway:
            opened = _quote_opener(lines)
            closed = "not closed within 4 MB" if runaway else "never closed"
            self.warnings.append(
                f"a quote opened on line {opened} is {closed}, so no row after it was "
                "imported: close the quote and import the file again (rows already "
                "imported do not change)"
            )
            first = f"quote opened on line {opened} {closed}"
            rest = f"not read: the quote opened on line {opened} is {closed}"
            if runaway:
                more = self._rest()
        else:
            start, end = lines[0][0], lines[-1][0]
            where = f"on line {start}" if start == end else f"between lines {start} and {end}"
            first = (
                f"broken quotes {where}: a closing quote is followed by more text in the "
                'same cell (a quote inside a quoted cell is written twice: "")'
            )
            rest = f"not read: part of the row from line {start}, which has broken quotes"
        for index, (number, text) in enumerate(chain(lines, more)):
            body = text.rstrip("\r\n")
            if index and not body.strip():
                continue
            try:
                cells = next(csv.reader([body], delimiter=self.delimiter), [])
            except csv.Error:  # a line over the cell limit: its start shows which one
                cells = [body[:1000] + " …"]
            yield CsvRecord(number, cells, rest if index else first)

    def _rest(self) -> Iterator[tuple[int, str]]:
        """The lines the parser has not taken yet (after a runaway cell), one at a time."""
        for _text in self._lines:
            yield self._record_lines.pop()

    def read_header(self) -> list[str]:
        record = next(self._records, None)
        if record is None:
            raise FileProblem(f"{self.path} is empty: it has no header row")
        if record.problem:
            raise FileProblem(f"{self.path}: the header row cannot be read: {record.problem}")
        self.header = record.cells
        self._header_read = True
        return self.header

    def records(self) -> Iterator[CsvRecord]:
        if not self._header_read:
            self.read_header()
        yield from self._records

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
        self._binary.close()

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
