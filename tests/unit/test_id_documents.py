"""ID documents: 居民身份证 checks, what is kept (never the number), and lookup."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.domain.id_documents import (
    IdProblem,
    IdType,
    check_number,
    cn_id_check_digit,
    id_document,
    lookup_hash,
    normal_number,
)

TODAY = date(2026, 11, 30)
SECRET = b"k" * 32
# The GB 11643 worked example: 11010519491231002X.
GOOD_CN = "11010519491231002X"


def test_the_standards_example_number_is_accepted_with_its_x() -> None:
    assert cn_id_check_digit("11010519491231002") == "X"
    assert check_number(IdType.CN_ID, "110105 19491231 002x", today=TODAY) == GOOD_CN


def test_full_width_digits_from_an_ime_are_folded() -> None:
    assert normal_number("１１０１０５１９４９１２３１００２Ｘ") == GOOD_CN


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("11010519491231002", "id_cn_shape"),  # 17 characters
        ("1101051949123100XX", "id_cn_shape"),
        ("110105194902300021", "id_cn_birth"),  # 30 February
        ("110105203001010021", "id_cn_birth"),  # born in the future
        ("110105194912310021", "id_cn_check"),  # wrong check digit
        ("", "id_empty"),
    ],
)
def test_a_bad_cn_id_is_refused_with_its_reason(number: str, code: str) -> None:
    with pytest.raises(IdProblem) as refused:
        check_number(IdType.CN_ID, number, today=TODAY)
    assert refused.value.code == code


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_any_17_digits_with_their_check_digit_pass_if_the_date_is_real(first17: str) -> None:
    number = first17 + cn_id_check_digit(first17)
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        real = born.year >= 1900 and born <= TODAY
    except ValueError:
        real = False
    if real:
        assert check_number(IdType.CN_ID, number, today=TODAY) == number
    else:
        with pytest.raises(IdProblem):
            check_number(IdType.CN_ID, number, today=TODAY)


def test_what_is_kept_never_holds_the_number() -> None:
    kept = id_document(SECRET, IdType.CN_ID, GOOD_CN, None, today=TODAY)
    assert kept.country == "CN"
    assert kept.last4 == "002X"
    assert kept.masked == "**************002X"
    assert GOOD_CN not in repr(kept)
    assert "1949" not in kept.number_hash + kept.lookup_hash


def test_the_hash_depends_on_the_secret_type_and_country() -> None:
    a = id_document(SECRET, IdType.PASSPORT, "E12345678", "CN", today=TODAY)
    b = id_document(SECRET, IdType.PASSPORT, "E12345678", "US", today=TODAY)
    c = id_document(b"other" * 8, IdType.PASSPORT, "E12345678", "CN", today=TODAY)
    assert len({a.number_hash, b.number_hash, c.number_hash}) == 3
    # …but a number typed into the search box finds the document whatever its issuer.
    assert a.lookup_hash == b.lookup_hash == lookup_hash(SECRET, "e1234 5678")


def test_a_passport_must_say_its_country() -> None:
    with pytest.raises(IdProblem) as refused:
        id_document(SECRET, IdType.PASSPORT, "E12345678", "", today=TODAY)
    assert refused.value.code == "id_country_missing"
    with pytest.raises(IdProblem) as refused:
        id_document(SECRET, IdType.PASSPORT, "E12345678", "China", today=TODAY)
    assert refused.value.code == "id_country"
