import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.guest_rows import (
    RowRejected,
    format_row,
    join_items,
    map_header,
    neutralise_formula,
    parse_row,
    restore_formula,
    split_items,
)
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.tiers import Tier


def test_headers_in_english_or_chinese_any_case() -> None:
    header = [
        "会员号",
        "Name",
        "手机",
        "EMAIL",
        "生日",
        "等级",
        "偏好",
        "忌讳",
        "备注",
        "Shoe size",
    ]
    mapped = map_header(header)
    assert mapped.positions == {
        "member_no": 0,
        "name": 1,
        "phone": 2,
        "email": 3,
        "birthday": 4,
        "tier": 5,
        "preferences": 6,
        "taboos": 7,
        "notes": 8,
    }
    assert mapped.unknown == ["Shoe size"]


def test_phone_header_aliases() -> None:
    assert map_header(["姓名", "电话"]).positions["phone"] == 1
    assert map_header(["姓名", "phone"]).positions["phone"] == 1


def test_full_row() -> None:
    draft = parse_row(
        {
            "member_no": "M1",
            "name": "欧阳娜娜",
            "phone": "138 0013 8000；+44 20 7946 0958",
            "email": "nana@example.com",
            "birthday": "3月5日",
            "anniversary": "2010/6/1",
            "tier": "双VIP",
            "gender": "女",
            "preferences": "客房：高楼层; 喜欢普洱茶",
            "taboos": "忌数字4",
            "allergies": "花生",
            "notes": "第一行\n第二行",
        }
    )
    assert draft.tier == Tier.VVIP
    assert draft.gender == Gender.FEMALE
    assert [p.e164 for p in draft.phones] == ["+8613800138000", "+442079460958"]
    assert draft.birthday() == PartialDate(3, 5)
    assert draft.anniversary() == PartialDate(6, 1, 2010)
    assert draft.preferences == [
        Preference("高楼层", PreferenceCategory.ROOM),
        Preference("喜欢普洱茶", PreferenceCategory.OTHER),
    ]
    assert draft.taboos == [
        Taboo("忌数字4", TabooKind.TABOO, Severity.SERIOUS),
        Taboo("花生", TabooKind.ALLERGY, Severity.DANGER),
    ]


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"name": "  "}, "name: the guest has no name"),
        ({"name": "A", "birthday": "1990-02-31"}, "birthday:"),
        ({"name": "A", "tier": "gold"}, "tier:"),
        ({"name": "A", "phone": "12"}, "phone:"),
        ({"name": "A", "email": "not-an-email"}, "email:"),
        ({"name": "A", "gender": "?"}, "gender:"),
        ({"name": "A\x00B"}, "control character U\\+0000"),
        ({"name": "x" * 201}, "name: is 201 characters long"),
    ],
)
def test_bad_cells_are_rejected_with_the_column(cells: dict[str, str], reason: str) -> None:
    with pytest.raises(RowRejected, match=reason):
        parse_row(cells)


item_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s)


@given(st.lists(item_text, max_size=5))
def test_list_cells_round_trip_with_separators_and_backslashes(items: list[str]) -> None:
    assert split_items(join_items(items)) == items


@given(
    st.lists(st.tuples(st.sampled_from(list(PreferenceCategory)), item_text), max_size=4),
    st.sampled_from(list(Tier)),
    st.booleans(),
)
def test_format_then_parse_is_identity(prefs, tier: Tier, with_year: bool) -> None:  # type: ignore[no-untyped-def]
    draft = GuestDraft(
        name="José Müller-Lüdenscheidt",
        member_no="M9",
        phones=[normalise_phone("+49 30 1234567")],
        tier=tier,
        preferences=[Preference(t, c) for c, t in prefs],
        special_dates=[
            SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(2, 29, 1988 if with_year else None))
        ],
        taboos=[Taboo("No lilies", TabooKind.TABOO, Severity.SERIOUS)],
    )
    assert parse_row(format_row(draft)) == draft


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("=1+2", "'=1+2"),
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+86 138 0013 8000", "'+86 138 0013 8000"),  # phones too: one rule for every cell
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("'=1+2", "''=1+2"),  # a stored quote before a formula character gets one more
        ("''-1", "'''-1"),
        ("'hello", "'hello"),  # a quote before anything else is left alone
        ("'", "'"),
        ("李娜", "李娜"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_exported_with_a_quote(
    stored: str, exported: str
) -> None:
    assert neutralise_formula(stored) == exported
    assert restore_formula(exported) == stored


@given(st.text())
def test_formula_quoting_round_trips_and_never_leaves_a_live_formula(text: str) -> None:
    exported = neutralise_formula(text)
    assert not exported.startswith(FORMULA_STARTS)
    assert restore_formula(exported) == text
    assert neutralise_formula(restore_formula(exported)) == exported


def test_format_row_quotes_formulas_and_parse_row_removes_exactly_that_quote() -> None:
    draft = GuestDraft(
        name="=1+2",
        company="@SUM(1)",
        phones=[normalise_phone("+86 138 0013 8000")],
        notes="-2+3",
        preferences=[Preference("=cmd", PreferenceCategory.OTHER)],
    )
    row = format_row(draft)
    assert (row["name"], row["company"], row["notes"]) == ("'=1+2", "'@SUM(1)", "'-2+3")
    assert row["phone"] == "'+86 138 0013 8000"
    assert row["preferences"] == "'=cmd"
    assert not any(v.startswith(FORMULA_STARTS) for v in row.values())
    assert parse_row(row) == draft


def test_a_leading_tab_is_not_trimmed_into_a_live_formula() -> None:
    assert parse_row({"name": "A", "notes": "\t=1+2"}).notes == "\t=1+2"
    assert parse_row({"name": "A", "notes": " \t=1+2 "}).notes == "\t=1+2"
    assert parse_row({"name": "A", "notes": "'=1+2"}).notes == "=1+2"
    with pytest.raises(RowRejected, match="name"):
        parse_row({"name": "\t=1+2"})  # a tab is not allowed in a name: rejected, not trimmed
