"""The care plan's settings: which tiers are in the plan, the call load, the sleep months…
and the script hints the callers read, as the duty managers set them.

The plan itself (vipdesk.services.care) reads them through `stored_settings`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from vipdesk.domain.care import CareSettings, TaskKind, validate_settings
from vipdesk.domain.care_texts import SCRIPT_HINTS_EN, SCRIPT_HINTS_ZH
from vipdesk.domain.guest import check_text
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.guests import audit
from vipdesk.services.setting_versions import check_version, stored_version
from vipdesk.services.staff import require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

SETTINGS_KEY = "care_settings"
SCRIPTS_KEY = "care_scripts"


def stored_settings(session) -> CareSettings:  # type: ignore[no-untyped-def]
    """The settings as stored (the defaults until a duty manager changes them)."""
    return CareSettings.from_json(repo.get_meta(session, SETTINGS_KEY))


def get_settings(db: Database, actor: Staff) -> CareSettings:
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        return stored_settings(session)


def set_settings(db: Database, actor: Staff, settings: CareSettings) -> None:
    """Change the plan's tiers, call load, sleep months… (duty managers and admins)."""
    errors = validate_settings(settings)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.CARE_PLAN)
        repo.set_meta(session, SETTINGS_KEY, settings.to_json(), actor.id)
        audit(session, actor, "care_settings", "app_meta", None)


def script_hints(db: Database, actor: Staff, chinese: bool = True) -> dict[TaskKind, str]:
    """The script hint per kind: the duty manager's wording, else the seeds'."""
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        raw = repo.get_meta(session, SCRIPTS_KEY)
    edited = json.loads(raw) if raw else {}
    base = SCRIPT_HINTS_ZH if chinese else SCRIPT_HINTS_EN
    return {k: edited.get(k.value) or base[k] for k in TaskKind}


def set_script_hint(db: Database, actor: Staff, kind: TaskKind, text: str) -> None:
    """Edit the script hint of a kind ("" restores the seeds' wording); duty managers only."""
    errors = check_text(text, "script", max_len=1000, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.CARE_PLAN)
        raw = repo.get_meta(session, SCRIPTS_KEY)
        edited = json.loads(raw) if raw else {}
        edited[kind.value] = text.strip()
        repo.set_meta(session, SCRIPTS_KEY, json.dumps(edited, ensure_ascii=False), actor.id)


@dataclass(frozen=True)
class CareSetup:
    """Settings → Care plan: the settings, the edited script hints and the version the form
    starts from."""

    settings: CareSettings
    scripts: dict[TaskKind, str]
    """Only the kinds a duty manager reworded; the others use the seeds' wording."""
    version: int


def care_setup(db: Database, actor: Staff) -> CareSetup:
    """The care settings and script hints as the Settings page edits them (duty managers
    and admins)."""
    with db.read() as session:
        require(session, actor, Operation.CARE_PLAN)
        settings = stored_settings(session)
        raw = repo.get_meta(session, SCRIPTS_KEY)
        version = stored_version(session, [SETTINGS_KEY, SCRIPTS_KEY])
    edited = json.loads(raw) if raw else {}
    scripts = {k: edited[k.value] for k in TaskKind if edited.get(k.value)}
    return CareSetup(settings, scripts, version)


def save_care_setup(
    db: Database,
    actor: Staff,
    settings: CareSettings,
    scripts: dict[TaskKind, str],
    *,
    version: int | None,
) -> int:
    """Store the settings and the script hints together ("" restores a kind's seeds' wording);
    returns the version a form starts from now.

    `version` comes from care_setup: when someone else changed either since,
    ChangedMeanwhile is raised and nothing is written.
    """
    errors = validate_settings(settings)
    for text in scripts.values():
        errors += check_text(text, "script", max_len=1000, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    edited = {k.value: text.strip() for k, text in scripts.items() if text.strip()}
    with db.write() as session:
        require(session, actor, Operation.CARE_PLAN)
        check_version(session, [SETTINGS_KEY, SCRIPTS_KEY], version, "the care plan settings")
        before = stored_settings(session)
        if before != settings:
            repo.set_meta(session, SETTINGS_KEY, settings.to_json(), actor.id)
        raw = repo.get_meta(session, SCRIPTS_KEY)
        if (json.loads(raw) if raw else {}) != edited:
            text = json.dumps(edited, ensure_ascii=False, sort_keys=True)
            repo.set_meta(session, SCRIPTS_KEY, text, actor.id)
        audit(session, actor, "care_settings", "app_meta", None)
        return stored_version(session, [SETTINGS_KEY, SCRIPTS_KEY])
