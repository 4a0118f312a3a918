"""The wheel a user installs carries everything the app loads: it starts in Chinese."""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    out = subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )
    assert out.returncode == 0, f"{cmd}\n{out.stdout}\n{out.stderr}"
    return out.stdout


def build_wheel(tmp_path: Path) -> Path:
    """Build from a copy of the sources, so nothing is written into the repository."""
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "vipdesk", src / "vipdesk", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    _run(
        sys.executable,
        *("-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index"),
        *("-w", wheels, src),
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("vipdesk-*.whl")
    return wheel


def fresh_venv_with(wheel: Path, where: Path) -> Path:
    """A new venv holding only the vipdesk wheel; its dependencies are borrowed from the
    test venv through a .pth line added after the install (no download, no editable vipdesk:
    a plain path line does not run the test venv's own .pth files)."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = (sys.executable, "-m", "pip", "--python", python)
    _run(*pip, "install", "-q", "--no-deps", "--no-index", wheel, cwd=where)
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=where)
    site = site.strip()
    (Path(site) / "borrowed-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return python


@pytest.mark.skipif(os.name == "nt", reason="Windows takes the language from the account, not LANG")
def test_the_wheel_installs_and_starts_translated_in_chinese(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    python = fresh_venv_with(wheel, tmp_path / "venv")
    vipdesk = python.with_name("vipdesk.exe" if os.name == "nt" else "vipdesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(
        LANG="zh_CN.UTF-8",
        HOME=str(tmp_path / "home"),  # no saved language from the developer's settings
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    where = _run(python, "-c", "import vipdesk; print(vipdesk.__file__)", env=env, cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(tmp_path / "venv")  # the wheel, not the checkout
    db = tmp_path / "demo.db"
    _run(vipdesk, "--db", db, "demo", "--guests", "40", env=env, cwd=tmp_path)
    out = _run(vipdesk, "--db", db, "--smoke-test", "--query", "ouyang", env=env, cwd=tmp_path)
    result = json.loads(out.strip().splitlines()[-1])
    assert result["language"] == "zh_CN"
    assert result["translated"] is True
    assert result["profile"] == "歐陽娜娜"
