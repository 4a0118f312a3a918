"""Pinned dependencies: every declared dependency has a pin that pyproject's range allows."""

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def devenv() -> ModuleType:
    spec = importlib.util.spec_from_file_location("devenv", ROOT / "packaging" / "devenv.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pins() -> dict[str, Version]:
    pinned = {}
    for line in CONSTRAINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pinned[canonicalize_name(name)] = Version(version)
    return pinned


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in project["dependencies"] + extras["test"] + extras["bundle"]]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pinned = pins()
    unpinned = [str(r) for r in declared() if canonicalize_name(r.name) not in pinned]
    assert unpinned == []
    outside = [
        f"{r} pinned at {pinned[canonicalize_name(r.name)]}"
        for r in declared()
        if pinned[canonicalize_name(r.name)] not in r.specifier
    ]
    assert outside == []
    assert "vipdesk" not in pinned


def test_known_bad_versions_are_not_pinned() -> None:
    pinned = pins()
    for rule in devenv().KNOWN_BAD:
        bad = Requirement(rule)
        assert pinned[canonicalize_name(bad.name)] in bad.specifier, rule
    assert pinned["pyside6-essentials"] != Version("6.12.0")
    assert pinned["pyside6-essentials"] == pinned["shiboken6"]  # built together
