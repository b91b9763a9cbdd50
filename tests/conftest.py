"""Shared fixtures: the seed folder, a fresh DuckDB path, the loaded spaCy pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.config import Options, load_options

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RESOURCES = Path(__file__).resolve().parent / "resources"
SHARED = ROOT.parent / "shared"
FACT_TABLES = ("articles", "mentions", "statements", "actors", "actor_aliases", "duplicates",
               "rejected", "ledger", "partition_log")


@pytest.fixture(scope="session")
def options() -> Options:
    return load_options()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "coverage.duckdb"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the seeds that a test may add files to."""
    target = tmp_path / "inbox"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def nlp(options: Options):
    from transforms.extract import load_nlp

    return load_nlp(options.nlp.model)


def table_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of the data tables, sorted: equal snapshots mean an unchanged store."""
    if not db.exists():
        return {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        snapshot = {}
        for table in FACT_TABLES:
            columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()
                       if c[0] not in ("ingested_at", "updated_at", "changed_at",
                                       "detected_at", "rejected_at", "run_id", "first_run_id")]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            snapshot[table] = sorted((_hashable(row) for row in rows), key=repr)
        return snapshot
    finally:
        con.close()


def _hashable(value):
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return value


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def server():
    """A feed and page server on 127.0.0.1 (tests/feed_server.py), stopped after the test."""
    from feed_server import FeedServer

    running = FeedServer().start()
    yield running
    running.stop()


def run_readme_crontab_line(marker: str, home: Path, times: int = 2) -> None:
    """Run the README's crontab line after <!-- marker --> as cron would, with HOME=home.

    home gets a `newsflow` link to this checkout, as if the project were cloned there.
    """
    import subprocess

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(f"<!-- {marker} -->", 1)[1].split("```")[1]
    (line,) = [ln for ln in block.splitlines() if ln.strip()]
    command = line.split(None, 5)[5]  # what cron hands to /bin/sh after the schedule
    home.mkdir(parents=True, exist_ok=True)
    (home / "newsflow").symlink_to(ROOT)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh"}
    for _ in range(times):
        subprocess.run(["/bin/sh", "-c", command], env=env, check=True, timeout=300,
                       stdin=subprocess.DEVNULL)
