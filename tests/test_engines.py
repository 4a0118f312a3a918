"""Which tests run on PostgreSQL too: all, but the SQLite-only ones listed with a reason."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SQLITE_ONLY, runs_on_both_engines

TESTS = Path(__file__).parent


def _modules() -> list[str]:
    return sorted(
        ".".join(("tests", *p.relative_to(TESTS).with_suffix("").parts))
        for p in TESTS.rglob("test_*.py")
    )


def test_every_sqlite_only_entry_names_a_test_module_or_package_and_why() -> None:
    for name, reason in SQLITE_ONLY.items():
        path = TESTS.parent.joinpath(*name.split("."))
        assert path.is_dir() or path.with_suffix(".py").is_file(), f"{name} does not exist"
        assert len(reason) > 20, f"{name}: say why it stays on SQLite"


def test_a_module_not_listed_runs_on_both_engines() -> None:
    modules = _modules()
    on_both = [m for m in modules if runs_on_both_engines(m)]
    listed = [m for m in modules if not runs_on_both_engines(m)]
    assert "tests.unit.test_a_module_written_tomorrow" not in SQLITE_ONLY
    assert runs_on_both_engines("tests.unit.test_a_module_written_tomorrow")
    assert "tests.unit.test_search" in on_both and "tests.reliability.test_two_writers" in on_both
    assert "tests.unit.test_encryption" in listed and "tests.ui.test_counter_screen" in on_both
    assert set(on_both) | set(listed) == set(modules)
