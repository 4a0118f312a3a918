#!/usr/bin/env python3
"""Regenerate the README's pictures in resources/screenshots from the real widgets and PDFs.

    .venv/bin/python packaging/screenshots.py

Runs the tests that take them, with VIPDESK_SCREENSHOTS pointing at resources/screenshots.
A normal test run saves the same pictures to a temporary folder and never touches the tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    "tests/ui/test_counter_screen.py::test_type_pinyin_select_and_read_the_profile",
    "tests/ui/test_counter_screen.py::test_switching_to_chinese_and_back",
    "tests/ui/test_today_board.py::test_the_board_is_home_keyboard_driven_and_prints_the_vip_arrivals",
    "tests/ui/test_guest_dialog.py::test_duplicate_warning_offers_open_merge_or_different_person",
    "tests/ui/test_complaint_dialog.py::test_log_validate_save_and_see_the_warning",
    "tests/ui/test_complaints_view.py::test_monthly_report_shows_figures_and_charts_and_prints",
    "tests/ui/test_care_view.py::test_look_at_it",
    "tests/unit/test_cards.py::test_cards_in_every_format",
    "tests/unit/test_cards.py::test_registration_card_is_prefilled_and_bilingual",
    "tests/unit/test_complaints.py::test_month_and_incident_pdfs",
]


def main() -> int:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        VIPDESK_SCREENSHOTS=str(ROOT / "resources" / "screenshots"),
    )
    # One picture each, from the SQLite file: on PostgreSQL too, the same tests would take
    # them again under the same names.
    env.pop("VIPDESK_TEST_PG", None)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    raise SystemExit(main())
