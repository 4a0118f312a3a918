"""What service each tier is owed: the six service levels, and which apply to which tier."""

from __future__ import annotations

from enum import StrEnum

from vipdesk.domain.tiers import Tier


class ServiceLevel(StrEnum):
    """The six levels, in order of depth."""

    ANSWER = "answer"  # 有问必答 answer every question
    KEEP_IN_TOUCH = "keep_in_touch"  # 保持沟通 keep in touch
    DEDICATED = "dedicated"  # 专人负责 a dedicated person
    BEYOND = "beyond"  # 超常服务 beyond-standard service
    ADVISOR = "advisor"  # 专业顾问 professional advisor
    PARTNER = "partner"  # 成长伙伴 long-term partner

    @property
    def label_zh(self) -> str:
        return _ZH[self]

    @property
    def label_en(self) -> str:
        return _EN[self]


LEVELS = list(ServiceLevel)
_ZH = {
    ServiceLevel.ANSWER: "有问必答",
    ServiceLevel.KEEP_IN_TOUCH: "保持沟通",
    ServiceLevel.DEDICATED: "专人负责",
    ServiceLevel.BEYOND: "超常服务",
    ServiceLevel.ADVISOR: "专业顾问",
    ServiceLevel.PARTNER: "成长伙伴",
}
_EN = {
    ServiceLevel.ANSWER: "Answer every question",
    ServiceLevel.KEEP_IN_TOUCH: "Keep in touch",
    ServiceLevel.DEDICATED: "A dedicated person",
    ServiceLevel.BEYOND: "Beyond-standard service",
    ServiceLevel.ADVISOR: "Professional advisor",
    ServiceLevel.PARTNER: "Long-term partner",
}

# Defaults: each tier up adds a level; 三VIP gets all six.
DEFAULT_STANDARDS: dict[Tier, tuple[ServiceLevel, ...]] = {
    Tier.P: tuple(LEVELS[:1]),
    Tier.IP: tuple(LEVELS[:2]),
    Tier.VIP: tuple(LEVELS[:3]),
    Tier.VVIP: tuple(LEVELS[:5]),
    Tier.VVVIP: tuple(LEVELS[:6]),
}


def parse_standards(data: dict[str, list[str]]) -> dict[Tier, tuple[ServiceLevel, ...]]:
    """Read a tier → levels table (as stored in settings); unknown names raise ValueError."""
    out = dict(DEFAULT_STANDARDS)
    for tier_code, levels in data.items():
        tier = Tier(tier_code)
        out[tier] = tuple(sorted({ServiceLevel(level) for level in levels}, key=LEVELS.index))
    return out
