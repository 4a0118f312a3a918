#!/usr/bin/env python3
"""Check a built bundle the way a counter PC uses it. Standard library only.

    python3 packaging/check_bundle.py [dist/vipdesk]

Without Python or the checkout in sight (a temporary HOME, another working folder), it:
- checks the bundle holds the Qt plugins, Qt's and vipdesk's translations;
- runs a module the way a helper process does (`--worker MODULE`);
- fills a demo database big enough that the reindex runs its helper process (frozen spawn);
- runs `--smoke-test --query …` offscreen under LANG=zh_CN.UTF-8 and checks the JSON;
- renders a recognition card PDF and checks with pdffonts (poppler-utils) that every font
  is embedded.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
# More guests than search_index.rebuild handles alone (4 chunks of 2,500): the reindex then
# computes tokens in a helper process, which a frozen executable must be able to start.
GUESTS = 10_001


def say(message: str) -> None:
    print(f"[check_bundle] {message}", flush=True)


def fail(message: str) -> None:
    print(f"[check_bundle] FAILED: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> str:
    started = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    took = time.monotonic() - started
    if out.returncode != 0:
        fail(f"{' '.join(cmd[1:])} exited {out.returncode}\n{out.stdout}\n{out.stderr}")
    say(f"ok ({took:.1f} s): {' '.join(Path(c).name if '/' in c else c for c in cmd)}")
    return out.stdout


def check_contents(bundle: Path) -> None:
    inside = bundle / "_internal"
    wanted = [
        "vipdesk/resources/translations/vipdesk_zh_CN.qm",
        "vipdesk/resources/translations/vipdesk_zh_TW.qm",
        "vipdesk/resources/icons/vipdesk.png",
        "vipdesk/store/migrations/env.py",
    ]
    if WINDOWS:
        wanted += [
            "PySide6/translations/qtbase_zh_CN.qm",
            "PySide6/translations/qtbase_zh_TW.qm",
            "PySide6/plugins/platforms/qwindows.dll",
            "PySide6/plugins/platforms/qoffscreen.dll",
        ]
    else:
        wanted += [
            "PySide6/Qt/translations/qtbase_zh_CN.qm",
            "PySide6/Qt/translations/qtbase_zh_TW.qm",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        ]
    missing = [w for w in wanted if not (inside / w).exists()]
    if not list(inside.glob("sqlcipher3/_sqlite3*")):  # SQLCipher, linked into the module
        missing.append("sqlcipher3/_sqlite3 (the SQLCipher driver)")
    if missing:
        fail(f"missing from the bundle: {missing}")
    if list(inside.rglob("*QtWebEngine*")) or list(inside.rglob("*Qt6Quick*")):
        fail("unused Qt modules (WebEngine, Quick) are in the bundle")
    say("contents: plugins and translations present, WebEngine/Quick absent")


def pdf_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, emb) for every font in the PDF, from pdffonts."""
    if not shutil.which("pdffonts"):
        if WINDOWS:  # no poppler on the runner: every font descriptor must carry a font file
            data = pdf.read_bytes()
            described = len(re.findall(rb"/Type\s*/FontDescriptor", data))
            embedded = len(re.findall(rb"/FontFile[23]?\s", data))
            return [(f"font {i + 1}", "yes" if i < embedded else "no") for i in range(described)]
        fail("pdffonts not found: install poppler-utils")
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # columns: name type encoding emb sub uni object ID; the type may hold spaces.
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "vipdesk").resolve()
    exe = bundle / ("vipdesk-cli.exe" if WINDOWS else "vipdesk")
    if not exe.exists():
        fail(f"no bundle at {exe}: run python3 packaging/build.py")
    started = time.monotonic()
    check_contents(bundle)
    with tempfile.TemporaryDirectory(prefix="vipdesk-bundle-") as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
        env.pop("LANGUAGE", None)
        env.pop("VIPDESK_DB", None)
        env.update(
            LANG="zh_CN.UTF-8",
            QT_QPA_PLATFORM="offscreen",
            HOME=str(work / "home"),
            USERPROFILE=str(work / "home"),
            APPDATA=str(work / "home" / "AppData" / "Roaming"),
            LOCALAPPDATA=str(work / "home" / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(work / "home" / "config"),
            XDG_DATA_HOME=str(work / "home" / "data"),
            # Every command but `demo` signs in: as the demo's admin, as a script would.
            VIPDESK_STAFF="demo.admin",
            VIPDESK_PASSWORD="vipdesk-demo",
            # Database keys go to files here, never to the keyring of the PC running the check.
            VIPDESK_KEY_DIR=str(work / "keys"),
        )
        exe_s = str(exe)
        version = run([exe_s, "--version"], env, work).strip()
        # A helper started with vipdesk.runtime.module_command (`--worker MODULE`).
        worker = run([exe_s, "--worker", "vipdesk", "--version"], env, work).strip()
        if worker != version:
            fail(f"--worker vipdesk --version printed {worker!r}, not {version!r}")
        db = str(work / "demo.db")
        run([exe_s, "--db", db, "demo", "--guests", str(GUESTS)], env, work)
        if Path(db).read_bytes()[:16] == b"SQLite format 3\x00":
            fail("the demo database is not encrypted")
        checked = run([exe_s, "--db", db, "check"], env, work)
        if "encryption: on (SQLCipher 4." not in checked:
            fail(f"check does not report SQLCipher encryption: {checked!r}")
        reindexed = run([exe_s, "--db", db, "reindex"], env, work)
        if str(GUESTS) not in reindexed.replace(",", ""):
            fail(f"reindex did not report {GUESTS} guests: {reindexed!r}")

        out = run([exe_s, "--db", db, "--smoke-test", "--query", "ouyang"], env, work)
        result = json.loads(out.strip().splitlines()[-1])
        expected: dict[str, object] = {"translated": True, "query": "ouyang"}
        if not WINDOWS:  # Windows takes the language from the account, not from LANG
            expected["language"] = "zh_CN"
        wrong = {k: result.get(k) for k, v in expected.items() if result.get(k) != v}
        if wrong or not result.get("results") or not result.get("profile"):
            fail(f"smoke test JSON: {result}")
        say(f"smoke test: {json.dumps(result, ensure_ascii=False)}")

        pdf = work / "card.pdf"
        run([exe_s, "--db", db, "card", "M100001", "-o", str(pdf)], env, work)
        fonts = pdf_fonts(pdf)
        if not fonts or any(emb != "yes" for _name, emb in fonts):
            fail(f"card PDF fonts not all embedded: {fonts}")
        say(f"card PDF: fonts embedded {[name for name, _emb in fonts]}")
    say(f"{version}: bundle checks passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
