import pytest

from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.tiers import Tier, parse_tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("P", Tier.P),
        ("普通", Tier.P),
        ("ip", Tier.IP),
        ("重要", Tier.IP),
        ("VIP", Tier.VIP),
        ("VVIP", Tier.VVIP),
        ("双VIP", Tier.VVIP),
        ("雙VIP", Tier.VVIP),
        ("三VIP", Tier.VVVIP),
        (" vvvip ", Tier.VVVIP),
        ("Double VIP", Tier.VVIP),
    ],
)
def test_tier_codes_and_chinese_labels(text: str, tier: Tier) -> None:
    assert parse_tier(text) == tier


def test_tier_order_and_labels() -> None:
    assert [t.rank for t in Tier] == [0, 1, 2, 3, 4]
    assert [t.label_zh for t in Tier] == ["普通", "重要", "VIP", "双VIP", "三VIP"]


def test_unknown_tier_names_allowed_values() -> None:
    with pytest.raises(ValueError, match="VVIP"):
        parse_tier("gold")


@pytest.mark.parametrize(
    "text", ["+86 138-0013-8000", "13800138000", "0086 138 0013 8000", "(+86) 138.0013.8000"]
)
def test_one_number_in_any_formatting(text: str) -> None:
    phone = normalise_phone(text)
    assert phone.e164 == "+8613800138000"
    assert phone.original == text.strip()
    assert phone.digits.endswith("8000")


def test_foreign_numbers_keep_their_country() -> None:
    assert normalise_phone("+44 20 7946 0958").e164 == "+442079460958"
    assert normalise_phone("+852 9123 4567").e164 == "+85291234567"


@pytest.mark.parametrize("text", ["12", "abc", "138-0013-8000!!", "", "电话"])
def test_not_a_phone(text: str) -> None:
    with pytest.raises(ValueError):
        normalise_phone(text)
