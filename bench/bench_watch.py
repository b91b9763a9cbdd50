"""Continuous mode: latency from a dropped file to a queryable row, and CPU while idle.

Starts `newsflow watch` on a folder holding one article, waits for it to be stored, measures
the CPU time the process uses over an idle period (from /proc), then drops articles one at
a time and measures how long each takes to become a row readable by another process.

    python bench/bench_watch.py [--interval 5] [--idle 30] [--drops 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process and its finished children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(v) for v in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def count_articles(db: Path) -> int:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return -1
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return -1
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--idle", type=float, default=30.0)
    parser.add_argument("--drops", type=int, default=3)
    args = parser.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="newsflow-watch-") as tmp:
        inbox, db = Path(tmp) / "inbox", Path(tmp) / "coverage.duckdb"
        inbox.mkdir()
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", "--interval",
                                 str(args.interval), "--input", str(inbox), "--db", str(db)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            # A first article creates the store (a cycle with nothing new writes nothing).
            shutil.copy(seeds[0], inbox / "first.txt")
            while count_articles(db) < 1:
                time.sleep(0.2)
            time.sleep(args.interval)
            before = cpu_seconds(proc.pid)
            time.sleep(args.idle)
            idle_cpu = cpu_seconds(proc.pid) - before
            print(f"idle: {idle_cpu:.2f} s CPU over {args.idle:.0f} s "
                  f"({100 * idle_cpu / args.idle:.2f}% of one core) at --interval "
                  f"{args.interval:g}")
            for index in range(args.drops):
                expected = index + 2
                shutil.copy(seeds[(index + 1) % len(seeds)], inbox / f"drop-{index}.txt")
                dropped = time.monotonic()
                while count_articles(db) < expected:
                    time.sleep(0.05)
                print(f"drop {expected}: queryable after {time.monotonic() - dropped:.2f} s")
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        print(f"watch exited with status {proc.returncode} after SIGTERM")


if __name__ == "__main__":
    main()
