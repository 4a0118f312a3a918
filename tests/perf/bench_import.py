"""Benchmark: import N realistic guest rows through the real `vipdesk import guests`.

    .venv/bin/python tests/perf/bench_import.py --rows 100000 [--encoding gb18030]

Prints one JSON line: rows, seconds, rows_per_s, peak_rss_mb (the import process and its
helper process together, sampled every 20 ms), and the same for a re-import of the same file
(every row unchanged). Not a test: the goals (≥ 5,000 rows/s, ≤ 150 MB for both processes,
a re-import at ≥ 10,000 rows/s) are for a person to read, on a quiet machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯"
WESTERN = [
    "José Müller",
    "Seán O'Brien",
    "Zoë Ångström",
    "Amélie Dubois",
    "Łukasz Wróbel",
    "Emma Smith",
]


def make_csv(path: Path, rows: int, encoding: str) -> None:
    rnd = random.Random(42)
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["会员号", "姓名", "手机", "邮箱", "生日", "等级", "公司", "偏好", "忌讳", "备注"]
        )
        for i in range(rows):
            if rnd.random() < 0.8:
                name = rnd.choice(SURNAMES) + "".join(rnd.sample(GIVEN, 2))
            else:
                name = rnd.choice(WESTERN)
            w.writerow(
                [
                    f"B{i:07d}",
                    name,
                    f"1{rnd.choice('3578')}{i:09d}",
                    f"guest{i}@example.com" if rnd.random() < 0.5 else "",
                    f"{rnd.randint(1950, 2005)}/{rnd.randint(1, 12)}/{rnd.randint(1, 28)}",
                    rnd.choice(["普通", "重要", "VIP", "双VIP", "三VIP"]),
                    rnd.choice(["华为技术有限公司", "Siemens AG", "", "腾讯科技"]),
                    "; ".join(
                        rnd.sample(
                            ["客房：高楼层", "餐饮：普洱茶", "Oat milk", "需要加湿器"],
                            rnd.randint(0, 2),
                        )
                    ),
                    rnd.choice(["", "", "忌数字4", "No lilies"]),
                    rnd.choice(["", "常住客", "Prefers e-mail"]),
                ]
            )


def timed_import(db: Path, source: Path) -> tuple[float, str, float]:
    """Seconds, the summary line, and the peak RSS (MB) of the process tree, summed."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "vipdesk", "--db", str(db), "import", "guests", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.02)
    out, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(err)
    return time.perf_counter() - start, out.strip(), peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--encoding", default="utf-8-sig")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "guests.csv"
        make_csv(source, args.rows, args.encoding)
        db = folder / "bench.db"
        subprocess.run(
            [sys.executable, "-m", "vipdesk", "--db", str(db), "demo", "--guests", "0"],
            check=True,
            capture_output=True,
        )
        first_s, first_summary, peak_first = timed_import(db, source)
        again_s, again_summary, peak_again = timed_import(db, source)
        print(
            json.dumps(
                {
                    "rows": args.rows,
                    "encoding": args.encoding,
                    "file_mb": round(source.stat().st_size / 1e6, 1),
                    "seconds": round(first_s, 2),
                    "rows_per_s": round(args.rows / first_s),
                    "peak_rss_mb": round(peak_first, 1),
                    "summary": first_summary,
                    "reimport_seconds": round(again_s, 2),
                    "reimport_rows_per_s": round(args.rows / again_s),
                    "reimport_summary": again_summary,
                    "reimport_peak_rss_mb": round(peak_again, 1),
                    "db_mb": round(db.stat().st_size / 1e6, 1),
                },
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    main()
