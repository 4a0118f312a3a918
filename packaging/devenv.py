#!/usr/bin/env python3
"""Set up vipdesk on a fresh machine, then run it or test it. Standard library only.

    python3 packaging/devenv.py run     # venv + deps (+ CJK font as root), demo DB, open the app
    python3 packaging/devenv.py test    # venv + deps (+ font), then lint, contracts, types, tests
    python3 packaging/devenv.py lock    # re-resolve the newest allowed versions into constraints.txt

On Windows use `py packaging\\devenv.py run` / `py packaging\\devenv.py test`.

Dependencies are installed with the pins in packaging/constraints.txt (pyproject.toml keeps
compatible ranges for people who install vipdesk as a library). `lock` resolves everything
again in a throw-away venv, leaving out the versions in KNOWN_BAD, and rewrites the pins.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PY = BIN / ("python.exe" if WINDOWS else "python")
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
# Versions `lock` must never pick, with the reason.
KNOWN_BAD = [
    "PySide6-Essentials!=6.12.0",  # a bool reference-count bug crashes queued signals
    "shiboken6!=6.12.0",
]

# Debian/Ubuntu packages: a CJK font, PDF→PNG tools, and the libraries Qt needs.
# Alternatives are tried left to right (Ubuntu 24.04 renamed some with a t64 suffix).
APT_PACKAGES = [
    ("fonts-wqy-microhei",),  # TrueType CJK: Qt and reportlab (PDF embedding) both use it
    ("fonts-dejavu-core",),  # Latin with every accent and pinyin tone mark
    ("fonts-noto-color-emoji",),  # emoji on screen (Qt falls back to it); cards print a mark
    ("poppler-utils",),
    ("libegl1",),
    ("libgl1",),
    ("libxkbcommon0",),
    ("libfontconfig1",),
    ("libdbus-1-3",),
    ("libglib2.0-0t64", "libglib2.0-0"),
]
APT_GUI_PACKAGES = [
    ("libxkbcommon-x11-0",),
    ("libxcb-cursor0",),
    ("libxcb-icccm4",),
    ("libxcb-keysyms1",),
    ("libxcb-shape0",),
    ("libxcb-xinerama0",),
    ("libxcb-randr0",),
    ("libxcb-render-util0",),
    ("libxcb-image0",),
]


def say(message: str) -> None:
    print(f"[devenv] {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env)
    if check and result.returncode != 0:
        raise SystemExit(result.returncode)
    return result.returncode


def _dpkg_installed(name: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
    return out.returncode == 0 and "install ok installed" in out.stdout


def ensure_system_packages(gui: bool) -> None:
    """As root on Debian/Ubuntu, install what Qt and the CJK text need; otherwise advise."""
    if WINDOWS or not shutil.which("dpkg-query"):
        return
    wanted = APT_PACKAGES + (APT_GUI_PACKAGES if gui else [])
    missing = [alts for alts in wanted if not any(_dpkg_installed(a) for a in alts)]
    if not missing:
        return
    if os.geteuid() != 0:
        names = " ".join(alts[-1] for alts in missing)
        say(
            f"not root: cannot install system packages; if something fails, run: sudo apt-get install {names}"
        )
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-q", env=env, check=False)
    for alts in missing:
        for name in alts:
            if (
                run(
                    "apt-get",
                    "install",
                    "-y",
                    "-q",
                    "--no-install-recommends",
                    name,
                    env=env,
                    check=False,
                )
                == 0
            ):
                break
        else:
            say(f"could not install any of {alts}")


def ensure_venv() -> None:
    if not PY.exists():
        say(f"creating virtual environment in {VENV}")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian without python3-venv
            shutil.rmtree(VENV, ignore_errors=True)
            if not WINDOWS and os.geteuid() == 0 and shutil.which("apt-get"):
                run("apt-get", "install", "-y", "-q", "python3-venv")
                venv.EnvBuilder(with_pip=True).create(VENV)
            else:
                raise SystemExit(
                    f"cannot create a virtual environment ({exc}); install python3-venv"
                ) from exc
    stamp = VENV / ".vipdesk-deps"
    pins = (ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()
    digest = hashlib.sha256(pins).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("installing vipdesk and its test dependencies (pinned by packaging/constraints.txt)")
    run(PY, "-m", "pip", "install", "-q", "--upgrade", "-c", CONSTRAINTS, "pip")
    run(PY, "-m", "pip", "install", "-q", "-c", CONSTRAINTS, "-e", ".[test]")
    stamp.write_text(digest)


def ensure_bundle_tools() -> None:
    """PyInstaller (pyproject's `bundle` extra), pinned like everything else."""
    import tomllib

    ensure_venv()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bundle = project["optional-dependencies"]["bundle"]
    run(PY, "-m", "pip", "install", "-q", "-c", CONSTRAINTS, *bundle)


def freeze(python: Path) -> list[str]:
    """`pip freeze --all` of a venv, without vipdesk itself."""
    out = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--all"], capture_output=True, text=True, check=True
    ).stdout
    return sorted(
        (
            line
            for line in out.splitlines()
            if "==" in line and not line.startswith(("#", "-e", "vipdesk=="))
        ),
        key=str.lower,
    )


LOCK_HEADER = [
    "# Pinned versions for the dev venv, CI and the bundle; pyproject.toml keeps ranges.",
    "# Refresh: python3 packaging/devenv.py lock  (then run the tests and commit).",
    "# Resolved on Linux: packages only Windows needs (pefile, pywin32-ctypes, colorama)",
    "# are not listed and resolve freely there.",
]


def cmd_lock() -> int:
    """Resolve the newest versions pyproject.toml allows (minus KNOWN_BAD) and pin them."""
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=True).create(where)
        python = where / ("Scripts/python.exe" if WINDOWS else "bin/python")
        bad = Path(tmp) / "known-bad.txt"
        bad.write_text("\n".join(KNOWN_BAD) + "\n")
        say("resolving .[test,bundle] in a fresh virtual environment")
        run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "-q", "-c", bad, ".[test,bundle]")
        pins = freeze(python)
    CONSTRAINTS.write_text("\n".join(LOCK_HEADER + pins) + "\n")
    say(f"wrote {len(pins)} pins to {CONSTRAINTS.relative_to(ROOT)}")
    return 0


def cmd_run() -> int:
    ensure_system_packages(gui=True)
    ensure_venv()
    vipdesk = BIN / ("vipdesk.exe" if WINDOWS else "vipdesk")
    demo = subprocess.run(
        [str(PY), "-c", "from vipdesk.config import demo_db_path; print(demo_db_path())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(demo).exists():
        say(f"creating a demo database at {demo}")
        run(vipdesk, "--db", demo, "demo", "--guests", "300", "--complaints", "24")
    say(f"starting vipdesk on {demo}")
    say("sign in as demo.frontdesk, demo.manager or demo.admin; the password is vipdesk-demo")
    return run(vipdesk, "--db", demo, check=False)


def cmd_test() -> int:
    ensure_system_packages(gui=False)
    ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    steps = [
        ("lint", [PY, "-m", "ruff", "check", "vipdesk", "tests", "packaging"]),
        ("format", [PY, "-m", "ruff", "format", "--check", "vipdesk", "tests", "packaging"]),
        ("import contracts", [BIN / ("lint-imports.exe" if WINDOWS else "lint-imports")]),
        ("types", [PY, "-m", "mypy"]),
        # Two processes, each test file on one (its module-scoped databases made once).
        (
            "tests",
            [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadfile"],
        ),
    ]
    for name, cmd in steps:
        say(f"{name}: {' '.join(str(c) for c in cmd[1:]) or cmd[0]}")
        code = run(*cmd, env=env, check=False)
        if code != 0:
            say(f"FAILED at {name} (exit {code})")
            return code or 1
    say("all checks passed")
    return 0


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "run":
        return cmd_run()
    if what == "test":
        return cmd_test()
    if what == "lock":
        return cmd_lock()
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
