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
    rows = con.execute(
        "SELECT feed_url, last_status, consecutive_failures, last_error, last_success_at, "
        "next_poll_at, entries_ingested, entries_failing FROM feed_health").fetchall()
    if not rows:
        return ["feeds: none followed yet"]
    lines = ["feeds:"]
    for url, status, failures, error, success, next_poll, ingested, failing in rows:
        health = "ok" if not failures else f"failing x{failures}: {error}"
        last_ok = f"{success:%Y-%m-%d %H:%M}" if success else "never"
        next_at = f"{next_poll:%Y-%m-%d %H:%M}" if next_poll else "now"
        lines.append(f"  {url}: {health}; status {status}; last ok {last_ok}; next poll "
                     f"{next_at}; {ingested} entries ingested, {failing} failing")
    return lines
