"""Benchmark: card rendering — one CR80 card, and a batch of 200 cards on A4 sheets.

    .venv/bin/python tests/perf/bench_cards.py

Prints one JSON line with one_card_ms (median of 20) and batch_200_s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.accounts import make_staff
from vipdesk.domain.staff import Role
from vipdesk.print.cards import render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import open_desk
from vipdesk.services.demo import fill_demo


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_desk(folder / "cards.db")
        actor = make_staff(db, "bench", Role.ADMIN)
        fill_demo(db, actor, 200, seed=5, today=date(2026, 11, 25))
        keys = [str(i) for i in range(1, 201)]
        cards = card_data(db, actor, keys)
        render_cards(cards[:1], folder / "warm.pdf")  # fonts registered once per process
        one = []
        for i in range(20):
            started = time.perf_counter()
            render_cards(cards[i : i + 1], folder / "one.pdf")
            one.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        batch = card_data(db, actor, keys)
        render_cards(batch, folder / "batch.pdf", "a4-sheet")
        batch_s = time.perf_counter() - started
        print(
            json.dumps(
                {
                    "one_card_ms": round(statistics.median(one), 1),
                    "batch_200_s": round(batch_s, 2),
                    "batch_pages": 20,
                    "batch_kb": round((folder / "batch.pdf").stat().st_size / 1024),
                }
            )
        )
        db.close()


if __name__ == "__main__":
    main()
