"""The care plan's settings (what a duty manager changes in Settings → Care plan)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from vipdesk.domain.care_tasks import CALL_KINDS, TaskKind
from vipdesk.domain.guest import FieldError
from vipdesk.domain.tiers import Tier

DEFAULT_PLAN_TIERS = (Tier.VIP, Tier.VVIP, Tier.VVVIP)


@dataclass(frozen=True)
class CareSettings:
    """What a duty manager can change in Settings."""

    plan_tiers: tuple[Tier, ...] = DEFAULT_PLAN_TIERS
    call_tiers: dict[str, tuple[Tier, ...]] = field(
        default_factory=lambda: {k.value: DEFAULT_PLAN_TIERS for k in CALL_KINDS}
    )
    """Call load: which tiers get each call kind (e.g. the long call for 三VIP only)."""
    sleep_months: dict[str, int] = field(default_factory=lambda: {t.value: 12 for t in Tier})
    special_lead_days: int = 3
    wake_again_days: int = 90
    hurt_days: int = 180

    def in_plan(self, tier: Tier) -> bool:
        return tier in self.plan_tiers

    def gets(self, kind: TaskKind, tier: Tier) -> bool:
        """Whether a guest of `tier` in the plan gets tasks of `kind` (the call load)."""
        if kind in CALL_KINDS:
            return tier in self.call_tiers.get(kind.value, self.plan_tiers)
        return True

    def months_asleep(self, tier: Tier) -> int:
        return self.sleep_months.get(tier.value, 12)

    def to_json(self) -> str:
        return json.dumps(
            {
                "plan_tiers": [t.value for t in self.plan_tiers],
                "call_tiers": {k: [t.value for t in v] for k, v in self.call_tiers.items()},
                "sleep_months": self.sleep_months,
                "special_lead_days": self.special_lead_days,
                "wake_again_days": self.wake_again_days,
                "hurt_days": self.hurt_days,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> CareSettings:
        """Settings from JSON; missing keys keep their defaults."""
        if not text:
            return cls()
        raw = json.loads(text)
        base = cls()
        return cls(
            plan_tiers=tuple(Tier(t) for t in raw.get("plan_tiers", base.plan_tiers)),
            call_tiers={
                **base.call_tiers,
                **{k: tuple(Tier(t) for t in v) for k, v in raw.get("call_tiers", {}).items()},
            },
            sleep_months={**base.sleep_months, **raw.get("sleep_months", {})},
            special_lead_days=int(raw.get("special_lead_days", base.special_lead_days)),
            wake_again_days=int(raw.get("wake_again_days", base.wake_again_days)),
            hurt_days=int(raw.get("hurt_days", base.hurt_days)),
        )


def validate_settings(s: CareSettings) -> list[FieldError]:
    errors = []
    if not s.plan_tiers:
        errors.append(FieldError("plan_tiers", "choose at least one tier for the plan"))
    for kind in s.call_tiers:
        if kind not in {k.value for k in CALL_KINDS}:
            errors.append(FieldError("call_tiers", f"{kind!r} is not a call kind"))
    for tier, months in s.sleep_months.items():
        if not 1 <= int(months) <= 120:
            errors.append(FieldError("sleep_months", f"{tier}: {months} is not 1–120 months"))
    if not 0 <= s.special_lead_days <= 60:
        errors.append(FieldError("special_lead_days", "is not between 0 and 60 days"))
    return errors
