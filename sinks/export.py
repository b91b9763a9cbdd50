"""Export the store as Hive-partitioned Parquet, rewriting only partitions that changed.

Layout: DIR/<table>/partition_key=<YYYY-MM-DD|undated>/data.parquet for the fact tables,
DIR/<table>/data.parquet for the small dimension and log tables. DIR/_export_state.json
remembers which run each partition was exported at, so the next export skips the rest.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from sinks.store import connect

PARTITIONED_TABLES = ("articles", "mentions", "statements")
WHOLE_TABLES = ("actors", "actor_aliases", "duplicates", "rejected", "runs")
_STATE_FILE = "_export_state.json"
_SAFE_KEY = re.compile(r"^(\d{4}-\d{2}-\d{2}|undated)$")


def export_parquet(db_path: str | Path, out_dir: str | Path) -> list[str]:
    """Write changed partitions and the whole small tables; return the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    state_path = out / _STATE_FILE
    state: dict[str, str] = json.loads(state_path.read_text()) if state_path.exists() else {}
    written: list[str] = []
    con = connect(db_path, read_only=True)
    try:
        current = dict(con.execute(
            "SELECT partition_key, last_run_id FROM partitions").fetchall())
        changed = sorted(p for p, run in current.items() if state.get(p) != run)
        for table in PARTITIONED_TABLES:
            for key in changed:
                if not _SAFE_KEY.match(key):
                    raise ValueError(f"unexpected partition key {key!r}")
                target = out / table / f"partition_key={key}"
                rows = con.execute(
                    f"SELECT count(*) FROM {table} WHERE partition_key = ?", [key]).fetchone()[0]
                if rows == 0:
                    shutil.rmtree(target, ignore_errors=True)
                    continue
                written.append(_copy(con, f"SELECT * EXCLUDE (partition_key) FROM {table} "
                                          f"WHERE partition_key = '{key}' ORDER BY ALL",
                                     target / "data.parquet"))
        for table in WHOLE_TABLES:
            written.append(_copy(con, f"SELECT * FROM {table} ORDER BY ALL",
                                 out / table / "data.parquet"))
    finally:
        con.close()
    state.update({key: current[key] for key in changed})
    tmp = state_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(tmp, state_path)
    return written


def _copy(con, query: str, target: Path) -> str:
    """COPY to a temporary file, then rename: a reader never sees half a partition."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    con.execute(f"COPY ({query}) TO '{tmp}' (FORMAT parquet)")
    os.replace(tmp, target)
    return str(target)
