"""Hostile files: whatever a file holds, the import never crashes, never stores garbled text
and never loses a row silently. Every row is imported or listed as rejected with its line.

Run longer with `HYPOTHESIS_PROFILE=long pytest --timeout=0 tests/reliability` (profiles in
tests/conftest.py).
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import FileProblem
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guest_import import ImportSummary, import_guests
from vipdesk.services.guests import count_guests, list_guests

# Each example opens a fresh database, so these run fewer examples than the profile's.
SLOW = settings(
    max_examples=max(10, settings().max_examples // 3),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

NAMES = ["张伟", "王芳", "诸葛亮", "歐陽娜娜", "José Müller", "Zoë Ångström", "Emma Smith", "李娜"]
ENCODINGS = ["utf-8", "gbk", "latin-1"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database, copied for each example: migrating is the slow part."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = open_desk(path)
    make_staff(database, "fuzz", Role.ADMIN)
    database.close()
    return path


def _fresh(template: Path, folder: Path, name: str = "h.db") -> tuple[Database, Staff]:
    shutil.copyfile(template, folder / name)
    db = open_desk(folder / name)
    return db, make_staff(db, "fuzz", Role.ADMIN)


def _import(db: Database, actor: Staff, path: Path) -> tuple[ImportSummary, list[list[str]]]:
    rejects = path.with_suffix(".rejects.csv")
    summary = import_guests(db, actor, path, rejects_path=rejects)
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        return summary, list(csv.reader(f))[1:]


@SLOW
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(NAMES), st.sampled_from(ENCODINGS)), min_size=1, max_size=8
    )
)
def test_mixed_encodings_are_imported_exactly_or_rejected_never_garbled(
    tmp_path_factory: pytest.TempPathFactory, template: Path, rows: list[tuple[str, str]]
) -> None:
    folder = tmp_path_factory.mktemp("mixed")
    lines = [b"name,notes\n"]
    for index, (name, encoding) in enumerate(rows):
        try:
            lines.append(f"{name},row {index}\n".encode(encoding))
        except UnicodeEncodeError:  # Latin-1 has no Chinese: that row is written in UTF-8
            lines.append(f"{name},row {index}\n".encode())
    path = folder / "in.csv"
    path.write_bytes(b"".join(lines))
    db, actor = _fresh(template, folder)
    try:
        try:
            summary, rejected = _import(db, actor, path)
        except FileProblem:
            assert count_guests(db, actor) == 0
            return
        stored = [g.name for g in list_guests(db, actor)]
        assert set(stored) <= set(NAMES)  # never mojibake
        # Every row is accounted for: imported (a repeated name is "the same guest") or
        # rejected, each rejected row once, with its own line number.
        assert summary.imported + summary.rejected == len(rows)
        assert len(stored) == summary.imported
        numbers = [int(r[0]) for r in rejected]
        assert len(set(numbers)) == len(numbers)
        assert all(2 <= n <= len(rows) + 1 for n in numbers)
    finally:
        db.close()


plain = st.text(alphabet="abcxyz0123456789 李娜王", min_size=1, max_size=8).filter(
    lambda s: s.strip() == s
)


@SLOW
@given(
    names=st.lists(plain, min_size=1, max_size=8, unique=True),
    data=st.data(),
)
def test_a_stray_quote_never_swallows_rows_silently(
    tmp_path_factory: pytest.TempPathFactory,
    template: Path,
    names: list[str],
    data: st.DataObject,
) -> None:
    """A quote at the start of a cell in a file without other quotes can never close."""
    folder = tmp_path_factory.mktemp("quote")
    broken = data.draw(st.integers(0, len(names) - 1), label="row with the stray quote")
    column = data.draw(st.sampled_from(["name", "notes"]), label="cell")
    lines = ["name,notes\n"]
    for index, name in enumerate(names):
        notes = f"note {index}"
        if index == broken:
            name, notes = (f'"{name}', notes) if column == "name" else (name, f'"{notes}')
        lines.append(f"{name},{notes}\n")
    path = folder / "in.csv"
    path.write_text("".join(lines), encoding="utf-8")
    db, actor = _fresh(template, folder)
    try:
        summary, rejected = _import(db, actor, path)
        first = broken + 2  # line of the broken row: the header is line 1
        assert summary.imported == broken
        assert [int(r[0]) for r in rejected] == list(range(first, len(names) + 2))
        assert rejected[0][1] == f"quote opened on line {first} never closed"
        assert any(f"line {first}" in w for w in summary.warnings)
        stored = {g.name for g in list_guests(db, actor)}
        assert stored == set(names[:broken])
    finally:
        db.close()


formula = st.builds(
    lambda quotes, start, rest: "'" * quotes + start + rest,
    st.integers(0, 3),
    st.sampled_from(["=", "+", "-", "@", "\t", "", "x"]),
    st.text(alphabet="=+-@'1A 李", max_size=6),
).map(str.rstrip)


@SLOW
@given(
    name=formula.filter(lambda s: s.strip() and "\t" not in s),
    company=formula.filter(lambda s: "\t" not in s),
    notes=formula,
    allergy=formula.filter(lambda s: "\t" not in s and ";" not in s),
)
def test_export_is_never_a_live_formula_and_round_trips_byte_for_byte(
    tmp_path_factory: pytest.TempPathFactory,
    template: Path,
    name: str,
    company: str,
    notes: str,
    allergy: str,
) -> None:
    folder = tmp_path_factory.mktemp("formula")
    source = folder / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["name", "company", "notes", "allergies"]])
        csv.writer(f).writerow([name, company, notes, allergy])
    db, actor = _fresh(template, folder)
    other, other_actor = _fresh(template, folder, "other.db")
    try:
        summary = import_guests(db, actor, source)
        if summary.rejected:  # e.g. a name that is only a quote and spaces: listed, not lost
            assert summary.reject_samples[0][0] == 2
            return
        first = folder / "first.csv"
        export_guests(db, actor, first)
        with first.open(encoding="utf-8-sig", newline="") as f:
            cells = [c for row in csv.reader(f) for c in row]
        assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
        assert import_guests(other, other_actor, first).imported == 1
        second = folder / "second.csv"
        export_guests(other, other_actor, second)
        assert second.read_bytes() == first.read_bytes()
    finally:
        other.close()
        db.close()


@SLOW
@given(junk=st.binary(max_size=300), where=st.integers(0, 3))
def test_arbitrary_bytes_never_crash_the_import(
    tmp_path_factory: pytest.TempPathFactory, template: Path, junk: bytes, where: int
) -> None:
    folder = tmp_path_factory.mktemp("junk")
    good = ["name,notes\n", "李娜,a\n", "Emma,b\n", "王芳,c\n"]
    data = "".join(good[: where + 1]).encode() + junk + "".join(good[where + 1 :]).encode()
    path = folder / "in.csv"
    path.write_bytes(data)
    db, actor = _fresh(template, folder)
    try:
        try:
            summary = import_guests(db, actor, path)
        except FileProblem:
            assert count_guests(db, actor) == 0
            return
        assert summary.imported == count_guests(db, actor)
        for guest in list_guests(db, actor):
            assert "\ufffd" not in guest.name  # nothing decoded with replacement characters
    finally:
        db.close()


def _rows(n: int) -> str:
    return "".join(f"Guest {i},note {i}\n" for i in range(n))


@pytest.mark.parametrize(
    ("content", "imported", "rejected_lines"),
    [
        # a quote left open for more than the 4 MB cell limit: the rest is listed, not lost
        (
            "name,notes\n" + _rows(2) + 'Broken,"runaway\n' + ("x" * 1000 + "\n") * 4300 + _rows(2),
            2,
            [4, 5, 4306],
        ),
        # an unquoted cell over the limit rejects only its line
        ("name,notes\nBig," + "y" * (4 * 1024 * 1024 + 10) + "\n" + _rows(2), 2, [2]),
        # old Mac line endings (CR only) and mixed endings
        ("name,notes\rA,1\rB,2\r\nC,3\n", 3, []),
        # only delimiters, blank lines, spaces: blank rows, not guests and not rejects
        ("name,notes\n,\n\n   ,  \nA,1\n", 1, []),
        # semicolon-separated Chinese Excel export
        ("姓名;备注\n李娜;常住客\n王芳;\n", 2, []),
    ],
)
def test_hostile_files(
    db: Database,
    actor: Staff,
    tmp_path: Path,
    content: str,
    imported: int,
    rejected_lines: list[int],
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content.encode())
    summary, rejected = _import(db, actor, path)
    assert summary.imported == imported
    lines = [int(r[0]) for r in rejected]
    if len(rejected_lines) == 3 and lines:  # first, second and last line of a long listing
        lines = [lines[0], lines[1], lines[-1]]
    assert lines == rejected_lines


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00" * 1000, "no name column|neither UTF-8"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Excel 97-2003 workbook"),
        (bytes(range(256)) * 8, "neither UTF-8 nor GB18030|no name column"),
        ("name\nAnna\n".encode("utf-16-le")[:-1], "UTF-16"),
    ],
)
def test_files_that_are_not_guest_lists_give_one_message(
    db: Database, actor: Staff, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(FileProblem, match=message):
        import_guests(db, actor, path)
    assert count_guests(db, actor) == 0


def test_excel_unicode_text_tab_separated_utf16_without_bom(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    text = io.StringIO()
    csv.writer(text, delimiter="\t").writerows([["姓名", "备注"], ["李娜", "常住客"], ["José", ""]])
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.getvalue().encode("utf-16-le"))
    summary = import_guests(db, actor, path)
    assert (summary.imported, summary.rejected) == (2, 0)
    assert {g.name for g in list_guests(db, actor)} == {"李娜", "José"}
