"""The care plan: the seeds' follow-up methods as dated tasks (pure rules, no I/O).

- 611: a message on the 1st and 15th at 15:00, a short call on the 15th of Feb/May/Aug/
  Nov, a long call on the last day of each quarter (to the guest's dedicated person);
- AD: the stage each guest is in, from their stays, and its tasks (keep in touch after
  the first departure, a personal welcome on the second arrival, retention after each
  later departure);
- sleeping guests (wake up), hurt guests (win back), special days and festivals;
- tasks that recur expire (missed) when the next of the same kind comes or after 14 days.

A task's id is its kind, guest and due date, so the same task has the same id on every
run (`care log --task ID`).

The rules live in one module per responsibility (care_tasks, care_channels, care_settings,
care_rhythm, care_stages, care_recovery, care_expiry, care_occasions); this module gathers
them, so `from vipdesk.domain.care import …` keeps working.
"""

from __future__ import annotations

from vipdesk.domain.care_channels import CHANNEL_ZH, CONSENT_CHANNELS, Channel, Outcome
from vipdesk.domain.care_expiry import is_missed, missed_tasks, open_tasks
from vipdesk.domain.care_occasions import festival_days, festival_task, special_date_tasks
from vipdesk.domain.care_recovery import (
    ComplaintState,
    add_months,
    hurt_reason,
    months_between,
    wake_up_due,
    win_back_task,
)
from vipdesk.domain.care_rhythm import (
    RHYTHM,
    days,
    is_long_call_day,
    is_message_day,
    is_short_call_day,
    quarter_end,
    rhythm_days,
    rhythm_task,
)
from vipdesk.domain.care_settings import DEFAULT_PLAN_TIERS, CareSettings, validate_settings
from vipdesk.domain.care_stages import Stage, ad_stage, ad_tasks
from vipdesk.domain.care_tasks import (
    CALL_KINDS,
    EXPIRE_AFTER,
    KIND_ORDER,
    MANAGER_KINDS,
    MESSAGE_TIME,
    NEVER_EXPIRE,
    PLAN_KINDS,
    CareTask,
    TaskKind,
    list_order,
    parse_task_id,
    task_id,
)

__all__ = [
    "CALL_KINDS",
    "CHANNEL_ZH",
    "CONSENT_CHANNELS",
    "DEFAULT_PLAN_TIERS",
    "EXPIRE_AFTER",
    "KIND_ORDER",
    "MANAGER_KINDS",
    "MESSAGE_TIME",
    "NEVER_EXPIRE",
    "PLAN_KINDS",
    "RHYTHM",
    "CareSettings",
    "CareTask",
    "Channel",
    "ComplaintState",
    "Outcome",
    "Stage",
    "TaskKind",
    "ad_stage",
    "ad_tasks",
    "add_months",
    "days",
    "festival_days",
    "festival_task",
    "hurt_reason",
    "is_long_call_day",
    "is_message_day",
    "is_missed",
    "is_short_call_day",
    "list_order",
    "missed_tasks",
    "months_between",
    "open_tasks",
    "parse_task_id",
    "quarter_end",
    "rhythm_days",
    "rhythm_task",
    "special_date_tasks",
    "task_id",
    "validate_settings",
    "wake_up_due",
    "win_back_task",
]
