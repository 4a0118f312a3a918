"""Services split by responsibility keep one home per name, and the old imports still work
(callers import them from vipdesk.services.complaints and vipdesk.services.care)."""

import importlib

import pytest

HOMES = {
    "vipdesk.services.complaints": {
        "vipdesk.services.complaint_records": ["ComplaintRecord", "ComplaintEvent"],
        "vipdesk.services.complaint_queries": [
            "get_complaint",
            "list_complaints",
            "report",
            "returning_guest",
            "is_returning",
        ],
        "vipdesk.services.complaints": [
            "log_complaint",
            "update_complaint",
            "change_status",
            "annotate",
        ],
    },
    "vipdesk.services.care": {
        "vipdesk.services.care_settings": [
            "get_settings",
            "set_settings",
            "script_hints",
            "set_script_hint",
            "CareSetup",
            "care_setup",
            "save_care_setup",
        ],
        "vipdesk.services.care": ["CareItem", "plan", "utc_to_local"],
    },
}


@pytest.mark.parametrize("facade", sorted(HOMES))
def test_each_name_has_one_home_and_the_old_imports_still_work(facade: str) -> None:
    old = importlib.import_module(facade)
    for module, names in HOMES[facade].items():
        home = importlib.import_module(module)
        for name in names:
            assert getattr(old, name) is getattr(home, name), name
            assert getattr(home, name).__module__ == module, name
    for name in getattr(old, "__all__", []):
        assert hasattr(old, name), name
