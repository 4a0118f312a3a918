"""The guest import contract, over real files in the encodings hotels export."""

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest_rows import restore_formula
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.errors import FileProblem
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guest_import import import_guests
from vipdesk.services.guests import count_guests, find_by_member_no_or_id, list_guests

HEADER_ZH = [
    "会员号",
    "姓名",
    "手机",
    "邮箱",
    "生日",
    "纪念日",
    "等级",
    "公司",
    "国籍",
    "性别",
    "偏好",
    "忌讳",
    "备注",
]
ROWS_ZH = [
    [
        "M001",
        "诸葛亮",
        "138-0013-8000",
        "kongming@example.com",
        "1981年4月7日",
        "",
        "三VIP",
        "蜀汉集团",
        "中国",
        "男",
        "客房：高楼层；喜欢普洱茶",
        "忌数字4",
        "常住客",
    ],
    [
        "M002",
        "歐陽娜娜",
        "+886 912 345 678",
        "",
        "3月5日",
        "2015/6/1",
        "双VIP",
        "",
        "中國台灣",
        "女",
        "",
        "",
        "",
    ],
    [
        "",
        "José Müller-Lüdenscheidt",
        "+49 30 1234567",
        "jose@example.de",
        "03-05",
        "",
        "VIP",
        "Siemens AG",
        "Deutschland",
        "M",
        "Oat milk",
        "No lilies",
        "Spricht Deutsch",
    ],
]


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "utf-16"])
def test_encodings_are_detected(db: Database, actor: Staff, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "guests.csv", HEADER_ZH, ROWS_ZH, encoding)
    summary = import_guests(db, actor, path)
    assert (summary.imported, summary.rejected) == (3, 0)
    kongming = find_by_member_no_or_id(db, actor, "M001")
    assert kongming.name == "诸葛亮"
    assert kongming.tier == Tier.VVVIP
    assert kongming.birthday() == PartialDate(4, 7, 1981)
    assert [p.text for p in kongming.preferences] == ["高楼层", "喜欢普洱茶"]
    nana = find_by_member_no_or_id(db, actor, "M002")
    assert nana.name == "歐陽娜娜"  # traditional characters kept as written
    assert nana.birthday() == PartialDate(3, 5)
    assert nana.anniversary() == PartialDate(6, 1, 2015)
    names = {g.name for g in list_guests(db, actor)}
    assert "José Müller-Lüdenscheidt" in names


def test_gb18030_file_with_characters_outside_gbk(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    rows = [["M9", "𠀀𠮷野家", "", "", "", "", "", "", "", "", "", "", ""]]
    path = write_csv(tmp_path / "rare.csv", HEADER_ZH, rows, "gb18030")
    assert import_guests(db, actor, path).imported == 1
    assert find_by_member_no_or_id(db, actor, "M9").name == "𠀀𠮷野家"


def test_bad_rows_are_rejected_with_line_and_reason_and_the_rest_imported(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    rows = [
        ROWS_ZH[0],
        ["M010", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["M011", "王伟", "", "", "1990-02-30", "", "", "", "", "", "", "", ""],
        ["M012", "李娜", "", "", "", "", "金卡", "", "", "", "", "", ""],
        ["M013", "张三", "12", "", "", "", "", "", "", "", "", "", ""],
        ROWS_ZH[1],
    ]
    path = write_csv(tmp_path / "in.csv", HEADER_ZH, rows, "utf-8-sig")
    rejects = tmp_path / "rejects.csv"
    summary = import_guests(db, actor, path, rejects_path=rejects)
    assert (summary.imported, summary.rejected) == (2, 4)
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        kept = list(csv.reader(f))
    assert kept[0] == ["line", "reason", *HEADER_ZH]
    assert [r[0] for r in kept[1:]] == ["3", "4", "5", "6"]
    reasons = [r[1] for r in kept[1:]]
    assert reasons[0].startswith("name:")
    assert reasons[1].startswith("birthday:") and "1990-02-30" in reasons[1]
    assert reasons[2].startswith("tier:") and "金卡" in reasons[2]
    assert reasons[3].startswith("phone:")
    assert kept[2][2:] == rows[2]  # the original row, untouched


def test_reimport_changes_nothing_and_updates_are_counted(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "g.csv", HEADER_ZH, ROWS_ZH, "utf-8-sig")
    import_guests(db, actor, path)
    again = import_guests(db, actor, path)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert count_guests(db, actor) == 3

    changed = [list(r) for r in ROWS_ZH]
    changed[2][6] = "VVIP"  # José (no member number: matched by name + phone)
    changed[0][10] = "需要加湿器"  # a new preference is added, the old ones kept
    changed[1][11] = ""  # an empty cell never erases what is stored
    path2 = write_csv(tmp_path / "g2.csv", HEADER_ZH, changed, "utf-8-sig")
    summary = import_guests(db, actor, path2)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 2, 1)
    kongming = find_by_member_no_or_id(db, actor, "M001")
    assert [p.text for p in kongming.preferences] == ["高楼层", "喜欢普洱茶", "需要加湿器"]
    assert count_guests(db, actor) == 3


def test_guest_without_member_phone_or_email_is_matched_by_name(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "n.csv", ["name", "notes"], [["Seán O'Brien", "walk-in"]], "utf-8")
    import_guests(db, actor, path)
    assert import_guests(db, actor, path).unchanged == 1
    assert count_guests(db, actor) == 1


def test_the_same_guest_twice_in_one_file_is_rejected(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    rows = [ROWS_ZH[0], [*ROWS_ZH[0][:1], "诸葛亮", *ROWS_ZH[0][2:]]]
    path = write_csv(tmp_path / "d.csv", HEADER_ZH, rows, "utf-8")
    summary = import_guests(db, actor, path, batch_size=1)  # across batches
    assert (summary.imported, summary.rejected) == (1, 1)
    assert summary.reject_samples == [(3, "the same guest is already on line 2")]
    path = write_csv(tmp_path / "d2.csv", HEADER_ZH, [ROWS_ZH[1], ROWS_ZH[1]], "utf-8")
    summary = import_guests(db, actor, path)  # within one batch
    assert (summary.imported, summary.rejected) == (1, 1)


def test_unknown_columns_warn_and_line_numbers_count_multiline_cells(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    rows = [["A", "line one\nline two", "x"], ["", "", "y"], ["B", "", ""]]
    path = write_csv(tmp_path / "m.csv", ["name", "notes", "Shoe size"], rows, "utf-8")
    summary = import_guests(db, actor, path)
    assert summary.warnings == ["ignored unknown columns: Shoe size"]
    assert summary.reject_samples == [(4, "name: the guest has no name")]
    assert summary.imported == 2


def test_rows_with_the_wrong_number_of_cells(db: Database, actor: Staff, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text(
        "name,email,notes\nA,a@example.com\nB,b@example.com,x,unexpected\nC,,\n", encoding="utf-8"
    )
    summary = import_guests(db, actor, path)
    assert summary.imported == 1
    assert [line for line, _ in summary.reject_samples] == [2, 3]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "file not found"),
        (b"", "empty"),
        (b"email,phone\nx@example.com,1\n", "no name column"),
        (b"name\n\xff\xfe\xfa\xfb\x80\x81\xff\n", "neither UTF-8 nor GB18030"),
    ],
)
def test_unusable_files_give_one_clear_message(
    db: Database, actor: Staff, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(FileProblem, match=message):
        import_guests(db, actor, path)
    assert count_guests(db, actor) == 0


def test_export_import_export_gives_the_same_rows(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database import open_desk
    from vipdesk.services.demo import fill_demo

    fill_demo(db, actor, 120, seed=7)
    first = tmp_path / "first.csv"
    assert export_guests(db, actor, first) == 120
    assert first.read_bytes().startswith(b"\xef\xbb\xbf")
    empty = open_desk(tmp_path / "empty.db")
    other = make_staff(empty, "bob", Role.ADMIN)
    summary = import_guests(empty, other, first)
    assert (summary.imported, summary.rejected) == (120, 0)
    second = tmp_path / "second.csv"
    export_guests(empty, other, second)
    empty.close()
    assert second.read_bytes() == first.read_bytes()


hostile = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "\x00",
            "😀👨‍👩‍👧",
            "مرحبا بالعالم",
            "שלום",
            "\u202eevil",
            '"',
            '""',
            "a,b",
            "x\r\ny",
            "=1+1",
            "'=1+1",
            "''@x",
            "+86 138 0013 8000",
            "-1",
            "\t=1+2",
            " \t=1+2",
            "'\t",
            "'",
            "\ufeffbom",
            "\\",
            ";；",
        ]
    ),
    st.builds(
        lambda c, n: c * n, st.sampled_from(["a", "漢", "😀", " x"]), st.integers(9_990, 10_010)
    ),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile, company=hostile, notes=hostile)
def test_hostile_cells_round_trip_unchanged_or_are_rejected_with_a_reason(
    tmp_path_factory: pytest.TempPathFactory, name: str, company: str, notes: str
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database import open_desk

    folder = tmp_path_factory.mktemp("hostile")
    db = open_desk(folder / "h.db")
    actor = make_staff(db, "fuzz", Role.ADMIN)
    try:
        path = write_csv(
            folder / "in.csv", ["name", "company", "notes"], [[name, company, notes]], "utf-8"
        )
        rejects = folder / "rejects.csv"
        summary = import_guests(db, actor, path, rejects_path=rejects)
        if not (name.strip() or company.strip() or notes.strip()):
            assert summary.blank == 1
            return
        if summary.rejected:
            with rejects.open(encoding="utf-8-sig", newline="") as f:
                line, reason, *cells = list(csv.reader(f))[1]
            assert line == "2" and reason
            assert cells == [name, company, notes]
            assert count_guests(db, actor) == 0
            return
        out = folder / "out.csv"
        export_guests(db, actor, out)
        with out.open(encoding="utf-8-sig", newline="") as f:
            row = next(csv.DictReader(f))
        # Surrounding spaces are trimmed (documented; a leading TAB or CR is kept), a cell
        # a spreadsheet would run gets a quote; everything else is kept exactly.
        cells = (row["name"], row["company"], row["notes"])
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
        assert tuple(restore_formula(c) for c in cells) == tuple(
            restore_formula(_trimmed(v)) for v in (name, company, notes)
        )
        # export → import → export gives the same bytes
        again = open_desk(folder / "again.db")
        try:
            other = make_staff(again, "fuzz", Role.ADMIN)
            assert import_guests(again, other, out).imported == 1
            export_guests(again, other, folder / "again.csv")
        finally:
            again.close()
        assert (folder / "again.csv").read_bytes() == out.read_bytes()
    finally:
        db.close()


def _trimmed(value: str) -> str:
    value = value.rstrip()
    return value.lstrip("".join(c for c in value if c.isspace() and c not in "\t\r"))


def test_parallel_import_gives_the_same_result_as_serial(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database import open_desk

    rows = [*ROWS_ZH, ["M010", "", "", "", "", "", "", "", "", "", "", "", ""], ROWS_ZH[0]] * 1
    rows += [
        [f"P{i}", f"客人{i}", f"139{i:08d}", "", "3月5日", "", "VIP", "", "", "", "", "", ""]
        for i in range(50)
    ]
    path = write_csv(tmp_path / "p.csv", HEADER_ZH, rows, "gb18030")
    serial = import_guests(db, actor, path, batch_size=7, parallel=False)
    other = open_desk(tmp_path / "other.db")
    try:
        parallel = import_guests(
            other, make_staff(other, "p", Role.ADMIN), path, batch_size=7, parallel=True
        )
        assert (parallel.imported, parallel.rejected, parallel.reject_samples) == (
            serial.imported,
            serial.rejected,
            serial.reject_samples,
        )
        assert serial.imported == 53 and serial.rejected == 2
        export_guests(db, actor, tmp_path / "a.csv")
        export_guests(other, actor, tmp_path / "b.csv")
        assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
        from vipdesk.services.search import search

        assert [h.name for h in search(other, actor, "zhugeliang")] == ["诸葛亮"]
    finally:
        other.close()


def _import_bytes(
    db: Database, actor: Staff, tmp_path: Path, lines: list[bytes]
) -> tuple[object, list[list[str]]]:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(lines))
    rejects = tmp_path / "mixed.rejects.csv"
    summary = import_guests(db, actor, path, rejects_path=rejects)
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        return summary, list(csv.reader(f))[1:]


def test_a_gbk_row_in_a_utf8_file_is_rejected_with_its_line_never_stored_garbled(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    summary, rejected = _import_bytes(
        db,
        actor,
        tmp_path,
        [
            b"name,phone,notes\n",
            "李娜,13800138000,常住客\n".encode(),
            "王芳,13900139000,\n".encode(),
            "张伟,13700137000,喜欢安静\n".encode("gbk"),
            b"Bob,,\n",
            "Ann,,room at 21°C\n".encode(),  # also valid GB18030 ("21掳C"): read as UTF-8
        ],
    )
    assert (summary.imported, summary.rejected) == (4, 1)  # type: ignore[attr-defined]
    assert {g.name for g in list_guests(db, actor)} == {"李娜", "王芳", "Bob", "Ann"}
    ann = next(g for g in list_guests(db, actor) if g.name == "Ann")
    assert find_by_member_no_or_id(db, actor, str(ann.id)).notes == "room at 21°C"
    line, reason, *cells = rejected[0]
    assert line == "4" and "line 4" in reason and "UTF-8" in reason
    assert cells == ["张伟", "13700137000", "喜欢安静"]  # shown readable for whoever fixes it


def test_a_utf8_row_in_a_gbk_file_is_rejected_never_stored_as_mojibake(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    summary, rejected = _import_bytes(
        db,
        actor,
        tmp_path,
        [
            "姓名,手机,等级\n".encode("gbk"),
            "李娜,13800138000,\n".encode("gbk"),
            "张伟,13700137000,\n".encode(),  # reads as 寮犱紵 in GBK
            "王芳,13900139000,\n".encode("gbk"),
            "Emma,13600136000,双VIP\n".encode("gbk"),  # valid UTF-8 by chance: ˫VIP
            "José,13500135000,\n".encode(),  # reads as Jos茅 in GBK
        ],
    )
    assert (summary.imported, summary.rejected) == (3, 2)  # type: ignore[attr-defined]
    assert {g.name for g in list_guests(db, actor)} == {"李娜", "王芳", "Emma"}
    assert rejected[0][0] == "3" and "UTF-8" in rejected[0][1]
    assert rejected[0][2:] == ["张伟", "13700137000", ""]
    assert rejected[1][0] == "6"
    emma = next(g for g in list_guests(db, actor) if g.name == "Emma")
    assert emma.tier == Tier.VVIP


def test_utf8_mixed_with_latin1_keeps_the_utf8_rows_and_rejects_the_others(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    summary, rejected = _import_bytes(
        db,
        actor,
        tmp_path,
        [
            b"name,company\n",
            "José,Siemens AG\n".encode(),
            "Müller,Bäckerei Lüdenscheidt\n".encode("latin-1"),
        ],
    )
    assert (summary.imported, summary.rejected) == (1, 1)  # type: ignore[attr-defined]
    assert [g.name for g in list_guests(db, actor)] == ["José"]
    assert rejected[0][0] == "3"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(
    db: Database, actor: Staff, tmp_path: Path, encoding: str
) -> None:
    path = write_csv(tmp_path / "guests.csv", HEADER_ZH, ROWS_ZH, encoding)
    summary = import_guests(db, actor, path)
    assert (summary.imported, summary.rejected) == (3, 0)
    assert find_by_member_no_or_id(db, actor, "M001").name == "诸葛亮"


def test_broken_utf16_gives_one_clear_message(db: Database, actor: Staff, tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes("name\nAnna\n".encode("utf-16") + b"\x00\xd8B\x00\n\x00")  # lone surrogate
    with pytest.raises(FileProblem, match="UTF-16"):
        import_guests(db, actor, path)
    assert count_guests(db, actor) == 0


def test_an_excel_workbook_is_refused_with_a_hint(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = tmp_path / "guests.xlsx.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    with pytest.raises(FileProblem, match="Excel workbook"):
        import_guests(db, actor, path)


def test_an_unterminated_quote_rejects_its_row_and_lists_every_line_it_swallowed(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    summary, rejected = _import_bytes(
        db,
        actor,
        tmp_path,
        [
            b"name,notes\n",
            b'Anna,"a note\n',
            b'on two lines"\n',
            b'Bob,"never closed\n',
            b"Carl,fine\n",
            b"\n",
            b"Dora,plain\n",
        ],
    )
    assert [g.name for g in list_guests(db, actor)] == ["Anna"]  # multi-line notes stay legal
    assert (summary.imported, summary.rejected) == (1, 3)  # type: ignore[attr-defined]
    assert [(r[0], r[1]) for r in rejected] == [
        ("4", "quote opened on line 4 never closed"),
        ("5", "not read: the quote opened on line 4 is never closed"),
        ("7", "not read: the quote opened on line 4 is never closed"),
    ]
    assert [r[2:] for r in rejected] == [
        ["Bob", "never closed"],
        ["Carl", "fine"],
        ["Dora", "plain"],
    ]
    assert any("line 4" in w for w in summary.warnings)  # type: ignore[attr-defined]


def test_the_two_row_file_from_the_trial_imports_nothing_silently(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    summary, rejected = _import_bytes(
        db, actor, tmp_path, [b"name,company\n", b'Anna,"ACME\n', b"Bob,Initech\n"]
    )
    assert (summary.imported, summary.rejected) == (0, 2)  # type: ignore[attr-defined]
    assert [r[0] for r in rejected] == ["2", "3"]


def test_a_header_with_an_unterminated_quote_is_one_clear_message(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(b'name,"notes\nAnna,x\n')
    with pytest.raises(FileProblem, match="quote opened on line 1 never closed"):
        import_guests(db, actor, path)


def test_a_quote_closed_in_the_middle_of_a_cell_rejects_only_its_row(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    _, rejected = _import_bytes(
        db,
        actor,
        tmp_path,
        [
            b"name,notes\n",
            b'Anna,"Mr" Smith\n',  # was silently read as "Mr Smith"
            b"Bob,x\n",
            b'Carl,"open\n',
            b'still open" and more\n',
            b"Dora,y\n",
        ],
    )
    assert [g.name for g in list_guests(db, actor)] == ["Bob", "Dora"]
    assert [r[0] for r in rejected] == ["2", "4", "5"]
    assert rejected[0][1].startswith("broken quotes on line 2")
    assert rejected[1][1].startswith("broken quotes between lines 4 and 5")
    assert rejected[2][1] == "not read: part of the row from line 4, which has broken quotes"


def test_export_neutralises_formulas_and_the_round_trip_is_byte_identical(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from tests.accounts import make_staff
    from vipdesk.services.database import open_desk

    rows = [
        ["=cmd|' /C calc'!A0", "+86 138 0013 8000", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"],
        ["Bob", "", "'=1+2", "\t=1+2"],  # a leading quote is kept; a leading TAB too
        ["Carl", "13900139000", "''+x", "'-1"],
    ]
    path = write_csv(tmp_path / "in.csv", ["name", "phone", "company", "notes"], rows, "utf-8")
    assert import_guests(db, actor, path).imported == 3
    stored = {g.name: g for g in list_guests(db, actor)}
    assert stored["Bob"].company == "=1+2"  # the import removed exactly one quote
    assert find_by_member_no_or_id(db, actor, str(stored["Bob"].id)).notes == "\t=1+2"
    first = tmp_path / "first.csv"
    export_guests(db, actor, first)
    with first.open(encoding="utf-8-sig", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=cmd|' /C calc'!A0" in cells and "'+86 138 0013 8000" in cells
    assert "'\t=1+2" in cells and "''+x" in cells, cells
    other = open_desk(tmp_path / "other.db")
    try:
        bob = make_staff(other, "bob", Role.ADMIN)
        assert import_guests(other, bob, first).imported == 3
        second = tmp_path / "second.csv"
        export_guests(other, bob, second)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()


def test_a_reimport_passes_known_rows_over_but_redoes_those_of_guests_changed_since(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    """Rows the last import stored are not tokenised, matched or merged again while their
    guest is unchanged; a guest edited since gets the full import (its row adds back)."""
    from dataclasses import replace

    from vipdesk.services.guests import update_guest

    path = write_csv(tmp_path / "g.csv", HEADER_ZH, ROWS_ZH, "utf-8-sig")
    import_guests(db, actor, path)
    kongming = find_by_member_no_or_id(db, actor, "M001")
    edited = replace(kongming.draft(), phones=[], preferences=kongming.preferences[:1])
    update_guest(db, actor, kongming.id, edited, version=kongming.version)
    again = import_guests(db, actor, path)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 1, 2, 0)
    kongming = find_by_member_no_or_id(db, actor, "M001")
    assert [p.e164 for p in kongming.phones] == ["+8613800138000"]
    assert [p.text for p in kongming.preferences] == ["高楼层", "喜欢普洱茶"]
    third = import_guests(db, actor, path)
    assert (third.imported, third.updated, third.unchanged) == (0, 0, 3)


def test_a_known_row_still_counts_for_the_same_guest_twice_in_a_file(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "g.csv", HEADER_ZH, ROWS_ZH[:1], "utf-8-sig")
    import_guests(db, actor, path)
    twin = [list(ROWS_ZH[0]), list(ROWS_ZH[0])]
    twin[1][0] = "M009"  # another member number, but the same name and phone
    both = write_csv(tmp_path / "twin.csv", HEADER_ZH, twin, "utf-8-sig")
    summary = import_guests(db, actor, both)
    assert (summary.imported, summary.unchanged, summary.rejected) == (0, 1, 1)
    assert summary.reject_samples == [(3, "the same guest is already on line 2")]


def test_known_rows_are_parsed_but_not_tokenised() -> None:
    from vipdesk.services.import_rows import ImportRow, KnownRow, prepare_records

    rows = [(2, ["M1", "诸葛亮"], ""), (3, ["M2", "歐陽娜娜"], ""), (4, ["", "Zoë"], "")]
    out = prepare_records(2, {"member_no": 0, "name": 1}, rows, frozenset({3, 4}))
    assert isinstance(out[0].row, ImportRow) and out[0].row.index_columns
    assert isinstance(out[1].row, KnownRow) and out[1].row.keys == (("m", "M2"),)
    assert isinstance(out[2].row, ImportRow)  # without a member number: always matched


@pytest.mark.sqlite_only("SQLite's page cache")
def test_import_writes_with_a_small_page_cache_and_gives_the_big_one_back(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    """The import's memory stays flat: its write transactions use a small SQLite page cache
    (the 64 MB one of every connection would fill with the whole growing file)."""
    from sqlalchemy import event

    from vipdesk.store.db import CACHE_KIB, IMPORT_CACHE_KIB

    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "cache_size" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    path = write_csv(tmp_path / "g.csv", HEADER_ZH, ROWS_ZH, "utf-8")
    import_guests(db, actor, path, batch_size=1)
    event.remove(db.engine, "before_cursor_execute", record)
    assert f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}" in seen
    assert IMPORT_CACHE_KIB <= 8192
    with db.read() as session:
        size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    assert size == -CACHE_KIB


def test_saving_the_row_digests_of_a_big_import_takes_little_memory(db: Database) -> None:
    """After 100,000 rows the import keeps what each row matched (for a quick re-import):
    saving it sorts a permutation of indexes, not a dict of tuples (32 MB)."""
    import tracemalloc

    from vipdesk.services.import_digests import RowDigests

    with db.read() as session:
        digests = RowDigests.load(session)
    for i in range(100_000):
        digests.add((i * 2654435761) % (1 << 64), i + 1, i * 7)
    digests.add(2654435761, 99, 98)  # the same row again later in the file: the last wins
    tracemalloc.start()
    try:
        with db.write() as session:
            digests.save(session, keep_stored=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16_000_000  # 32 MB with a dict of tuples
    with db.read() as session:
        again = RowDigests.load(session)
    assert again.find(2654435761) == (99, 98)
    assert again.find((5 * 2654435761) % (1 << 64)) == (6, 35)
    assert again.find(12345) is None
    again.add(12345, 1, 2)
    with db.write() as session:
        again.save(session, keep_stored=True)
    with db.read() as session:
        kept = RowDigests.load(session)
    assert kept.find(12345) == (1, 2)
    assert kept.find(2654435761) == (99, 98)


def test_a_reimport_reads_the_state_of_unchanged_guests_once_per_batch(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    """A known row's guest is unchanged by its batch: the state read before the batch is
    the one stored for the next re-import (reading it again cost a query per batch)."""
    from sqlalchemy import event

    rows = [
        [f"K{i}", f"客人{i}", f"139{i:08d}", "", "3月5日", "", "VIP", "", "", "", "", "", ""]
        for i in range(30)
    ]
    path = write_csv(tmp_path / "k.csv", HEADER_ZH, rows, "utf-8")
    import_guests(db, actor, path, batch_size=10)
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("SELECT id, version, updated_at FROM guests"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    again = import_guests(db, actor, path, batch_size=10)
    event.remove(db.engine, "before_cursor_execute", record)
    assert (again.unchanged, again.imported, again.updated) == (30, 0, 0)
    assert len(seen) == 3
    # What the second run stored lets a third skip every row again (no matching at all).
    matching: list[str] = []

    def record_matching(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "member_no IN" in statement:
            matching.append(statement)

    event.listen(db.engine, "before_cursor_execute", record_matching)
    third = import_guests(db, actor, path, batch_size=10)
    event.remove(db.engine, "before_cursor_execute", record_matching)
    assert third.unchanged == 30 and matching == []


@pytest.mark.parametrize("parallel", [False, True])
def test_the_import_pauses_the_cycle_collector_and_gives_it_back(
    db: Database, actor: Staff, tmp_path: Path, parallel: bool
) -> None:
    """Python's cycle collector walked the import's live objects again and again: 2.7 s
    of a 100,000-row import, in each of its two processes. It is paused while rows are
    written (reference counting frees them) and on again afterwards, failure or not."""
    import gc

    rows = [
        [f"G{i}", f"客人{i}", f"139{i:08d}", "", "", "", "VIP", "", "", "", "", "", ""]
        for i in range(30)
    ]
    path = write_csv(tmp_path / "g.csv", HEADER_ZH, rows, "utf-8-sig")
    seen: list[bool] = []
    summary = import_guests(
        db,
        actor,
        path,
        batch_size=10,
        parallel=parallel,
        progress=lambda _p: seen.append(gc.isenabled()),
    )
    assert summary.imported == 30
    assert seen and not any(seen)
    assert gc.isenabled()
    with pytest.raises(FileProblem):
        import_guests(db, actor, write_csv(tmp_path / "bad.csv", ["no name here"], [], "utf-8"))
    assert gc.isenabled()
