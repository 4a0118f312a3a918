"""The layering rules, checked on the source itself."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "vipdesk"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_qt_is_imported_only_under_vipdesk_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_domain_has_no_database_or_io_libraries() -> None:
    banned = {"sqlalchemy", "alembic", "PySide6", "sqlite3", "csv", "reportlab"}
    offenders = [
        f"{path.name} imports {name}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in banned
    ]
    assert offenders == []


def test_ui_and_cli_never_touch_the_store() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in [
            *(PACKAGE / "ui").rglob("*.py"),
            *(PACKAGE / "cli").rglob("*.py"),
            *(PACKAGE / "print").rglob("*.py"),
        ]
        for name in _imports(path)
        if name.startswith("vipdesk.store") or name.split(".")[0] in {"sqlalchemy", "alembic"}
    ]
    assert offenders == []


def test_the_screenshot_script_names_tests_that_exist() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("shots", ROOT / "packaging" / "screenshots.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for test in module.TESTS:
        path, name = test.split("::")
        assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8"), test


def test_tests_save_pictures_outside_the_repository() -> None:
    from tests.screenshots import screenshots

    assert ROOT not in screenshots().resolve().parents
