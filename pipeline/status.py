"""`newsflow status`: recent runs, feed health and pending inputs, read without writing."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Options
from pipeline.run import pending_sources
from sinks.store import connect, load_ledger
from transforms.read import expand_inputs


def render_status(options: Options, db_path: str, inputs: tuple[str, ...], runs: int = 10,
                  lock_timeout: float = 0.0) -> str:
    if not Path(db_path).exists():
        return f"no database at {db_path} yet: nothing has been ingested"
    lines: list[str] = []
    con = connect(db_path, read_only=True, lock_timeout=lock_timeout)
    try:
        rows = con.execute(
            "SELECT run_id, started_at, epoch(finished_at - started_at), status, files_seen, "
            "new_articles, duplicates, rejected, actors, statements FROM runs "
            "ORDER BY started_at DESC LIMIT ?", [runs]).fetchall()
        lines.append(f"last {len(rows)} run(s) of {db_path}:")
        lines.append(f"  {'started (UTC)':19}  {'secs':>6}  {'status':9}  {'seen':>5}  "
                     f"{'new':>5}  {'dups':>5}  {'rej':>5}  {'actors':>6}  {'stmts':>5}")
        for _run, started, secs, status, seen, new, dups, rej, actors, stmts in rows:
            lines.append(f"  {started:%Y-%m-%d %H:%M:%S}  {secs or 0:6.1f}  {status:9}  "
                         f"{seen:5}  {new:5}  {dups:5}  {rej:5}  {actors:6}  {stmts:5}")
        lines.extend(_feed_lines(con))
        totals = con.execute("SELECT (SELECT count(*) FROM articles), "
                             "(SELECT count(*) FROM statements), "
                             "(SELECT count(*) FROM actors)").fetchone()
        lines.append(f"store: {totals[0]} articles, {totals[1]} statements, {totals[2]} actors")
    finally:
        con.close()
    sources = expand_inputs(inputs or options.input.paths, options.input.extensions)
    pending = pending_sources(sources, load_ledger(db_path, lock_timeout))
    lines.append(f"pending inputs: {len(pending)} of {len(sources)} file(s)")
    return "\n".join(lines)


def _feed_lines(con) -> list[str]:
    exists = con.execute("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'feed_state'").fetchone()[0]
    if not exists:
        return []
    rows = con.execute("SELECT * FROM feed_state ORDER BY 1").fetchdf()
    if rows.empty:
        return ["feeds: none followed yet"]
    lines = ["feeds:"]
    for record in rows.to_dict("records"):
        lines.append("  " + ", ".join(f"{k}={v}" for k, v in record.items()
                                      if k in ("feed_url", "last_status", "consecutive_failures",
                                               "next_poll_at", "last_error")))
    return lines
