"""The care plan's settings as one form (Settings → Care plan): read with a version, saved
whole, refused when someone else saved meanwhile, and for duty managers and admins only."""

import pytest

from vipdesk.domain.care import CareSettings, TaskKind
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services import care
from vipdesk.services.database import Database
from vipdesk.services.errors import ChangedMeanwhile, PermissionDenied, ValidationFailed


def test_a_manager_reads_and_saves_settings_and_scripts_together(
    db: Database, manager: Staff, actor: Staff
) -> None:
    setup = care.care_setup(db, manager)
    assert setup.settings == CareSettings() and setup.scripts == {}
    changed = CareSettings(
        plan_tiers=(Tier.VVIP, Tier.VVVIP),
        call_tiers={"short_call": (Tier.VVIP, Tier.VVVIP), "long_call": (Tier.VVVIP,)},
        sleep_months={**CareSettings().sleep_months, "VVIP": 6},
        special_lead_days=5,
    )
    scripts = {TaskKind.WAKE_UP: "王总，好久不见……", TaskKind.MESSAGE: ""}
    care.save_care_setup(db, manager, changed, scripts, version=setup.version)
    again = care.care_setup(db, actor)
    assert again.settings == changed
    assert again.scripts == {TaskKind.WAKE_UP: "王总，好久不见……"}  # "" is the seeds' wording
    assert again.version > setup.version
    assert care.script_hints(db, actor)[TaskKind.WAKE_UP] == "王总，好久不见……"


def test_a_save_after_someone_elses_is_refused_and_writes_nothing(
    db: Database, manager: Staff, actor: Staff
) -> None:
    mine = care.care_setup(db, manager)
    theirs = care.care_setup(db, actor)
    care.save_care_setup(
        db, actor, theirs.settings, {TaskKind.FESTIVAL: "新春快乐"}, version=theirs.version
    )
    with pytest.raises(ChangedMeanwhile):
        care.save_care_setup(
            db, manager, CareSettings(special_lead_days=7), {}, version=mine.version
        )
    now = care.care_setup(db, manager)
    assert now.settings.special_lead_days == 3
    assert now.scripts == {TaskKind.FESTIVAL: "新春快乐"}


def test_receptionists_are_refused_and_bad_values_named(
    db: Database, manager: Staff, receptionist: Staff
) -> None:
    with pytest.raises(PermissionDenied):
        care.care_setup(db, receptionist)
    with pytest.raises(PermissionDenied):
        care.save_care_setup(db, receptionist, CareSettings(), {}, version=None)
    with pytest.raises(ValidationFailed) as bad:
        care.save_care_setup(db, manager, CareSettings(special_lead_days=99), {}, version=None)
    assert bad.value.errors[0].field == "special_lead_days"
    with pytest.raises(ValidationFailed):
        care.save_care_setup(db, manager, CareSettings(plan_tiers=()), {}, version=None)
    with pytest.raises(ValidationFailed):
        care.save_care_setup(
            db, manager, CareSettings(), {TaskKind.WAKE_UP: "x" * 1001}, version=None
        )
