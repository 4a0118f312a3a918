"""The care rules live in one module per responsibility; vipdesk.domain.care gathers them
so that the public imports keep working."""

import importlib

from vipdesk.domain import care

HOMES = {
    "vipdesk.domain.care_tasks": ["TaskKind", "CareTask", "task_id", "parse_task_id", "list_order"],
    "vipdesk.domain.care_channels": ["Channel", "Outcome"],
    "vipdesk.domain.care_settings": ["CareSettings", "validate_settings"],
    "vipdesk.domain.care_rhythm": ["is_short_call_day", "quarter_end", "rhythm_days"],
    "vipdesk.domain.care_stages": ["Stage", "ad_stage", "ad_tasks"],
    "vipdesk.domain.care_recovery": ["wake_up_due", "hurt_reason", "win_back_task"],
    "vipdesk.domain.care_expiry": ["open_tasks", "missed_tasks", "is_missed"],
    "vipdesk.domain.care_occasions": ["special_date_tasks", "festival_days", "festival_task"],
}


def test_each_rule_has_one_home_and_the_old_imports_still_work() -> None:
    for module, names in HOMES.items():
        home = importlib.import_module(module)
        for name in names:
            assert getattr(care, name) is getattr(home, name), name
            assert getattr(home, name).__module__ == module, name
    for name in care.__all__:
        assert hasattr(care, name), name
