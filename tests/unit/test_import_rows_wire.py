"""The helper process sends prepared rows back as plain tuples (cheap to pickle); the
importer rebuilds exactly what prepare_records gave."""

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from vipdesk.domain.guest_rows import map_header
from vipdesk.services.import_rows import decode_prepared, prepare_compact, prepare_records

HEADER = [
    "会员号",
    "姓名",
    "手机",
    "邮箱",
    "生日",
    "纪念日",
    "等级",
    "公司",
    "性别",
    "偏好",
    "忌讳",
]
HEADER += ["备注", "consent", "pronunciation"]
ROWS = [
    [
        *["M001", "诸葛亮", "138-0013-8000; +86 139 0013 9000", "k@example.com", "1981年4月7日"],
        *[
            "",
            "三VIP",
            "蜀汉",
            "男",
            "客房：高楼层；喜欢普洱茶",
            "忌数字4；过敏：花生",
            "常住客",
            "sms",
            "Zhūgě Liàng",
        ],
    ],
    ["", "Zoë Ångström", "", "", "农历八月十五", "2015/6/1", "", "", "女", "", "", "", "", ""],
    ["M003", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # rejected: no name
    ["", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # blank
    ["M004", "王伟", "13900000000", "", "3月5日", "", "VIP", "", "", "", "", "", "", ""],
    ["M005", "Too", "many"] + [""] * 11 + ["extra"],
    ["M006", "short"],
]


def _records(rows: list[list[str]]) -> list[tuple[int, list[str], str]]:
    out = [(n + 2, cells, "") for n, cells in enumerate(rows)]
    out.append((99, ["\ufffd"], "cannot be read as UTF-8"))
    return out


def _same_after_the_trip(rows: list[list[str]], known: frozenset[int]) -> None:
    columns = map_header(HEADER)
    records = _records(rows)
    direct = prepare_records(len(HEADER), columns.positions, records, known)
    wire = pickle.loads(
        pickle.dumps(prepare_compact(len(HEADER), columns.positions, records, known))
    )
    assert decode_prepared(wire, records) == direct


def test_every_kind_of_prepared_row_comes_back_the_same() -> None:
    _same_after_the_trip(ROWS, frozenset())
    _same_after_the_trip(ROWS, frozenset({2, 3, 6}))  # known rows: keys only


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=13, max_size=13), max_size=6))
def test_any_cells_come_back_the_same(rows: list[list[str]]) -> None:
    _same_after_the_trip(rows, frozenset({2, 4}))


def test_a_new_row_from_the_helper_is_inserted_from_its_flat_rows_without_a_draft() -> None:
    """The importer only adds ids to the rows the helper flattened: building a GuestDraft
    per new row in the writing process cost a sixth of its CPU."""
    from vipdesk.store.guest_flat import flatten

    columns = map_header(HEADER)
    records = _records(ROWS)
    direct = prepare_records(len(HEADER), columns.positions, records)
    wire = pickle.loads(pickle.dumps(prepare_compact(len(HEADER), columns.positions, records)))
    decoded = decode_prepared(wire, records)
    new_rows = [(d.row, p.row) for d, p in zip(decoded, direct, strict=True) if d.row]
    assert new_rows
    for came, made in new_rows:
        assert not came.built_draft
        assert came.flat == flatten(made.draft)
        assert (came.member_no, came.name, came.email, came.e164s) == (
            made.draft.member_no,
            made.draft.name,
            made.draft.email,
            [p.e164 for p in made.draft.phones],
        )
        assert not came.built_draft  # matching reads the flat values only
        assert came.draft == made.draft


MATCH_ROWS = [
    *ROWS,
    ["'M007", "\u3000 欧阳 娜娜 ", "'+86 138 0013 8000；(0755) 8888 6666", "A.B@Example.COM"]
    + [""] * 10,
    ["M008", "Seán O'Brien", "+44 20 7946 0958", " x@y.ie "] + [""] * 10,
    ["M009", "李雷", "13800138000\\;1", ""] + [""] * 10,  # a phone that does not parse
]


def test_a_known_row_is_read_for_its_keys_only_and_gets_the_same_keys() -> None:
    """Re-importing an unchanged row reads only what its keys need (a full parse of every
    row was most of the helper's work on a re-import): the same keys as the full parse."""
    from vipdesk.domain.guest_rows import match_fields, parse_row
    from vipdesk.services.import_rows import ImportRow, KnownRow, duplicate_keys

    columns = map_header(HEADER)
    records = _records(MATCH_ROWS)
    full = prepare_records(len(HEADER), columns.positions, records)
    lines = frozenset(line for line, _cells, _problem in records)
    known = prepare_records(len(HEADER), columns.positions, records, lines)
    compared = 0
    for (line, cells, _problem), parsed, fast in zip(records, full, known, strict=True):
        if not isinstance(parsed.row, ImportRow) or not parsed.row.member_no:
            continue
        values = {canon: cells[i] for canon, i in columns.positions.items()}
        draft = parse_row(values)
        member_no, name, e164s, email = match_fields(values)
        assert (member_no, name, e164s, email) == (
            draft.member_no,
            draft.name,
            [p.e164 for p in draft.phones],
            draft.email,
        )
        assert isinstance(fast.row, KnownRow), line
        assert fast.row.keys == duplicate_keys(draft) == parsed.row.keys
        compared += 1
    assert compared == 4
